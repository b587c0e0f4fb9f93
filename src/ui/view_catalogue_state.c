/* SPDX-License-Identifier: MIT */
/* The catalogue screen (D): search the EES catalogue, list a publication's
 * data sets, and open one, downloaded first when it is not in the cache.
 * Keys change this state and ask the runner (runner.c) for what needs the
 * network or the disk; the painter is view_catalogue.c. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "state_prompt.h"
#include "view.h"

ui_catalogue *ui_catalogue_of(const ui_state *s)
{
	return ui_view_data(s, &ui_view_catalogue);
}

size_t ui_catalogue_n_rows(const ui_catalogue *c)
{
	return c->sets ? c->cat.n_sets : c->cat.n_pubs;
}

static void ask_search(ui_state *s)
{
	ui_prompt_begin(s, UI_PROMPT_CATALOGUE, ui_catalogue_of(s)->search);
}

void ui_catalogue_search(ui_state *s, const char *words)
{
	ui_catalogue *c = ui_catalogue_of(s);

	if (words[0] && strlen(words) < CINX_CATALOGUE_SEARCH_MIN) {
		ui_state_say(s, "Search with %d characters or more (or none: every publication)",
			     CINX_CATALOGUE_SEARCH_MIN);
		ask_search(s);
		return;
	}
	snprintf(c->search, sizeof c->search, "%s", words);
	c->error[0] = '\0';
	s->request = UI_REQ_CATALOGUE_SEARCH;
}

/* Entered with D: the last search's answer, or a search to type. */
static void open_view(ui_state *s)
{
	if (!ui_catalogue_of(s)->searched)
		ask_search(s);
}

static void free_view(ui_state *s)
{
	ui_catalogue *c = ui_catalogue_of(s);

	cinx_catalogue_free(&c->cat);
	free(c->cached);
	c->cached = NULL;
}

static void select_row(ui_state *s, int row)
{
	ui_catalogue *c = ui_catalogue_of(s);

	ui_view_list_select(&c->sel, &c->top, row, ui_catalogue_n_rows(c), s->page);
}

static void move(ui_state *s, int delta)
{
	select_row(s, ui_catalogue_of(s)->sel + delta);
}

/* A publication: its data sets; a data set: open it (fresh: its latest
 * version first). */
static void choose(ui_state *s, bool fresh)
{
	ui_catalogue *c = ui_catalogue_of(s);

	if (!ui_catalogue_n_rows(c)) {
		ask_search(s);
		return;
	}
	c->error[0] = '\0';
	if (!c->sets) {
		if (fresh) {
			ui_state_say(s, "Choose a data set first: Enter lists the publication's data sets");
			return;
		}
		c->pub = (size_t)c->sel;
		s->request = UI_REQ_CATALOGUE_SETS;
		return;
	}
	if (!s->env.can_download && (fresh || !c->cached || !c->cached[c->sel])) {
		ui_state_say(s, "This build cannot download (built without libcurl)");
		return;
	}
	c->fresh = fresh;
	s->request = UI_REQ_OPEN_DATASET;
}

static void accept(ui_state *s)
{
	choose(s, false);
}

static void back(ui_state *s)
{
	ui_catalogue *c = ui_catalogue_of(s);

	if (!c->sets) {
		ui_view_show(s, &ui_view_areas);
		return;
	}
	c->sets = false;
	c->top = 0;
	c->error[0] = '\0';
	select_row(s, (int)c->pub);
}

static bool apply(ui_state *s, ui_action a)
{
	switch (a) {
	case UI_ACT_SEARCH: ask_search(s); return true;
	case UI_ACT_UPDATE_DATASET: choose(s, true); return true;
	case UI_ACT_BACK: back(s); return true;
	default: return ui_view_close_to_table(s, a);
	}
}

static size_t n_rows(const ui_state *s)
{
	return ui_catalogue_n_rows(ui_catalogue_of(s));
}

static int top(const ui_state *s)
{
	return ui_catalogue_of(s)->top;
}

/* A heading under the title, then the list. */
static void layout(ui_layout *l, const ui_state *s, int spark_w, bool ascii)
{
	(void)s, (void)spark_w, (void)ascii;
	l->slider_y = l->metric_y = l->filter_y = -1;
	l->note_y = l->legend_y = -1;
	l->slider_x = l->slider_step = 0;
	l->table = (ui_rect){l->crumb_y + 1, 0, l->h - l->status_h - l->crumb_y - 1, l->w};
}

static bool show_error(ui_state *s, const char *text)
{
	snprintf(ui_catalogue_of(s)->error, sizeof ui_catalogue_of(s)->error, "%s", text);
	return true;
}

static const char *nothing_to_share(const ui_state *s)
{
	(void)s;
	return "the catalogue is not shared from here; 'cinx datasets' prints it in any format";
}

static const char *const hints[] = {
	"/ search", "Enter open", "u download latest", "h back", "Esc table", "? help", NULL,
};

const ui_view_class ui_view_catalogue = {
	.id = UI_VIEW_CATALOGUE,
	.word = "areas", /* the command line reopens the table */
	.what = "the catalogue",
	.help_title = "In the EES catalogue (D)",
	.mode = UI_MODE_CATALOGUE,
	.hints = hints,
	.data_size = sizeof(ui_catalogue),
	.free = free_view,
	.open = open_view,
	.apply = apply,
	.move = move,
	.select = select_row,
	.accept = accept,
	.focus = ui_view_focus_none,
	.n_rows = n_rows,
	.top = top,
	.visible = ui_view_visible_none,
	.layout = layout,
	.note = ui_view_note_none,
	.report = ui_areas_report,
	.nothing_to_share = nothing_to_share,
	.show_error = show_error,
};
