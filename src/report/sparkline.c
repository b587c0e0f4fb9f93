/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>
#include <string.h>

#include "cinx/sparkline.h"

static const char *const utf8_bars[CINX_SPARK_LEVELS] = {
	"\xE2\x96\x81", "\xE2\x96\x82", "\xE2\x96\x83", "\xE2\x96\x84",
	"\xE2\x96\x85", "\xE2\x96\x86", "\xE2\x96\x87", "\xE2\x96\x88",
};
/* low to high by how much of the cell each fills; none of them stands for
 * anything else in cinx's ASCII output (no "-" for a missing row, no "+"
 * or "*" of the explorer's marks) */
static const char *const ascii_bars[CINX_SPARK_LEVELS] = {
	"_", ".", "o", "=", "O", "%", "&", "#",
};

void cinx_spark_widen(cinx_value v, int *found, double *lo, double *hi)
{
	if (v.kind != CINX_NUM)
		return;
	if (!*found || v.num < *lo)
		*lo = v.num;
	if (!*found || v.num > *hi)
		*hi = v.num;
	*found = 1;
}

int cinx_spark_range(const cinx_value *v, size_t n, double *lo, double *hi)
{
	int found = 0;

	for (size_t i = 0; i < n; i++)
		cinx_spark_widen(v[i], &found, lo, hi);
	return found;
}

void cinx_spark_levels(const cinx_value *v, size_t n, double lo, double hi, int *levels)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i].kind == CINX_NO_ROW) {
			levels[i] = CINX_SPARK_NO_ROW;
		} else if (v[i].kind != CINX_NUM) {
			levels[i] = CINX_SPARK_SYMBOL;
		} else if (!(hi > lo)) {
			levels[i] = CINX_SPARK_LEVELS / 2 - 1; /* a flat line */
		} else {
			double t = (v[i].num - lo) / (hi - lo);
			int l = (int)lround(t * (CINX_SPARK_LEVELS - 1));
			levels[i] = l < 0 ? 0 : l >= CINX_SPARK_LEVELS ? CINX_SPARK_LEVELS - 1 : l;
		}
	}
}

const char *cinx_spark_glyph(int level, cinx_glyphs g)
{
	if (level == CINX_SPARK_NO_ROW)
		return " ";
	if (level == CINX_SPARK_SYMBOL || level < 0 || level >= CINX_SPARK_LEVELS)
		return g == CINX_GLYPHS_UTF8 ? "\xC2\xB7" : "?"; /* middle dot */
	return g == CINX_GLYPHS_UTF8 ? utf8_bars[level] : ascii_bars[level];
}

size_t cinx_sparkline(const cinx_value *v, size_t n, cinx_glyphs g, char *out, size_t cap)
{
	double lo = 0, hi = 0;
	size_t o = 0;
	int level;

	if (cap == 0)
		return 0;
	cinx_spark_range(v, n, &lo, &hi);
	for (size_t i = 0; i < n; i++) {
		cinx_spark_levels(v + i, 1, lo, hi, &level);
		const char *gl = cinx_spark_glyph(level, g);
		size_t gn = strlen(gl);
		if (o + gn + 1 > cap)
			break;
		memcpy(out + o, gl, gn);
		o += gn;
	}
	out[o] = '\0';
	return o;
}
