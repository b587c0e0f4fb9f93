/* SPDX-License-Identifier: MIT */
/* Sharing a view: export to a file, copy as text, and the command line
 * that reopens it. The state builds everything; the runner only sends the
 * clipboard text to the terminal. */
#ifndef CINX_UI_STATE_SHARE_H
#define CINX_UI_STATE_SHARE_H

#include "cinx/report.h"
#include "state.h"

/* e: opens the prompt with a default file name. */
void ui_export_begin(ui_state *s);
/* Enter in that prompt: writes prompt.text atomically, format from its
 * extension; asks first before replacing a file. */
void ui_export_write(ui_state *s);
/* y: the view as text (or, with the command line shown, the command line)
 * for the clipboard. */
void ui_copy(ui_state *s);
/* $: shows the command line that reopens the view. */
void ui_command_show(ui_state *s);

/* The main view as a report in format f; for an export (what not NULL),
 * its series where it has one, and what it is called in messages. */
CINX_MUST_CHECK cinx_status ui_view_report(const ui_state *s, cinx_format f, const char **what, cinx_report **out,
					   cinx_error *err);
/* The cinx command line that reopens the view, in a new string (NULL when
 * out of memory). */
char *ui_command_line(const ui_state *s);

#endif
