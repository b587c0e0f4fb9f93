/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/keyscript.h"
#include "cinx/lineage.h"
#include "cinx/metric.h"
#include "cinx/series.h"
#include "cinx/sort.h"
#include "periods.h"
#include "state.h"
#include "state_filter.h"
#include "state_prompt.h"
#include "state_search.h"
#include "state_share.h"
#include "state_views.h"
#include "view.h"

static const char *const sort_names[UI_SORT_COUNT] = {"standard order", "name", "value", "change",
								   "change %", "rank"};

/* the words of --sort-by */
static const char *const sort_words[UI_SORT_COUNT] = {"standard", "name", "value", "change", "change_percent",
						      "rank"};

const char *ui_sort_word(ui_sort sort)
{
	return sort_words[sort];
}

/* biggest first for numbers, A to Z for names, rank 1 first */
bool ui_sort_descending(ui_sort sort)
{
	return sort == UI_SORT_VALUE || sort == UI_SORT_CHANGE || sort == UI_SORT_CHANGE_PERCENT;
}

const char *ui_spark_scale_word(ui_spark_scale scale)
{
	static const char *const words[UI_SCALE_COUNT] = {"own", "same", "zero"};

	return words[scale];
}

static void next_spark_scale(ui_state *s)
{
	static const char *const says[UI_SCALE_COUNT] = {
		"to each row's own range, lowest to highest year",
		"to one range for every row on screen",
		"from zero to each row's highest year",
	};

	s->spark_scale = (ui_spark_scale)((s->spark_scale + 1) % UI_SCALE_COUNT);
	ui_state_say(s, "Trends scaled %s (z: next)", says[s->spark_scale]);
}

const char *ui_sort_name(ui_sort sort)
{
	return sort_names[sort];
}

void ui_state_say(ui_state *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->message, sizeof s->message, fmt, ap);
	va_end(ap);
}

static ui_level *level(ui_state *s)
{
	return ui_areas_here(ui_areas_of(s));
}

int ui_state_selected_area(const ui_state *s)
{
	const ui_areas *t = ui_areas_of(s);

	return t->n_rows ? t->rows[t->sel] : -1;
}

int ui_state_focus_area(const ui_state *s)
{
	return s->view->focus(s);
}

bool ui_state_pinned(const ui_state *s, int area)
{
	for (size_t i = 0; i < s->n_pins; i++)
		if (s->pins[i] == area)
			return true;
	return false;
}

bool ui_state_predecessor_year(const ui_state *s, int area, size_t year)
{
	const cinx_area *a = cinx_dataset_area(s->ds, area);
	int y = cinx_dataset_year(s->ds, year);

	if (!s->predecessors)
		return false;
	if (a->n_predecessors && y < a->first_year)
		return true;
	return a->n_codes && y > a->last_year && cinx_lineage_continuable(s->ds, area);
}

cinx_value ui_state_trend_value(const ui_state *s, int area, size_t year, size_t ind)
{
	if (!ui_state_predecessor_year(s, area, year))
		return cinx_dataset_value(s->ds, area, year, ind);
	if (cinx_dataset_year(s->ds, year) < cinx_dataset_area(s->ds, area)->first_year)
		return cinx_lineage_combined(s->ds, area, year, ind);
	return cinx_lineage_continued(s->ds, area, year, ind);
}

/* ---- the rows of the current level ------------------------------------- */

static bool has_row(const ui_state *s, int area)
{
	return cinx_dataset_value(s->ds, area, s->year, s->metric).kind != CINX_NO_ROW;
}

/* Ties keep the publication's order; out of memory, the rows stay in it. */
static void sort_rows(const ui_state *s, int *rows, size_t n)
{
	static const cinx_sort_key keys[UI_SORT_COUNT] = {
		CINX_SORT_NONE, CINX_SORT_NAME, CINX_SORT_VALUE, CINX_SORT_CHANGE, CINX_SORT_CHANGE_PERCENT,
		CINX_SORT_RANK,
	};

	if (s->sort == UI_SORT_STANDARD) {
		if (s->descending)
			for (size_t i = 0; i < n / 2; i++) {
				int t = rows[i];
				rows[i] = rows[n - 1 - i];
				rows[n - 1 - i] = t;
			}
		return;
	}
	cinx_sort_areas(s->ds, s->year, s->metric, keys[s->sort], s->descending ? -1 : 1, rows, n);
}

