/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cinx/keyscript.h"
#include "mouse.h"
#include "view.h"

#define WHEEL_ROWS 3

void ui_mouse(ui_state *s, const ui_layout *l, int code, int x, int y)
{
	ui_hit hit;

	if (!s->mouse)
		return;
	s->playing = false;
	if (code == CINX_KEY_WHEEL_UP || code == CINX_KEY_WHEEL_DOWN) {
		int dir = code == CINX_KEY_WHEEL_UP ? -1 : 1;
		const ui_rect *d = &l->detail;
		if (s->overlay == UI_OVERLAY_NONE && d->w && x >= d->x && x < d->x + d->w && y >= d->y &&
		    y < d->y + d->h)
			ui_state_detail_scroll(s, dir * WHEEL_ROWS);
		else if (s->overlay == UI_OVERLAY_NONE && s->view->scroll)
			ui_state_scroll(s, dir * WHEEL_ROWS);
		else
			for (int i = 0; i < WHEEL_ROWS; i++)
				ui_state_apply(s, dir < 0 ? UI_ACT_UP : UI_ACT_DOWN);
		return;
	}
	if (s->overlay != UI_OVERLAY_NONE)
		return; /* the overlay has the keyboard's attention; Esc closes it */
	s->message[0] = '\0';
	hit = ui_layout_hit(l, s, x, y);
	switch (hit.kind) {
	case UI_HIT_ROW:
		ui_state_select_row(s, hit.index);
		if (code == CINX_KEY_DOUBLE_CLICK)
			ui_state_apply(s, UI_ACT_ACCEPT);
		break;
	case UI_HIT_YEAR: ui_state_set_year(s, (size_t)hit.index); break;
	case UI_HIT_CRUMB: ui_state_back_to(s, hit.index); break;
	case UI_HIT_FILTER: ui_state_apply(s, UI_ACT_FILTER); break;
	case UI_HIT_NONE: break;
	}
}
