/* SPDX-License-Identifier: MIT */
/* The detail pane: every indicator for the selected area and year, with
 * the region's and England's values, the footnotes that apply, and the
 * authority's predecessors and successors. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/queries.h"
#include "cinx/standing.h"
#include "cinx/format.h"
#include "cinx/text.h"
#include "draw.h"
#include "periods.h"
#include "rowfmt.h"
#include "wrap.h"

#define MAX_NOTES 8
#define DETAIL_LINES_MAX 500 /* more than any area has */

typedef struct pane {
	const ui_state *s;
	ui_rect r;
	int y; /* next line */
} pane;

static bool room(const pane *p)
{
	return p->y < p->r.y + p->r.h;
}

static void text_line(pane *p, int indent, const char *text, ui_role role)
{
	if (room(p))
		ui_text(p->y, p->r.x + indent, p->r.w - indent - 1, text, role);
	p->y++;
}

/* A paragraph wrapped to the pane, after a bullet. */
static void paragraph(pane *p, const char *text)
{
	ui_span spans[16];
	size_t n = ui_wrap(text, p->r.w - 4, spans, 16);
	char line[512];

	for (size_t i = 0; i < n && i < 16; i++) {
		size_t len = spans[i].len < sizeof line ? spans[i].len : sizeof line - 1;
		memcpy(line, text + spans[i].start, len);
		line[len] = '\0';
		if (i == 0 && room(p))
			ui_text(p->y, p->r.x + 1, 1, ui_glyph_str(UI_G_BULLET), UI_ROLE_DIM);
		text_line(p, 3, line, UI_ROLE_NORMAL);
	}
}

typedef struct dcols {
	ui_col mark, label, value, change, rank, region, england, spark;
} dcols;

/* Widths 0 leave a column out; the label takes what is left. */
static void fit_cols(dcols *c, int w, int spark_w, int rank_w, int region_w, int england_w)
{
	ui_col *order[6] = {&c->value, &c->region, &c->england, &c->change, &c->spark, &c->rank};
	int widths[6] = {9, region_w, england_w, 8, spark_w, rank_w};
	int avail = w - 3, used = 14, x;

	memset(c, 0, sizeof *c);
	c->mark = (ui_col){0, 2};
	for (int i = 0; i < 6; i++)
		if (widths[i] && used + 1 + widths[i] <= avail) {
			order[i]->w = widths[i];
			used += 1 + widths[i];
		}
	c->label = (ui_col){2, avail - (used - 14)};
	if (c->label.w > 22)
		c->label.w = 22;
	x = c->label.x + c->label.w;
	ui_col *shown[6] = {&c->value, &c->change, &c->rank, &c->region, &c->england, &c->spark};
	for (int i = 0; i < 6; i++)
		if (shown[i]->w) {
			shown[i]->x = x + 1;
			x = shown[i]->x + shown[i]->w;
		}
}

static void cell(const pane *p, ui_col c, const char *text, ui_role role)
{
	if (c.w && room(p))
		ui_text_right(p->y, p->r.x + c.x, c.w, text, role);
}

static ui_role role_of(cinx_value v)
{
	return v.kind == CINX_NUM ? UI_ROLE_NORMAL : v.kind == CINX_NO_ROW ? UI_ROLE_DIM : UI_ROLE_SYMBOL;
}

/* A column headed by an area's name: wide enough for most names. */
static int name_width(const ui_state *s, int area)
{
	int w;

	if (area < 0)
		return 0;
	w = cinx_text_width(cinx_dataset_area(s->ds, area)->name);
	return w < 9 ? 9 : w > 13 ? 13 : w;
}

