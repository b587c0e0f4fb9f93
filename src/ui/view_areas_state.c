/* SPDX-License-Identifier: MIT */
/* The drill-down: a table of an area and its parts, Enter opens a part,
 * Backspace goes back up. Its rows are rebuilt (and sorted) in state.c. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "state_share.h"
#include "view.h"

ui_areas *ui_areas_of(const ui_state *s)
{
	return ui_view_data(s, &ui_view_areas);
}

ui_level *ui_areas_here(ui_areas *t)
{
	return t->league ? &t->league_at : &t->path[t->depth - 1];
}

static ui_level *level(ui_areas *t)
{
	return ui_areas_here(t);
}

int ui_areas_level(const ui_state *s)
{
	return level(ui_areas_of(s))->area;
}

void ui_areas_keep_visible(ui_state *s)
{
	ui_areas *t = ui_areas_of(s);
	ui_level *lv = level(t);
	int page = s->page > 0 ? s->page : 1;
	int max_top = (int)t->n_rows - page;

	if (t->sel < lv->top)
		lv->top = t->sel;
	if (t->sel >= lv->top + page)
		lv->top = t->sel - page + 1;
	if (lv->top > max_top)
		lv->top = max_top;
	if (lv->top < 0)
		lv->top = 0;
}

void ui_areas_select(ui_state *s, int row)
{
	ui_areas *t = ui_areas_of(s);

	if (row >= (int)t->n_rows)
		row = (int)t->n_rows - 1;
	if (row < 0)
		row = 0;
	t->sel = row;
	level(t)->sel_area = t->n_rows ? t->rows[row] : -1;
	ui_areas_keep_visible(s);
}

static void move(ui_state *s, int delta)
{
	ui_areas_select(s, ui_areas_of(s)->sel + delta);
}

static void scroll(ui_state *s, int delta)
{
	ui_areas *t = ui_areas_of(s);
	ui_level *lv = level(t);
	int page = s->page > 0 ? s->page : 1;
	int max_top = (int)t->n_rows - page;

	lv->top += delta;
	if (lv->top > max_top)
		lv->top = max_top;
	if (lv->top < 0)
		lv->top = 0;
	if (t->sel < lv->top)
		ui_areas_select(s, lv->top);
	else if (t->sel >= lv->top + page)
		ui_areas_select(s, lv->top + page - 1);
}

static void drill(ui_state *s)
{
	ui_areas *t = ui_areas_of(s);
	int area = ui_state_selected_area(s);
	const cinx_area *a;

	if (area < 0)
		return;
	a = cinx_dataset_area(s->ds, area);
	if (t->sel == 0 && level(t)->area == area) {
		ui_state_say(s, "Already showing %s and its %s", a->name, ui_parts_name(s, area));
		return;
	}
	if (!a->n_children) {
		/* an authority has nothing below it: show its details instead */
		s->detail_flipped = s->wide ? false : true;
		return;
	}
	if (t->depth >= UI_MAX_DEPTH)
		return;
	t->path[t->depth++] = (ui_level){area, -1, 0};
	t->sel = 1;
	ui_views_refresh(s);
}

static void back(ui_state *s)
{
	ui_areas *t = ui_areas_of(s);

	if (!s->wide && s->detail_flipped) {
		s->detail_flipped = false;
		return;
	}
	if (t->league) {
		ui_league_toggle(s);
		return;
	}
	if (t->depth <= 1) {
		int top = level(t)->area;
		if (top >= 0)
			ui_state_say(s, "This is the top: %s and its %s", cinx_dataset_area(s->ds, top)->name,
				     ui_parts_name(s, top));
		return;
	}
	t->depth--;
	ui_views_refresh(s);
}

void ui_state_back_to(ui_state *s, int depth)
{
	ui_areas *t = ui_areas_of(s);

	if (depth < 1 || depth >= t->depth)
		return;
	t->depth = depth;
	ui_views_refresh(s);
}

static bool apply(ui_state *s, ui_action a)
{
	int half = s->page > 3 ? s->page / 2 : 1;

	switch (a) {
	case UI_ACT_DETAIL_HALF_DOWN: ui_state_detail_scroll(s, half); return true;
	case UI_ACT_DETAIL_HALF_UP: ui_state_detail_scroll(s, -half); return true;
	case UI_ACT_DETAIL_LINE_DOWN: ui_state_detail_scroll(s, 1); return true;
	case UI_ACT_DETAIL_LINE_UP: ui_state_detail_scroll(s, -1); return true;
	case UI_ACT_PAGE_DOWN:
	case UI_ACT_PAGE_UP:
		/* with the table hidden behind the pane, the pane is what pages */
		if (!ui_state_detail_only(s))
			return false;
		ui_state_detail_scroll(s, (a == UI_ACT_PAGE_DOWN ? 1 : -1) * (s->page > 2 ? s->page - 1 : 1));
		return true;
	case UI_ACT_DRILL: drill(s); return true;
	case UI_ACT_BACK: back(s); return true;
	case UI_ACT_LEAGUE: ui_league_toggle(s); return true;
	case UI_ACT_REGION_NEXT: ui_league_next_region(s, 1); return true;
	case UI_ACT_REGION_PREV: ui_league_next_region(s, -1); return true;
	case UI_ACT_TYPE_NEXT: ui_league_next_type(s, 1); return true;
	case UI_ACT_TYPE_PREV: ui_league_next_type(s, -1); return true;
	case UI_ACT_LEVEL_NEXT: ui_league_next_level(s, 1); return true;
	case UI_ACT_LEVEL_PREV: ui_league_next_level(s, -1); return true;
	case UI_ACT_CLOSE:
		if (!s->wide && s->detail_flipped)
			s->detail_flipped = false;
		return true;
	default: return false;
	}
}

