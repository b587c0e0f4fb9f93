/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/format.h"
#include "cinx/rank.h"
#include "cinx/series.h"
#include "cinx/sparkline.h"
#include "cinx/text.h"
#include "periods.h"
#include "rowfmt.h"
#include "view.h"

size_t ui_spark_years(const cinx_dataset *ds, size_t *first)
{
	size_t n = cinx_dataset_n_years(ds);

	*first = n > UI_SPARK_MAX ? n - UI_SPARK_MAX : 0;
	return n - *first;
}

/* The trend values of area for ind, over the sparkline's years. */
static size_t trend(const ui_state *s, int area, size_t ind, cinx_value *out)
{
	size_t first, n = ui_spark_years(s->ds, &first);

	for (size_t i = 0; i < n; i++)
		out[i] = ui_state_trend_value(s, area, first + i, ind);
	return n;
}

/* The lowest and highest of every row on screen (the view's rows). */
static void shared_range(const ui_state *s, size_t ind, double *lo, double *hi)
{
	int rows[256], found = 0;
	size_t n = s->view->visible(s, s->page, rows, 256);
	cinx_value v[UI_SPARK_MAX];

	for (size_t r = 0; r < n; r++) {
		size_t m = trend(s, rows[r], ind, v);
		for (size_t i = 0; i < m; i++)
			cinx_spark_widen(v[i], &found, lo, hi);
	}
}

void ui_cells_fill(const ui_state *s, int area, size_t ind, ui_cells *c)
{
	const cinx_dataset *ds = s->ds;
	size_t year = s->year;
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	cinx_value series[UI_SPARK_MAX];
	size_t first, n = ui_spark_years(ds, &first);
	double lo = 0, hi = 0;
	cinx_rank rk;

	c->value = cinx_dataset_value(ds, area, year, ind);
	c->change = cinx_series_change(ds, area, year, ind);
	cinx_format_value(c->value, in->decimals, CINX_FMT_GROUP | CINX_FMT_NOROW_DASH, c->value_text,
			  sizeof c->value_text);
	cinx_format_value(c->change, in->decimals, CINX_FMT_GROUP | CINX_FMT_SIGN, c->change_text,
			  sizeof c->change_text);
	rk = cinx_rank_la(ds, area, year, ind);
	if (rk.rank)
		snprintf(c->rank_text, sizeof c->rank_text, "%d/%d", rk.rank, rk.of);
	else
		c->rank_text[0] = '\0';

	c->spark_symbol = c->spark_before = false;
	for (size_t i = 0; i < n; i++) {
		c->spark_faint[i] = ui_state_predecessor_year(s, area, first + i);
		series[i] = ui_state_trend_value(s, area, first + i, ind);
		c->spark_symbol |= series[i].kind != CINX_NUM && series[i].kind != CINX_NO_ROW;
		c->spark_before |= c->spark_faint[i] && series[i].kind != CINX_NO_ROW;
	}
	cinx_spark_range(series, n, &lo, &hi);
	if (s->spark_scale == UI_SCALE_SHARED)
		shared_range(s, ind, &lo, &hi);
	else if (s->spark_scale == UI_SCALE_ZERO) { /* a swing of a few percent stays a few percent */
		lo = lo > 0 ? 0 : lo;
		hi = hi < 0 ? 0 : hi;
	}
	cinx_spark_levels(series, n, lo, hi, c->spark);
	c->n_spark = n;
	c->spark_sel = year >= first ? (int)(year - first) : -1;
}

void ui_spark_header(const ui_state *s, int w, char *buf, size_t cap)
{
	size_t first, n = ui_spark_years(s->ds, &first);
	const char *scale = ui_spark_scale_word(s->spark_scale);
	char from[64], to[64];

	ui_period_form_text(s->ds, first, UI_PERIOD_TINY, from, sizeof from);
	ui_period_form_text(s->ds, first + n - 1, UI_PERIOD_TINY, to, sizeof to);
	snprintf(buf, cap, "%s-%s %s", from, to, scale);
	if (cinx_text_width(buf) > w)
		snprintf(buf, cap, "%s", scale);
}

size_t ui_legend(const bool seen[CINX_KIND_COUNT], const char *sep, char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (int k = CINX_SYM_C; k < CINX_KIND_COUNT && o < cap; k++) {
		if (!seen[k])
			continue;
		if (k == CINX_NO_ROW)
			o += (size_t)snprintf(buf + o, cap - o, "%s- no data that year", o ? sep : "");
		else
			o += (size_t)snprintf(buf + o, cap - o, "%s%s %s", o ? sep : "",
					      cinx_kind_symbol((cinx_kind)k), cinx_kind_meaning((cinx_kind)k));
	}
	return o < cap ? o : cap - 1;
}
