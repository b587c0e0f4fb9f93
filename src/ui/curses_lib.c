/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdbool.h>
#include <stddef.h>

#define UI_CURSES_LIB_IMPL
#include "curses_wide.h"
#include "net/dynlib.h"

ui_curses_lib ui_curses;

cinx_status ui_curses_load(cinx_error *err)
{
#define UI_CURSES_SYM(name) {#name, offsetof(ui_curses_lib, name)},
	static const cinx_dynsym syms[] = {UI_CURSES_NAMES(UI_CURSES_SYM, UI_CURSES_SYM)};
#undef UI_CURSES_SYM
	/* the SONAME of the ncursesw the headers came from; dlsym finds the
	 * terminfo names (tigetstr, COLS, ...) in libtinfo, which it needs */
	static const cinx_dynlib ncursesw = {"libncursesw.so.6", "libncursesw6", "by the explorer", syms,
					     sizeof syms / sizeof syms[0]};
	static bool loaded;
	cinx_status st;

	if (!loaded && (st = cinx_dynlib_load(&ncursesw, &ui_curses, CINX_E_UNAVAILABLE, err)))
		return st;
	loaded = true;
	return CINX_OK;
}
