/* SPDX-License-Identifier: MIT */
/* The explorer's loop, shared by the terminal and headless runs: each
 * input event changes the state, then one frame is painted. */
#ifndef CINX_UI_FRAME_H
#define CINX_UI_FRAME_H

#include <stdbool.h>
#include <stdio.h>
#include "cinx/keyscript.h"
#include "layout.h"
#include "state.h"

/* Lays out, tells the state what fits, paints stdscr and sends only what
 * changed. l receives the layout (the mouse needs it). */
void ui_frame(ui_state *s, ui_layout *l, bool ascii);

/* One key, mouse event or resize (CINX_KEY_RESIZE: x, y the new size). */
void ui_event(ui_state *s, const ui_layout *l, const cinx_key *k);

/* Replays keys on a virtual screen of w x h; with dump, prints the final
 * screen as text to out. */
CINX_MUST_CHECK cinx_status ui_run_headless(ui_state *s, const cinx_key *keys, size_t n, int w, int h, bool ascii,
					    bool colour, FILE *dump, cinx_error *err);

#endif