/* Rebuilds the table after anything it depends on changed. Areas with no
 * row in the selected year (not yet formed, or replaced) are left out, as
 * in print mode; the selection stays on the same area when it can. */
void ui_areas_refresh(ui_state *s)
{
	ui_areas *t = ui_areas_of(s);
	ui_level *lv = level(s);
	size_t n = 0;

	if (t->league) {
		for (size_t i = 0; i < cinx_dataset_n_areas(s->ds); i++)
			if (ui_league_lists(s, (int)i))
				t->rows[n++] = (int)i;
	} else if (lv->area >= 0) {
		const cinx_area *a = cinx_dataset_area(s->ds, lv->area);
		t->rows[n++] = lv->area;
		for (size_t i = 0; i < a->n_children; i++)
			if (has_row(s, a->children[i]))
				t->rows[n++] = a->children[i];
	} else {
		/* no England: the top of the drill-down (other levels are flat
		 * tables of their own, in the league table's place) */
		for (size_t i = 0; i < cinx_dataset_n_areas(s->ds); i++) {
			const cinx_area *a = cinx_dataset_area(s->ds, (int)i);
			if (a->parent < 0 && a->level != CINX_LEVEL_OTHER && has_row(s, (int)i))
				t->rows[n++] = (int)i;
		}
	}
	t->n_rows = n;
	if (lv->area >= 0 && !t->league)
		sort_rows(s, t->rows + 1, n - 1);
	else
		sort_rows(s, t->rows, n);
	for (size_t i = 0; i < n; i++)
		if (t->rows[i] == lv->sel_area) {
			t->sel = (int)i;
			break;
		}
	if (t->sel >= (int)n)
		t->sel = n ? (int)n - 1 : 0;
	if (t->sel < 0)
		t->sel = 0;
	lv->sel_area = n ? t->rows[t->sel] : -1;
	ui_areas_keep_visible(s);
}

/* ---- setting up ------------------------------------------------------------ */

void ui_start_defaults(ui_start *start)
{
	memset(start, 0, sizeof *start);
	start->year_idx = start->metric = start->level = start->area = start->descending = start->league_level = -1;
	start->sort = UI_SORT_STANDARD;
	start->view = UI_VIEW_AREAS;
	start->mouse = true;
}

/* Room for a data set's areas in the matches and in the views. */
static cinx_status make_room(ui_state *s, const cinx_dataset *ds, cinx_error *err)
{
	size_t n = cinx_dataset_n_areas(ds) + 1;
	int *matches = realloc(s->matches, n * sizeof *matches);

	if (!matches)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	s->matches = matches;
	if (ui_filter_room(s, ds, err))
		return err->status;
	return ui_views_room(s, n, err);
}

/* level_area's own table (its parts), or for an authority the table that
 * lists it; then area selected there, or wherever it is listed. */
static void open_level(ui_state *s, int level_area, int area)
{
	ui_areas *t = ui_areas_of(s);

	ui_state_goto(s, level_area);
	if (cinx_dataset_area(s->ds, level_area)->n_children && level_area != cinx_dataset_england(s->ds)) {
		t->path[t->depth++] = (ui_level){level_area, level_area, 0};
		ui_views_refresh(s);
	}
	for (size_t i = 0; area >= 0 && i < t->n_rows; i++)
		if (t->rows[i] == area) {
			ui_areas_select(s, (int)i);
			return;
		}
	if (area >= 0)
		ui_state_goto(s, area);
}

/* The explorer opens on some metric whatever the file has, and says which. */
static void say_metric_instead(ui_state *s, const char *wanted)
{
	ui_state_say(s, "%s is not in this file; showing %s", wanted,
		     cinx_dataset_indicator(s->ds, s->metric)->name);
}

