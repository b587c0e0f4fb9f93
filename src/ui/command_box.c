/* SPDX-License-Identifier: MIT */
/* The command line that reopens the view, in a box to read or copy: broken
 * between shell words (never inside a quoted one), each line but the last
 * ending in a backslash, so that the lines copied off the screen run as they
 * are. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "draw.h"

#define MAX_LINES 16
#define MAX_UNITS 128

typedef struct unit {
	size_t start, len;
	bool paired; /* an option with its value */
	bool glued;  /* a line that goes on with the word the line before cut */
} unit;

static bool is_option(const char *cmd, const unit *u)
{
	return u->len > 2 && cmd[u->start] == '-' && cmd[u->start + 1] == '-';
}

/* The command's words, an option kept with its value ("--pin E08000035");
 * a space inside single quotes is part of its word. */
static size_t units(const char *cmd, unit *out, size_t max)
{
	size_t n = 0, i = 0, len = strlen(cmd);

	while (i < len && n < max) {
		size_t start;
		bool quoted = false;
		while (i < len && cmd[i] == ' ')
			i++;
		if (i >= len)
			break;
		start = i;
		while (i < len && (quoted || cmd[i] != ' ')) {
			/* outside quotes a backslash escapes the next character: the
			 * shell quoting writes an apostrophe as '\'' */
			if (!quoted && cmd[i] == '\\' && i + 1 < len) {
				i += 2;
				continue;
			}
			if (cmd[i] == '\'')
				quoted = !quoted;
			i++;
		}
		if (n && is_option(cmd, &out[n - 1]) && !out[n - 1].paired && cmd[start] != '-') {
			out[n - 1].len = i - out[n - 1].start;
			out[n - 1].paired = true;
			continue;
		}
		out[n++] = (unit){start, i - start, false, false};
	}
	return n;
}

/* Lines of at most w columns with their indent and backslash; returns how
 * many. A word too long for a line (a long path) is cut where it must be and
 * goes on at the start of the next line, with no indent: the shell joins a
 * backslash and a line break to nothing outside quotes; a word with quotes
 * or escapes is never cut. */
static size_t lines(const char *cmd, int w, unit *line, size_t max)
{
	unit u[MAX_UNITS];
	size_t n = units(cmd, u, MAX_UNITS), k = 0;

	for (size_t i = 0; i < n && k < max; i++) {
		if (k) {
			size_t joined = u[i].start + u[i].len - line[k - 1].start;
			if ((k > 1 && !line[k - 1].glued ? 2 : 0) + (int)joined + 2 <= w) {
				line[k - 1].len = joined;
				continue;
			}
		}
		line[k++] = u[i];
		while (k < max && !memchr(cmd + line[k - 1].start, '\'', line[k - 1].len) &&
		       !memchr(cmd + line[k - 1].start, '\\', line[k - 1].len) &&
		       (k > 1 && !line[k - 1].glued ? 2 : 0) + (int)line[k - 1].len + 2 > w && w > 8) {
			unit *l = &line[k - 1];
			size_t fits = (size_t)(w - 2 - (k > 1 && !l->glued ? 2 : 0));
			line[k] = (unit){l->start + fits, l->len - fits, false, true};
			l->len = fits;
			k++;
		}
	}
	return k;
}

void ui_draw_command(const ui_state *s, const ui_layout *l)
{
	int w = l->w, h; /* the whole width: the command is long, and nothing else is on its lines */
	unit line[MAX_LINES];
	size_t n;
	ui_rect in;
	char buf[1024];

	if (!s->command)
		return;
	n = lines(s->command, w - 4, line, MAX_LINES);
	h = (int)n + 4;
	if (h > l->h - 2)
		h = l->h - 2;
	in = ui_box((ui_rect){(l->h - h) / 2, (l->w - w) / 2, h, w}, "Reopen this view");
	for (int i = 0; i < (int)n && i < in.h - 2; i++) {
		snprintf(buf, sizeof buf, "%s%.*s%s", i && !line[i].glued ? "  " : "", (int)line[i].len,
			 s->command + line[i].start,
			 i + 1 >= (int)n ? "" : line[i + 1].glued ? "\\" : " \\");
		ui_text(in.y + i, in.x, in.w, buf, UI_ROLE_STRONG);
	}
	ui_text(in.y + in.h - 1, in.x, in.w, "Run it in a shell to open cinx just here again.", UI_ROLE_NORMAL);
	ui_text(in.y + in.h, in.x, in.w, " y copy  Esc close ", UI_ROLE_BOX);
}
