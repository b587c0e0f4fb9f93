/* SPDX-License-Identifier: MIT */
/* The full-screen explorer: options, the state, and the terminal loop. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/lookup.h"
#include "cinx/provenance.h"
#include "cinx/update.h"
#include "draw.h"
#include "explorer.h"
#include "frame.h"
#include "mouse.h"
#include "runner.h"
#include "term.h"

#define PLAY_MS 1000

/* The one place a change of size is handled: the terminal's KEY_RESIZE and
 * a script's <Resize WxH> both arrive here. The next frame lays out anew. */
static void resize(int w, int h)
{
	if (w != COLS || h != LINES)
		resize_term(h, w);
}

void ui_event(ui_state *s, const ui_layout *l, const cinx_key *k)
{
	switch (k->code) {
	case CINX_KEY_RESIZE:
		resize(k->x, k->y);
		break;
	case CINX_KEY_CLICK:
	case CINX_KEY_DOUBLE_CLICK:
	case CINX_KEY_WHEEL_UP:
	case CINX_KEY_WHEEL_DOWN:
		ui_mouse(s, l, k->code, k->x, k->y);
		break;
	default:
		ui_state_key(s, k->code);
		break;
	}
	ui_runner_handle(s);
}

void ui_frame(ui_state *s, ui_layout *l, bool ascii)
{
	int note_h, legend_h, status_h, help_max, help_page;

	ui_layout_compute(l, s, COLS, LINES, ascii);
	ui_status_lines(s, l, &note_h, &legend_h, &status_h);
	if (note_h > 1 || legend_h > 1 || status_h > 1)
		ui_layout_bottom(l, s, note_h, legend_h, status_h, ascii);
	help_page = ui_help_room(s, l, &help_max);
	ui_state_viewport(s, ui_layout_page(l), l->wide, help_max);
	ui_state_detail_room(s, ui_detail_max_top(s, l));
	ui_state_help_page(s, help_page);
	ui_draw_frame(s, l);
	wnoutrefresh(stdscr);
	doupdate();
}

/* A curses key as a cinx key; 0 for keys we have no use for. */
static int from_curses(int r, wint_t ch)
{
	static const struct {
		int curses, key;
	} fkeys[] = {
		{KEY_UP, CINX_KEY_UP}, {KEY_DOWN, CINX_KEY_DOWN}, {KEY_LEFT, CINX_KEY_LEFT},
		{KEY_RIGHT, CINX_KEY_RIGHT}, {KEY_PPAGE, CINX_KEY_PGUP}, {KEY_NPAGE, CINX_KEY_PGDN},
		{KEY_HOME, CINX_KEY_HOME}, {KEY_END, CINX_KEY_END}, {KEY_ENTER, CINX_KEY_ENTER},
		{KEY_BACKSPACE, CINX_KEY_BACKSPACE}, {KEY_RESIZE, CINX_KEY_RESIZE},
	};

	if (r == KEY_CODE_YES) {
		for (size_t i = 0; i < sizeof fkeys / sizeof fkeys[0]; i++)
			if (fkeys[i].curses == (int)ch)
				return fkeys[i].key;
		return 0;
	}
	switch (ch) {
	case '\r': case '\n': return CINX_KEY_ENTER;
	case '\t': return CINX_KEY_TAB;
	case 27: return CINX_KEY_ESC;
	case 8: case 127: return CINX_KEY_BACKSPACE;
	default: return (int)ch;
	}
}

static bool mouse_event(cinx_key *k)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return false;
	k->x = ev.x;
	k->y = ev.y;
	if (ev.bstate & BUTTON1_DOUBLE_CLICKED)
		k->code = CINX_KEY_DOUBLE_CLICK;
	else if (ev.bstate & BUTTON1_CLICKED)
		k->code = CINX_KEY_CLICK;
	else if (ev.bstate & BUTTON4_PRESSED)
		k->code = CINX_KEY_WHEEL_UP;
	else if (ev.bstate & BUTTON5_PRESSED)
		k->code = CINX_KEY_WHEEL_DOWN;
	else
		return false;
	return true;
}

static cinx_status run_terminal(ui_state *s, bool ascii, bool colour, int *signal, cinx_error *err)
{
	cinx_status st;
	ui_layout l;
	bool mouse_on;

	if ((st = ui_term_start(err)))
		return st;
	ui_draw_setup(ascii, colour);
	mouse_on = s->mouse;
	ui_term_mouse(mouse_on);
	ui_frame(s, &l, ascii);
	while (!s->quit && !ui_term_signal()) {
		cinx_key k = {0, 0, 0};
		wint_t ch;
		int r;

		timeout(s->playing ? PLAY_MS : -1);
		r = get_wch(&ch);
		if (ui_term_signal())
			break;
		if (r == ERR) {
			ui_state_tick(s);
		} else if (r == KEY_CODE_YES && ch == KEY_MOUSE) {
			if (!mouse_event(&k))
				continue;
			ui_event(s, &l, &k);
		} else if ((k.code = from_curses(r, ch)) != 0) {
			k.x = COLS; /* what a resize reports: curses has the new size already */
			k.y = LINES;
			ui_event(s, &l, &k);
		}
		if (s->mouse != mouse_on)
			ui_term_mouse(mouse_on = s->mouse);
		ui_frame(s, &l, ascii);
		if (s->redraw) {
			s->redraw = false;
			wrefresh(curscr);
		}
	}
	*signal = ui_term_signal();
	ui_term_restore();
	return CINX_OK;
}