/* The top of the drill-down; for a file with nothing in it (areas of other
 * levels only), the table of its first other level. */
static void open_top(ui_state *s)
{
	ui_areas *t = ui_areas_of(s);

	ui_views_refresh(s);
	if (t->n_rows || !cinx_dataset_n_other_levels(s->ds))
		return;
	t->league = true;
	t->league_level = 0;
	ui_views_refresh(s);
}

cinx_status ui_state_init(ui_state *s, const cinx_dataset *ds, const ui_start *start, cinx_error *err)
{
	int england = cinx_dataset_england(ds);
	ui_areas *t;

	memset(s, 0, sizeof *s);
	s->ds = ds;
	if (ui_views_create(s, err) || make_room(s, ds, err)) {
		ui_state_free(s);
		return err->status;
	}
	s->year = start->year_idx >= 0 ? (size_t)start->year_idx : cinx_dataset_n_years(ds) - 1;
	int metric = start->metric >= 0 ? start->metric : cinx_metric_default(ds);
	s->metric = metric >= 0 ? (size_t)metric : 0;
	s->sort = start->sort;
	s->descending = start->descending >= 0 ? start->descending : ui_sort_descending(start->sort);
	s->mouse = start->mouse;
	s->predecessors = start->predecessors;
	s->page = 1;
	t = ui_areas_of(s);
	t->depth = 1;
	t->path[0] = (ui_level){england, england, 0};
	memcpy(s->pins, start->pins, start->n_pins * sizeof *s->pins);
	s->n_pins = start->n_pins;
	s->view = ui_view_of(start->view);
	t->league_at = (ui_level){-1, start->area, 0};
	t->la_type = start->la_type;
	t->league_level = start->league ? start->league_level : -1;
	if (start->league) {
		t->league = true;
		t->league_at.area = start->level;
		ui_views_refresh(s);
	} else if (start->level >= 0)
		open_level(s, start->level, start->area);
	else if (start->area >= 0)
		ui_state_goto(s, start->area);
	else
		open_top(s);
	s->message[0] = '\0';
	if (metric < 0)
		say_metric_instead(s, CINX_METRIC_DEFAULT);
	return CINX_OK;
}

void ui_state_free(ui_state *s)
{
	ui_views_free(s);
	ui_filter_free(s);
	free(s->matches);
	s->matches = NULL;
	ui_prompt_clear_completions(&s->prompt);
	free(s->command);
	free(s->clip);
	s->command = s->clip = NULL;
}

/* The indicator of ds named name when it has one (true), else its default. */
static bool keep_metric(ui_state *s, const cinx_dataset *ds, const char *name)
{
	int same = -1;

	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (strcmp(cinx_dataset_indicator(ds, i)->name, name) == 0)
			same = (int)i;
	if (same < 0)
		same = cinx_metric_default(ds);
	s->metric = same >= 0 ? (size_t)same : 0;
	return strcmp(cinx_dataset_indicator(ds, s->metric)->name, name) == 0;
}

cinx_status ui_state_set_dataset(ui_state *s, const cinx_dataset *ds, cinx_error *err)
{
	if (make_room(s, ds, err))
		return err->status; /* nothing changed */
	keep_metric(s, ds, cinx_dataset_indicator(s->ds, s->metric)->name);
	s->ds = ds;
	s->year = cinx_dataset_n_years(ds) - 1;
	s->n_pins = 0;
	s->n_matches = s->match = 0;
	s->searched = false;
	s->view = &ui_view_areas;
	s->overlay = UI_OVERLAY_NONE;
	ui_views_reset(s);
	open_top(s);
	return CINX_OK;
}

bool ui_state_refigured(ui_state *s, const char *metric)
{
	bool kept = keep_metric(s, s->ds, metric);

	ui_views_refresh(s);
	return kept;
}

/* ---- moving around ----------------------------------------------------------- */

