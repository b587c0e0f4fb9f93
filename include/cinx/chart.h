/* SPDX-License-Identifier: MIT */
/* Line charts of a few series on a grid of character cells: braille dots
 * (2 x 4 per cell) for UTF-8 terminals, or ASCII line characters. Every
 * data point carries its series' marker character, so series are told apart
 * without colour; a gap (a symbol, a year without a row) breaks the line.
 * Pure: the caller paints the cells. */
#ifndef CINX_CHART_H
#define CINX_CHART_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/value.h"

#define CINX_CHART_MAX_SERIES 8

typedef enum cinx_chart_style { CINX_CHART_BRAILLE, CINX_CHART_ASCII } cinx_chart_style;

typedef struct cinx_chart_series {
	const cinx_value *v;   /* n_points values; anything but a number is a gap */
	const bool *faint;     /* NULL, or a flag per point: drawn in a distinct style
				* (and so is a line that ends at such a point) */
	char marker;           /* written at each data point, e.g. '1' */
} cinx_chart_series;

#define CINX_CHART_EMPTY (-1) /* cinx_chart_cell.series: nothing drawn */
#define CINX_CHART_MIXED (-2) /* several series share the cell */

typedef struct cinx_chart_cell {
	char glyph[5];        /* UTF-8, one column wide: " " when empty */
	int series;           /* the series drawn here, or CINX_CHART_EMPTY/MIXED */
	bool marker;          /* a data point ("*" when points of several series meet) */
	bool faint;           /* everything drawn here is faint */
	unsigned char dots;   /* braille: the dots drawn (bit 0 top left) */
} cinx_chart_cell;

/* Draws the series onto w x h cells (row-major, row 0 at the top), scaled
 * vertically from lo (bottom) to hi (top); lo == hi puts every number
 * half-way up. Later series are drawn over earlier ones. */
void cinx_chart_draw(const cinx_chart_series *series, size_t n_series, size_t n_points, double lo, double hi,
		     cinx_chart_style style, int w, int h, cinx_chart_cell *cells);

/* The cell column of point i, for labels under the chart. */
int cinx_chart_column(size_t i, size_t n_points, cinx_chart_style style, int w);

#endif
