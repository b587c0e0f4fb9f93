/* SPDX-License-Identifier: MIT */
/* Where the open data came from, and which data opens: --data FILE, else
 * $CINX_DATA, else the downloaded official copy in the user's cache, else
 * the system-wide copy an administrator keeps, else the built-in demo data. */
#ifndef CINX_PROVENANCE_H
#define CINX_PROVENANCE_H

#include <stdbool.h>
#include "cinx/dataset.h"
#include "cinx/error.h"

/* Shown on every screen and in every print-mode output of the demo. */
#define CINX_DEMO_LABEL "DEMO DATA: synthetic, not official statistics"

typedef enum cinx_origin {
	CINX_ORIGIN_FILE,  /* a file the user named: --data FILE */
	CINX_ORIGIN_ENV,   /* a file named by $CINX_DATA */
	CINX_ORIGIN_CACHE, /* the official copy downloaded by cinx update */
	CINX_ORIGIN_SYSTEM, /* the system-wide copy (cinx update --system) */
	CINX_ORIGIN_DEMO   /* synthetic demo data */
} cinx_origin;

typedef struct cinx_provenance {
	cinx_origin origin;
	char path[4096];        /* the file read; "-" for standard input; "" for the demo */
	/* What cinx update recorded beside the cached copy; empty when unknown
	 * (a file from elsewhere, or a copy put in the cache by hand). */
	bool recorded;
	char version[64];       /* latestVersion.version, e.g. "1.0" */
	char published[64];     /* latestVersion.published, as the API wrote it */
	char downloaded[32];    /* UTC, e.g. "2025-11-26T13:02:11Z" */
	char url[1536];         /* where the CSV came from */
	char sha256[65];        /* of the file as stored, lowercase hex */
	unsigned long long size; /* bytes of the file as stored */
	/* A data set other than C1 (cinx update --dataset ID): its id, title
	 * and rows; empty and 0 for C1. */
	char dataset_id[40];
	char title[256];
	unsigned long long rows;
} cinx_provenance;

/* Opens the data by the order above; data_opt is --data (NULL when not
 * given). Warnings of the load stay on the dataset. A damaged cached copy
 * is an error naming the fix, never a silent fall back to the demo. */
CINX_MUST_CHECK cinx_status cinx_data_open(const char *data_opt, cinx_dataset **out, cinx_error *err);
/* Whether loads here reopen files from snapshots and keep them (on unless
 * --no-snapshot or the configuration turn them off). */
void cinx_data_snapshots(bool on);
/* Every load by the functions here tells progress (see cinx_load_opts)
 * from then on; NULL: none. Print mode shows it on a terminal. */
void cinx_data_watch(cinx_load_progress progress, void *ctx);
/* Opens one file the user chose ("-": standard input). */
CINX_MUST_CHECK cinx_status cinx_data_open_file(const char *path, cinx_origin origin, cinx_dataset **out,
				cinx_error *err);
/* Opens the cached official copy: the user's, else the system-wide one;
 * CINX_E_NOTFOUND when there is neither. */
CINX_MUST_CHECK cinx_status cinx_data_open_cache(cinx_dataset **out, cinx_error *err);
/* Opens the cached copy of data set id (cinx update --dataset ID): the
 * user's, else the system-wide one; CINX_E_NOTFOUND naming the command
 * that downloads it when there is neither. */
CINX_MUST_CHECK cinx_status cinx_data_open_dataset(const char *id, cinx_dataset **out, cinx_error *err);
/* Opens the demo data (see cinx/demo.h). */
CINX_MUST_CHECK cinx_status cinx_data_open_demo(cinx_dataset **out, cinx_error *err);

/* NULL for a dataset loaded directly with cinx_dataset_load_*. */
const cinx_provenance *cinx_dataset_provenance(const cinx_dataset *ds);
bool cinx_dataset_is_demo(const cinx_dataset *ds);

/* "2025-10-30T09:30:00Z" -> "2025-10-30": the day of an API time stamp;
 * anything else as it is. Returns buf. */
const char *cinx_stamp_day(const char *stamp, char *buf, size_t cap);

/* One line for a header, e.g. CINX_DEMO_LABEL, "Official C1 data v1.0,
 * published 2025-10-30, downloaded 2025-11-26", or "file c1.csv". */
void cinx_provenance_label(const cinx_dataset *ds, char *buf, size_t cap);

#endif
