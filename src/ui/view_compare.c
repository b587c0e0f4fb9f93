/* SPDX-License-Identifier: MIT */
/* The comparison: one row per pinned area (value, change, rank, band and a
 * sparkline on one scale shared by every row), then a chart of all their
 * series over the years, each series with its own marker. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/chart.h"
#include "cinx/format.h"
#include "cinx/quartile.h"
#include "cinx/rank.h"
#include "cinx/series.h"
#include "cinx/sparkline.h"
#include "cinx/text.h"
#include "draw.h"
#include "periods.h"
#include "rowfmt.h"
#include "wrap.h"

#define NAME_MIN 12
#define NAME_MAX 32
#define GAP 2

typedef struct ccols {
	ui_col mark, name, value, change, rank, band, spark;
} ccols;

/* Columns by priority: value, trend, change, rank, band; the name takes the rest. */
static void fit(ccols *c, int w, int spark_w)
{
	ui_col *order[5] = {&c->value, &c->spark, &c->change, &c->rank, &c->band};
	int widths[5] = {9, spark_w, 8, 7, 4};
	int avail = w - 3 - 1, used = NAME_MIN, x;

	memset(c, 0, sizeof *c);
	c->mark = (ui_col){0, 3};
	for (int i = 0; i < 5; i++)
		if (used + GAP + widths[i] <= avail) {
			order[i]->w = widths[i];
			used += GAP + widths[i];
		}
	c->name = (ui_col){3, avail - (used - NAME_MIN)};
	if (c->name.w > NAME_MAX)
		c->name.w = NAME_MAX;
	x = c->name.x + c->name.w;
	ui_col *shown[5] = {&c->value, &c->change, &c->rank, &c->band, &c->spark};
	for (int i = 0; i < 5; i++)
		if (shown[i]->w) {
			shown[i]->x = x + GAP;
			x = shown[i]->x + shown[i]->w;
		}
}

/* The shared scale: every number of every pinned series, predecessors'
 * years included when trends show them. */
static int scale(const ui_state *s, double *lo, double *hi)
{
	int found = cinx_compare_range(s->ds, s->pins, s->n_pins, s->metric, lo, hi);

	for (size_t k = 0; s->predecessors && k < s->n_pins; k++)
		for (size_t y = 0; y < cinx_dataset_n_years(s->ds); y++)
			if (ui_state_predecessor_year(s, s->pins[k], y))
				cinx_spark_widen(ui_state_trend_value(s, s->pins[k], y, s->metric), &found, lo, hi);
	/* z from zero: the chart's axis and the sparklines start at 0 */
	if (found && s->spark_scale == UI_SCALE_ZERO && *lo > 0)
		*lo = 0;
	return found;
}

static ui_role value_role(cinx_value v)
{
	return v.kind == CINX_NUM ? UI_ROLE_NORMAL : v.kind == CINX_NO_ROW ? UI_ROLE_DIM : UI_ROLE_SYMBOL;
}

static void marker(int k, char *buf)
{
	buf[0] = (char)('1' + k);
	buf[1] = '\0';
}

static void header(const ui_state *s, const ccols *c, int y)
{
	size_t first, n = ui_spark_years(s->ds, &first);
	int used = ui_text(y, c->name.x, c->name.w, "Area", UI_ROLE_HEADER);
	char buf[160], from[64], to[64];

	ui_draw_period_head(s, y, c->value.x, c->value.w, c->name.x + used + 2, NULL);
	ui_text_right(y, c->change.x, c->change.w, "Change", UI_ROLE_HEADER);
	ui_text_right(y, c->rank.x, c->rank.w, "Rank", UI_ROLE_HEADER);
	ui_text(y, c->band.x, c->band.w, "Band", UI_ROLE_HEADER);
	/* the first and last periods, in the longest form that fits */
	snprintf(buf, sizeof buf, "Trend");
	for (int f = UI_PERIOD_FULL; f < UI_PERIOD_TINY; f++) {
		ui_period_form_text(s->ds, first, (ui_period_form)f, from, sizeof from);
		ui_period_form_text(s->ds, first + n - 1, (ui_period_form)f, to, sizeof to);
		if (cinx_text_width(from) + 1 + cinx_text_width(to) <= c->spark.w) {
			snprintf(buf, sizeof buf, "%s-%s", from, to);
			break;
		}
	}
	ui_text(y, c->spark.x, c->spark.w, buf, UI_ROLE_HEADER);
}

