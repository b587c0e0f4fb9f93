/* SPDX-License-Identifier: MIT */
/* Changing a filter (state.c hands these keys over): f lists the filters,
 * Enter lists the highlighted one's values, typing narrows them, Enter asks
 * the runner to choose the highlighted value (UI_REQ_CHOOSE), Esc leaves
 * everything as it was. */
#ifndef CINX_UI_STATE_FILTER_H
#define CINX_UI_STATE_FILTER_H

#include "state.h"

/* Room for the filters of ds and their values; on failure as it was. */
CINX_MUST_CHECK cinx_status ui_filter_room(ui_state *s, const cinx_dataset *ds, cinx_error *err);
void ui_filter_free(ui_state *s);

/* f: the list of filters, or with one filter its values. */
void ui_filter_open(ui_state *s);
void ui_filter_move(ui_state *s, int delta);
void ui_filter_accept(ui_state *s);
void ui_filter_type(ui_state *s, int cp);
void ui_filter_erase(ui_state *s);

/* "sex: Boys": filter f's label and its chosen value. */
void ui_filter_describe(const cinx_dataset *ds, size_t f, char *buf, size_t cap);

#endif
