/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cinx/text.h"
#include "layout.h"
#include "periods.h"
#include "rowfmt.h"
#include "view.h"

#define MARK_W 3 /* the selection, a pin, a gap */
#define NAME_MIN 14
#define NAME_MAX 40
#define VALUE_W 9
#define CHANGE_W 8
#define RANK_W 7
#define GAP 2
#define DETAIL_MIN 59
#define DETAIL_MAX 90

const char *ui_crumb_sep(bool ascii)
{
	return ascii ? " > " : " \xE2\x80\xBA ";
}

const char *ui_ellipsis(bool ascii)
{
	return ascii ? "~" : "\xE2\x80\xA6";
}

/* Columns by priority: value, trend, change, rank; the name takes the rest. */
void ui_layout_table_cols(ui_table_cols *c, int w, int spark_w)
{
	int avail = w - MARK_W - 1, used = NAME_MIN, x;
	ui_col *order[4] = {&c->value, &c->spark, &c->change, &c->rank};
	int widths[4] = {VALUE_W, spark_w, CHANGE_W, RANK_W};

	*c = (ui_table_cols){{0, MARK_W}, {MARK_W, 0}, {0, 0}, {0, 0}, {0, 0}, {0, 0}};
	for (int i = 0; i < 4; i++)
		if (used + GAP + widths[i] <= avail) {
			order[i]->w = widths[i];
			used += GAP + widths[i];
		}
	c->name.w = avail - (used - NAME_MIN);
	if (c->name.w > NAME_MAX)
		c->name.w = NAME_MAX;
	if (c->name.w < 1)
		c->name.w = avail > 0 ? avail : 0;
	/* drawn in reading order: name, value, change, rank, trend */
	x = c->name.x + c->name.w;
	ui_col *shown[4] = {&c->value, &c->change, &c->rank, &c->spark};
	for (int i = 0; i < 4; i++)
		if (shown[i]->w) {
			shown[i]->x = x + GAP;
			x = shown[i]->x + shown[i]->w;
		}
}

void ui_layout_crumbs(ui_layout *l, const ui_state *s, bool ascii)
{
	const ui_areas *t = ui_areas_of(s);
	int budget = l->w - 2, sep = cinx_text_width(ui_crumb_sep(ascii));
	int widths[UI_MAX_DEPTH], total = 0, first = 0, x = 1;

	if (t->league) { /* no path to click back along */
		l->crumb_first = l->n_crumbs = 0;
		return;
	}
	for (int i = 0; i < t->depth; i++) {
		int a = t->path[i].area;
		widths[i] = a >= 0 ? cinx_text_width(cinx_dataset_area(s->ds, a)->name) : 3;
		total += widths[i] + (i ? sep : 0);
	}
	/* elide from the top of the path until the rest fits */
	while (first < t->depth - 1 && total > budget) {
		total -= widths[first] + sep;
		first++;
	}
	if (first)
		x += cinx_text_width(ui_ellipsis(ascii)) + sep;
	l->crumb_first = first;
	l->n_crumbs = t->depth - first;
	for (int i = first; i < t->depth; i++) {
		int w = widths[i];
		if (x + w > l->w - 1)
			w = l->w - 1 - x;
		l->crumb_x[i - first] = x;
		l->crumb_w[i - first] = w > 0 ? w : 0;
		x += widths[i] + sep;
	}
}

/* Every period in the longest form that fits the line (the compact layout
 * tries the tiniest only), after the full layout's heading; else one
 * period at a time (step 0). */
static void slider(ui_layout *l, const cinx_dataset *ds)
{
	int n = (int)cinx_dataset_n_years(ds);
	int room = l->size == UI_SIZE_FULL ? l->w : l->w - 12;
	int f = l->size == UI_SIZE_FULL ? UI_PERIOD_FULL : UI_PERIOD_TINY;

	l->slider_x = l->size == UI_SIZE_FULL ? 2 + cinx_text_width(cinx_dataset_period_noun(ds)) : 1;
	l->slider_step = 0;
	l->slider_form = UI_PERIOD_FULL;
	for (; f < UI_PERIOD_FORM_COUNT; f++) {
		int step = ui_period_form_width(ds, (ui_period_form)f) + 1;
		if (l->slider_x + step * n + 1 <= room) {
			l->slider_step = step;
			l->slider_form = (ui_period_form)f;
			return;
		}
	}
}