/* What the children of an area are called, for messages and the header. */
const char *ui_parts_name(const ui_state *s, int area)
{
	const cinx_area *a = cinx_dataset_area(s->ds, area);

	if (!a->n_children)
		return "areas";
	if (cinx_dataset_area(s->ds, a->children[0])->level == CINX_LEVEL_LA)
		return "local authorities";
	return a->level == CINX_LEVEL_NATIONAL ? "regions" : "areas";
}

bool ui_state_detail_shown(const ui_state *s)
{
	return s->wide != s->detail_flipped;
}

bool ui_state_detail_only(const ui_state *s)
{
	return s->view == &ui_view_areas && !s->wide && s->detail_flipped;
}

void ui_state_help_page(ui_state *s, int lines)
{
	s->help_page = lines;
}

void ui_state_detail_room(ui_state *s, int max_top)
{
	s->detail_max = max_top > 0 ? max_top : 0;
	if (s->detail_top > s->detail_max)
		s->detail_top = s->detail_max;
}

void ui_state_detail_scroll(ui_state *s, int delta)
{
	if (!ui_state_detail_shown(s) || s->view != &ui_view_areas)
		return;
	s->detail_top += delta;
	ui_state_detail_room(s, s->detail_max);
	if (s->detail_top < 0)
		s->detail_top = 0;
}

void ui_state_select_row(ui_state *s, int row)
{
	if (s->view->select)
		s->view->select(s, row);
}

void ui_state_scroll(ui_state *s, int delta)
{
	if (s->view->scroll)
		s->view->scroll(s, delta);
}

void ui_state_set_year(ui_state *s, size_t year)
{
	size_t n = cinx_dataset_n_years(s->ds);

	if (year >= n)
		year = n - 1;
	s->year = year;
	ui_views_refresh(s);
}

static void move_year(ui_state *s, int delta)
{
	int y = (int)s->year + delta;
	int last = (int)cinx_dataset_n_years(s->ds) - 1;

	if (y < 0 || y > last) {
		char noun[64];
		ui_period_noun(s->ds, noun, sizeof noun);
		ui_state_say(s, "%s is the %s %s in the data", cinx_dataset_period_label(s->ds, s->year),
			     y < 0 ? "first" : "latest", noun);
		return;
	}
	ui_state_set_year(s, (size_t)y);
}

void ui_state_tick(ui_state *s)
{
	if (!s->playing)
		return;
	if (s->year + 1 < cinx_dataset_n_years(s->ds))
		ui_state_set_year(s, s->year + 1);
	if (s->year + 1 >= cinx_dataset_n_years(s->ds)) {
		s->playing = false;
		s->message[0] = '\0';
	}
}

static void play(ui_state *s)
{
	char noun[64];

	if (cinx_dataset_n_years(s->ds) < 2)
		return;
	if (s->year + 1 >= cinx_dataset_n_years(s->ds))
		ui_state_set_year(s, 0);
	s->playing = true;
	ui_period_noun(s->ds, noun, sizeof noun);
	ui_state_say(s, "Playing: a%s %s a second; any key stops", noun[0] && strchr("aeiou", noun[0]) ? "n" : "",
		     noun);
}

static void set_metric(ui_state *s, size_t m)
{
	s->metric = m % cinx_dataset_n_indicators(s->ds);
	ui_views_refresh(s);
}

static void next_sort(ui_state *s)
{
	s->sort = (ui_sort)((s->sort + 1) % UI_SORT_COUNT);
	s->descending = ui_sort_descending(s->sort);
	ui_views_refresh(s);
}

/* The nearest year in which area has a row. */
static size_t year_with_row(const ui_state *s, int area)
{
	size_t n = cinx_dataset_n_years(s->ds), best = s->year;
	int best_d = -1;

	for (size_t y = 0; y < n; y++) {
		int d = y > s->year ? (int)(y - s->year) : (int)(s->year - y);
		if (cinx_dataset_value(s->ds, area, y, s->metric).kind != CINX_NO_ROW && (best_d < 0 || d < best_d)) {
			best = y;
			best_d = d;
		}
	}
	return best;
}

