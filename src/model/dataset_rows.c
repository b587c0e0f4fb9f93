/* SPDX-License-Identifier: MIT */
/* Rows by area and period: which text columns are filters, which rows
 * repeat one another, and the figures of one choice of filter values. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/text.h"
#include "dataset_internal.h"
#include "loader_build.h"

/* Rows counted into cells, then placed: cell_start[c] .. cell_start[c+1]
 * of by_cell are the rows of cell c, in file order. */
static cinx_status group_rows(const build *b, cinx_dataset *ds, const finish_ctx *fc)
{
	size_t cells = ds->n_areas * ds->n_years;
	struct ds_rows *r = &ds->rows;

	r->cell_start = calloc(cells + 1, sizeof *r->cell_start);
	r->by_cell = malloc((b->n_rows ? b->n_rows : 1) * sizeof *r->by_cell);
	if (!r->cell_start || !r->by_cell)
		return CINX_E_NOMEM;
	for (size_t i = 0; i < b->n_rows; i++) {
		const build_row *row = &b->rows[i];
		r->cell_start[(size_t)fc->rank[row->area] * ds->n_years + (size_t)fc->period_idx[row->period] + 1]++;
	}
	for (size_t c = 0; c < cells; c++)
		r->cell_start[c + 1] += r->cell_start[c];
	size_t *next = malloc((cells ? cells : 1) * sizeof *next);
	if (!next)
		return CINX_E_NOMEM;
	memcpy(next, r->cell_start, cells * sizeof *next);
	for (size_t i = 0; i < b->n_rows; i++) {
		const build_row *row = &b->rows[i];
		r->by_cell[next[(size_t)fc->rank[row->area] * ds->n_years + (size_t)fc->period_idx[row->period]]++] =
			(uint32_t)i;
	}
	free(next);
	return CINX_OK;
}

/* A text column is a filter when the metadata says so, or when some area
 * and period has rows with different values in it. */
static void classify_texts(build *b, const cinx_dataset *ds)
{
	size_t cells = ds->n_areas * ds->n_years, nt = b->n_texts;
	const struct ds_rows *r = &ds->rows;

	for (size_t c = 0; c < cells; c++) {
		size_t from = r->cell_start[c], to = r->cell_start[c + 1];
		for (size_t i = from + 1; i < to; i++)
			for (size_t t = 0; t < nt; t++)
				if (b->text_ids[r->by_cell[i] * nt + t] != b->text_ids[r->by_cell[from] * nt + t])
					b->texts[t].is_filter = true;
	}
}

/* A column taken for text because of a word where figures were expected
 * ("lots" in absence_rate): most of its many values are figures. Refused
 * at the first word, as a figure column would be, rather than losing the
 * indicator as a filter or attribute. Few values (an age filter of 0 to
 * 17 and Total) are a filter's. */
#define MANY_VALUES 100
static cinx_status refuse_figures_as_text(const build *b, const char *source, cinx_error *err)
{
	for (size_t t = 0; t < b->n_texts; t++) {
		const build_text *bt = &b->texts[t];
		size_t figures = 0;
		cinx_value v;
		if (!bt->guessed || bt->n_values <= MANY_VALUES)
			continue;
		for (size_t i = 0; i < bt->n_values; i++)
			figures += cinx_value_parse(bt->values[i], strlen(bt->values[i]), &v, NULL) && v.kind == CINX_NUM;
		if (figures * 2 <= bt->n_values)
			continue;
		for (size_t r = 0; r < b->n_rows; r++) {
			const char *word = bt->values[b->text_ids[r * b->n_texts + t]];
			if (cinx_value_parse(word, strlen(word), &v, NULL))
				continue;
			char ex[64];
			cinx_text_excerpt(word, strlen(word), "'", ex, sizeof ex);
			return cinx_error_at(err, CINX_E_DATA, source, b->rows[r].line, (unsigned long)bt->col + 1,
					     "found %s in column '%s'; expected a number or a symbol (c, x, :, z, u, k, "
					     "low), as in %zu of its %zu values", ex, bt->name, figures, bt->n_values);
		}
	}
	return CINX_OK;
}

static bool same_filter_values(const build *b, uint32_t x, uint32_t y)
{
	for (size_t t = 0; t < b->n_texts; t++)
		if (b->texts[t].is_filter && b->text_ids[x * b->n_texts + t] != b->text_ids[y * b->n_texts + t])
			return false;
	return true;
}

static const build *dup_ctx;

