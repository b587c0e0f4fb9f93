/* SPDX-License-Identifier: MIT */
/* A data set's meta from the EES API (GET /v1/data-sets/ID/meta) written as
 * the .meta.csv that EES publishes beside a data file, so that the loader
 * reads one metadata format whichever way the file came. */
#ifndef CINX_META_CSV_H
#define CINX_META_CSV_H

#include <json.h>
#include <stdbool.h>
#include <stddef.h>

#include "cinx/cache.h"
#include "cinx/error.h"

#define CINX_META_COLUMN_MAX 128

/* The answer has the arrays filters and indicators. */
bool cinx_meta_csv_valid(json_object *root);
/* The columns root lists as indicators, sanitized: *cols is an array of *n
 * names to free(). */
CINX_MUST_CHECK cinx_status cinx_meta_indicator_columns(json_object *root, char (**cols)[CINX_META_COLUMN_MAX],
							size_t *n, cinx_error *err);
/* Writes root's filters and indicators as a .meta.csv to a new temporary
 * file beside c->meta_csv; its name goes to path. */
CINX_MUST_CHECK cinx_status cinx_meta_csv_write(json_object *root, const cinx_cache *c, char *path, size_t cap,
						cinx_error *err);

#endif
