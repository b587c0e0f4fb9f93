/* SPDX-License-Identifier: MIT */
/* The loader's second half: interns areas, periods and text values, keeps
 * rows, and turns them into the dataset's index when the file ends. Knows
 * nothing of CSV. */
#ifndef CINX_LOADER_BUILD_H
#define CINX_LOADER_BUILD_H

#include <stdint.h>
#include "cinx/dataset.h"
#include "arena.h"
#include "period.h"

/* An area's geography: 0..2 a cinx_level of the drill-down, GEO_OTHER + i
 * the i-th other level. */
#define GEO_OTHER 3

typedef struct row_ident {
	int geo;
	const char *key, *code, *name, *old_code;
	const char *region_code, *region_name, *country_code, *country_name;
	int period;              /* from cinx_build_period */
	unsigned long line;
} row_ident;

typedef struct build_span {
	const char *code;
	int from, to;            /* period order keys while building */
} build_span;

typedef struct build_area {
	int geo;
	const char *key, *name, *old_code, *parent_code, *parent_name;
	int name_order;          /* order key of the period the name is from */
	build_span *spans;
	size_t n_spans;
	int parent;
} build_area;

typedef struct build_row {
	int area, period;
	uint32_t line;
} build_row;

typedef struct build_period {
	cinx_period p;
	const char *code, *id;   /* time_period, time_identifier as written */
	int order;               /* year * PERIOD_SCALE + part: sorts periods */
	uint32_t line;           /* first seen */
} build_period;

/* The values of one text column (a filter or an attribute), interned. */
typedef struct build_text {
	const char *name;
	const char **values;
	size_t n_values, cap_values;
	uint32_t *slots;         /* open addressing over values, UINT32_MAX empty */
	size_t n_slots;
	bool is_filter;          /* named a filter by metadata */
	bool guessed;            /* text only because its values were not figures */
	size_t col;              /* its column in the file, from 0 */
} build_text;

typedef struct build {
	arena strings;
	char **ind_names;
	int *ind_decimals;
	size_t n_inds;
	build_area *areas;
	size_t n_areas, cap_areas;
	int *slots;             /* open addressing over areas, -1 empty */
	size_t n_slots;
	const char **other_levels;
	size_t n_other_levels;
	build_period *periods;
	size_t n_periods, last_period;
	build_text *texts;
	size_t n_texts;
	build_row *rows;
	double *nums;           /* n_rows * n_inds */
	unsigned char *kinds;   /* n_rows * n_inds, cinx_kind */
	uint32_t *text_ids;     /* n_rows * n_texts */
	size_t n_rows, cap_rows;
	char **warnings;
	size_t n_warnings;
} build;

CINX_MUST_CHECK cinx_status cinx_build_set_indicators(build *b, const char *const *names, size_t n);
/* Text columns in file order, with their columns; is_filter from metadata
 * and guessed (not named as text, by metadata or by name) may be NULL. */
CINX_MUST_CHECK cinx_status cinx_build_set_texts(build *b, const char *const *names, const size_t *cols,
						 const bool *is_filter, const bool *guessed, size_t n);
/* The value's number in text column t, added when new. */
CINX_MUST_CHECK cinx_status cinx_build_intern_text(build *b, size_t t, const char *s, size_t len, uint32_t *id);
/* The index of the other level named so, added when new; -1: out of memory. */
int cinx_build_other_level(build *b, const char *name);
/* The period of time_period and time_identifier (NULL: the file has none),
 * interned. -1 with why filled when it is not a period or clashes with one
 * seen before; -2 out of memory. */
int cinx_build_period(build *b, const char *time_period, const char *identifier, unsigned long line, char *why,
		      size_t n);
/* texts: one value per text column. */
CINX_MUST_CHECK cinx_status cinx_build_add_row(build *b, const row_ident *id, const cinx_value *vals,
			  const int *decimals, const char *const *texts, const size_t *text_lens);
CINX_MUST_CHECK cinx_status cinx_build_add_warning(build *b, const char *msg);
/* Adds the rows of from, a later part of the same file read by another
 * loader with the same columns, after into's, as one pass would have. */
CINX_MUST_CHECK cinx_status cinx_build_merge(build *into, const build *from, const char *source, cinx_error *err);
/* Consumes b's storage into a new dataset. */
CINX_MUST_CHECK cinx_status cinx_build_finish(build *b, const char *source, cinx_dataset **out, cinx_error *err);
void cinx_build_free(build *b);

/* build_index.c: the steps of finishing that index periods and rows. */
typedef struct finish_ctx {
	int *order;          /* order[i]: the build area at dataset position i */
	int *rank;           /* rank[a]: the dataset position of build area a */
	size_t *first_child; /* area i's children end at child_ids[first_child[i]] */
	int *period_idx;     /* by build period: its dataset year index */
	bool whole_years;    /* every period a whole year: keys are years */
	size_t n_spans, cells;
} finish_ctx;
CINX_MUST_CHECK cinx_status cinx_build_index_periods(build *b, cinx_dataset *ds, finish_ctx *fc);
int cinx_build_key(const finish_ctx *fc, int order);
CINX_MUST_CHECK cinx_status cinx_build_index_rows(build *b, cinx_dataset *ds, const finish_ctx *fc, cinx_error *err);

#endif