static void row(const ui_state *s, const ccols *c, int k, int y, double lo, double hi)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	int area = s->pins[k];
	size_t first, n = ui_spark_years(s->ds, &first);
	cinx_value v = cinx_dataset_value(s->ds, area, s->year, s->metric);
	cinx_value d = cinx_series_change(s->ds, area, s->year, s->metric);
	cinx_rank rk = cinx_rank_la(s->ds, area, s->year, s->metric);
	cinx_quartile q = cinx_quartile_la(s->ds, area, s->year, s->metric);
	cinx_value series[UI_SPARK_MAX];
	bool faint[UI_SPARK_MAX];
	int levels[UI_SPARK_MAX];
	bool sel = k == ui_compare_sel(s);
	const char *value_mark, *change_mark;
	char buf[64];

	if (sel)
		ui_text(y, c->mark.x, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
	marker(k, buf);
	ui_text_attr(y, c->mark.x + 1, 1, buf, ui_series_attr(k) | A_BOLD);
	if (sel)
		ui_fill(y, c->name.x, c->name.w, UI_ROLE_SELECTED);
	ui_text(y, c->name.x, c->name.w, cinx_dataset_area(s->ds, area)->name, sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	ui_notable_marks(s, area, &value_mark, &change_mark);
	cinx_format_value(v, in->decimals, CINX_FMT_GROUP | CINX_FMT_NOROW_DASH, buf, sizeof buf);
	ui_text_right(y, c->value.x, c->value.w, buf, value_role(v));
	if (value_mark)
		ui_text(y, c->value.x + c->value.w, 1, value_mark, UI_ROLE_STRONG);
	if (c->change.w) {
		cinx_format_value(d, in->decimals, CINX_FMT_GROUP | CINX_FMT_SIGN, buf, sizeof buf);
		ui_text_right(y, c->change.x, c->change.w, buf, value_role(d));
		if (change_mark)
			ui_text(y, c->change.x + c->change.w, 1, change_mark, UI_ROLE_STRONG);
	}
	if (c->rank.w && rk.rank) {
		snprintf(buf, sizeof buf, "%d/%d", rk.rank, rk.of);
		ui_text_right(y, c->rank.x, c->rank.w, buf, UI_ROLE_NORMAL);
	}
	if (c->band.w)
		ui_text(y, c->band.x, c->band.w, cinx_quartile_label(q), UI_ROLE_NORMAL);
	if (c->spark.w) {
		for (size_t i = 0; i < n; i++) {
			series[i] = ui_state_trend_value(s, area, first + i, s->metric);
			faint[i] = ui_state_predecessor_year(s, area, first + i);
		}
		cinx_spark_levels(series, n, lo, hi, levels);
		ui_spark(y, c->spark.x, c->spark.w, levels, faint, n, s->year >= first ? (int)(s->year - first) : -1,
			 A_NORMAL);
	}
}

/* ---- the chart ------------------------------------------------------------------ */

typedef struct plot {
	int y, x, h, w; /* the cells the series are drawn in */
} plot;

static void y_axis(const ui_state *s, const plot *p, int label_w, double lo, double hi)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	bool ascii = ui_draw_ascii();
	char buf[48];

	for (int i = 0; i < p->h; i++)
		ui_text(p->y + i, p->x - 1, 1, ascii ? "|" : "\xE2\x94\x82", UI_ROLE_DIM);
	cinx_format_number(hi, in->decimals, CINX_FMT_GROUP, buf, sizeof buf);
	ui_text_right(p->y, p->x - 2 - label_w, label_w, buf, UI_ROLE_DIM);
	ui_text(p->y, p->x - 1, 1, ascii ? "+" : "\xE2\x94\xA4", UI_ROLE_DIM);
	cinx_format_number(lo, in->decimals, CINX_FMT_GROUP, buf, sizeof buf);
	ui_text_right(p->y + p->h - 1, p->x - 2 - label_w, label_w, buf, UI_ROLE_DIM);
	ui_text(p->y + p->h - 1, p->x - 1, 1, ascii ? "+" : "\xE2\x94\xA4", UI_ROLE_DIM);
}

/* The axis under the plot with a tick per year, and the years that fit
 * under it, the selected one first. */