void ui_layout_detail(ui_layout *l)
{
	if (l->wide) {
		int dw = (l->w - 1) / 2;
		dw = dw < DETAIL_MIN ? DETAIL_MIN : dw > DETAIL_MAX ? DETAIL_MAX : dw;
		l->table.w = l->w - dw - 1;
		l->sep_x = l->table.w;
		l->detail = (ui_rect){l->table.y, l->sep_x + 1, l->table.h, dw};
	} else {
		l->detail = l->table;
		l->table.w = 0;
	}
}

/* Rows the table keeps, header included, however long the bottom lines. */
#define TABLE_MIN_H 7

static void compute(ui_layout *l, const ui_state *s, int w, int h, bool ascii, int note_h, int legend_h,
		    int status_h)
{
	size_t first;
	int spark_w = (int)ui_spark_years(s->ds, &first);
	int top;

	*l = (ui_layout){0};
	l->w = w;
	l->h = h;
	l->sep_x = -1;
	l->title_y = l->crumb_y = l->metric_y = l->slider_y = l->filter_y = -1;
	l->note_y = l->legend_y = l->status_y = -1;
	if (w < UI_MIN_W || h < UI_MIN_H) {
		l->size = UI_SIZE_TOO_SMALL;
		return;
	}
	l->size = w >= UI_FULL_W && h >= UI_FULL_H ? UI_SIZE_FULL : UI_SIZE_COMPACT;
	l->wide = l->size == UI_SIZE_FULL && w >= UI_WIDE_W;
	l->title_y = 0;
	l->crumb_y = 1;
	if (l->size == UI_SIZE_FULL) {
		l->metric_y = 2;
		l->slider_y = 3;
		top = 4;
	} else {
		l->slider_y = 2;
		top = 3;
		note_h = legend_h = 0; /* the status line says one or the other */
	}
	if (cinx_dataset_n_filters(s->ds))
		l->filter_y = top++;
	/* extra lines go while the table would be left too short */
	while (h - top - note_h - legend_h - status_h < TABLE_MIN_H &&
	       (note_h > 1 || legend_h > 1 || status_h > 1)) {
		int *most = note_h >= legend_h && note_h >= status_h ? &note_h : legend_h >= status_h ? &legend_h
												: &status_h;
		(*most)--;
	}
	l->status_h = status_h;
	l->status_y = h - 1;
	if (l->size == UI_SIZE_FULL) {
		l->note_h = note_h;
		l->legend_h = legend_h;
		l->note_y = h - status_h - legend_h - note_h;
		l->legend_y = l->note_y + note_h;
	}
	l->table = (ui_rect){top, 0, (l->note_y >= 0 ? l->note_y : h - status_h) - top, w};
	if (spark_w < 5)
		spark_w = 5;
	slider(l, s->ds);
	s->view->layout(l, s, spark_w, ascii);
}

void ui_layout_compute(ui_layout *l, const ui_state *s, int w, int h, bool ascii)
{
	compute(l, s, w, h, ascii, 1, 1, 1);
}

void ui_layout_bottom(ui_layout *l, const ui_state *s, int note_h, int legend_h, int status_h, bool ascii)
{
	compute(l, s, l->w, l->h, ascii, note_h > 0 ? note_h : 1, legend_h > 0 ? legend_h : 1,
		status_h > 0 ? status_h : 1);
}

int ui_layout_page(const ui_layout *l)
{
	int page = (l->table.w ? l->table.h : l->detail.h) - 1;
	return page > 0 ? page : 1;
}

ui_hit ui_layout_hit(const ui_layout *l, const ui_state *s, int x, int y)
{
	ui_hit hit = {UI_HIT_NONE, 0};

	if (l->size == UI_SIZE_TOO_SMALL)
		return hit;
	if (l->table.w && y > l->table.y && y < l->table.y + l->table.h && x >= l->table.x &&
	    x < l->table.x + l->table.w) {
		int row = y - l->table.y - 1 + s->view->top(s);
		if (row < (int)s->view->n_rows(s))
			hit = (ui_hit){UI_HIT_ROW, row};
	} else if (y == l->slider_y && l->slider_step && x >= l->slider_x) {
		int i = (x - l->slider_x) / l->slider_step;
		if (i < (int)cinx_dataset_n_years(s->ds))
			hit = (ui_hit){UI_HIT_YEAR, i};
	} else if (y == l->filter_y) {
		hit = (ui_hit){UI_HIT_FILTER, 0};
	} else if (y == l->crumb_y) { /* only the table has breadcrumbs */
		for (int i = 0; i < l->n_crumbs; i++)
			if (x >= l->crumb_x[i] && x < l->crumb_x[i] + l->crumb_w[i])
				hit = (ui_hit){UI_HIT_CRUMB, l->crumb_first + i + 1};
	}
	return hit;
}
