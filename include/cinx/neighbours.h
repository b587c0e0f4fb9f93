/* SPDX-License-Identifier: MIT */
/* DfE statistical neighbours: for each local authority (by old 3-digit LA
 * code) its nearest authorities in model order, with closeness labels. */
#ifndef CINX_NEIGHBOURS_H
#define CINX_NEIGHBOURS_H

#include <stddef.h>
#include "cinx/dataset.h"
#include "cinx/error.h"
#include "cinx/stats.h"

typedef struct cinx_neighbours cinx_neighbours;

typedef struct cinx_neighbour {
	const char *old_code;   /* the neighbour's old LA code */
	const char *name;       /* its name in the model; "" when it has no row */
	const char *closeness;  /* "Very close", without the file's padding */
} cinx_neighbour;

/* The model's wide file: a header with old_la_code and SN_1, SN_1P ...
 * SN_k, SN_kP (la_name and other columns optional), one row per authority.
 * A UTF-8 byte-order mark is skipped. Errors name file:line:column. */
CINX_MUST_CHECK cinx_status cinx_neighbours_load_file(const char *path, cinx_neighbours **out, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_neighbours_load_memory(const char *source, const void *buf, size_t len,
					cinx_neighbours **out, cinx_error *err);
void cinx_neighbours_free(cinx_neighbours *m);

const char *cinx_neighbours_source(const cinx_neighbours *m);
size_t cinx_neighbours_n_authorities(const cinx_neighbours *m);

/* The neighbours of the authority with this old LA code, in model order;
 * NULL with *n = 0 when the model does not have it. */
const cinx_neighbour *cinx_neighbours_of(const cinx_neighbours *m, const char *old_code, size_t *n);

/* The local authority in ds with this old LA code, or -1. */
int cinx_neighbours_area(const cinx_dataset *ds, const char *old_code);

/* The neighbours' values of ind in year_idx summarised (symbols and missing
 * rows left out); *n_model receives how many neighbours the model lists
 * (0 when area is not in it). */
CINX_MUST_CHECK cinx_status cinx_neighbours_summary(const cinx_dataset *ds, const cinx_neighbours *m, int area,
				    size_t year_idx, size_t ind, cinx_summary *s, size_t *n_model);

#endif
