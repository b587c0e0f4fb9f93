/* SPDX-License-Identifier: MIT */
/* The EES catalogue: publications matching a search and their data sets,
 * from the public API (GET /v1/publications, /v1/publications/ID/data-sets),
 * every page followed, within the limits of cinx update (cinx/update.h). */
#ifndef CINX_CATALOGUE_H
#define CINX_CATALOGUE_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/error.h"
#include "cinx/update.h"

/* The shortest search the API takes. */
#define CINX_CATALOGUE_SEARCH_MIN 3
/* More pages than this is no catalogue but a runaway: refused. */
#define CINX_CATALOGUE_PAGES_MAX 200

/* A publication or a data set, as the API describes it (sanitized). */
typedef struct cinx_catalogue_entry {
	char id[CINX_DATA_SET_ID_SIZE];
	char title[256];
	char version[64];        /* a data set's latest version; "" for a publication */
	char published[64];      /* when that version (a publication: its latest release) was published */
	unsigned long long rows; /* a data set's rows; 0 when not given */
	size_t publication;      /* a data set's publication: an index into pubs */
} cinx_catalogue_entry;

typedef struct cinx_catalogue {
	cinx_catalogue_entry *pubs, *sets;
	size_t n_pubs, n_sets;
} cinx_catalogue;

/* The publications matching search (NULL or "": every one), in the API's
 * order, and with data_sets each one's data sets too. A search shorter
 * than CINX_CATALOGUE_SEARCH_MIN is a usage error. */
CINX_MUST_CHECK cinx_status cinx_catalogue_search(const char *api_base, const char *search, bool data_sets,
						  cinx_catalogue *out, cinx_error *err);
/* The data sets of the publication pubs[pub] of c, replacing c's sets. */
CINX_MUST_CHECK cinx_status cinx_catalogue_data_sets(const char *api_base, cinx_catalogue *c, size_t pub,
						     cinx_error *err);
void cinx_catalogue_free(cinx_catalogue *c);

#endif
