/* SPDX-License-Identifier: MIT */
/* Pins and predecessors: common to the main views. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cinx/lineage.h"
#include "state_views.h"
#include "view.h"

static const char *name_of(const ui_state *s, int area)
{
	return cinx_dataset_area(s->ds, area)->name;
}

/* ---- pins -------------------------------------------------------------------- */

static void unpin_at(ui_state *s, size_t i)
{
	memmove(s->pins + i, s->pins + i + 1, (s->n_pins - i - 1) * sizeof *s->pins);
	s->n_pins--;
	ui_compare_select(s, ui_compare_sel(s));
}

void ui_pin_toggle(ui_state *s)
{
	int area = ui_state_focus_area(s);

	if (area < 0)
		return;
	for (size_t i = 0; i < s->n_pins; i++)
		if (s->pins[i] == area) {
			unpin_at(s, i);
			ui_state_say(s, "Unpinned %s (%zu pinned)", name_of(s, area), s->n_pins);
			return;
		}
	if (s->n_pins == UI_MAX_PINS) {
		ui_state_say(s, "%d areas are pinned, the most a comparison shows: Space on one unpins it, X all",
			     UI_MAX_PINS);
		return;
	}
	s->pins[s->n_pins++] = area;
	ui_state_say(s, "Pinned %s (%zu of %d); c compares the pinned areas", name_of(s, area), s->n_pins,
		     UI_MAX_PINS);
}

void ui_unpin_all(ui_state *s)
{
	if (!s->n_pins) {
		ui_state_say(s, "Nothing is pinned");
		return;
	}
	ui_state_say(s, "Unpinned all %zu areas", s->n_pins);
	s->n_pins = 0;
	ui_compare_select(s, 0);
}

void ui_pin_neighbours(ui_state *s)
{
	const cinx_neighbours *m = s->env.neighbours;
	int area = ui_state_focus_area(s);
	const cinx_neighbour *nb;
	const cinx_area *a;
	size_t n, in_data = 0;

	if (area < 0)
		return;
	a = cinx_dataset_area(s->ds, area);
	if (!m) {
		ui_state_say(s, "No statistical neighbours model loaded: start cinx with --neighbours FILE");
		return;
	}
	if (a->level != CINX_LEVEL_LA) {
		ui_state_say(s, "Statistical neighbours are for local authorities; %s is not one", a->name);
		return;
	}
	if (!(nb = cinx_neighbours_of(m, a->old_code, &n))) {
		ui_state_say(s, "%s is not in the statistical neighbours model %s", a->name,
			     cinx_neighbours_source(m));
		return;
	}
	s->n_pins = 0;
	s->pins[s->n_pins++] = area;
	for (size_t i = 0; i < n; i++) {
		int k = cinx_neighbours_area(s->ds, nb[i].old_code);
		if (k < 0)
			continue;
		in_data++;
		if (s->n_pins < UI_MAX_PINS)
			s->pins[s->n_pins++] = k;
	}
	if (s->n_pins - 1 < in_data)
		ui_state_say(s, "Pinned %s and its %zu nearest statistical neighbours of %zu (a comparison shows "
			     "%d areas)", a->name, s->n_pins - 1, in_data, UI_MAX_PINS);
	else
		ui_state_say(s, "Pinned %s and its %zu statistical neighbours", a->name, s->n_pins - 1);
	if (in_data < n) {
		size_t len = strlen(s->message);
		snprintf(s->message + len, sizeof s->message - len, "; %zu in the model are not in the data",
			 n - in_data);
	}
	ui_view_show(s, &ui_view_compare);
	ui_compare_select(s, 0);
}

/* ---- predecessors --------------------------------------------------------------- */

bool ui_lineage_note(const ui_state *s, int area, char *buf, size_t cap)
{
	const cinx_area *a = cinx_dataset_area(s->ds, area);
	int from = 0, to = 0;
	size_t o;

	if (!a->n_predecessors && cinx_lineage_continuable(s->ds, area)) {
		o = (size_t)snprintf(buf, cap, "%s: from %s, ", a->name, cinx_dataset_key_label(s->ds, a->successors[0].year));
		for (size_t i = 0; i < a->n_successors && o < cap; i++)
			o += (size_t)snprintf(buf + o, cap - o, "%s%s", i == 0 ? "" : i + 1 == a->n_successors ? " + " : ", ",
					      cinx_dataset_area(s->ds, a->successors[i].area)->name);
		if (o < cap)
			snprintf(buf + o, cap - o, "%s", a->n_successors > 1 ? " combined" : "");
		return true;
	}
	if (!a->n_predecessors)
		return false;
	o = (size_t)snprintf(buf, cap, "%s: ", a->name);
	for (size_t i = 0; i < a->n_predecessors && o < cap; i++) {
		const cinx_area *p = cinx_dataset_area(s->ds, a->predecessors[i].area);
		o += (size_t)snprintf(buf + o, cap - o, "%s%s", i == 0 ? "" : i + 1 == a->n_predecessors ? " and " : ", ",
				      p->name);
		if (!from || (p->first_year && p->first_year < from))
			from = p->first_year;
		if (p->last_year > to)
			to = p->last_year;
	}
	if (o < cap && from == to)
		o += (size_t)snprintf(buf + o, cap - o, "%s %s", a->n_predecessors > 1 ? " combined," : "",
				      cinx_dataset_key_label(s->ds, from));
	else if (o < cap)
		o += (size_t)snprintf(buf + o, cap - o, "%s %s to %s", a->n_predecessors > 1 ? " combined," : "",
				      cinx_dataset_key_label(s->ds, from), cinx_dataset_key_label(s->ds, to));
	/* a county split in two covered more than either half */
	if (o < cap && a->n_predecessors == 1 &&
	    cinx_dataset_area(s->ds, a->predecessors[0].area)->n_successors > 1)
		snprintf(buf + o, cap - o, ", which covered more: its counts do not compare, its rates and "
			 "percentages do");
	return true;
}

void ui_predecessors_toggle(ui_state *s)
{
	int area = ui_state_focus_area(s);
	char note[256];

	s->predecessors = !s->predecessors;
	if (!s->predecessors)
		ui_state_say(s, "Trends show each area's own years only");
	else if (area >= 0 && ui_lineage_note(s, area, note, sizeof note))
		ui_state_say(s, "%s in trends, dimmed: %s",
			     cinx_dataset_area(s->ds, area)->n_predecessors ? "Predecessors" : "Successors", note);
	else
		ui_state_say(s, "Trends show predecessors' combined figures, dimmed, before an authority was formed");
}
