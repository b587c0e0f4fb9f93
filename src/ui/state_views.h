/* SPDX-License-Identifier: MIT */
/* Pinning areas and showing predecessors: common to the main views. */
#ifndef CINX_UI_STATE_VIEWS_H
#define CINX_UI_STATE_VIEWS_H

#include "state.h"

void ui_pin_toggle(ui_state *s);
/* Pins the selected authority and as many of its statistical neighbours as
 * fit, in model order, and opens the comparison. */
void ui_pin_neighbours(ui_state *s);
void ui_unpin_all(ui_state *s);
void ui_predecessors_toggle(ui_state *s);

/* "North Northamptonshire: Northamptonshire 2013 to 2021"; false when the
 * area was not formed from others. */
bool ui_lineage_note(const ui_state *s, int area, char *buf, size_t cap);

#endif
