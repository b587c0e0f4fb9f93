/* SPDX-License-Identifier: MIT */
/* ncursesw with its wide-character functions, wherever configure found it,
 * opened when the explorer or a virtual screen starts (ui_curses_load)
 * rather than linked: `table`, `show` and every print command then start
 * without it, and without the few hundred symbols the dynamic linker binds
 * in it and libtinfo at every start. Below, each curses name cinx uses is
 * its entry in the loaded table, so the code reads as plain curses. */
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

#include "cinx/error.h"

/* X(name): a function; V(name): a variable, held by its address */
#define UI_CURSES_NAMES(X, V)                                                                             \
	X(cbreak) X(curs_set) X(delscreen) X(doupdate) X(endwin) X(getcchar) X(getmouse) X(has_colors) \
	X(idlok) X(init_pair) X(keypad) X(leaveok) X(mousemask) X(newterm) X(noecho) X(nonl)           \
	X(resize_term) X(set_escdelay) X(set_term) X(start_color) X(tigetstr) X(use_default_colors)    \
	X(waddnstr) X(wattrset) X(werase) X(wget_wch) X(whline) X(win_wch) X(wmove) X(wnoutrefresh)     \
	X(wrefresh) X(wtimeout) V(COLS) V(LINES) V(stdscr) V(curscr)

typedef struct ui_curses_lib {
#define UI_CURSES_FIELD(name) __typeof__(&name) name;
	UI_CURSES_NAMES(UI_CURSES_FIELD, UI_CURSES_FIELD)
#undef UI_CURSES_FIELD
} ui_curses_lib;

extern ui_curses_lib ui_curses;

/* Opens ncursesw once; later calls return at once. On failure err names
 * the Debian package to install, and no curses name may be used. */
CINX_MUST_CHECK cinx_status ui_curses_load(cinx_error *err);

#ifndef UI_CURSES_LIB_IMPL
#undef cbreak
#define cbreak (ui_curses.cbreak)
#undef curs_set
#define curs_set (ui_curses.curs_set)
#undef delscreen
#define delscreen (ui_curses.delscreen)
#undef doupdate
#define doupdate (ui_curses.doupdate)
#undef endwin
#define endwin (ui_curses.endwin)
#undef getcchar
#define getcchar (ui_curses.getcchar)
#undef getmouse
#define getmouse (ui_curses.getmouse)
#undef has_colors
#define has_colors (ui_curses.has_colors)
#undef idlok
#define idlok (ui_curses.idlok)
#undef init_pair
#define init_pair (ui_curses.init_pair)
#undef keypad
#define keypad (ui_curses.keypad)
#undef leaveok
#define leaveok (ui_curses.leaveok)
#undef mousemask
#define mousemask (ui_curses.mousemask)
#undef newterm
#define newterm (ui_curses.newterm)
#undef noecho
#define noecho (ui_curses.noecho)
#undef nonl
#define nonl (ui_curses.nonl)
#undef resize_term
#define resize_term (ui_curses.resize_term)
#undef set_escdelay
#define set_escdelay (ui_curses.set_escdelay)
#undef set_term
#define set_term (ui_curses.set_term)
#undef start_color
#define start_color (ui_curses.start_color)
#undef tigetstr
#define tigetstr (ui_curses.tigetstr)
#undef use_default_colors
#define use_default_colors (ui_curses.use_default_colors)
#undef waddnstr
#define waddnstr (ui_curses.waddnstr)
#undef wattrset
#define wattrset (ui_curses.wattrset)
#undef werase
#define werase (ui_curses.werase)
#undef wget_wch
#define wget_wch (ui_curses.wget_wch)
#undef whline
#define whline (ui_curses.whline)
#undef win_wch
#define win_wch (ui_curses.win_wch)
#undef wmove
#define wmove (ui_curses.wmove)
#undef wnoutrefresh
#define wnoutrefresh (ui_curses.wnoutrefresh)
#undef wrefresh
#define wrefresh (ui_curses.wrefresh)
#undef wtimeout
#define wtimeout (ui_curses.wtimeout)
#undef COLS
#define COLS (*ui_curses.COLS)
#undef LINES
#define LINES (*ui_curses.LINES)
#undef stdscr
#define stdscr (*ui_curses.stdscr)
#undef curscr
#define curscr (*ui_curses.curscr)
#endif

#endif
