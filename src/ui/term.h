/* SPDX-License-Identifier: MIT */
/* The real terminal: starting curses, one idempotent restore path (quit,
 * signals, crashes, exit), and the mouse. */
#ifndef CINX_UI_TERM_H
#define CINX_UI_TERM_H

#include <stdbool.h>
#include "cinx/error.h"

/* Starts curses on the controlling terminal (stdin and stdout). */
CINX_MUST_CHECK cinx_status ui_term_start(cinx_error *err);
/* Leaves curses and puts the terminal back as it was. Safe to call twice;
 * also runs at exit. */
void ui_term_restore(void);
/* A SIGINT, SIGTERM, SIGHUP or SIGQUIT that arrived, or 0. */
int ui_term_signal(void);
void ui_term_mouse(bool on);

#endif
