/* SPDX-License-Identifier: MIT */
/* Word wrapping by display width. */
#ifndef CINX_UI_WRAP_H
#define CINX_UI_WRAP_H

#include <stddef.h>

typedef struct ui_span {
	size_t start, len; /* bytes of the source string */
} ui_span;

/* Splits s into lines of at most width columns, breaking at spaces (a word
 * longer than a line is cut). Returns the number of lines, filling at most
 * max spans. */
size_t ui_wrap(const char *s, int width, ui_span *out, size_t max);

#endif
