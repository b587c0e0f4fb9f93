/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>
#include <stdlib.h>

#include "cinx/chart.h"

/* Dots per cell across and down. */
static int dots_x(cinx_chart_style st) { return st == CINX_CHART_BRAILLE ? 2 : 1; }
static int dots_y(cinx_chart_style st) { return st == CINX_CHART_BRAILLE ? 4 : 1; }

/* The braille bit of the dot at (x, y) within its cell. */
static unsigned braille_bit(int x, int y)
{
	static const unsigned bits[2][4] = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};
	return bits[x][y];
}

typedef struct grid {
	cinx_chart_style style;
	int w, h;
	cinx_chart_cell *cells;
} grid;

static int scale_x(size_t i, size_t n, int dots)
{
	if (n < 2)
		return (dots - 1) / 2;
	return (int)lround((double)i * (dots - 1) / (double)(n - 1));
}

static int scale_y(double v, double lo, double hi, int dots)
{
	int y;

	if (!(hi > lo))
		return (dots - 1) / 2;
	y = dots - 1 - (int)lround((v - lo) / (hi - lo) * (dots - 1));
	return y < 0 ? 0 : y >= dots ? dots - 1 : y;
}

int cinx_chart_column(size_t i, size_t n_points, cinx_chart_style style, int w)
{
	return scale_x(i, n_points, w * dots_x(style)) / dots_x(style);
}

/* Marks a cell as drawn by series k. */
static void touch(grid *g, int cell, int k, bool faint, bool overwrite)
{
	cinx_chart_cell *c = &g->cells[cell];

	if (c->series == CINX_CHART_EMPTY || overwrite) {
		c->series = k;
		c->faint = faint;
		return;
	}
	if (c->series != k)
		c->series = CINX_CHART_MIXED;
	c->faint = c->faint && faint;
}

static void braille_dot(grid *g, int x, int y, int k, bool faint)
{
	int cell = (y / 4) * g->w + x / 2;

	g->cells[cell].dots |= (unsigned char)braille_bit(x % 2, y % 4);
	touch(g, cell, k, faint, false);
}

/* Every dot of the line from (x0, y0) to (x1, y1), both ends included. */
static void braille_line(grid *g, int x0, int y0, int x1, int y1, int k, bool faint)
{
	int dx = abs(x1 - x0), dy = -abs(y1 - y0);
	int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1, e = dx + dy;

	for (;;) {
		braille_dot(g, x0, y0, k, faint);
		if (x0 == x1 && y0 == y1)
			return;
		int e2 = 2 * e;
		if (e2 >= dy) {
			e += dy;
			x0 += sx;
		}
		if (e2 <= dx) {
			e += dx;
			y0 += sy;
		}
	}
}

/* The cells between two points (not the points: their markers go there),
 * in a character that follows the slope. */
static void ascii_line(grid *g, int x0, int y0, int x1, int y1, int k, bool faint)
{
	int dx = abs(x1 - x0), dy = -abs(y1 - y0);
	int sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1, e = dx + dy;
	/* a rise is "/" and a fall "\\" however gentle or steep: "-" only for
	 * no change (rows grow downwards) */
	char ch = y1 == y0 ? '-' : y1 < y0 ? '/' : '\\';
	int x = x0, y = y0;

	for (;;) {
		int e2 = 2 * e;
		if (e2 >= dy) {
			e += dy;
			x += sx;
		}
		if (e2 <= dx) {
			e += dx;
			y += sy;
		}
		if (x == x1 && y == y1)
			return;
		int cell = y * g->w + x;
		g->cells[cell].glyph[0] = ch;
		g->cells[cell].glyph[1] = '\0';
		touch(g, cell, k, faint, true);
	}
}

static void marker(grid *g, int x, int y, int k, char m, bool faint)
{
	int cell = (y / dots_y(g->style)) * g->w + x / dots_x(g->style);
	cinx_chart_cell *c = &g->cells[cell];

	if (c->marker && c->series != k) {
		c->glyph[0] = '*';
		c->series = CINX_CHART_MIXED;
		c->faint = c->faint && faint;
	} else {
		c->glyph[0] = m;
		c->series = k;
		c->faint = faint;
	}
	c->glyph[1] = '\0';
	c->marker = true;
}

/* The braille glyph of each cell that has dots and no marker. */
static void braille_glyphs(grid *g)
{
	for (int i = 0; i < g->w * g->h; i++) {
		unsigned cp = 0x2800 + g->cells[i].dots;
		if (!g->cells[i].dots || g->cells[i].marker)
			continue;
		g->cells[i].glyph[0] = (char)(0xE0 | (cp >> 12));
		g->cells[i].glyph[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		g->cells[i].glyph[2] = (char)(0x80 | (cp & 0x3F));
		g->cells[i].glyph[3] = '\0';
	}
}

void cinx_chart_draw(const cinx_chart_series *series, size_t n_series, size_t n_points, double lo, double hi,
		     cinx_chart_style style, int w, int h, cinx_chart_cell *cells)
{
	int dw = w * dots_x(style), dh = h * dots_y(style);
	grid g = {style, w, h, cells};

	if (w <= 0 || h <= 0)
		return;
	for (int i = 0; i < w * h; i++)
		cells[i] = (cinx_chart_cell){" ", CINX_CHART_EMPTY, false, false, 0};
	if (n_series > CINX_CHART_MAX_SERIES)
		n_series = CINX_CHART_MAX_SERIES;
	/* lines first, then every marker over them */
	for (size_t k = 0; k < n_series; k++) {
		const cinx_chart_series *s = &series[k];
		for (size_t i = 0; i + 1 < n_points; i++) {
			if (s->v[i].kind != CINX_NUM || s->v[i + 1].kind != CINX_NUM)
				continue;
			bool faint = s->faint && (s->faint[i] || s->faint[i + 1]);
			int x0 = scale_x(i, n_points, dw), y0 = scale_y(s->v[i].num, lo, hi, dh);
			int x1 = scale_x(i + 1, n_points, dw), y1 = scale_y(s->v[i + 1].num, lo, hi, dh);
			if (style == CINX_CHART_BRAILLE)
				braille_line(&g, x0, y0, x1, y1, (int)k, faint);
			else
				ascii_line(&g, x0, y0, x1, y1, (int)k, faint);
		}
	}
	for (size_t k = 0; k < n_series; k++)
		for (size_t i = 0; i < n_points; i++)
			if (series[k].v[i].kind == CINX_NUM)
				marker(&g, scale_x(i, n_points, dw), scale_y(series[k].v[i].num, lo, hi, dh), (int)k,
				       series[k].marker, series[k].faint && series[k].faint[i]);
	if (style == CINX_CHART_BRAILLE)
		braille_glyphs(&g);
}
