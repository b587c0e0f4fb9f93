/* SPDX-License-Identifier: MIT */
/* ncursesw with its wide-character functions, wherever configure found it. */
#ifndef CINX_UI_CURSES_WIDE_H
#define CINX_UI_CURSES_WIDE_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifdef HAVE_NCURSESW_CURSES_H
#include <ncursesw/curses.h>
#else
#include <curses.h>
#endif

#endif
