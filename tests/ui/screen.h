/* SPDX-License-Identifier: MIT */
/* What the explorer shows, for the state-machine tests to assert on: the
 * state drawn on a virtual screen, as the headless explorer draws it. */
#ifndef CINX_TEST_SCREEN_H
#define CINX_TEST_SCREEN_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ui/frame.h"

#define SCREEN_W 200
#define SCREEN_H 40
/* The viewport the tests press keys in (drawing sets the screen's). */
#define TEST_PAGE 20

/* The whole screen as text, a line per row. */
static inline const char *screen(ui_state *s)
{
	static char text[SCREEN_H * (4 * SCREEN_W + 1) + 1];
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	cinx_error err;

	if (!f)
		fail_msg("open_memstream failed");
	if (ui_run_headless(s, NULL, 0, SCREEN_W, SCREEN_H, true, false, f, &err))
		fail_msg("%s", err.message);
	fclose(f);
	snprintf(text, sizeof text, "%s", buf);
	free(buf);
	ui_state_viewport(s, TEST_PAGE, false, 0);
	return text;
}


/* Row y of the screen (from 0), without the margin. */
static inline const char *screen_line(ui_state *s, int y)
{
	static char line[4 * SCREEN_W + 1];
	const char *p = screen(s);

	for (int i = 0; i < y; i++)
		p = strchr(p, '\n') + 1;
	p += p[0] == ' ';
	snprintf(line, sizeof line, "%.*s", (int)strcspn(p, "\n"), p);
	return line;
}

/* The indicator the header names, by its number " k/n " (from 0). */
static inline int shown_metric(ui_state *s)
{
	int k = 0, n = 0;

	if (sscanf(screen_line(s, 2), "%d/%d ", &k, &n) != 2)
		fail_msg("no indicator in the header: %s", screen_line(s, 2));
	return k - 1;
}

/* The order the header names at the right: "sorted by value v" (ASCII
 * arrows), or "standard order". */
static inline const char *shown_sort(ui_state *s)
{
	const char *line = screen_line(s, 2), *at = strstr(line, "sorted by ");

	return at ? at : strstr(line, "standard order") ? "standard order" : "";
}

/* The year the slider marks "[2024]". */
static inline int shown_year(ui_state *s)
{
	const char *at = strchr(screen_line(s, 3), '[');

	if (!at)
		fail_msg("no year marked: %s", screen_line(s, 3));
	return atoi(at + 1);
}

/* The i-th name in the search's list of matches (from 0), or "". */
static inline const char *match_name(ui_state *s, int i)
{
	static char name[256];
	const char *text = screen(s), *p = strstr(text, "+- Matches");

	if (!p)
		return "";
	for (int k = 0; k <= i && p; k++)
		p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL;
	if (!p || strncmp(p, " |", 2) != 0)
		return "";
	p += 3;
	snprintf(name, sizeof name, "%.*s", (int)(strstr(p, "  ") - p), p);
	return name;
}

/* The status line at the foot of the screen: a message, else the hints. */
static inline const char *status_line(ui_state *s)
{
	return screen_line(s, SCREEN_H - 1);
}

/* How many matches the search's status line counts ("5 matches"). */
static inline int shown_matches(ui_state *s)
{
	const char *line = status_line(s), *at = strstr(line, " match");

	if (!at)
		fail_msg("no count of matches: %s", line);
	while (at > line && at[-1] >= '0' && at[-1] <= '9')
		at--;
	return atoi(at);
}

/* Whether text is anywhere on the screen. */
static inline bool shows(ui_state *s, const char *text)
{
	return strstr(screen(s), text) != NULL;
}

#endif
