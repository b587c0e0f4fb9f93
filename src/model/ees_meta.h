/* SPDX-License-Identifier: MIT */
/* The metadata EES ships beside a data file (NAME.meta.csv): one row per
 * filter and indicator column with its label, and for indicators the unit
 * and decimal places to show. Read as strictly as EES's own data screener
 * reads it, with every error located; applied to a loaded data set. */
#ifndef CINX_EES_META_H
#define CINX_EES_META_H

#include <stdbool.h>
#include <stddef.h>

#include "cinx/dataset.h"
#include "cinx/error.h"

typedef enum cinx_meta_type { CINX_META_FILTER, CINX_META_INDICATOR } cinx_meta_type;

typedef struct cinx_meta_col {
	const char *name;         /* col_name: the data file's column */
	cinx_meta_type type;      /* col_type */
	const char *label;        /* never empty */
	const char *grouping;     /* indicator_grouping; "" when none */
	cinx_unit unit;           /* CINX_UNIT_PERCENT for "%", else CINX_UNIT_COUNT */
	const char *unit_symbol;  /* "%", "£", "£m", "pp"; NULL when none (static) */
	int dp;                   /* indicator_dp; -1 when empty */
	const char *filter_hint;  /* "" when none */
	const char *filter_grouping_column; /* "" when none */
	unsigned long line;       /* its row in the metadata file, for messages */
} cinx_meta_col;

typedef struct cinx_meta cinx_meta;

/* A metadata file, or the bytes of one (source names it in messages).
 * Bad input is CINX_E_DATA with "file:line:column: what is wrong; what
 * was expected". */
CINX_MUST_CHECK cinx_status cinx_meta_load_file(const char *path, cinx_meta **out, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_meta_load_memory(const char *source, const void *buf, size_t len,
						  cinx_meta **out, cinx_error *err);
void cinx_meta_free(cinx_meta *m);

size_t cinx_meta_n_cols(const cinx_meta *m);
const cinx_meta_col *cinx_meta_col_at(const cinx_meta *m, size_t i);
/* By col_name in any case; NULL when the metadata does not name it. */
const cinx_meta_col *cinx_meta_find(const cinx_meta *m, const char *col_name);

/* The metadata file beside a data file: "x.csv" (any case) gives
 * "x.meta.csv". True only when that file exists and the path fits in out. */
bool cinx_meta_path(const char *data_path, char *out, size_t cap);

/* Gives the indicators and filters (and attributes) the metadata names
 * their labels, and the indicators their units and decimal places (the
 * metadata's wins over the digits seen). Columns it does not name keep what
 * they have; a row naming a column the data lacks is ignored. Only "%"
 * changes an indicator's unit (to CINX_UNIT_PERCENT): other units and none
 * leave the unit the loader gave it. A column the
 * metadata calls an Indicator that the data set holds as text, or the other
 * way round, is an error located in the metadata. */
CINX_MUST_CHECK cinx_status cinx_dataset_apply_meta(cinx_dataset *ds, const cinx_meta *m, cinx_error *err);

#endif
