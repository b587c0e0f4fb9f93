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

/* The status line at the foot of the screen: a message, else the hints. */
static inline const char *status_line(ui_state *s)
{
	static char line[4 * SCREEN_W + 1];
	const char *text = screen(s), *p = text;

	for (int y = 0; y < SCREEN_H - 1; y++)
		p = strchr(p, '\n') + 1;
	p += p[0] == ' '; /* the margin */
	snprintf(line, sizeof line, "%.*s", (int)strcspn(p, "\n"), p);
	return line;
}

/* Whether text is anywhere on the screen. */
static inline bool shows(ui_state *s, const char *text)
{
	return strstr(screen(s), text) != NULL;
}

#endif
