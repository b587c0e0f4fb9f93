/* SPDX-License-Identifier: MIT */
/* The comparison: the pinned areas side by side on one scale. Pinning
 * itself is common to the views (state_views.c). */
#include <config.h>

#include <stdio.h>

#include "view.h"

typedef struct compare_data {
	int sel; /* an index into the pins */
} compare_data;

static compare_data *data(const ui_state *s)
{
	return ui_view_data(s, &ui_view_compare);
}

int ui_compare_sel(const ui_state *s)
{
	return data(s)->sel;
}

void ui_compare_select(ui_state *s, int row)
{
	data(s)->sel = ui_view_clamp(row, s->n_pins);
}

static void move(ui_state *s, int delta)
{
	ui_compare_select(s, (int)((long)data(s)->sel + delta));
}

static void reset(ui_state *s)
{
	data(s)->sel = 0;
}

static void open(ui_state *s)
{
	if (!s->n_pins)
		ui_state_say(s, "Nothing pinned yet: Space pins the selected area (up to %d)", UI_MAX_PINS);
	ui_compare_select(s, data(s)->sel);
}

static int focus(const ui_state *s)
{
	return s->n_pins ? s->pins[data(s)->sel] : -1;
}

static size_t n_rows(const ui_state *s)
{
	return s->n_pins;
}

/* Every pinned area is on screen. */
static size_t visible(const ui_state *s, int page, int *out, size_t max)
{
	size_t n = 0;

	(void)page;
	for (size_t i = 0; i < s->n_pins && n < max; i++)
		out[n++] = s->pins[i];
	return n;
}

/* A row per pinned area, then the chart in what is left. */
static void layout(ui_layout *l, const ui_state *s, int spark_w, bool ascii)
{
	int rows = 1 + (s->n_pins ? (int)s->n_pins : 1);
	int avail = l->table.h;

	(void)ascii;
	if (rows > avail)
		rows = avail;
	l->table.h = rows;
	if (avail - rows - 1 >= UI_CHART_MIN_H)
		l->chart = (ui_rect){l->table.y + rows + 1, 0, avail - rows - 1, l->w};
	ui_layout_table_cols(&l->cols, l->table.w, spark_w);
}

static cinx_status report(const ui_state *s, cinx_query_opts *vo, cinx_report **out, cinx_error *err)
{
	if (!s->n_pins)
		return cinx_error_set(err, CINX_E_USAGE, "nothing is pinned: Space pins areas to compare");
	return cinx_query_compare(s->ds, s->pins, s->n_pins, vo, out, err);
}

/* Every year of the pinned areas, with the neighbours' mean and median of
 * the first pinned authority the model lists (the one a pinned with its
 * neighbours). */
static cinx_status series(const ui_state *s, cinx_query_opts *vo, cinx_report **out, const char **what,
			  cinx_error *err)
{
	int subject = -1;
	size_t n;

	if (!s->n_pins)
		return report(s, vo, out, err);
	for (size_t i = 0; i < s->n_pins && subject < 0 && vo->neighbours; i++)
		if (cinx_neighbours_of(vo->neighbours, cinx_dataset_area(s->ds, s->pins[i])->old_code, &n) &&
		    cinx_dataset_area(s->ds, s->pins[i])->level == CINX_LEVEL_LA)
			subject = s->pins[i];
	*what = "the series";
	return cinx_query_series(s->ds, s->pins, s->n_pins, subject, vo, out, err);
}

static const char *nothing_to_share(const ui_state *s)
{
	return s->n_pins ? NULL : "Space pins areas to compare";
}

static const char *const hints[] = {
	"Space unpin", "[ ] year", "m indicator", "e export", "y copy", "$ command line", "BS back", "? help",
	NULL,
};

const ui_view_class ui_view_compare = {
	.id = UI_VIEW_COMPARE,
	.word = "compare",
	.what = "the comparison",
	.help_title = "In the comparison",
	.mode = UI_MODE_COMPARE,
	.hints = hints,
	.data_size = sizeof(compare_data),
	.reset = reset,
	.open = open,
	.apply = ui_view_close_to_table,
	.move = move,
	.select = ui_compare_select,
	.accept = ui_view_show_focus,
	.focus = focus,
	.n_rows = n_rows,
	.top = ui_view_top_none,
	.visible = visible,
	.layout = layout,
	.report = report,
	.series = series,
	.nothing_to_share = nothing_to_share,
};
