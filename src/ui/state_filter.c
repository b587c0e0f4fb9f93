/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "state_filter.h"
#include "utf8.h"

cinx_status ui_filter_room(ui_state *s, const cinx_dataset *ds, cinx_error *err)
{
	size_t nf = cinx_dataset_n_filters(ds), most = 1;
	size_t *matches, *choice;

	for (size_t f = 0; f < nf; f++)
		if (cinx_dataset_filter_n_values(ds, f) > most)
			most = cinx_dataset_filter_n_values(ds, f);
	matches = malloc(most * sizeof *matches);
	choice = malloc((nf ? nf : 1) * sizeof *choice);
	if (!matches || !choice) {
		free(matches);
		free(choice);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	ui_filter_free(s);
	s->filter.matches = matches;
	s->filter.choice = choice;
	return CINX_OK;
}

void ui_filter_free(ui_state *s)
{
	free(s->filter.matches);
	free(s->filter.choice);
	s->filter.matches = s->filter.choice = NULL;
}

void ui_filter_describe(const cinx_dataset *ds, size_t f, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s: %s", cinx_dataset_filter_label(ds, f),
		 cinx_dataset_filter_value(ds, f, cinx_dataset_filter_chosen(ds, f)));
}

/* The values of the filter being changed that hold the query (any case),
 * the chosen one highlighted while it is among them. */
static void narrow(ui_state *s)
{
	ui_filter_pick *p = &s->filter;
	size_t f = (size_t)p->filter, chosen = cinx_dataset_filter_chosen(s->ds, f);

	p->n_matches = p->sel = 0;
	for (size_t v = 0; v < cinx_dataset_filter_n_values(s->ds, f); v++) {
		if (p->query[0] && !strcasestr(cinx_dataset_filter_value(s->ds, f, v), p->query))
			continue;
		if (v == chosen)
			p->sel = p->n_matches;
		p->matches[p->n_matches++] = v;
	}
}

static void open_values(ui_state *s)
{
	s->filter.values = true;
	s->filter.query[0] = '\0';
	narrow(s);
}

void ui_filter_open(ui_state *s)
{
	if (!cinx_dataset_n_filters(s->ds)) {
		ui_state_say(s, "This data set has no filters: its figures are the only ones");
		return;
	}
	s->overlay = UI_OVERLAY_FILTERS;
	s->filter.values = false;
	if (s->filter.filter >= (int)cinx_dataset_n_filters(s->ds))
		s->filter.filter = 0;
	if (cinx_dataset_n_filters(s->ds) == 1)
		open_values(s);
}

void ui_filter_move(ui_state *s, int delta)
{
	ui_filter_pick *p = &s->filter;
	int n = p->values ? (int)p->n_matches : (int)cinx_dataset_n_filters(s->ds);
	int *at = p->values ? NULL : &p->filter;
	int sel = p->values ? (int)p->sel : p->filter;

	if (n <= 0)
		return;
	/* a long jump (g, G, a page) stops at the ends; a step wraps */
	if (delta > 1 || delta < -1)
		sel = sel + delta < 0 ? 0 : sel + delta >= n ? n - 1 : sel + delta;
	else
		sel = ((sel + delta) % n + n) % n;
	if (at)
		*at = sel;
	else
		p->sel = (size_t)sel;
}

void ui_filter_accept(ui_state *s)
{
	ui_filter_pick *p = &s->filter;
	size_t f = (size_t)p->filter, v;
	char what[512];

	if (!p->values) {
		open_values(s);
		return;
	}
	if (!p->n_matches) {
		ui_state_say(s, "No value of %s holds '%s'", cinx_dataset_filter_label(s->ds, f), p->query);
		return;
	}
	v = p->matches[p->sel];
	s->overlay = UI_OVERLAY_NONE;
	if (v == cinx_dataset_filter_chosen(s->ds, f)) {
		ui_filter_describe(s->ds, f, what, sizeof what);
		ui_state_say(s, "Already showing %s", what);
		return;
	}
	for (size_t k = 0; k < cinx_dataset_n_filters(s->ds); k++)
		p->choice[k] = cinx_dataset_filter_chosen(s->ds, k);
	p->choice[f] = v;
	s->request = UI_REQ_CHOOSE;
}

void ui_filter_type(ui_state *s, int cp)
{
	ui_utf8_append(s->filter.query, sizeof s->filter.query, cp);
	narrow(s);
}

void ui_filter_erase(ui_state *s)
{
	ui_utf8_erase_last(s->filter.query);
	narrow(s);
}