void ui_state_goto(ui_state *s, int area)
{
	int chain[UI_MAX_DEPTH + 1], n = 0;
	const cinx_area *a = cinx_dataset_area(s->ds, area);
	ui_areas *t = ui_areas_of(s);

	/* an area of another level is in its level's table; the league table
	 * keeps an authority it lists; anything else is shown in the drill-down */
	if (a->level == CINX_LEVEL_OTHER)
		ui_league_show(s, area);
	if (t->league && (a->level == CINX_LEVEL_LA || a->level == CINX_LEVEL_OTHER)) {
		size_t y = s->year;
		if (!has_row(s, area))
			s->year = year_with_row(s, area);
		if (ui_league_lists(s, area)) {
			if (y != s->year)
				ui_state_say(s, "%s has no data for %s; showing %s", a->name,
					     cinx_dataset_period_label(s->ds, y), cinx_dataset_period_label(s->ds, s->year));
			t->league_at.sel_area = area;
			ui_views_refresh(s);
			return;
		}
		s->year = y;
		if (a->level == CINX_LEVEL_OTHER) /* no row in any year: its table, all the same */
			return;
	}
	t->league = false;
	/* the ancestors, nearest first; England is listed at its own level */
	for (int p = a->parent; p >= 0 && n < UI_MAX_DEPTH; p = cinx_dataset_area(s->ds, p)->parent)
		chain[n++] = p;
	if (n == 0)
		chain[n++] = area;
	t->depth = 0;
	for (int i = n - 1; i >= 0; i--)
		t->path[t->depth++] = (ui_level){chain[i], i ? chain[i - 1] : area, 0};
	if (!has_row(s, area)) {
		size_t y = year_with_row(s, area);
		if (y != s->year) {
			ui_state_say(s, "%s has no data for %s; showing %s", a->name,
				     cinx_dataset_period_label(s->ds, s->year), cinx_dataset_period_label(s->ds, y));
			s->year = y;
		}
	}
	ui_views_refresh(s);
}

/* ---- keys and actions --------------------------------------------------------- */

ui_mode ui_state_mode(const ui_state *s)
{
	switch (s->overlay) {
	case UI_OVERLAY_HELP: return UI_MODE_HELP;
	case UI_OVERLAY_METRICS: return UI_MODE_METRICS;
	case UI_OVERLAY_SEARCH: return UI_MODE_SEARCH;
	case UI_OVERLAY_PROMPT: return UI_MODE_PROMPT;
	case UI_OVERLAY_COMMAND: return UI_MODE_COMMAND;
	case UI_OVERLAY_FILTERS: return s->filter.values ? UI_MODE_FILTER_VALUES : UI_MODE_FILTERS;
	case UI_OVERLAY_NONE: break;
	}
	return s->view->mode;
}

static void move(ui_state *s, int delta)
{
	int n, *cursor;

	switch (s->overlay) {
	case UI_OVERLAY_HELP:
		s->help_top += delta;
		if (s->help_top > s->help_max)
			s->help_top = s->help_max;
		if (s->help_top < 0)
			s->help_top = 0;
		return;
	case UI_OVERLAY_METRICS:
		n = (int)cinx_dataset_n_indicators(s->ds);
		cursor = &s->list_sel;
		break;
	case UI_OVERLAY_SEARCH:
		if (!s->n_matches)
			return;
		n = (int)s->n_matches;
		s->match = (size_t)((((int)s->match + delta) % n + n) % n);
		return;
	case UI_OVERLAY_FILTERS:
		ui_filter_move(s, delta);
		return;
	case UI_OVERLAY_PROMPT:
	case UI_OVERLAY_COMMAND:
		return;
	case UI_OVERLAY_NONE:
	default:
		s->view->move(s, delta);
		return;
	}
	*cursor = ((*cursor + delta) % n + n) % n;
}

static void first_or_last(ui_state *s, bool last)
{
	move(s, last ? 1 << 20 : -(1 << 20));
}

