/* SPDX-License-Identifier: MIT */
/* Mouse events, from the terminal or a key script, as state changes. */
#ifndef CINX_UI_MOUSE_H
#define CINX_UI_MOUSE_H

#include "layout.h"
#include "state.h"

/* code: CINX_KEY_CLICK, CINX_KEY_DOUBLE_CLICK, CINX_KEY_WHEEL_UP or
 * CINX_KEY_WHEEL_DOWN; x, y: the cell. Ignored while the mouse is off. */
void ui_mouse(ui_state *s, const ui_layout *l, int code, int x, int y);

#endif