/* Where the explorer opens: the command line's view, else the first-run
 * screen when nothing has been downloaded and nothing else was asked for. */
static void start_from(const cinx_dataset *ds, const explorer_launch *o, const cinx_query_opts *vo, ui_start *st)
{
	ui_start_defaults(st);
	st->mouse = !o->no_mouse;
	/* the command line was checked before: the year and indicator exist */
	if (o->year)
		st->year_idx = cinx_dataset_year_index(ds, o->year);
	st->metric = vo->metric;
	st->level = vo->region;
	st->area = o->area;
	st->league = vo->level == CINX_LEVEL_LA || vo->level == CINX_LEVEL_OTHER || o->la_type;
	if (vo->level == CINX_LEVEL_OTHER)
		st->league_level = vo->other_level;
	for (int t = 0; o->la_type && t < UI_LA_TYPE_COUNT; t++)
		if (ui_la_type_word((ui_la_type)t) && strcmp(o->la_type, ui_la_type_word((ui_la_type)t)) == 0)
			st->la_type = (ui_la_type)t;
	for (int i = 0; i < o->n_pins; i++) {
		bool again = false;
		for (size_t k = 0; k < st->n_pins; k++)
			again |= st->pins[k] == o->pins[i];
		if (!again)
			st->pins[st->n_pins++] = o->pins[i];
	}
	for (int k = 0; o->sort_by && k < UI_SORT_COUNT; k++)
		if (strcmp(o->sort_by, ui_sort_word((ui_sort)k)) == 0)
			st->sort = (ui_sort)k;
	if (o->sort)
		st->descending = strcmp(o->sort, "desc") == 0;
	st->predecessors = o->with_predecessors;
	if (o->view)
		st->view = strcmp(o->view, "compare") == 0 ? UI_VIEW_COMPARE
			   : strcmp(o->view, "notable") == 0 ? UI_VIEW_NOTABLE : UI_VIEW_AREAS;
	else if (cinx_dataset_is_demo(ds) && o->area < 0 && !o->region && !o->n_pins && !st->league)
		st->view = UI_VIEW_WELCOME;
}

cinx_status explorer_main(cinx_dataset *ds, const explorer_launch *o, const cinx_query_opts *vo, int *signal,
			  cinx_error *err)
{
	const char *no_color = getenv("NO_COLOR");
	bool ascii = o->ascii_glyphs;
	bool colour = !o->no_color && !(no_color && no_color[0]);
	bool headless = o->keys || o->dump;
	ui_start start;
	cinx_key *keys = NULL;
	size_t n_keys = 0;
	cinx_error why;
	cinx_status st;
	ui_state s;

	*signal = 0;
	if (o->keys && cinx_keyscript_parse(o->keys, &keys, &n_keys, &why))
		return cinx_error_set(err, CINX_E_USAGE, "--keys: %s", why.message);
	start_from(ds, o, vo, &start);
	if ((st = ui_state_init(&s, ds, &start, err))) {
		free(keys);
		return st;
	}
	s.env = (ui_env){.neighbours = vo->neighbours, .population = o->population,
			 .neighbours_path = o->neighbours, .api_base = o->api_base, .ascii = ascii,
			 .ascii_opt = o->ascii, .raw = o->raw, .can_download = cinx_update_supported()};
	/* the reopen command line must name the very file */
	if (o->data && strlen(o->data) >= sizeof s.data_path) {
		ui_state_free(&s);
		free(keys);
		return cinx_error_set(err, CINX_E_USAGE, "--data: the explorer takes a path of at most %zu bytes, "
				      "not %zu; use a shorter path or a link to the file", sizeof s.data_path - 1,
				      strlen(o->data));
	}
	if (o->data)
		snprintf(s.data_path, sizeof s.data_path, "%s", o->data);
	ui_runner_setup(o, !headless, ds);
	if (headless)
		st = ui_run_headless(&s, keys, n_keys, o->screen_w, o->screen_h, ascii, colour,
				     o->dump ? stdout : NULL, err);
	else
		st = run_terminal(&s, ascii, colour, signal, err);
	ui_state_free(&s);
	ui_runner_finish();
	free(keys);
	return st;
}