static cinx_status room(ui_state *s, size_t n_areas, cinx_error *err)
{
	ui_areas *t = ui_areas_of(s);
	int *rows = realloc(t->rows, n_areas * sizeof *rows);

	if (!rows)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	t->rows = rows;
	return CINX_OK;
}

static void free_rows(ui_state *s)
{
	free(ui_areas_of(s)->rows);
}

/* Another data set: England and its regions. */
static void reset(ui_state *s)
{
	ui_areas *t = ui_areas_of(s);
	int england = cinx_dataset_england(s->ds);

	t->depth = 1;
	t->sel = 0;
	t->path[0] = (ui_level){england, england, 0};
	t->league = false;
	t->league_at = (ui_level){-1, -1, 0};
	t->la_type = UI_LA_ANY;
	t->league_level = -1;
}

static size_t n_rows(const ui_state *s)
{
	return ui_areas_of(s)->n_rows;
}

static int top(const ui_state *s)
{
	return level(ui_areas_of(s))->top;
}

static size_t visible(const ui_state *s, int page, int *out, size_t max)
{
	const ui_areas *t = ui_areas_of(s);
	int first = top(s);
	size_t n = 0;

	for (int i = first; i < (int)t->n_rows && i < first + page && n < max; i++)
		out[n++] = t->rows[i];
	return n;
}

/* The detail pane beside the table when wide, instead of it when flipped. */
static void layout(ui_layout *l, const ui_state *s, int spark_w, bool ascii)
{
	if (l->wide != s->detail_flipped)
		ui_layout_detail(l);
	if (l->table.w)
		ui_layout_table_cols(&l->cols, l->table.w, spark_w);
	ui_layout_crumbs(l, s, ascii);
}

cinx_status ui_areas_report(const ui_state *s, cinx_query_opts *vo, cinx_report **out, cinx_error *err)
{
	const ui_areas *t = ui_areas_of(s);
	int area = ui_areas_level(s);
	char title[512], what[256];

	if (t->league) {
		ui_league_describe(s, what, sizeof what);
		snprintf(title, sizeof title, "%s: league table of %s, %s", cinx_dataset_indicator(s->ds, s->metric)->label,
			 what, cinx_dataset_key_label(s->ds, vo->year));
	} else {
		snprintf(title, sizeof title, "%s: %s and its %s, %s", cinx_dataset_indicator(s->ds, s->metric)->label,
			 cinx_dataset_area(s->ds, area)->name, ui_parts_name(s, area), cinx_dataset_key_label(s->ds, vo->year));
	}
	return cinx_query_areas(s->ds, t->rows, t->n_rows, vo, title, out, err);
}

/* The detail pane, when it stands in place of the table, exports the
 * selected area's series with its neighbours' mean and median; the table
 * exports itself. */
static cinx_status series(const ui_state *s, cinx_query_opts *vo, cinx_report **out, const char **what,
			  cinx_error *err)
{
	int area = ui_state_selected_area(s);

	if (!ui_state_detail_only(s) || area < 0)
		return ui_areas_report(s, vo, out, err);
	*what = "the series";
	return cinx_query_series(s->ds, &area, 1, area, vo, out, err);
}

static void file_stem(const ui_state *s, char *buf, size_t cap)
{
	const ui_areas *t = ui_areas_of(s);

	if (ui_state_detail_only(s) && ui_state_selected_area(s) >= 0)
		snprintf(buf, cap, "%s", cinx_dataset_area(s->ds, ui_state_selected_area(s))->name);
	else if (t->league && t->league_level >= 0)
		snprintf(buf, cap, "league %s", cinx_dataset_other_level(s->ds, (size_t)t->league_level));
	else if (t->league)
		snprintf(buf, cap, "league %s%s%s", ui_la_type_name(t->la_type, true),
			 t->league_at.area >= 0 ? " " : "",
			 t->league_at.area >= 0 ? cinx_dataset_area(s->ds, t->league_at.area)->name : "");
	else
		snprintf(buf, cap, "%s", cinx_dataset_area(s->ds, ui_areas_level(s))->name);
}

static const char *const hints[] = {
	"Enter open", "BS back", "[ ] year", "m indicator", "Space pin", "c compare", "/ search", "s sort",
	"L league", "Tab detail", "! notable", "e export", "$ command line", NULL,
};

const ui_view_class ui_view_areas = {
	.id = UI_VIEW_AREAS,
	.word = "areas",
	.what = "the table",
	.help_title = "In the table",
	.mode = UI_MODE_BROWSE,
	.hints = hints,
	.sorted = true,
	.marks_pins = true,
	.marks_drill = true,
	.data_size = sizeof(ui_areas),
	.room = room,
	.free = free_rows,
	.reset = reset,
	.refresh = ui_areas_refresh,
	.apply = apply,
	.move = move,
	.select = ui_areas_select,
	.scroll = scroll,
	.accept = drill,
	.focus = ui_state_selected_area,
	.n_rows = n_rows,
	.top = top,
	.visible = visible,
	.layout = layout,
	.report = ui_areas_report,
	.series = series,
	.file_stem = file_stem,
};
