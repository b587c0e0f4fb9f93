/* SPDX-License-Identifier: MIT */
/* Where everything goes on a screen of a given size. Computed from the
 * state before each frame; drawing and the mouse both read it. No curses. */
#ifndef CINX_UI_LAYOUT_H
#define CINX_UI_LAYOUT_H

#include <stdbool.h>
#include "periods.h"
#include "state.h"

#define UI_FULL_W 80   /* the full layout from here up */
#define UI_FULL_H 24
#define UI_MIN_W 40    /* the compact layout from here up; below: too small */
#define UI_MIN_H 10
#define UI_WIDE_W 140  /* the detail pane fits beside the table */

typedef enum ui_size { UI_SIZE_FULL, UI_SIZE_COMPACT, UI_SIZE_TOO_SMALL } ui_size;

typedef struct ui_rect {
	int y, x, h, w;
} ui_rect;

/* Table columns: x and width; width 0 when the column does not fit. */
typedef struct ui_col {
	int x, w;
} ui_col;

typedef struct ui_table_cols {
	ui_col mark, name, value, change, rank, spark;
} ui_table_cols;

typedef struct ui_layout {
	int w, h;
	ui_size size;
	bool wide;
	int title_y, crumb_y, metric_y, slider_y; /* -1 when absent */
	int filter_y;        /* the filter bar (data with filters), or -1 */
	int note_y, legend_y, status_y; /* the first line of each; status_y the last line */
	int note_h, legend_h, status_h; /* their lines: wrapped text, not cut */
	ui_rect table;       /* the header row, then rows; w 0 when hidden */
	ui_table_cols cols;
	ui_rect chart;       /* the comparison's chart with its axes; h 0 when none */
	ui_rect detail;      /* w 0 when hidden */
	int sep_x;           /* the line between table and pane, or -1 */
	int slider_x, slider_step; /* a period's columns and a gap ("2013 "); 0: one period */
	ui_period_form slider_form; /* the periods' form when step > 0 */
	int n_crumbs;        /* breadcrumb items drawn; earlier ones elided */
	int crumb_first;     /* depth index of the first one drawn */
	int crumb_x[UI_MAX_DEPTH], crumb_w[UI_MAX_DEPTH];
} ui_layout;

/* The common lines, then the view's part (its class's layout). */
void ui_layout_compute(ui_layout *l, const ui_state *s, int w, int h, bool ascii);
/* The same with more lines at the bottom for wrapped notes, legends, hints
 * and messages (as many as leave the table rows: the table wins). */
void ui_layout_bottom(ui_layout *l, const ui_state *s, int note_h, int legend_h, int status_h, bool ascii);
/* For the views' layouts: the table's columns, by priority; the detail
 * pane beside the table when wide, else in its place; the breadcrumbs. */
void ui_layout_table_cols(ui_table_cols *c, int w, int spark_w);
void ui_layout_detail(ui_layout *l);
void ui_layout_crumbs(ui_layout *l, const ui_state *s, bool ascii);

/* Table rows that fit below the header. */
int ui_layout_page(const ui_layout *l);

/* The smallest chart worth drawing, axes and legend included. */
#define UI_CHART_MIN_H 6

typedef enum ui_hit_kind { UI_HIT_NONE, UI_HIT_ROW, UI_HIT_YEAR, UI_HIT_CRUMB, UI_HIT_FILTER } ui_hit_kind;

typedef struct ui_hit {
	ui_hit_kind kind;
	int index; /* row, year index or depth */
} ui_hit;

ui_hit ui_layout_hit(const ui_layout *l, const ui_state *s, int x, int y);

/* The breadcrumb separator and elision mark, by display width. */
const char *ui_crumb_sep(bool ascii);
const char *ui_ellipsis(bool ascii);

#endif
