/* SPDX-License-Identifier: MIT */
/* Search as you type: the prompt on the status line and the matches above
 * it, best first. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/text.h"
#include "draw.h"

#define MAX_SHOWN 8

static void prompt(const ui_state *s, const ui_layout *l)
{
	char count[64];
	int x, cw;

	ui_fill(l->status_y, 0, l->w, UI_ROLE_NORMAL);
	x = ui_text(l->status_y, 1, l->w - 2, "Search: ", UI_ROLE_STRONG) + 1;
	x += ui_text(l->status_y, x, l->w - x - 1, s->query, UI_ROLE_NORMAL);
	ui_text(l->status_y, x, 1, " ", UI_ROLE_SELECTED); /* where typing goes */
	if (!s->query[0])
		snprintf(count, sizeof count, "name or code");
	else if (s->n_matches == 1)
		snprintf(count, sizeof count, "1 match");
	else if (s->n_matches)
		snprintf(count, sizeof count, "%zu matches", s->n_matches);
	else
		snprintf(count, sizeof count, "no match");
	cw = cinx_text_width(count);
	if (x + 3 + cw < l->w)
		ui_text(l->status_y, l->w - cw - 1, cw, count, UI_ROLE_DIM);
}

void ui_draw_search(const ui_state *s, const ui_layout *l)
{
	int shown = s->n_matches < MAX_SHOWN ? (int)s->n_matches : MAX_SHOWN;
	int room = l->status_y - l->table.y - 2;
	int top, w = l->w - 2;
	ui_rect in;

	prompt(s, l);
	if (!s->query[0])
		return;
	if (shown > room)
		shown = room;
	if (shown < 1)
		return;
	top = s->match >= (size_t)shown ? (int)s->match - shown + 1 : 0;
	in = ui_box((ui_rect){l->status_y - shown - 2, 1, shown + 2, w}, "Matches");
	for (int i = 0; i < shown; i++) {
		int k = top + i, area = s->matches[k];
		const cinx_area *a = cinx_dataset_area(s->ds, area);
		bool sel = (size_t)k == s->match;
		char where[256];
		int used;
		if (sel) {
			ui_text(in.y + i, in.x - 1, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
			ui_fill(in.y + i, in.x, in.w, UI_ROLE_SELECTED);
		}
		used = ui_text(in.y + i, in.x, in.w, a->name, sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
		/* where it is: its parent, or the level of an area of another level */
		const char *in_what = a->parent >= 0 ? cinx_dataset_area(s->ds, a->parent)->name
				      : a->level == CINX_LEVEL_OTHER ? cinx_area_level_name(s->ds, a) : NULL;
		snprintf(where, sizeof where, "  %s%s%s", a->code, in_what ? "  " : "", in_what ? in_what : "");
		ui_text(in.y + i, in.x + used, in.w - used, where, sel ? UI_ROLE_SELECTED : UI_ROLE_DIM);
	}
}
