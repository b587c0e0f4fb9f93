/* SPDX-License-Identifier: MIT */
/* The notable list: authorities whose change from the previous year
 * reaches the threshold, or whose value lies outside the fences at 1.5
 * times the interquartile range, for the selected indicator and year. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/decimal.h"
#include "cinx/format.h"
#include "cinx/series.h"
#include "cinx/text.h"
#include "draw.h"

#define GAP 2

typedef struct ncols {
	ui_col mark, name, value, change, pct, why;
} ncols;

/* Change % only where the threshold is one: for counts and rates (for
 * percentages it is in points, and the change column says it). */
static void fit(ncols *c, int w, bool pct)
{
	int x;

	memset(c, 0, sizeof *c);
	c->mark = (ui_col){0, 3};
	c->name.x = 3;
	c->name.w = w >= 100 ? 32 : w >= 70 ? 22 : 14;
	x = c->name.x + c->name.w;
	c->value = (ui_col){x + GAP, 9};
	x = c->value.x + c->value.w;
	c->change = (ui_col){x + GAP, 8};
	x = c->change.x + c->change.w;
	if (pct && x + GAP + 8 + GAP + 12 <= w - 1) {
		c->pct = (ui_col){x + GAP, 8};
		x = c->pct.x + c->pct.w;
	}
	if (x + GAP + 8 <= w - 1)
		c->why = (ui_col){x + GAP, w - 1 - x - GAP};
}

static ui_role role_of(cinx_value v)
{
	return v.kind == CINX_NUM ? UI_ROLE_NORMAL : v.kind == CINX_NO_ROW ? UI_ROLE_DIM : UI_ROLE_SYMBOL;
}

/* Why the row is listed; in the short words when the long ones do not fit
 * in w columns (a narrow terminal), so that it is never cut. */
static void why(const ui_state *s, const ui_notable_row *r, cinx_value d, int w, char *buf, size_t cap)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	const char *unit = in->unit == CINX_UNIT_PERCENT ? " points" : "%";
	double th = cinx_notable_default_threshold(in);

	for (int shorter = 0; shorter < 2; shorter++) {
		size_t o = 0;
		buf[0] = '\0';
		if (r->changed)
			o += (size_t)snprintf(buf, cap, shorter ? "%s%g%s" : "%s of %g%s or more",
					      shorter ? (d.num > 0 ? "+" : "-") : d.num > 0 ? "rise" : "fall", th,
					      shorter ? (in->unit == CINX_UNIT_PERCENT ? "pt" : "%") : unit);
		if (r->outlier && o < cap)
			snprintf(buf + o, cap - o, "%s%s", o ? (shorter ? ", " : "; ") : "",
				 shorter ? (r->outlier > 0 ? "over fence" : "under fence")
					 : r->outlier > 0 ? "above the upper fence" : "below the lower fence");
		if (cinx_text_width(buf) <= w)
			return;
	}
}

