/* SPDX-License-Identifier: MIT */
/* A table of results written as aligned text, CSV, TSV, JSON or Markdown.
 * Every print-mode command builds one; exports reuse it. */
#ifndef CINX_REPORT_H
#define CINX_REPORT_H

#include <stdbool.h>
#include <stdio.h>
#include "cinx/error.h"
#include "cinx/value.h"

typedef enum cinx_format {
	CINX_FORMAT_TEXT, CINX_FORMAT_CSV, CINX_FORMAT_TSV,
	CINX_FORMAT_JSON, CINX_FORMAT_MARKDOWN
} cinx_format;

/* "text", "csv", "tsv", "json", "markdown" (or "md"). */
bool cinx_format_parse(const char *s, cinx_format *out);
const char *cinx_format_name(cinx_format f);

typedef enum cinx_col_type {
	CINX_COL_TEXT,   /* a string */
	CINX_COL_INT,    /* an integer; empty when unset */
	CINX_COL_VALUE,  /* a cinx_value with the column's decimals */
	CINX_COL_CHANGE, /* a cinx_value shown with a sign */
	CINX_COL_SPARK,  /* a sparkline: text and Markdown only */
	CINX_COL_PERIOD  /* a time period: its label in text and Markdown, the
	                    file's time_period (a number in JSON when all digits)
	                    in CSV, TSV and JSON */
} cinx_col_type;

typedef struct cinx_report cinx_report;

cinx_report *cinx_report_new(void);
void cinx_report_free(cinx_report *r);

/* name: the machine header (CSV/JSON); title: the text header. */
int cinx_report_add_column(cinx_report *r, const char *name, const char *title,
			   cinx_col_type type, int decimals);
/* Starts a new row; cells default to empty. */
CINX_MUST_CHECK cinx_status cinx_report_add_row(cinx_report *r);
void cinx_report_set_text(cinx_report *r, int col, const char *s);
void cinx_report_set_int(cinx_report *r, int col, long n);
void cinx_report_set_value(cinx_report *r, int col, cinx_value v);
/* A period: code for CSV, TSV and JSON, label for people. */
void cinx_report_set_period(cinx_report *r, int col, const char *code, const char *label);
/* A value with its own decimals, for columns that mix indicators. */
void cinx_report_set_value_dp(cinx_report *r, int col, cinx_value v, int decimals);

/* Lines printed above (title) and below (notes) the table in text and
 * Markdown, and as "title"/"notes" in JSON. CSV and TSV carry rows only. */
void cinx_report_set_title(cinx_report *r, const char *title);
/* Adds s to the end of the title (nothing when there is no title). */
void cinx_report_append_title(cinx_report *r, const char *s);
/* A line above the title in text and Markdown, and "notice" in JSON, e.g.
 * that the data are synthetic. CSV and TSV leave it to the caller. */
void cinx_report_set_notice(cinx_report *r, const char *notice);
void cinx_report_add_note(cinx_report *r, const char *note);

size_t cinx_report_n_rows(const cinx_report *r);

/* ASCII: rules and sparklines in ASCII. RAW: CSV and TSV text cells exactly
 * as they are; by default a text cell that a spreadsheet would run as a
 * formula (starting =, +, -, @, tab or CR) is written with a leading
 * apostrophe, which spreadsheets show as text. */
enum { CINX_REPORT_ASCII = 1, CINX_REPORT_RAW = 2 };

CINX_MUST_CHECK cinx_status cinx_report_write(const cinx_report *r, cinx_format f, int flags, FILE *out,
			      cinx_error *err);

#endif
