/* SPDX-License-Identifier: MIT */
/* Search as the user types: the query, the matches and n/N. */
#include <config.h>

#include <string.h>

#include "search.h"
#include "state_search.h"
#include "utf8.h"

static const char *area_name(const ui_state *s, int area)
{
	return cinx_dataset_area(s->ds, area)->name;
}

static void run_search(ui_state *s)
{
	s->n_matches = ui_search(s->ds, s->query, s->matches, cinx_dataset_n_areas(s->ds));
	s->match = 0;
}

void ui_search_type(ui_state *s, int cp)
{
	ui_utf8_append(s->query, sizeof s->query, cp);
	run_search(s);
}

void ui_search_erase(ui_state *s)
{
	ui_utf8_erase_last(s->query);
	run_search(s);
}

static void visit_match(ui_state *s)
{
	int area = s->matches[s->match];

	ui_state_goto(s, area);
	if (!s->message[0])
		ui_state_say(s, "Match %zu of %zu: %s%s", s->match + 1, s->n_matches, area_name(s, area),
			     s->n_matches > 1 ? " (n next, N previous)" : "");
}

void ui_search_accept(ui_state *s)
{
	s->overlay = UI_OVERLAY_NONE;
	if (!s->query[0])
		return;
	if (!s->n_matches) {
		ui_state_say(s, "No area name or code contains '%s'", s->query);
		return;
	}
	s->searched = true;
	visit_match(s);
}

void ui_search_step(ui_state *s, int delta)
{
	if (!s->searched || !s->n_matches) {
		ui_state_say(s, "No search yet: / searches by name or code");
		return;
	}
	s->match = (size_t)(((int)s->match + delta + (int)s->n_matches) % (int)s->n_matches);
	visit_match(s);
}