/* By filter values, then by row (file order). */
static int cmp_filter_values(const void *x, const void *y)
{
	uint32_t a = *(const uint32_t *)x, b = *(const uint32_t *)y;
	const build *bd = dup_ctx;

	for (size_t t = 0; t < bd->n_texts; t++) {
		uint32_t va = bd->text_ids[a * bd->n_texts + t], vb = bd->text_ids[b * bd->n_texts + t];
		if (bd->texts[t].is_filter && va != vb)
			return (va > vb) - (va < vb);
	}
	return (a > b) - (a < b);
}

/* "with sex 'Boys', phase 'Primary' " for a duplicate's message. */
static void describe_filters(const build *b, uint32_t row, char *out, size_t n)
{
	size_t at = 0;

	out[0] = '\0';
	for (size_t t = 0; t < b->n_texts && at < n; t++)
		if (b->texts[t].is_filter)
			at += (size_t)snprintf(out + at, n - at, "%s%s '%.60s'", at ? ", " : " with ", b->texts[t].name,
					       b->texts[t].values[b->text_ids[row * b->n_texts + t]]);
}

/* The first repeated row in file order, reported as a streaming reader
 * would have met it: at the later line, naming the earlier one. */
static cinx_status refuse_duplicates(const build *b, const cinx_dataset *ds, const finish_ctx *fc,
				     cinx_error *err)
{
	size_t cells = ds->n_areas * ds->n_years;
	const struct ds_rows *r = &ds->rows;
	uint32_t later = UINT32_MAX, first = 0;
	bool filters = false;

	for (size_t t = 0; t < b->n_texts; t++)
		filters |= b->texts[t].is_filter;
	dup_ctx = b;
	for (size_t c = 0; c < cells; c++) {
		size_t from = r->cell_start[c], to = r->cell_start[c + 1];
		if (to - from < 2)
			continue;
		/* sorting the group in place keeps by_cell a grouping */
		qsort(r->by_cell + from, to - from, sizeof *r->by_cell, cmp_filter_values);
		for (size_t i = from + 1; i < to; i++)
			if (same_filter_values(b, r->by_cell[i - 1], r->by_cell[i]) && r->by_cell[i] < later) {
				later = r->by_cell[i];
				first = r->by_cell[i - 1];
			}
	}
	if (later == UINT32_MAX)
		return CINX_OK;
	const build_row *row = &b->rows[later];
	char with[512];
	const char *hint = "";
	describe_filters(b, later, with, sizeof with);
	/* a filter of numbers (age 16, 17) reads as figures without metadata */
	for (size_t i = 0; i < b->n_inds && !filters && !*hint; i++)
		if (!cinx_c1_is_indicator(b->ind_names[i]))
			hint = "; a column of numbers that tells such rows apart (a filter such as an age) is read as "
			       "figures unless the data set's .meta.csv beside the file calls it a Filter";
	/* the area is the build's, the period the dataset's */
	return cinx_error_at(err, CINX_E_DATA, ds->source, row->line, 1,
			     "duplicate row for %s in %s%s (first seen on line %lu); expected one row per area %s%s",
			     b->areas[row->area].name, ds->period_labels[fc->period_idx[row->period]], with,
			     (unsigned long)b->rows[first].line, filters ? "and period for each set of filter values" : "and year",
			     hint);
}

static bool is_total(const char *v)
{
	return strcasecmp(v, "Total") == 0;
}

/* The text columns become the dataset's filters and attributes; their
 * values stay where the build interned them (the strings are the
 * dataset's now). */
static cinx_status make_columns(build *b, cinx_dataset *ds)
{
	struct ds_rows *r = &ds->rows;
	size_t nf = 0, na = 0;

	r->n_texts = b->n_texts;
	r->text_filter = malloc((b->n_texts ? b->n_texts : 1) * sizeof *r->text_filter);
	r->text_attr = malloc((b->n_texts ? b->n_texts : 1) * sizeof *r->text_attr);
	ds->filters = calloc(b->n_texts ? b->n_texts : 1, sizeof *ds->filters);
	ds->attrs = calloc(b->n_texts ? b->n_texts : 1, sizeof *ds->attrs);
	ds->chosen = calloc(b->n_texts ? b->n_texts : 1, sizeof *ds->chosen);
	if (!r->text_filter || !r->text_attr || !ds->filters || !ds->attrs || !ds->chosen)
		return CINX_E_NOMEM;
	for (size_t t = 0; t < b->n_texts; t++) {
		build_text *bt = &b->texts[t];
		ds_column *c = bt->is_filter ? &ds->filters[nf] : &ds->attrs[na];
		r->text_filter[t] = bt->is_filter ? (int)nf : -1;
		r->text_attr[t] = bt->is_filter ? -1 : (int)na;
		c->name = c->label = bt->name;
		c->values = bt->values;
		c->n_values = bt->n_values;
		bt->values = NULL;
		c->total = -1;
		for (size_t v = 0; v < c->n_values && bt->is_filter; v++)
			if (is_total(c->values[v]) && c->total < 0)
				c->total = (int)v;
		if (bt->is_filter)
			ds->chosen[nf] = c->total >= 0 ? (size_t)c->total : 0;
		*(bt->is_filter ? &nf : &na) += 1;
	}
	ds->n_filters = nf;
	ds->n_attrs = na;
	return CINX_OK;
}

