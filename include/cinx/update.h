/* SPDX-License-Identifier: MIT */
/* cinx update: checks the EES public API for the latest version of the C1
 * data set, or of any other (--dataset ID), and downloads it into the cache
 * (cinx/cache.h). Blocking; no
 * terminal output of its own, so the command line and the explorer share it. */
#ifndef CINX_UPDATE_H
#define CINX_UPDATE_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/error.h"
#include "cinx/provenance.h"

/* The default of --api-base and $CINX_API_BASE: the part before /v1/. */
#define CINX_API_BASE_DEFAULT "https://api.education.gov.uk/statistics"
/* The C1 data set's id in the EES public API. */
#define CINX_DATA_SET_ID "342f9a01-26f0-2a71-91a1-f8bc0bee8b11"
/* A data set id's bytes with its '\0': a UUID, 8-4-4-4-12 hex digits. */
#define CINX_DATA_SET_ID_SIZE 37

/* Called as bytes arrive; total is 0 while unknown. Return false to cancel
 * (cinx_update then fails with "download cancelled"). */
typedef bool (*cinx_progress_fn)(void *ctx, unsigned long long done, unsigned long long total);

typedef struct cinx_update_opts {
	const char *api_base;   /* NULL: $CINX_API_BASE, else the default */
	const char *dataset_id; /* NULL: C1; else any data set, with its metadata */
	bool force;             /* download even when the cached copy is current */
	bool system;            /* into the system-wide copy (cinx/cache.h), not the user's cache */
	cinx_progress_fn progress; /* NULL: quiet */
	void *progress_ctx;
} cinx_update_opts;

typedef struct cinx_update_result {
	bool downloaded;        /* false: the cached copy was already the latest */
	bool kept_previous;     /* a copy was replaced and kept as the previous one */
	/* After a failure: busy when another update held the lock (what it will
	 * leave is not known here); else has_copy when a copy is in the cache as
	 * it was, described by prov, read while the lock was still held. */
	bool busy, has_copy;
	cinx_provenance prov;   /* of the cached copy now */
	size_t n_rows;          /* of the new copy; 0 when nothing was downloaded */
	char first_period[48], last_period[48]; /* its first and last, as labelled */
} cinx_update_result;

/* False in builds without libcurl: cinx_update then fails with
 * cinx_update_manual_steps' text. */
bool cinx_update_supported(void);

/* Bounds, each from the environment:
 *   $CINX_TIMEOUT seconds (default 30) to connect, and again for a stalled
 *     transfer;
 *   $CINX_DEADLINE seconds (default 300) for the whole update, every
 *     request and redirect together;
 *   $CINX_MAX_DOWNLOAD megabytes (default 32) of CSV at most; and at most
 *     twice the rows the data set summary promises, plus 1,000.
 * The CSV streams to a temporary file beside the copy, so memory stays flat;
 * redirects are followed only on the API base's own scheme, host and port.
 * A failure never touches the cached copy and leaves no temporary file. */
cinx_status cinx_update(const cinx_update_opts *o, cinx_update_result *res, cinx_error *err);

/* Checks that id is a data set id (a UUID, either case) before it goes
 * into a path or a URL, and copies it in lowercase to out; else a usage
 * error. */
CINX_MUST_CHECK cinx_status cinx_dataset_id_check(const char *id, char out[CINX_DATA_SET_ID_SIZE], cinx_error *err);

/* The API base: api_base when not NULL or empty, else $CINX_API_BASE, else
 * the default; without a trailing '/'. Fails unless http:// or https://. */
cinx_status cinx_api_base(const char *api_base, char *buf, size_t cap, cinx_error *err);

/* How to download the file by hand and where to put it, several lines
 * ending in '\n'. Returns the length (snprintf semantics). */
size_t cinx_update_manual_steps(const char *api_base, char *buf, size_t cap);

#endif
