/* SPDX-License-Identifier: MIT */
/* Headless runs: a virtual screen that nothing displays, keys from a
 * script, and the final screen printed as text for tests. */
#include <config.h>

#include <stdio.h>
#include <wchar.h>

#include "curses_wide.h"
#include "draw.h"
#include "frame.h"
#include "utf8.h"

/* Terminal types to draw for; any will do, as nothing is displayed. */
static const char *const term_types[] = {"xterm", "vt100", "ansi"};

/* The screen's text, one line per row, without trailing blanks. */
static void dump_screen(FILE *out)
{
	static char line[4 * 1000 + 1];

	for (int y = 0; y < LINES; y++) {
		size_t o = 0, keep = 0;
		for (int x = 0; x < COLS && o + 4 < sizeof line; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1] = {0};
			attr_t a;
			short pair;
			unsigned cp;
			mvwin_wch(stdscr, y, x, &cc);
			getcchar(&cc, wc, &a, &pair, NULL);
			cp = wc[0] ? (unsigned)wc[0] : ' ';
			o += ui_utf8_put(cp, line + o);
			if (cp != ' ')
				keep = o;
			if (wc[0] && wcwidth(wc[0]) == 2)
				x++;
		}
		line[keep] = '\0';
		fprintf(out, "%s\n", line);
	}
}

cinx_status ui_run_headless(ui_state *s, const cinx_key *keys, size_t n, int w, int h, bool ascii, bool colour,
			    FILE *dump, cinx_error *err)
{
	FILE *out, *in;
	SCREEN *scr = NULL;
	ui_layout l;
	cinx_status st;

	if ((st = ui_curses_load(err)))
		return st;
	out = fopen("/dev/null", "w");
	in = fopen("/dev/null", "r");
	for (size_t i = 0; out && in && !scr && i < sizeof term_types / sizeof term_types[0]; i++)
		scr = newterm(term_types[i], out, in);
	if (!scr) {
		if (out)
			fclose(out);
		if (in)
			fclose(in);
		return cinx_error_set(err, CINX_E_UNAVAILABLE,
				      "cannot set up a virtual screen (no terminfo entry for xterm, vt100 or ansi)");
	}
	set_term(scr);
	resize_term(h, w);
	ui_draw_setup(ascii, colour);
	ui_frame(s, &l, ascii);
	for (size_t i = 0; i < n && !s->quit; i++) {
		ui_event(s, &l, &keys[i]);
		s->redraw = false; /* nothing to repaint on a virtual screen */
		ui_frame(s, &l, ascii);
	}
	if (dump)
		dump_screen(dump);
	endwin();
	delscreen(scr);
	fclose(out);
	fclose(in);
	return CINX_OK;
}
