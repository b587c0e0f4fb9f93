/* SPDX-License-Identifier: MIT */
/* Sparklines: one glyph per year, gaps for symbols and missing rows. */
#ifndef CINX_SPARKLINE_H
#define CINX_SPARKLINE_H

#include <stddef.h>
#include "cinx/value.h"

typedef enum cinx_glyphs { CINX_GLYPHS_UTF8, CINX_GLYPHS_ASCII } cinx_glyphs;

#define CINX_SPARK_LEVELS 8
#define CINX_SPARK_SYMBOL (-1) /* a symbol: c, x, u... */
#define CINX_SPARK_NO_ROW (-2) /* the area had no row that year */

/* Widens lo..hi to take in v when it is a number; *found says whether
 * lo..hi holds anything yet. For scales shared by several series. */
void cinx_spark_widen(cinx_value v, int *found, double *lo, double *hi);

/* Lowest and highest number in v; returns 0 when there is none. */
int cinx_spark_range(const cinx_value *v, size_t n, double *lo, double *hi);

/* levels[i] in 0..7 scaled from lo..hi, or one of the gap codes. */
void cinx_spark_levels(const cinx_value *v, size_t n, double lo, double hi, int *levels);

/* The glyph for a level or gap code; one display column wide. */
const char *cinx_spark_glyph(int level, cinx_glyphs g);

/* The whole sparkline as a string scaled to its own range. Returns the
 * byte length (truncated to cap-1). */
size_t cinx_sparkline(const cinx_value *v, size_t n, cinx_glyphs g, char *out, size_t cap);

#endif