static void x_axis(const ui_state *s, const plot *p, cinx_chart_style style)
{
	size_t n = cinx_dataset_n_years(s->ds);
	bool ascii = ui_draw_ascii();
	bool taken[1024] = {false};
	int y = p->y + p->h, limit = p->x + p->w + 2;
	int f = UI_PERIOD_FULL, gap = n > 1 ? p->w / (int)n - 1 : p->w;

	/* labels as long as the ticks' spacing allows (a year's four digits
	 * at least: those that clash are left out), else the shortest */
	while (f + 1 < UI_PERIOD_FORM_COUNT && ui_period_form_width(s->ds, (ui_period_form)f) > (gap > 4 ? gap : 4))
		f++;

	ui_text(y, p->x - 1, 1, ascii ? "+" : "\xE2\x94\x94", UI_ROLE_DIM);
	ui_hline(y, p->x, p->w, UI_ROLE_DIM);
	for (size_t i = 0; i < n; i++) {
		int col = p->x + cinx_chart_column(i, n, style, p->w);
		ui_text(y, col, 1, ascii ? "+" : "\xE2\x94\xB4", i == s->year ? UI_ROLE_STRONG : UI_ROLE_DIM);
	}
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			bool sel = i == s->year, clash = false;
			char label[128], buf[136];
			int from, w;
			if ((pass == 0) != sel)
				continue;
			/* the selected year in brackets, as on the slider */
			ui_period_form_text(s->ds, i, (ui_period_form)f, label, sizeof label);
			snprintf(buf, sizeof buf, sel ? "[%s]" : "%s", label);
			w = cinx_text_width(buf);
			from = p->x + cinx_chart_column(i, n, style, p->w) - w / 2 + (sel ? 0 : 1);
			if (from > limit - w)
				from = limit - w;
			if (from < p->x - 1)
				from = p->x - 1;
			if (from + w >= (int)sizeof taken)
				continue;
			/* a column of space between labels */
			for (int c = from - 1; c <= from + w && !clash; c++)
				clash = c >= 0 && taken[c];
			if (clash)
				continue;
			for (int c = from; c < from + w; c++)
				taken[c] = true;
			ui_text(y + 1, from, w, buf, sel ? UI_ROLE_MARK : UI_ROLE_DIM);
		}
}

/* Every pinned area's marker and name, on as many lines as they need (a
 * name wider than a line is shortened, never left out), then what the
 * marks mean; drawn from y when draw. Returns the lines it takes. */
static int legend(const ui_state *s, int y, int x, int w, bool any_star, bool any_faint, bool draw)
{
	char buf[256], mark[2];
	int line = 0, used = 0;

	for (size_t k = 0; k < s->n_pins; k++) {
		const char *name = cinx_dataset_area(s->ds, s->pins[k])->name;
		int need = 2 + cinx_text_width(name);
		if (used && used + need > w) {
			line++;
			used = 0;
		}
		marker((int)k, mark);
		if (draw) {
			ui_text_attr(y + line, x + used, 1, mark, ui_series_attr((int)k) | A_BOLD);
			ui_text(y + line, x + used + 2, w - used - 2, name, UI_ROLE_NORMAL);
		}
		used += (need < w ? need : w) + 2;
	}
	snprintf(buf, sizeof buf, "%s%s", any_star ? "* where series meet  " : "",
		 any_faint ? "dim: predecessors' years" : "");
	if (!buf[0])
		return line + 1;
	if (used && used + cinx_text_width(buf) > w) {
		line++;
		used = 0;
	}
	if (draw)
		ui_text(y + line, x + used, w - used, buf, UI_ROLE_DIM);
	return line + 1;
}

static attr_t cell_attr(const cinx_chart_cell *c, const int *pin_of, int sel)
{
	attr_t a = A_NORMAL;

	if (c->series >= 0) {
		a = ui_series_attr(pin_of[c->series]);
		if (pin_of[c->series] == sel)
			a |= A_BOLD;
	}
	if (c->marker)
		a |= A_BOLD;
	if (c->faint)
		a |= A_DIM;
	return a;
}

