/* SPDX-License-Identifier: MIT */
/* Writing one code point as UTF-8. */
#ifndef CINX_UI_UTF8_H
#define CINX_UI_UTF8_H

#include <stddef.h>

/* Writes cp (at most 0x10FFFF) to out, which has room for 4 bytes; returns
 * the bytes written. */
size_t ui_utf8_put(unsigned cp, char *out);

#endif
