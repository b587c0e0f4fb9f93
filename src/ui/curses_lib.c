/* SPDX-License-Identifier: MIT */
#include <config.h>

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
	static cinx_dynlib ncursesw = {
		.soname = "libncursesw.so.6",
		.package = "libncursesw6",
		.purpose = "by the explorer",
		.syms = syms,
		.n_syms = sizeof syms / sizeof syms[0]
	};

	return cinx_dynlib_load(&ncursesw, &ui_curses, CINX_E_UNAVAILABLE, err);
}