static void chart(const ui_state *s, const ui_layout *l, double lo, double hi)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	cinx_chart_style style = ui_draw_ascii() ? CINX_CHART_ASCII : CINX_CHART_BRAILLE;
	size_t n = cinx_dataset_n_years(s->ds);
	cinx_chart_series series[UI_MAX_PINS];
	int pin_of[UI_MAX_PINS], label_w, legend_h;
	cinx_value *vals = malloc(s->n_pins * n * sizeof *vals);
	bool *faint = malloc(s->n_pins * n * sizeof *faint), any_faint = false, any_star = false;
	char markers[UI_MAX_PINS][2], a[48], b[48];
	cinx_chart_cell *cells;
	plot p;

	cinx_format_number(hi, in->decimals, CINX_FMT_GROUP, a, sizeof a);
	cinx_format_number(lo, in->decimals, CINX_FMT_GROUP, b, sizeof b);
	label_w = cinx_text_width(a) > cinx_text_width(b) ? cinx_text_width(a) : cinx_text_width(b);
	/* the plot gives up rows to the legend, which leaves no area out */
	legend_h = legend(s, 0, 0, l->chart.w - 2, true, s->predecessors, false);
	p = (plot){l->chart.y, l->chart.x + 1 + label_w + 2, l->chart.h - 2 - legend_h, l->chart.w - label_w - 5};
	cells = p.w > 0 && p.h > 0 ? malloc((size_t)(p.w * p.h) * sizeof *cells) : NULL;
	if (!vals || !faint || !cells) {
		free(vals);
		free(faint);
		free(cells);
		return;
	}
	/* the selected series last, so that it is drawn over the others */
	for (size_t i = 0, k = 0; i < s->n_pins; i++) {
		int pin = (int)((i + (size_t)ui_compare_sel(s) + 1) % s->n_pins);
		for (size_t y = 0; y < n; y++) {
			vals[k * n + y] = ui_state_trend_value(s, s->pins[pin], y, s->metric);
			faint[k * n + y] = ui_state_predecessor_year(s, s->pins[pin], y);
			any_faint |= faint[k * n + y] && vals[k * n + y].kind == CINX_NUM;
		}
		marker(pin, markers[k]);
		series[k] = (cinx_chart_series){vals + k * n, faint + k * n, markers[k][0]};
		pin_of[k++] = pin;
	}
	cinx_chart_draw(series, s->n_pins, n, lo, hi, style, p.w, p.h, cells);
	for (int y = 0; y < p.h; y++)
		for (int x = 0; x < p.w; x++) {
			const cinx_chart_cell *c = &cells[y * p.w + x];
			any_star |= c->marker && c->series == CINX_CHART_MIXED;
			if (c->series != CINX_CHART_EMPTY)
				ui_text_attr(p.y + y, p.x + x, 1, c->glyph, cell_attr(c, pin_of, ui_compare_sel(s)));
		}
	y_axis(s, &p, label_w, lo, hi);
	x_axis(s, &p, style);
	legend(s, p.y + p.h + 2, l->chart.x + 1, l->chart.w - 2, any_star, any_faint, true);
	free(vals);
	free(faint);
	free(cells);
}

static void empty(const ui_layout *l)
{
	static const char *const lines[] = {
		"Nothing pinned yet.",
		"In the table, Space pins the selected area: up to 8, at any level.",
		"a pins an authority with its statistical neighbours (--neighbours FILE).",
		"Backspace goes back to the table.",
	};

	int y = l->table.y + 1;

	/* wrapped, so that a narrow terminal still reads every word */
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		ui_span sp[4];
		char buf[128];
		size_t n = ui_wrap(lines[i], l->w - 4, sp, 4);
		for (size_t k = 0; k < n && k < 4; k++, y++) {
			snprintf(buf, sizeof buf, "%.*s", (int)sp[k].len, lines[i] + sp[k].start);
			ui_text(y, 3, l->w - 4, buf, i ? UI_ROLE_NORMAL : UI_ROLE_STRONG);
		}
	}
}

void ui_draw_compare(const ui_state *s, const ui_layout *l)
{
	size_t first, n_spark = ui_spark_years(s->ds, &first);
	double lo = 0, hi = 0;
	int have = s->n_pins ? scale(s, &lo, &hi) : 0;
	ccols c;

	if (!s->n_pins) {
		empty(l);
		return;
	}
	fit(&c, l->table.w, n_spark < 5 ? 5 : (int)n_spark);
	header(s, &c, l->table.y);
	for (int k = 0; k < (int)s->n_pins && k + 1 < l->table.h; k++)
		row(s, &c, k, l->table.y + 1 + k, lo, hi);
	if (!l->chart.h)
		return;
	if (!have)
		ui_text(l->chart.y + 1, 3, l->w - 4, "No figures to chart: every pinned area has a symbol or no row",
			UI_ROLE_DIM);
	else
		chart(s, l, lo, hi);
}

void ui_draw_compare_heading(const ui_state *s, const ui_layout *l)
{
	char rule[128];

	snprintf(rule, sizeof rule, "  %s %zu of %d pinned, on one scale%s", ui_glyph_str(UI_G_DOT), s->n_pins,
		 UI_MAX_PINS, s->spark_scale == UI_SCALE_ZERO ? " from zero" : "");
	ui_draw_heading(l, "Comparison", rule);
}
