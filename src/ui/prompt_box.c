/* SPDX-License-Identifier: MIT */
/* The file-name prompt on the status line, and the choices after an
 * ambiguous Tab in a box above it. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/text.h"
#include "draw.h"

/* The end of text that fits in w columns, "…" first when cut. */
static const char *tail(const char *text, int w, char *buf, size_t cap)
{
	const char *p = text;

	if (cinx_text_width(text) <= w)
		return text;
	while (*p && cinx_text_width(p) > w - 1)
		do
			p++;
		while ((*p & 0xC0) == 0x80);
	snprintf(buf, cap, "%s%s", ui_ellipsis(ui_draw_ascii()), p);
	return buf;
}

static void choices(const ui_state *s, const ui_layout *l)
{
	const ui_prompt *p = &s->prompt;
	int colw = 0, cols, rows, room = l->status_y - 3, extra;
	size_t shown;
	char buf[256];
	ui_rect in;

	for (size_t i = 0; i < p->n_completions; i++)
		if (cinx_text_width(p->completions[i]) + 2 > colw)
			colw = cinx_text_width(p->completions[i]) + 2;
	cols = (l->w - 6) / (colw ? colw : 1);
	if (cols < 1)
		cols = 1;
	rows = ((int)p->n_completions + cols - 1) / cols;
	extra = p->more_completions ? 1 : 0;
	if (rows + extra > room) {
		rows = room - 1;
		extra = 1;
	}
	if (rows < 1)
		return;
	shown = (size_t)(rows * cols) < p->n_completions ? (size_t)(rows * cols) : p->n_completions;
	in = ui_box((ui_rect){l->status_y - rows - extra - 2, 1, rows + extra + 2, l->w - 2}, "Matches");
	for (size_t i = 0; i < shown; i++)
		ui_text(in.y + (int)i / cols, in.x + ((int)i % cols) * colw, colw - 1, p->completions[i], UI_ROLE_NORMAL);
	if (extra) {
		snprintf(buf, sizeof buf, "and %zu more: type more of the name",
			 p->n_completions - shown + p->more_completions);
		ui_text(in.y + rows, in.x, in.w, buf, UI_ROLE_DIM);
	}
}

void ui_draw_prompt(const ui_state *s, const ui_layout *l)
{
	static const char *const labels[] = {
		[UI_PROMPT_EXPORT] = "Export to: ", [UI_PROMPT_OPEN] = "Open file: ",
		[UI_PROMPT_CATALOGUE] = "Search the EES catalogue: ",
	};
	static const char *const hints[] = {
		[UI_PROMPT_EXPORT] = "Tab completes  Enter saves  Esc cancels",
		[UI_PROMPT_OPEN] = "Tab completes  Enter opens  Esc cancels",
		[UI_PROMPT_CATALOGUE] = "Enter searches  Esc cancels",
	};
	const char *label = labels[s->prompt.kind], *hint = hints[s->prompt.kind];
	int hw = cinx_text_width(hint), x, room;
	char buf[UI_PATH_MAX + 8];

	if (s->prompt.n_completions)
		choices(s, l);
	ui_fill(l->status_y, 0, l->w, UI_ROLE_NORMAL);
	x = 1 + ui_text(l->status_y, 1, l->w - 2, label, UI_ROLE_STRONG);
	room = l->w - x - 2;
	if (room - cinx_text_width(s->prompt.text) - 3 < hw)
		hw = 0;
	else
		room -= hw + 2;
	x += ui_text(l->status_y, x, room, tail(s->prompt.text, room, buf, sizeof buf), UI_ROLE_NORMAL);
	ui_text(l->status_y, x, 1, " ", UI_ROLE_SELECTED); /* where typing goes */
	if (hw)
		ui_text(l->status_y, l->w - hw - 1, hw, hint, UI_ROLE_DIM);
	if (s->prompt.n_completions)
		return;
	/* above: a message (an unknown extension, a file to replace), else the
	 * hint when the name left it no room */
	if (s->message[0] || !hw)
		ui_fill(l->status_y - 1, 0, l->w, UI_ROLE_NORMAL);
	if (s->message[0])
		ui_text(l->status_y - 1, 1, l->w - 2, s->message, UI_ROLE_MESSAGE);
	else if (!hw)
		ui_text(l->status_y - 1, 1, l->w - 2, hint, UI_ROLE_DIM);
}
