/* SPDX-License-Identifier: MIT */
/* One area's figures for one indicator and year, formatted into buffers
 * before anything is drawn: the table and the detail pane share this. */
#ifndef CINX_UI_ROWFMT_H
#define CINX_UI_ROWFMT_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/dataset.h"
#include "state.h"

#define UI_SPARK_MAX 64 /* years in a sparkline; the latest are kept */

typedef struct ui_cells {
	cinx_value value, change;
	char value_text[32];  /* symbols as their letters; no row as "-" */
	char change_text[32]; /* signed; blank in the first year or without a row */
	char rank_text[24];   /* "12/153" for authorities, else blank */
	int spark[UI_SPARK_MAX]; /* sparkline levels or CINX_SPARK_SYMBOL/NO_ROW */
	size_t n_spark;
	int spark_sel;        /* the selected year's position in spark, or -1 */
	bool spark_symbol;    /* some year holds a symbol */
	bool spark_faint[UI_SPARK_MAX]; /* the year is the predecessors' */
	bool spark_before;    /* some year is */
} ui_cells;

/* The area's figures for indicator ind in the selected year; its trend
 * takes its predecessors' years when the state asks for them. */
void ui_cells_fill(const ui_state *s, int area, size_t ind, ui_cells *c);

/* The trends' column header: the years and the scale ("13-25 own"), or
 * what fits of it in w columns. */
void ui_spark_header(const ui_state *s, int w, char *buf, size_t cap);

/* Years shown in a sparkline, and the index of the first. */
size_t ui_spark_years(const cinx_dataset *ds, size_t *first);

/* "x not available" style legend entries for the kinds marked in seen[],
 * joined with sep; the no-row kind is written as "- no data". Returns the
 * length written. */
size_t ui_legend(const bool seen[CINX_KIND_COUNT], const char *sep, char *buf, size_t cap);

#endif
