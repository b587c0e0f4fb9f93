/* SPDX-License-Identifier: MIT */
/* The notable list: local authorities whose change from the previous year
 * reaches the threshold, or whose value lies outside the fences, for the
 * selected indicator and year. The table marks them too. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/format.h"
#include "view.h"

static ui_notable *data(const ui_state *s)
{
	return ui_view_data(s, &ui_view_notable);
}

const ui_notable *ui_notable_of(const ui_state *s)
{
	return data(s);
}

const ui_notable_row *ui_notable_find(const ui_state *s, int area)
{
	const ui_notable *nl = data(s);

	for (size_t i = 0; i < nl->n; i++)
		if (nl->rows[i].area == area)
			return &nl->rows[i];
	return NULL;
}

static void keep_visible(ui_state *s)
{
	ui_notable *nl = data(s);

	ui_view_list_select(&nl->sel, &nl->top, nl->sel, nl->n, s->page);
}

/* The fences and the list for the year and indicator. */
static void refresh(ui_state *s)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	double threshold = cinx_notable_default_threshold(in);
	ui_notable *nl = data(s);
	int keep = nl->n ? nl->rows[nl->sel].area : -1;
	size_t n = 0;

	s->fences_of = cinx_notable_judged_by(s->ds, s->metric); /* as print mode judges */
	if (cinx_notable_fences(s->ds, s->year, s->fences_of, &s->fences))
		s->fences.n = 0; /* out of memory: no outliers rather than wrong ones */
	for (size_t a = 0; a < cinx_dataset_n_areas(s->ds); a++) {
		const cinx_area *ar = cinx_dataset_area(s->ds, (int)a);
		ui_notable_row r = {(int)a, false, 0};
		if (ar->level != CINX_LEVEL_LA)
			continue;
		r.changed = cinx_dataset_previous(s->ds, s->year) >= 0 && cinx_notable_change(s->ds, (int)a, s->year, s->metric, threshold);
		r.outlier = cinx_notable_outlier(&s->fences, cinx_dataset_value(s->ds, (int)a, s->year, s->fences_of));
		if (!r.changed && !r.outlier)
			continue;
		/* by name: a few dozen at most, so insertion is quick enough */
		size_t j = n++;
		while (j > 0 && strcasecmp(cinx_dataset_area(s->ds, nl->rows[j - 1].area)->name, ar->name) > 0) {
			nl->rows[j] = nl->rows[j - 1];
			j--;
		}
		nl->rows[j] = r;
	}
	nl->n = n;
	nl->sel = ui_view_clamp(nl->sel, n);
	for (size_t i = 0; i < n; i++)
		if (nl->rows[i].area == keep)
			nl->sel = (int)i;
	keep_visible(s);
}

static cinx_status room(ui_state *s, size_t n_areas, cinx_error *err)
{
	ui_notable *nl = data(s);
	ui_notable_row *rows = realloc(nl->rows, n_areas * sizeof *rows);

	if (!rows)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	nl->rows = rows;
	return CINX_OK;
}

static void free_rows(ui_state *s)
{
	free(data(s)->rows);
}

static void reset(ui_state *s)
{
	data(s)->sel = data(s)->top = 0;
}

static void move(ui_state *s, int delta)
{
	ui_notable *nl = data(s);

	ui_view_list_select(&nl->sel, &nl->top, (long)nl->sel + delta, nl->n, s->page);
}

static void select_row(ui_state *s, int row)
{
	move(s, row - data(s)->sel);
}

static int focus(const ui_state *s)
{
	const ui_notable *nl = data(s);

	return nl->n ? nl->rows[nl->sel].area : -1;
}

static size_t n_rows(const ui_state *s)
{
	return data(s)->n;
}

static int top(const ui_state *s)
{
	return data(s)->top;
}

static size_t visible(const ui_state *s, int page, int *out, size_t max)
{
	const ui_notable *nl = data(s);
	size_t n = 0;

	for (int i = nl->top; i < (int)nl->n && i < nl->top + page && n < max; i++)
		out[n++] = nl->rows[i].area;
	return n;
}

static void layout(ui_layout *l, const ui_state *s, int spark_w, bool ascii)
{
	(void)s;
	(void)ascii;
	ui_layout_table_cols(&l->cols, l->table.w, spark_w);
}

/* The fences and how they were drawn. */
static bool note(const ui_state *s, char *buf, size_t cap)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->fences_of);
	char q1[32], q3[32], lo[32], hi[32];
	int dp = in->decimals + 1;

	if (s->fences.n < 4) {
		snprintf(buf, cap, "Fewer than 4 authorities have a number: no fences");
		return true;
	}
	cinx_format_number(s->fences.lo, dp, CINX_FMT_GROUP, lo, sizeof lo);
	cinx_format_number(s->fences.hi, dp, CINX_FMT_GROUP, hi, sizeof hi);
	cinx_format_number(s->fences.q1, dp, CINX_FMT_GROUP, q1, sizeof q1);
	cinx_format_number(s->fences.q3, dp, CINX_FMT_GROUP, q3, sizeof q3);
	if (s->fences_of != s->metric)
		snprintf(buf, cap, "Outliers by %s per 10,000 children, not by count: fences %s and %s, 1.5 x IQR "
			 "beyond the quartiles %s and %s", in->short_label, lo, hi, q1, q3);
	else if (in->unit == CINX_UNIT_COUNT)
		snprintf(buf, cap, "Fences %s and %s: 1.5 x IQR beyond the quartiles %s and %s; outliers by count "
			 "reflect an authority's size (--population FILE judges rates instead)", lo, hi, q1, q3);
	else
		snprintf(buf, cap, "Fences %s and %s: 1.5 x IQR beyond the quartiles %s and %s", lo, hi, q1, q3);
	return true;
}

static cinx_status report(const ui_state *s, cinx_query_opts *vo, cinx_report **out, cinx_error *err)
{
	return cinx_query_notable(s->ds, vo, 0, out, err);
}

static const char *const hints[] = {
	"Enter show", "Space pin", "[ ] year", "m indicator", "e export", "BS back", "? help", NULL,
};

const ui_view_class ui_view_notable = {
	.id = UI_VIEW_NOTABLE,
	.word = "notable",
	.what = "the notable list",
	.help_title = "In the notable list",
	.mode = UI_MODE_NOTABLE,
	.hints = hints,
	.marks_pins = true,
	.data_size = sizeof(ui_notable),
	.room = room,
	.free = free_rows,
	.reset = reset,
	.refresh = refresh,
	.apply = ui_view_close_to_table,
	.move = move,
	.select = select_row,
	.accept = ui_view_show_focus,
	.focus = focus,
	.n_rows = n_rows,
	.top = top,
	.visible = visible,
	.layout = layout,
	.note = note,
	.report = report,
};