static void indicators(pane *p, int area, int region, int england)
{
	const ui_state *s = p->s;
	size_t first, n_spark = ui_spark_years(s->ds, &first);
	cinx_level level = cinx_dataset_area(s->ds, area)->level;
	bool la = level == CINX_LEVEL_LA || level == CINX_LEVEL_OTHER; /* ranked */
	int spark_w = (int)n_spark < 5 ? 5 : (int)n_spark, reg_w = name_width(s, region);
	int short_reg_w = reg_w > 9 ? 9 : reg_w, eng_w = england != area ? name_width(s, england) : 0;
	char buf[128];
	dcols c;

	fit_cols(&c, p->r.w, spark_w, la ? 7 : 0, reg_w, eng_w);
	/* the rank matters more than the whole of a long region's name, and on
	 * a narrow terminal more than the England column and the trend, which
	 * the benchmarks below and the table beside it show */
	if (la && !c.rank.w && reg_w > short_reg_w)
		fit_cols(&c, p->r.w, spark_w, 7, short_reg_w, eng_w);
	if (la && !c.rank.w)
		fit_cols(&c, p->r.w, 0, 7, short_reg_w, 0);
	if (room(p)) {
		int used = ui_text(p->y, p->r.x + c.label.x, c.label.w, "Indicator", UI_ROLE_HEADER);
		ui_draw_period_head(s, p->y, p->r.x + c.value.x, c.value.w, p->r.x + c.label.x + used + 1, NULL);
		if (c.change.w)
			ui_text_right(p->y, p->r.x + c.change.x, c.change.w, "Change", UI_ROLE_HEADER);
		if (c.rank.w)
			ui_text_right(p->y, p->r.x + c.rank.x, c.rank.w, "Rank", UI_ROLE_HEADER);
		if (c.region.w)
			ui_text_right(p->y, p->r.x + c.region.x, c.region.w, cinx_dataset_area(s->ds, region)->name,
				      UI_ROLE_HEADER);
		if (c.england.w)
			ui_text_right(p->y, p->r.x + c.england.x, c.england.w, cinx_dataset_area(s->ds, england)->name,
				      UI_ROLE_HEADER);
		if (c.spark.w)
		{
			char trend[32];
			int w = p->r.w - c.spark.x - 1 > c.spark.w ? p->r.w - c.spark.x - 1 : c.spark.w;
			ui_spark_header(s, w, trend, sizeof trend);
			ui_text(p->y, p->r.x + c.spark.x, w, trend, UI_ROLE_HEADER);
		}
	}
	p->y++;
	for (size_t i = 0; i < cinx_dataset_n_indicators(s->ds) && room(p); i++, p->y++) {
		const cinx_indicator *in = cinx_dataset_indicator(s->ds, i);
		bool cur = i == s->metric;
		ui_cells cl;
		ui_cells_fill(s, area, i, &cl);
		if (cur)
			ui_text(p->y, p->r.x + c.mark.x, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
		ui_metric_label(in, true, buf, sizeof buf);
		ui_text(p->y, p->r.x + c.label.x, c.label.w, buf, cur ? UI_ROLE_STRONG : UI_ROLE_NORMAL);
		cell(p, c.value, cl.value_text, role_of(cl.value));
		cell(p, c.change, cl.change_text, role_of(cl.change));
		cell(p, c.rank, cl.rank_text, UI_ROLE_NORMAL);
		if (c.region.w) {
			cinx_value v = cinx_dataset_value(s->ds, region, s->year, i);
			cinx_format_value(v, in->decimals, CINX_FMT_GROUP | CINX_FMT_NOROW_DASH, buf, sizeof buf);
			cell(p, c.region, buf, role_of(v));
		}
		if (c.england.w) {
			cinx_value v = cinx_dataset_value(s->ds, england, s->year, i);
			cinx_format_value(v, in->decimals, CINX_FMT_GROUP | CINX_FMT_NOROW_DASH, buf, sizeof buf);
			cell(p, c.england, buf, role_of(v));
		}
		if (c.spark.w)
			ui_spark(p->y, p->r.x + c.spark.x, c.spark.w, cl.spark, cl.spark_faint, cl.n_spark, cl.spark_sel,
				 A_NORMAL);
	}
}

static void join_links(const ui_state *s, const cinx_link *links, size_t n, bool spans, char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n && o < cap; i++) {
		const cinx_area *a = cinx_dataset_area(s->ds, links[i].area);
		const char *sep = i == 0 ? "" : i + 1 == n ? " and " : ", ";
		const char *from = cinx_dataset_key_label(s->ds, a->first_year);
		if (spans && a->first_year == a->last_year)
			o += (size_t)snprintf(buf + o, cap - o, "%s%s (%s)", sep, a->name, from);
		else if (spans)
			o += (size_t)snprintf(buf + o, cap - o, "%s%s (%s to %s)", sep, a->name, from,
					      cinx_dataset_key_label(s->ds, a->last_year));
		else
			o += (size_t)snprintf(buf + o, cap - o, "%s%s", sep, a->name);
	}
}

static void lineage(pane *p, const cinx_area *a)
{
	const ui_state *s = p->s;
	char line[768], names[512];

	if (a->n_codes > 1) {
		size_t o = (size_t)snprintf(line, sizeof line, "Code ");
		for (size_t i = 0; i < a->n_codes && o < sizeof line; i++)
			o += (size_t)snprintf(line + o, sizeof line - o, i + 1 < a->n_codes ? "%s%s to %s" : "%s%s from %s",
					      i ? ", " : "", a->codes[i].code,
					      cinx_dataset_key_label(s->ds, i + 1 < a->n_codes ? a->codes[i].to_year
											      : a->codes[i].from_year));
		paragraph(p, line);
	}
	if (a->n_successors) {
		join_links(s, a->successors, a->n_successors, false, names, sizeof names);
		snprintf(line, sizeof line, "Replaced in %s by %s.", cinx_dataset_key_label(s->ds, a->successors[0].year),
			 names);
		paragraph(p, line);
	}
	if (a->n_predecessors) {
		join_links(s, a->predecessors, a->n_predecessors, true, names, sizeof names);
		snprintf(line, sizeof line, "Formed in %s from %s. %s", cinx_dataset_key_label(s->ds, a->predecessors[0].year),
			 names,
			 s->predecessors ? "Its trends show their combined figures before then, dimmed (P hides them)."
					 : "P shows their combined figures in its trends.");
		paragraph(p, line);
	}
}

static void lines(pane *p);

/* The area's attributes in the selected year ("la_type: Unitary
 * authority"), those that tell areas apart (as print mode lists them). */
