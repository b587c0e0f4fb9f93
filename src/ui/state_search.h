/* SPDX-License-Identifier: MIT */
/* The search part of the state machine (state.c hands these keys over). */
#ifndef CINX_UI_STATE_SEARCH_H
#define CINX_UI_STATE_SEARCH_H

#include "state.h"

/* Adds a typed character (a code point) to the query and searches again. */
void ui_search_type(ui_state *s, int cp);
void ui_search_erase(ui_state *s);
/* Enter: goes to the highlighted match and closes the search. */
void ui_search_accept(ui_state *s);
/* n and N: the next or previous match of the last search. */
void ui_search_step(ui_state *s, int delta);

#endif
