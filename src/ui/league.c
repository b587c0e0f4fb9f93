/* SPDX-License-Identifier: MIT */
/* The league table: every local authority in one table in place of the
 * drill-down's level, filtered by region and by type, with the drill-down's
 * columns, sorting, pinning and detail (its rows are built in state.c). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "view.h"

static const struct {
	const char *prefix, *one, *many, *word;
} types[UI_LA_TYPE_COUNT] = {
	[UI_LA_ANY] = {"", "local authority", "local authorities", NULL},
	[UI_LA_LONDON] = {"E09", "London borough", "London boroughs", "london"},
	[UI_LA_METROPOLITAN] = {"E08", "metropolitan district", "metropolitan districts", "metropolitan"},
	[UI_LA_UNITARY] = {"E06", "unitary authority", "unitary authorities", "unitary"},
	[UI_LA_COUNTY] = {"E10", "county", "counties", "county"},
};

ui_la_type ui_la_type_of(const cinx_area *a)
{
	for (int t = UI_LA_ANY + 1; t < UI_LA_TYPE_COUNT; t++)
		if (strncmp(a->code, types[t].prefix, 3) == 0)
			return (ui_la_type)t;
	return UI_LA_ANY;
}

const char *ui_la_type_name(ui_la_type t, bool plural)
{
	return plural ? types[t].many : types[t].one;
}

const char *ui_la_type_word(ui_la_type t)
{
	return types[t].word;
}

static bool within(const cinx_dataset *ds, int area, int region)
{
	for (int p = area; p >= 0; p = cinx_dataset_area(ds, p)->parent)
		if (p == region)
			return true;
	return false;
}

bool ui_league_lists(const ui_state *s, int area)
{
	const ui_areas *t = ui_areas_of(s);
	const cinx_area *a = cinx_dataset_area(s->ds, area);

	if (t->league_level >= 0)
		return a->level == CINX_LEVEL_OTHER && a->other_level == t->league_level &&
		       cinx_dataset_value(s->ds, area, s->year, s->metric).kind != CINX_NO_ROW;
	return a->level == CINX_LEVEL_LA && (t->league_at.area < 0 || within(s->ds, area, t->league_at.area)) &&
	       (t->la_type == UI_LA_ANY || ui_la_type_of(a) == t->la_type) &&
	       cinx_dataset_value(s->ds, area, s->year, s->metric).kind != CINX_NO_ROW;
}

void ui_league_toggle(ui_state *s)
{
	ui_areas *t = ui_areas_of(s);
	int area = ui_state_selected_area(s);

	if (t->league) {
		t->league = false;
		/* an area of another level has no place in the drill-down: its top */
		if (area >= 0 && cinx_dataset_area(s->ds, area)->level != CINX_LEVEL_OTHER)
			ui_state_goto(s, area);
		else
			ui_views_refresh(s);
		return;
	}
	t->league = true;
	/* a data set without authorities opens on its first other level */
	if (t->league_level < 0 && !cinx_dataset_has_level(s->ds, CINX_LEVEL_LA) && cinx_dataset_n_other_levels(s->ds))
		t->league_level = 0;
	t->league_at.sel_area = area; /* kept when it lists it, else the first row */
	t->league_at.top = 0;
	t->sel = 0;
	ui_views_refresh(s);
}

/* The regions in the table's order, each followed by its own regions (London:
 * Inner and Outer London); -1 first, for all. */
static size_t regions(const cinx_dataset *ds, int *out, size_t cap)
{
	const cinx_area *e = cinx_dataset_area(ds, cinx_dataset_england(ds));
	size_t n = 0;

	out[n++] = -1;
	for (size_t i = 0; i < e->n_children && n < cap; i++) {
		const cinx_area *r = cinx_dataset_area(ds, e->children[i]);
		if (r->level != CINX_LEVEL_REGIONAL)
			continue;
		out[n++] = e->children[i];
		for (size_t j = 0; j < r->n_children && n < cap; j++)
			if (cinx_dataset_area(ds, r->children[j])->level == CINX_LEVEL_REGIONAL)
				out[n++] = r->children[j];
	}
	return n;
}

/* Leaves the drill-down for the league table first: the keys act on it;
 * regions and types are those of local authorities. */
static bool in_league(ui_state *s, const char *key, bool authorities)
{
	const ui_areas *t = ui_areas_of(s);

	if (!t->league) {
		ui_state_say(s, "%s filters the league table: L opens it", key);
		return false;
	}
	if (authorities && t->league_level >= 0) {
		ui_state_say(s, "%s filters local authorities by region or type: v goes back to them", key);
		return false;
	}
	return true;
}

static void filtered(ui_state *s)
{
	char what[256];

	ui_areas_of(s)->league_at.top = 0;
	ui_views_refresh(s);
	ui_league_describe(s, what, sizeof what);
	ui_state_say(s, "League table: %s", what);
}

void ui_league_next_region(ui_state *s, int dir)
{
	ui_areas *t = ui_areas_of(s);
	int list[64];
	size_t n, at = 0;

	if (!in_league(s, dir > 0 ? "r" : "R", true))
		return;
	n = regions(s->ds, list, sizeof list / sizeof list[0]);
	for (size_t i = 0; i < n; i++)
		if (list[i] == t->league_at.area)
			at = i;
	t->league_at.area = list[(at + n + (size_t)(dir > 0 ? 1 : n - 1)) % n];
	filtered(s);
}

void ui_league_next_type(ui_state *s, int dir)
{
	ui_areas *t = ui_areas_of(s);

	if (!in_league(s, dir > 0 ? "t" : "T", true))
		return;
	t->la_type = (ui_la_type)((t->la_type + UI_LA_TYPE_COUNT + dir) % UI_LA_TYPE_COUNT);
	filtered(s);
}

void ui_league_next_level(ui_state *s, int dir)
{
	ui_areas *t = ui_areas_of(s);
	int n = (int)cinx_dataset_n_other_levels(s->ds) + 1;

	if (n == 1) {
		ui_state_say(s, "This data set has local authorities as its only level below the regions");
		return;
	}
	if (!in_league(s, dir > 0 ? "v" : "V", false))
		return;
	/* -1 (authorities) and each other level, round */
	t->league_level = (t->league_level + 1 + n + dir) % n - 1;
	t->league_at.sel_area = -1;
	t->sel = 0;
	filtered(s);
}

void ui_league_show(ui_state *s, int area)
{
	ui_areas *t = ui_areas_of(s);

	t->league = true;
	t->league_level = cinx_dataset_area(s->ds, area)->other_level;
	t->league_at.sel_area = area;
	ui_views_refresh(s);
}

void ui_league_describe(const ui_state *s, char *buf, size_t cap)
{
	const ui_areas *t = ui_areas_of(s);
	const char *what = ui_la_type_name(t->la_type, true);

	if (t->league_level >= 0)
		snprintf(buf, cap, "%s", cinx_dataset_other_level(s->ds, (size_t)t->league_level));
	else if (t->league_at.area >= 0)
		snprintf(buf, cap, "%s in %s", what, cinx_dataset_area(s->ds, t->league_at.area)->name);
	else if (t->la_type == UI_LA_ANY)
		snprintf(buf, cap, "all %s", what);
	else
		snprintf(buf, cap, "%s", what);
}
