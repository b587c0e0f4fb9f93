/* SPDX-License-Identifier: MIT */
/* The top lines: the data set, where the user is, and the indicator. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/provenance.h"
#include "cinx/text.h"
#include "draw.h"
#include "periods.h"

/* What the data is (official version, a file, or demo data), shown on
 * every screen. The one place the explorer names it. */
static void dataset_label(const cinx_dataset *ds, char *buf, size_t cap)
{
	cinx_provenance_label(ds, buf, cap);
}

static void title_line(const ui_state *s, const ui_layout *l)
{
	char left[512], label[448];
	const char *right = " ? help  q quit ";
	int rw = cinx_text_width(right);

	ui_fill(l->title_y, 0, l->w, UI_ROLE_TITLE);
	dataset_label(s->ds, label, sizeof label);
	snprintf(left, sizeof left, " cinx  %s", label);
	if (l->w - rw < 30)
		rw = 0;
	ui_text(l->title_y, 0, l->w - rw - 1, left, UI_ROLE_TITLE);
	if (rw)
		ui_text(l->title_y, l->w - rw, rw, right, UI_ROLE_TITLE);
}

void ui_draw_crumbs(const ui_state *s, const ui_layout *l)
{
	const ui_areas *t = ui_areas_of(s);
	bool ascii = ui_draw_ascii();
	int y = l->crumb_y, end = 1;
	int here = ui_areas_level(s);

	if (t->league) {
		char what[256], line[512], period[128];
		int used;
		ui_league_describe(s, what, sizeof what);
		used = snprintf(line, sizeof line, "League table %s %s %s %zu in ", ui_glyph_str(UI_G_DOT), what,
				ui_glyph_str(UI_G_DOT), t->n_rows);
		ui_period_fit(s->ds, s->year, l->w - 2 - cinx_text_width(line), period, sizeof period);
		snprintf(line + used, sizeof line - (size_t)used, "%s", period);
		used = ui_text(y, 1, l->w - 2, line, UI_ROLE_STRONG);
		/* its own keys, where they fit */
		const char *keys = t->league_level >= 0 ? "v level  L back"
				   : cinx_dataset_n_other_levels(s->ds) ? "r region  t type  v level  L back"
									: "r region  t type  L back";
		if (used + 6 + cinx_text_width(keys) < l->w)
			ui_text(y, used + 3, l->w - used - 4, keys, UI_ROLE_DIM);
		return;
	}
	if (l->crumb_first) {
		ui_text(y, 1, 1, ui_ellipsis(ascii), UI_ROLE_DIM);
		ui_text(y, 2, 3, ui_crumb_sep(ascii), UI_ROLE_DIM);
	}
	for (int i = 0; i < l->n_crumbs; i++) {
		int d = l->crumb_first + i, a = t->path[d].area;
		bool last = d == t->depth - 1;
		ui_text(y, l->crumb_x[i], l->crumb_w[i], a >= 0 ? cinx_dataset_area(s->ds, a)->name : "All",
			last ? UI_ROLE_STRONG : UI_ROLE_NORMAL);
		if (!last)
			ui_text(y, l->crumb_x[i] + l->crumb_w[i], 3, ui_crumb_sep(ascii), UI_ROLE_DIM);
		end = l->crumb_x[i] + l->crumb_w[i];
	}
	if (here >= 0 && t->n_rows > 1) { /* "0 regions" says nothing the table does not */
		const cinx_area *a = cinx_dataset_area(s->ds, here);
		char count[256], period[128];
		size_t n = t->n_rows - 1;
		const char *what = n && cinx_dataset_area(s->ds, t->rows[1])->level == CINX_LEVEL_LA
					   ? (n == 1 ? "local authority" : "local authorities")
				   : a->level == CINX_LEVEL_NATIONAL ? (n == 1 ? "region" : "regions")
								     : (n == 1 ? "area" : "areas");
		int used = snprintf(count, sizeof count, "  %s %zu %s in ", ui_glyph_str(UI_G_DOT), n, what);
		ui_period_fit(s->ds, s->year, l->w - end - 1 - cinx_text_width(count), period, sizeof period);
		snprintf(count + used, sizeof count - (size_t)used, "%s", period);
		if (end + cinx_text_width(count) < l->w)
			ui_text(y, end, l->w - end, count, UI_ROLE_DIM);
	}
}

void ui_draw_heading(const ui_layout *l, const char *what, const char *rule)
{
	int used = ui_text(l->crumb_y, 1, l->w - 2, what, UI_ROLE_STRONG);

	ui_text(l->crumb_y, 1 + used, l->w - 2 - used, rule, UI_ROLE_DIM);
}

/* An indicator's label, saying when cinx computed it. */
void ui_metric_label(const cinx_indicator *in, bool short_form, char *buf, size_t cap)
{
	const char *label = short_form ? in->short_label : in->label;

	if (!in->derived)
		snprintf(buf, cap, "%s", label);
	else if (short_form)
		snprintf(buf, cap, "%s%s", label, ui_glyph_str(UI_G_DERIVED));
	else
		snprintf(buf, cap, "%s%s", label, strstr(label, "derived") ? "" : " (derived)");
}

static void sort_text(const ui_state *s, char *buf, size_t cap)
{
	snprintf(buf, cap, "sorted by %s %s", ui_sort_name(s->sort),
		 ui_glyph_str(s->descending ? UI_G_DOWN : UI_G_UP));
	if (s->sort == UI_SORT_STANDARD && !s->descending)
		snprintf(buf, cap, "standard order");
}

/* The indicator's full label; the sort order at the right when both fit
 * (the sorted column's header carries the arrow anyway). */
static void metric_line(const ui_state *s, const ui_layout *l)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	char left[512], right[96], label[512];
	int rw, used;

	snprintf(left, sizeof left, " %zu/%zu ", s->metric + 1, cinx_dataset_n_indicators(s->ds));
	used = ui_text(l->metric_y, 0, l->w, left, UI_ROLE_DIM);
	ui_metric_label(in, false, label, sizeof label);
	sort_text(s, right, sizeof right);
	if (!s->view->sorted)
		right[0] = '\0';
	rw = right[0] ? cinx_text_width(right) + 1 : 0;
	if (used + cinx_text_width(label) + 2 + rw > l->w)
		rw = 0;
	ui_text(l->metric_y, used, l->w - used - rw - 1, label, UI_ROLE_STRONG);
	if (rw)
		ui_text_right(l->metric_y, l->w - rw, rw - 1, right, UI_ROLE_DIM);
}

void ui_draw_period_head(const ui_state *s, int y, int x, int w, int from, const char *after)
{
	int room = from < x ? x + w - from : w;
	int extra = after ? 1 + cinx_text_width(after) : 0;
	char label[128], buf[160];

	ui_period_fit(s->ds, s->year, room - extra, label, sizeof label);
	snprintf(buf, sizeof buf, "%s%s%s", label, after ? " " : "", after ? after : "");
	if (cinx_text_width(buf) <= w)
		ui_text_right(y, x, w, buf, UI_ROLE_HEADER);
	else
		ui_text_right(y, x + w - room, room, buf, UI_ROLE_HEADER);
}

void ui_draw_header(const ui_state *s, const ui_layout *l)
{
	title_line(s, l);
	if (l->crumb_y >= 0 && ui_view_paint_of(s->view)->heading)
		ui_view_paint_of(s->view)->heading(s, l);
	if (l->metric_y >= 0)
		metric_line(s, l);
}
