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

/* The longest value of a filter or attribute column, in bytes. */
#define CINX_MAX_TEXT_BYTES 1024

enum role {
	R_IGNORE, R_TIME, R_TIME_ID, R_LEVEL, R_COUNTRY_CODE, R_COUNTRY_NAME, R_REGION_CODE,
	R_REGION_NAME, R_OLD_LA, R_NEW_LA, R_LA_NAME,
	R_GEO,     /* another level's code or name (lad_code, pcon_name...) */
	R_TEXT,    /* a filter or an attribute */
	R_IND,
	R_PENDING, /* unknown column: an indicator if its first value is a figure */
	R_COUNT
};

/* The columns of a geographic level beyond the drill-down. */
typedef struct level_cols {
	char *name;            /* as the file writes it */
	int code_col, name_col; /* -1: the file has no such column */
	int other;             /* the build's other level */
} level_cols;

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
	/* Rows read before every unknown column is known to hold figures or
	 * text (a column of symbols such as "z" could be either), kept raw
	 * and replayed once it is. */
	struct early_row {
		unsigned long line;
		strbuf *fields;
	} *early;
	size_t n_early, cap_early, early_bytes;
	bool replaying;
	strbuf *cells;         /* the row's text, by column (not figures) */
	int role_col[R_GEO];   /* the column of each fixed role, or -1 */
	int *col_text;         /* by column: its text index, or -1 */
	size_t n_texts;
	const char **row_texts; /* the row's text values, by text index */
	size_t *row_text_lens;
	level_cols *levels;
	size_t n_levels;
	cinx_value *row_vals;
	int *row_dec;
	bool *ind_percent;     /* by indicator: a percentage, so over 100 is odd */
	size_t n_warnings_dropped;
	char *req_column, *req_value, *req_why; /* cinx_loader_require */
	const struct cinx_meta *meta; /* the data set's metadata, or NULL */
	long req_col;          /* its column, once the header is read */
};

/* The data set's metadata, which decides what its columns hold; kept by
 * the caller until the load ends. */
struct cinx_meta;
void cinx_loader_set_meta(cinx_loader *l, const struct cinx_meta *m);

/* The EES column each fixed role reads. */
extern const char *const cinx_loader_role_columns[R_GEO];
/* Whether a field of len bytes may stand in column c (a name or code, or a
 * figure or filter value, which may be longer); records the error if not. */
bool cinx_loader_field_fits(cinx_loader *l, size_t c, size_t len);
/* The row's text in the column of a fixed role; "" without the column. */
const char *cinx_loader_field(const cinx_loader *l, int role);

/* Errors are recorded with cinx_csv_fail_at(&l->in, ...), the first one
 * winning; this for out of memory in functions that return nothing. */
void cinx_loader_fail_nomem(cinx_loader *l);
bool cinx_loader_sb_set(strbuf *sb, const char *s, size_t len);

/* Header handling (loader_columns.c). */
void cinx_loader_header_field(cinx_loader *l, const char *s, size_t len);
void cinx_loader_finish_header(cinx_loader *l);
/* Keeps a field of an early row; at its end, decides and replays when it
 * can (loader_columns.c). */
void cinx_loader_early_field(cinx_loader *l, size_t c, const char *s, size_t len);
void cinx_loader_early_row(cinx_loader *l);
/* Decides what every unknown column holds, then replays the early rows;
 * called at the end of the file too. */
void cinx_loader_decide_indicators(cinx_loader *l);
/* For a loader that reads a later part of a file (load_parallel.c): takes
 * the columns' roles from the loader of the first part, which has decided
 * them; false when it cannot. */
bool cinx_loader_adopt(cinx_loader *l, const cinx_loader *from);
/* Adds what later read (the next part of the same file) to l. */
CINX_MUST_CHECK cinx_status cinx_loader_absorb(cinx_loader *l, cinx_loader *later, cinx_error *err);
/* Whether the bytes fed so far end between two rows (not inside a field or
 * a quoted line break), and without error. */
bool cinx_loader_between_rows(const cinx_loader *l);
/* The physical line number of the next byte fed. */
void cinx_loader_start_line(cinx_loader *l, unsigned long line);
/* Whether every column's role is decided. */
bool cinx_loader_columns_known(const cinx_loader *l);
/* The row handlers, for the replay. */
void cinx_loader_on_field(void *data, size_t c, const char *s, size_t len);
void cinx_loader_on_row(void *data, size_t n);
/* Fails unless field s of column c is the required value. */
void cinx_loader_check_required(cinx_loader *l, size_t c, const char *s, size_t len);
/* Parses one figure of column c into the row; reports a bad one. */
void cinx_loader_parse_figure(cinx_loader *l, size_t c, const char *s, size_t len);

#endif
