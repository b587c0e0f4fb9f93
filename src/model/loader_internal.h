/* SPDX-License-Identifier: MIT */
/* The loader's state, shared by its two halves: loader.c (reading, rows,
 * the public API) and loader_columns.c (the header and which columns are
 * indicators). */
#ifndef CINX_LOADER_INTERNAL_H
#define CINX_LOADER_INTERNAL_H

#include <stdbool.h>

#include "cinx/dataset.h"
#include "csv_reader.h"
#include "loader_build.h"

/* The longest name (area, code, column) a file may hold, in bytes. */
#define CINX_MAX_NAME_BYTES 256

enum role {
	R_IGNORE, R_TIME, R_LEVEL, R_COUNTRY_CODE, R_COUNTRY_NAME, R_REGION_CODE,
	R_REGION_NAME, R_OLD_LA, R_NEW_LA, R_LA_NAME, R_IND,
	R_PENDING, /* unknown column: an indicator if its first value is a figure */
	R_COUNT
};

typedef struct strbuf {
	char *p;
	size_t len, cap;
} strbuf;

struct cinx_loader {
	cinx_csv_reader in;    /* lines, fields and the first error */
	build b;
	char *source;
	bool have_header;
	size_t n_cols;
	strbuf *header;        /* names while reading the header */
	size_t cap_header;
	int *col_role;
	int *col_ind;
	bool inds_ready;       /* indicator columns decided (first data row seen) */
	strbuf *first_row;     /* figures of the first data row, kept until then */
	strbuf text[R_COUNT];
	cinx_value *row_vals;
	int *row_dec;
	bool *ind_percent;     /* by indicator: a percentage, so over 100 is odd */
	size_t n_warnings_dropped;
	char *req_column, *req_value, *req_why; /* cinx_loader_require */
	long req_col;          /* its column, once the header is read */
};

/* The EES column each geography role reads. */
extern const char *const cinx_loader_role_columns[R_IND];

/* Errors are recorded with cinx_csv_fail_at(&l->in, ...), the first one
 * winning; this for out of memory in functions that return nothing. */
void cinx_loader_fail_nomem(cinx_loader *l);
bool cinx_loader_sb_set(strbuf *sb, const char *s, size_t len);

/* Header handling (loader_columns.c). */
void cinx_loader_header_field(cinx_loader *l, const char *s, size_t len);
void cinx_loader_finish_header(cinx_loader *l);
void cinx_loader_decide_indicators(cinx_loader *l);
/* Fails unless field s of column c is the required value. */
void cinx_loader_check_required(cinx_loader *l, size_t c, const char *s, size_t len);
/* Parses one figure of column c into the row; reports a bad one. */
void cinx_loader_parse_figure(cinx_loader *l, size_t c, const char *s, size_t len);

#endif
