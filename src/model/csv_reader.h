/* SPDX-License-Identifier: MIT */
/* CSV through libcsv a physical line at a time, so that every error names
 * its file, line and column: the data file's loader and the statistical
 * neighbours model read with it. Also turned away with a message: UTF-16,
 * gzip, NUL bytes, broken quoting and a file that ends inside quotes. */
#ifndef CINX_CSV_READER_H
#define CINX_CSV_READER_H

#include <csv.h>
#include <stdbool.h>

#include "cinx/error.h"

/* Limits enforced while reading, before libcsv buffers more: a field, a
 * physical line and the fields of a row. Memory stays flat whatever the
 * input (an endless field, an endless line), and the error names the limit.
 * Real EES files are far inside them. */
#define CINX_CSV_MAX_FIELD_BYTES (4UL * 1024UL * 1024UL)
#define CINX_CSV_MAX_LINE_BYTES (16UL * 1024UL * 1024UL)
#define CINX_CSV_MAX_FIELDS 65536UL

/* Field col (from 0) of the current row; s is never NULL. */
typedef void cinx_csv_field_fn(void *ctx, size_t col, const char *s, size_t len);
/* The current row ended after n fields. */
typedef void cinx_csv_row_fn(void *ctx, size_t n);

typedef struct cinx_csv_reader {
	struct csv_parser csv;
	const char *source;     /* the file's name in messages */
	cinx_csv_field_fn *on_field;
	cinx_csv_row_fn *on_row;
	void *ctx;
	unsigned long line;     /* the physical line being read, from 1 */
	unsigned long row_line; /* the line the current row started on */
	size_t line_bytes;      /* bytes of the current physical line so far */
	size_t field;           /* fields of the current row so far */
	unsigned char lead[3];  /* the first bytes, for the checks of the encoding */
	size_t n_lead;
	bool lead_done, pending_cr;
	bool saw_bytes;         /* anything but blanks and a BOM */
	cinx_status failed;     /* the first error wins */
	cinx_error error;
} cinx_csv_reader;

/* options: libcsv's (CSV_STRICT...). After a failure, stops calling back;
 * the callbacks stop it with cinx_csv_fail_at or cinx_csv_fail_nomem. */
CINX_MUST_CHECK cinx_status cinx_csv_init(cinx_csv_reader *r, const char *source, unsigned char options,
					  cinx_csv_field_fn *on_field, cinx_csv_row_fn *on_row, void *ctx);
/* The next piece of the file, cut anywhere. */
cinx_status cinx_csv_feed(cinx_csv_reader *r, const void *buf, size_t len);
/* The end of the file: a row left open ends; an open quote is an error. */
cinx_status cinx_csv_finish(cinx_csv_reader *r);
void cinx_csv_free(cinx_csv_reader *r);

/* Records a data error "source:line:column: message" at the current row and
 * column col (from 0); returns CINX_E_DATA (or the earlier error). */
cinx_status cinx_csv_fail_at(cinx_csv_reader *r, size_t col, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
cinx_status cinx_csv_fail_nomem(cinx_csv_reader *r);

#endif
