/* SPDX-License-Identifier: MIT */
/* The loader's second half: interns areas, keeps rows, and turns them into
 * the dataset's index when the file ends. Knows nothing of CSV. */
#ifndef CINX_LOADER_BUILD_H
#define CINX_LOADER_BUILD_H

#include <stdint.h>
#include "cinx/dataset.h"
#include "arena.h"

typedef struct row_ident {
	cinx_level level;
	const char *key, *code, *name, *old_code;
	const char *region_code, *region_name, *country_code, *country_name;
	int year;
	unsigned long line;
} row_ident;

typedef struct build_span {
	const char *code;
	int from, to;
} build_span;

typedef struct build_area {
	cinx_level level;
	const char *key, *name, *old_code, *parent_code, *parent_name;
	int name_year;
	build_span *spans;
	size_t n_spans;
	uint64_t years[4];      /* bit (year - 1900) */
	int parent;
} build_area;

typedef struct build_row {
	int area, year;
	unsigned long line;
} build_row;

typedef struct build {
	arena strings;
	char **ind_names;
	int *ind_decimals;
	size_t n_inds;
	build_area *areas;
	size_t n_areas, cap_areas;
	int *slots;             /* open addressing over areas, -1 empty */
	size_t n_slots;
	build_row *rows;
	double *nums;           /* n_rows * n_inds */
	unsigned char *kinds;   /* n_rows * n_inds, cinx_kind */
	size_t n_rows, cap_rows;
	char **warnings;
	size_t n_warnings;
} build;

CINX_MUST_CHECK cinx_status cinx_build_set_indicators(build *b, const char *const *names, size_t n);
/* CINX_E_DATA for a duplicate (area, year), with *first_line set. */
CINX_MUST_CHECK cinx_status cinx_build_add_row(build *b, const row_ident *id, const cinx_value *vals,
			  const int *decimals, unsigned long *first_line);
CINX_MUST_CHECK cinx_status cinx_build_add_warning(build *b, const char *msg);
/* Consumes b's storage into a new dataset. */
CINX_MUST_CHECK cinx_status cinx_build_finish(build *b, const char *source, cinx_dataset **out, cinx_error *err);
void cinx_build_free(build *b);

#endif
