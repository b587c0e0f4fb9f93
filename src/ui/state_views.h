/* The comparison, the notable list and the first-run screen: their part of
 * the state machine, and pinning areas. */
#ifndef CINX_UI_STATE_VIEWS_H
#define CINX_UI_STATE_VIEWS_H

#include "state.h"

/* Recomputes the fences and the notable list for the year and indicator. */
void ui_notable_refresh(ui_state *s);

/* Moves the selection of the comparison, notable list or first-run screen. */
void ui_views_move(ui_state *s, int delta);
/* Enter: the selected area in the table, or the first-run choice. */
void ui_views_accept(ui_state *s);
/* Opens view v, or, when it is open, goes back to the table. */
void ui_views_toggle(ui_state *s, ui_view v);

void ui_pin_toggle(ui_state *s);
/* Pins the selected authority and as many of its statistical neighbours as
 * fit, in model order, and opens the comparison. */
void ui_pin_neighbours(ui_state *s);
void ui_unpin_all(ui_state *s);
void ui_predecessors_toggle(ui_state *s);

/* "North Northamptonshire: Northamptonshire 2013 to 2021"; false when the
 * area was not formed from others. */
bool ui_lineage_note(const ui_state *s, int area, char *buf, size_t cap);

void ui_welcome_accept(ui_state *s);
void ui_welcome_download(ui_state *s);
void ui_welcome_open(ui_state *s);
void ui_welcome_demo(ui_state *s);

#endif