static void row(const ui_state *s, const ncols *c, int i, int y)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	const ui_notable *nl = ui_notable_of(s);
	const ui_notable_row *r = &nl->rows[i];
	cinx_value v = cinx_dataset_value(s->ds, r->area, s->year, s->metric);
	cinx_value d = cinx_series_change(s->ds, r->area, s->year, s->metric);
	cinx_value prev = cinx_series_previous(s->ds, r->area, s->year, s->metric);
	const char *value_mark, *change_mark;
	bool sel = i == nl->sel;
	char buf[256];

	if (sel)
		ui_text(y, c->mark.x, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
	if (ui_state_pinned(s, r->area))
		ui_text(y, c->mark.x + 1, 1, ui_glyph_str(UI_G_PIN), UI_ROLE_STRONG);
	if (sel)
		ui_fill(y, c->name.x, c->name.w, UI_ROLE_SELECTED);
	ui_text(y, c->name.x, c->name.w, cinx_dataset_area(s->ds, r->area)->name,
		sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	ui_notable_marks(s, r->area, &value_mark, &change_mark);
	cinx_format_value(v, in->decimals, CINX_FMT_GROUP | CINX_FMT_NOROW_DASH, buf, sizeof buf);
	ui_text_right(y, c->value.x, c->value.w, buf, role_of(v));
	if (value_mark)
		ui_text(y, c->value.x + c->value.w, 1, value_mark, UI_ROLE_STRONG);
	cinx_format_value(d, in->decimals, CINX_FMT_GROUP | CINX_FMT_SIGN, buf, sizeof buf);
	ui_text_right(y, c->change.x, c->change.w, buf, role_of(d));
	if (change_mark)
		ui_text(y, c->change.x + c->change.w, 1, change_mark, UI_ROLE_STRONG);
	if (c->pct.w && d.kind == CINX_NUM && prev.kind == CINX_NUM && prev.num > 0) {
		cinx_format_value(cinx_value_change_percent(v, prev, in->decimals, 1), 1, CINX_FMT_SIGN, buf, sizeof buf);
		ui_text_right(y, c->pct.x, c->pct.w, buf, UI_ROLE_NORMAL);
	}
	if (c->why.w) {
		why(s, r, d, c->why.w, buf, sizeof buf);
		ui_text(y, c->why.x, c->why.w, buf, UI_ROLE_NORMAL);
	}
}

void ui_draw_notable(const ui_state *s, const ui_layout *l)
{
	const ui_notable *nl = ui_notable_of(s);
	int page = l->table.h - 1;
	int shown = (int)nl->n - nl->top < page ? (int)nl->n - nl->top : page;
	char buf[256];
	int used;
	ncols c;

	fit(&c, l->table.w, cinx_dataset_indicator(s->ds, s->metric)->unit != CINX_UNIT_PERCENT);
	if (!nl->n) {
		const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
		snprintf(buf, sizeof buf, "No authority changed by %g%s or more from %s, or lies outside the fences",
			 cinx_notable_default_threshold(in), in->unit == CINX_UNIT_PERCENT ? " points" : "%",
			 cinx_dataset_previous(s->ds, s->year) >= 0
				 ? cinx_dataset_period_label(s->ds, (size_t)cinx_dataset_previous(s->ds, s->year))
				 : "the period before");
		ui_text(l->table.y + 1, 3, l->w - 4, buf, UI_ROLE_DIM);
		return;
	}
	if (shown < (int)nl->n)
		snprintf(buf, sizeof buf, "Authority (%d-%d of %zu)", nl->top + 1, nl->top + shown, nl->n);
	else
		snprintf(buf, sizeof buf, "Authority");
	used = ui_text(l->table.y, c.name.x, c.name.w, buf, UI_ROLE_HEADER);
	ui_draw_period_head(s, l->table.y, c.value.x, c.value.w, c.name.x + used + 2, NULL);
	ui_text_right(l->table.y, c.change.x, c.change.w, "Change", UI_ROLE_HEADER);
	if (c.pct.w)
		ui_text_right(l->table.y, c.pct.x, c.pct.w, "Change %", UI_ROLE_HEADER);
	if (c.why.w)
		ui_text(l->table.y, c.why.x, c.why.w, "Why", UI_ROLE_HEADER);
	for (int i = 0; i < shown; i++)
		row(s, &c, nl->top + i, l->table.y + 1 + i);
}

void ui_draw_notable_heading(const ui_state *s, const ui_layout *l)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	char what[160], rule[256];

	snprintf(what, sizeof what, "Notable in %s", cinx_dataset_period_label(s->ds, s->year));
	snprintf(rule, sizeof rule, "  %s %zu of %zu authorities: changes of %g%s or more, outliers",
		 ui_glyph_str(UI_G_DOT), ui_notable_of(s)->n, s->fences.n, cinx_notable_default_threshold(in),
		 in->unit == CINX_UNIT_PERCENT ? " points" : "%");
	ui_draw_heading(l, what, rule);
}