/* Esc, Backspace: close the overlay (the views handle it without one). */
static void close_overlay(ui_state *s)
{
	if (s->overlay == UI_OVERLAY_PROMPT)
		ui_prompt_cancel(s);
	else
		s->overlay = UI_OVERLAY_NONE;
}

static void accept_item(ui_state *s)
{
	switch (s->overlay) {
	case UI_OVERLAY_METRICS:
		s->overlay = UI_OVERLAY_NONE;
		set_metric(s, (size_t)s->list_sel);
		return;
	case UI_OVERLAY_SEARCH: ui_search_accept(s); return;
	case UI_OVERLAY_PROMPT: ui_prompt_accept(s); return;
	case UI_OVERLAY_FILTERS: ui_filter_accept(s); return;
	case UI_OVERLAY_HELP:
	case UI_OVERLAY_COMMAND: return;
	case UI_OVERLAY_NONE: break;
	}
	s->view->accept(s);
}

void ui_state_apply(ui_state *s, ui_action a)
{
	int page = s->page > 1 ? s->page - 1 : 1;

	if (s->overlay == UI_OVERLAY_HELP && s->help_page > 1)
		page = s->help_page - 1;
	if (s->overlay == UI_OVERLAY_NONE && s->view->apply && s->view->apply(s, a))
		return;
	switch (a) {
	case UI_ACT_NONE: break;
	case UI_ACT_UP: move(s, -1); break;
	case UI_ACT_DOWN: move(s, 1); break;
	case UI_ACT_PAGE_UP: move(s, -page); break;
	case UI_ACT_PAGE_DOWN: move(s, page); break;
	case UI_ACT_FIRST_ROW: first_or_last(s, false); break;
	case UI_ACT_LAST_ROW: first_or_last(s, true); break;
	case UI_ACT_DRILL: /* the views' own (their apply): nothing elsewhere */
	case UI_ACT_BACK:
	case UI_ACT_LEAGUE:
	case UI_ACT_REGION_NEXT:
	case UI_ACT_REGION_PREV:
	case UI_ACT_TYPE_NEXT:
	case UI_ACT_TYPE_PREV:
	case UI_ACT_LEVEL_NEXT:
	case UI_ACT_LEVEL_PREV:
	case UI_ACT_DETAIL_HALF_UP:
	case UI_ACT_DETAIL_HALF_DOWN:
	case UI_ACT_DETAIL_LINE_UP:
	case UI_ACT_DETAIL_LINE_DOWN: break;
	case UI_ACT_YEAR_PREV: move_year(s, -1); break;
	case UI_ACT_YEAR_NEXT: move_year(s, 1); break;
	case UI_ACT_YEAR_FIRST: ui_state_set_year(s, 0); break;
	case UI_ACT_YEAR_LAST: ui_state_set_year(s, cinx_dataset_n_years(s->ds) - 1); break;
	case UI_ACT_PLAY: play(s); break;
	case UI_ACT_METRIC_NEXT: set_metric(s, s->metric + 1); break;
	case UI_ACT_METRIC_PREV: set_metric(s, s->metric + cinx_dataset_n_indicators(s->ds) - 1); break;
	case UI_ACT_METRIC_LIST:
		s->overlay = UI_OVERLAY_METRICS;
		s->list_sel = (int)s->metric;
		break;
	case UI_ACT_FILTER: ui_filter_open(s); break;
	case UI_ACT_SORT_NEXT: next_sort(s); break;
	case UI_ACT_SPARK_SCALE: next_spark_scale(s); break;
	case UI_ACT_SORT_REVERSE:
		s->descending = !s->descending;
		ui_views_refresh(s);
		break;
	case UI_ACT_SEARCH:
		s->overlay = UI_OVERLAY_SEARCH;
		s->query[0] = '\0';
		s->n_matches = s->match = 0;
		break;
	case UI_ACT_SEARCH_NEXT: ui_search_step(s, 1); break;
	case UI_ACT_SEARCH_PREV: ui_search_step(s, -1); break;
	case UI_ACT_DETAIL: s->detail_flipped = !s->detail_flipped; break;
	case UI_ACT_MOUSE:
		s->mouse = !s->mouse;
		ui_state_say(s, "%s", s->mouse ? "Mouse on: click selects, double-click opens, the wheel scrolls"
					       : "Mouse off: the terminal selects text (o turns the mouse back on)");
		break;
	case UI_ACT_HELP:
		s->overlay = UI_OVERLAY_HELP;
		s->help_top = 0;
		break;
	case UI_ACT_REDRAW: s->redraw = true; break;
	case UI_ACT_PIN: ui_pin_toggle(s); break;
	case UI_ACT_PIN_NEIGHBOURS: ui_pin_neighbours(s); break;
	case UI_ACT_UNPIN_ALL: ui_unpin_all(s); break;
	case UI_ACT_COMPARE: ui_view_toggle(s, &ui_view_compare); break;
	case UI_ACT_NOTABLE: ui_view_toggle(s, &ui_view_notable); break;
	case UI_ACT_CATALOGUE: ui_view_toggle(s, &ui_view_catalogue); break;
	case UI_ACT_PREDECESSORS: ui_predecessors_toggle(s); break;
	case UI_ACT_EXPORT: ui_export_begin(s); break;
	case UI_ACT_COPY: ui_copy(s); break;
	case UI_ACT_COMMAND_LINE: ui_command_show(s); break;
	case UI_ACT_DOWNLOAD: /* the first-run screen's own */
	case UI_ACT_OPEN_FILE:
	case UI_ACT_EXPLORE_DEMO:
	case UI_ACT_UPDATE_DATASET: /* the catalogue's own */
		break;
	case UI_ACT_CLOSE: close_overlay(s); break;
	case UI_ACT_ACCEPT: accept_item(s); break;
	case UI_ACT_ERASE:
		if (s->overlay == UI_OVERLAY_PROMPT)
			ui_prompt_erase(s);
		else if (s->overlay == UI_OVERLAY_FILTERS)
			ui_filter_erase(s);
		else
			ui_search_erase(s);
		break;
	case UI_ACT_CLEAR_LINE: ui_prompt_clear(s); break;
	case UI_ACT_COMPLETE: ui_prompt_complete(s); break;
	case UI_ACT_QUIT: s->quit = true; break;
	case UI_ACT_COUNT: break;
	}
}