static void attributes(pane *p, int area)
{
	const ui_state *s = p->s;
	char line[512];

	for (size_t at = 0; at < cinx_dataset_n_attributes(s->ds); at++) {
		const char *v = cinx_dataset_attribute_value(s->ds, area, s->year, at);
		if (!v[0] || !cinx_qp_attribute_varies(s->ds, at))
			continue;
		snprintf(line, sizeof line, "%s: %s", cinx_dataset_attribute_name(s->ds, at), v);
		text_line(p, 0, line, UI_ROLE_NORMAL);
	}
}

/* The pane as if it were as tall as its lines, seen through the rows of
 * the layout's (none when measuring); returns how many lines it has. */
static int render(const ui_state *s, const ui_layout *l, int top, int rows)
{
	pane p = {s, {l->detail.y, l->detail.x, DETAIL_LINES_MAX, l->detail.w}, l->detail.y};

	ui_clip_rows(l->detail.y, l->detail.y + rows, top);
	lines(&p);
	ui_clip_off();
	return p.y - l->detail.y;
}

int ui_detail_max_top(const ui_state *s, const ui_layout *l)
{
	int n;

	if (!l->detail.w || l->detail.h < 2)
		return 0;
	n = render(s, l, 0, 0);
	/* the last row says where the window is when not everything fits */
	return n > l->detail.h ? n - (l->detail.h - 1) : 0;
}

void ui_draw_detail(const ui_state *s, const ui_layout *l)
{
	/* ui_frame measured the pane in this very layout just before drawing
	 * (ui_state_detail_room): measuring it again would lay it out twice */
	int max = s->detail_max, top = s->detail_top < max ? s->detail_top : max;
	int rows = max ? l->detail.h - 1 : l->detail.h;
	int n = render(s, l, top, rows);
	char where[128];

	if (!max)
		return;
	snprintf(where, sizeof where, "%d-%d of %d lines  %s", top + 1, top + rows, n,
		 ui_state_detail_only(s) ? "PgUp PgDn C-u C-d scroll" : "C-u C-d scroll");
	ui_text(l->detail.y + rows, l->detail.x + 2, l->detail.w - 3, where, UI_ROLE_DIM);
}

static void lines(pane *p)
{
	const ui_state *s = p->s;
	int area = ui_state_selected_area(s), england = cinx_dataset_england(s->ds), region;
	int year = cinx_dataset_year(s->ds, s->year);
	const char *notes[MAX_NOTES];
	char when[192];
	const cinx_area *a;
	char line[768];
	size_t n_notes;

	p->r.x += 1;
	p->r.w -= 1;
	if (area < 0)
		return;
	a = cinx_dataset_area(s->ds, area);
	/* the region a borough is measured against (London), as in the
	 * benchmarks below and in print mode */
	region = cinx_dataset_ancestor(s->ds, area, CINX_LEVEL_REGIONAL);
	snprintf(line, sizeof line, "%s  %s%s%s", a->name, a->code, a->old_code[0] ? ", old code " : "", a->old_code);
	text_line(p, 0, line, UI_ROLE_STRONG);
	/* what and where the area is, then the period in what room is left */
	if (a->level == CINX_LEVEL_OTHER)
		snprintf(line, sizeof line, "%s, ", cinx_area_level_name(s->ds, a));
	else if (a->parent >= 0) {
		size_t o = cinx_standing_where(s->ds, area, true, line, sizeof line);
		snprintf(line + o, sizeof line - o, ", ");
	} else
		line[0] = '\0';
	ui_period_phrase(s->ds, s->year, !line[0], p->r.w - 1 - cinx_text_width(line), when, sizeof when);
	snprintf(line + strlen(line), sizeof line - strlen(line), "%s", when);
	text_line(p, 0, line, UI_ROLE_NORMAL);
	attributes(p, area);
	if (cinx_dataset_value(s->ds, area, s->year, s->metric).kind == CINX_NO_ROW) {
		snprintf(line, sizeof line, "No data for %s: its series runs %s to %s",
			 cinx_dataset_period_label(s->ds, s->year), cinx_dataset_key_label(s->ds, a->first_year),
			 cinx_dataset_key_label(s->ds, a->last_year));
		text_line(p, 0, line, UI_ROLE_MESSAGE);
	}
	indicators(p, area, region, england);
	/* short and particular first: the notes are long and often general */
	if (a->n_codes > 1 || a->n_successors || a->n_predecessors) {
		p->y++;
		text_line(p, 0, "Changes", UI_ROLE_HEADER);
		lineage(p, a);
	}
	if (room(p)) {
		int n = ui_draw_standing(s, area, p->y + 1, p->r.x, p->r.w - 1, p->r.y + p->r.h - p->y - 1);
		if (n)
			p->y += 1 + n;
	}
	n_notes = cinx_dataset_footnotes(s->ds, area, year, -1, notes, MAX_NOTES);
	if (n_notes) {
		p->y++;
		text_line(p, 0, "Notes", UI_ROLE_HEADER);
	}
	for (size_t i = 0; i < n_notes && i < MAX_NOTES; i++)
		paragraph(p, notes[i]);
}