/* The row of a cell that has the chosen filter values; UINT32_MAX: none. */
static uint32_t row_of_cell(const cinx_dataset *ds, size_t cell, const size_t *choice)
{
	const struct ds_rows *r = &ds->rows;

	for (size_t i = r->cell_start[cell]; i < r->cell_start[cell + 1]; i++) {
		uint32_t row = r->by_cell[i];
		bool match = true;
		for (size_t t = 0; t < r->n_texts && match; t++)
			match = r->text_filter[t] < 0 || r->texts[row * r->n_texts + t] == choice[r->text_filter[t]];
		if (match)
			return row;
	}
	return UINT32_MAX;
}

cinx_status cinx_dataset_refill(cinx_dataset *ds, const size_t *choice, cinx_error *err)
{
	size_t cells = ds->n_areas * ds->n_years, ni = ds->n_file_inds;
	const struct ds_rows *r = &ds->rows;

	if (!r->cell_start)
		return cinx_error_set(err, CINX_E_USAGE, "%s: its figures are fixed; it has no filters", ds->source);
	if (ds->mapped_cube) {
		/* a snapshot's pages are read-only: the new choice goes to the heap */
		ds->nums = NULL;
		ds->kinds = NULL;
		ds->attr_cells = NULL;
		ds->mapped_cube = false;
	}
	if (!ds->nums || ds->n_inds != ni) {
		/* derived indicators go: they were of the previous choice */
		free(ds->nums);
		free(ds->kinds);
		ds->nums = malloc((cells ? cells : 1) * ni * sizeof *ds->nums);
		ds->kinds = malloc((cells ? cells : 1) * ni);
		ds->n_inds = ni;
		if (!ds->nums || !ds->kinds)
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	if (!ds->attr_cells && ds->n_attrs &&
	    !(ds->attr_cells = malloc(cells * ds->n_attrs * sizeof *ds->attr_cells)))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t c = 0; c < cells; c++) {
		uint32_t row = row_of_cell(ds, c, choice);
		if (row == UINT32_MAX) {
			memset(ds->kinds + c * ni, CINX_NO_ROW, ni);
			memset(ds->nums + c * ni, 0, ni * sizeof *ds->nums);
		} else {
			memcpy(ds->nums + c * ni, r->nums + (size_t)row * ni, ni * sizeof *ds->nums);
			memcpy(ds->kinds + c * ni, r->kinds + (size_t)row * ni, ni);
		}
		for (size_t t = 0; t < r->n_texts; t++)
			if (r->text_attr[t] >= 0)
				ds->attr_cells[c * ds->n_attrs + (size_t)r->text_attr[t]] =
					row == UINT32_MAX ? UINT_MAX : r->texts[row * r->n_texts + t];
	}
	for (size_t f = 0; f < ds->n_filters; f++)
		ds->chosen[f] = choice[f];
	return CINX_OK;
}

cinx_status cinx_build_index_rows(build *b, cinx_dataset *ds, const finish_ctx *fc, cinx_error *err)
{
	cinx_status st;

	if (group_rows(b, ds, fc) != CINX_OK)
		return cinx_error_set(err, CINX_E_NOMEM, "%s: out of memory while indexing", ds->source);
	if ((st = refuse_figures_as_text(b, ds->source, err)))
		return st;
	classify_texts(b, ds);
	if ((st = refuse_duplicates(b, ds, fc, err)))
		return st;
	if (make_columns(b, ds) != CINX_OK)
		return cinx_error_set(err, CINX_E_NOMEM, "%s: out of memory while indexing", ds->source);
	ds->rows.nums = b->nums;
	ds->rows.kinds = b->kinds;
	ds->rows.texts = b->text_ids;
	b->nums = NULL;
	b->kinds = NULL;
	b->text_ids = NULL;
	if ((st = cinx_dataset_refill(ds, ds->chosen, err)))
		return st;
	/* without filters the table holds every figure: the rows can go */
	if (!ds->n_filters)
		cinx_dataset_drop_rows(ds);
	return CINX_OK;
}
