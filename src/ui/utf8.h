/* SPDX-License-Identifier: MIT */
/* Writing one code point as UTF-8, and typing. */
#ifndef CINX_UI_UTF8_H
#define CINX_UI_UTF8_H

#include <stddef.h>

/* Writes cp (at most 0x10FFFF) to out, which has room for 4 bytes; returns
 * the bytes written. */
size_t ui_utf8_put(unsigned cp, char *out);

/* Typed text: cp added at the end of the string in buf (cap bytes; left
 * as it is when it would not fit), and the last character taken off. */
void ui_utf8_append(char *buf, size_t cap, int cp);
void ui_utf8_erase_last(char *buf);

#endif
