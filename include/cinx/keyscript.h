/* SPDX-License-Identifier: MIT */
/* Key scripts: the keys a headless run replays, written as text such as
 * "jj<Enter>]]<Resize 100x30>". Free of curses, so it can be tested and
 * fuzzed on its own. */
#ifndef CINX_KEYSCRIPT_H
#define CINX_KEYSCRIPT_H

#include <stddef.h>
#include "cinx/error.h"

/* A key is a Unicode code point (control keys as their control codes, so
 * <C-c> is 3) or one of these, all above the last code point. */
enum {
	CINX_KEY_ENTER = 0x110000,
	CINX_KEY_ESC,
	CINX_KEY_TAB,
	CINX_KEY_BACKSPACE,
	CINX_KEY_UP,
	CINX_KEY_DOWN,
	CINX_KEY_LEFT,
	CINX_KEY_RIGHT,
	CINX_KEY_PGUP,
	CINX_KEY_PGDN,
	CINX_KEY_HOME,
	CINX_KEY_END,
	CINX_KEY_RESIZE,       /* x, y: the new width and height */
	CINX_KEY_CLICK,        /* x, y: column and row, from 0 */
	CINX_KEY_DOUBLE_CLICK, /* x, y as for a click */
	CINX_KEY_WHEEL_UP,
	CINX_KEY_WHEEL_DOWN
};

typedef struct cinx_key {
	int code;
	int x, y;
} cinx_key;

/* Parses a script: plain characters (UTF-8) and names in angle brackets,
 * case-insensitive: <Enter> <Esc> <Tab> <BS> <Up> <Down> <Left> <Right>
 * <PgUp> <PgDn> <Home> <End> <Space> <lt> (a literal '<'), <C-a>..<C-z>,
 * <Resize WxH>, <Click X,Y>, <DoubleClick X,Y>, <WheelUp>, <WheelDown>.
 * On success *keys (free() it) holds *n keys. On failure err says, on one
 * line, at which character the script went wrong and what was expected. */
CINX_MUST_CHECK cinx_status cinx_keyscript_parse(const char *script, cinx_key **keys, size_t *n, cinx_error *err);

/* The script name of a special key ("Enter"), or NULL for a character. */
const char *cinx_key_name(int code);

#endif
