/* The command line that reopens the view, in a box to read or copy. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "wrap.h"

#define MAX_LINES 16

void ui_draw_command(const ui_state *s, const ui_layout *l)
{
	int w = l->w, h; /* the whole width: the command is long, and nothing else is on its lines */
	ui_span spans[MAX_LINES];
	size_t n;
	ui_rect in;
	char buf[1024];

	if (!s->command)
		return;
	n = ui_wrap(s->command, w - 4, spans, MAX_LINES);
	if (n > MAX_LINES)
		n = MAX_LINES;
	h = (int)n + 4;
	if (h > l->h - 2)
		h = l->h - 2;
	in = ui_box((ui_rect){(l->h - h) / 2, (l->w - w) / 2, h, w}, "Reopen this view");
	for (int i = 0; i < (int)n && i < in.h - 2; i++) {
		snprintf(buf, sizeof buf, "%.*s", (int)spans[i].len, s->command + spans[i].start);
		ui_text(in.y + i, in.x, in.w, buf, UI_ROLE_STRONG);
	}
	ui_text(in.y + in.h - 1, in.x, in.w, "Run it in a shell to open cinx just here again.", UI_ROLE_NORMAL);
	ui_text(in.y + in.h, in.x, in.w, " y copy  Esc close ", UI_ROLE_BOX);
}