void ui_state_key(ui_state *s, int key)
{
	ui_mode mode = ui_state_mode(s);
	ui_action a = ui_keys_action(mode, key);

	s->message[0] = '\0';
	if (s->playing) {
		/* any key stops playing; only quitting also acts */
		s->playing = false;
		if (a != UI_ACT_QUIT)
			return;
	}
	/* typed text: printable characters only (no C0, DEL or C1 controls) */
	if (a == UI_ACT_NONE && (mode == UI_MODE_SEARCH || mode == UI_MODE_PROMPT || mode == UI_MODE_FILTER_VALUES) &&
	    key >= 0x20 && !(key >= 0x7F && key < 0xA0) && !(key >= 0xD800 && key <= 0xDFFF) && key < CINX_KEY_ENTER) {
		if (mode == UI_MODE_SEARCH)
			ui_search_type(s, key);
		else if (mode == UI_MODE_PROMPT)
			ui_prompt_type(s, key);
		else
			ui_filter_type(s, key);
		return;
	}
	if (a == UI_ACT_NONE && s->overlay == UI_OVERLAY_NONE) {
		char name[16];
		ui_key_label(key, true, name, sizeof name);
		ui_state_say(s, "No action for key %s; ? lists the keys", name);
		return;
	}
	ui_state_apply(s, a);
}

void ui_state_viewport(ui_state *s, int page, bool wide, int help_max)
{
	s->page = page > 0 ? page : 1;
	s->wide = wide;
	s->help_max = help_max > 0 ? help_max : 0;
	if (s->help_top > s->help_max)
		s->help_top = s->help_max;
	ui_areas_keep_visible(s);
}
