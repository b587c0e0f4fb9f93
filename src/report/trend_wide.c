/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>

#include "cinx/queries.h"
#include "cinx/standing.h"
#include "query_parts.h"

#define MAX_YEARS 256

/* Years with any of the areas' rows: a column for a year none of them has
 * would only hold blanks. */
static size_t years_shown(const cinx_dataset *ds, const int *areas, size_t n, size_t *ys)
{
	size_t n_ys = 0;

	for (size_t y = 0; y < cinx_dataset_n_years(ds) && n_ys < MAX_YEARS; y++) {
		int year = cinx_dataset_year(ds, y);
		for (size_t k = 0; k < n; k++) {
			const cinx_area *a = cinx_dataset_area(ds, areas[k]);
			if (cinx_area_lives_in(a, year)) {
				ys[n_ys++] = y;
				break;
			}
		}
	}
	return n_ys;
}

typedef struct cols {
	int level, code, name, old, filter, ind, year[MAX_YEARS];
} cols;

/* A row of its own for area's neighbours' mean (or median) of ind in each
 * year shown, worked out as cinx neighbours does for one year. */
static cinx_status add_neighbour_row(cinx_report *r, const cinx_dataset *ds, const cinx_neighbours *nb, int area,
				     size_t ind, bool median, const cols *c, const size_t *ys, size_t n_ys)
{
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	char name[320];
	cinx_standing b;

	if (cinx_report_add_row(r))
		return CINX_E_NOMEM;
	snprintf(name, sizeof name, "Statistical neighbours of %s: %s", cinx_dataset_area(ds, area)->name,
		 median ? "median" : "mean");
	cinx_report_set_text(r, c->name, name);
	if (c->ind >= 0)
		cinx_report_set_text(r, c->ind, in->name);
	for (size_t j = 0; j < n_ys; j++) {
		if (cinx_standing_get(ds, nb, area, ys[j], ind, &b))
			return CINX_E_NOMEM;
		cinx_report_set_value_dp(r, c->year[j], median ? b.sn_median : b.sn_mean, cinx_standing_decimals(in));
	}
	return CINX_OK;
}

cinx_status cinx_query_series(const cinx_dataset *ds, const int *areas, size_t n, int subject,
			      const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	cinx_report *r = cinx_report_new();
	size_t first = o->metric >= 0 ? (size_t)o->metric : 0;
	size_t last = o->metric >= 0 ? first + 1 : cinx_dataset_n_indicators(ds);
	size_t ys[MAX_YEARS], n_ys = years_shown(ds, areas, n, ys), n_sn = 0;
	cinx_qp_notes ns = {0};
	cols c = {.ind = -1};
	char buf[512];

	if (!r)
		return cinx_qp_finish(r, out, err);
	if (subject >= 0 && (!o->neighbours || cinx_dataset_area(ds, subject)->level != CINX_LEVEL_LA ||
			     !cinx_neighbours_of(o->neighbours, cinx_dataset_area(ds, subject)->old_code, &n_sn)))
		subject = -1;
	c.level = cinx_report_add_column(r, "geographic_level", "Level", CINX_COL_TEXT, 0);
	c.code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	c.name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	c.old = cinx_report_add_column(r, "old_la_code", "Old code", CINX_COL_TEXT, 0);
	c.filter = -1;
	for (size_t f = 0; cinx_qp_machine(o) && f < cinx_dataset_n_filters(ds); f++) {
		int col = cinx_report_add_column(r, cinx_dataset_filter_name(ds, f), cinx_dataset_filter_label(ds, f),
						 CINX_COL_TEXT, 0);
		if (f == 0)
			c.filter = col;
	}
	if (o->metric < 0)
		c.ind = cinx_report_add_column(r, "indicator", "Indicator", CINX_COL_TEXT, 0);
	for (size_t j = 0; j < n_ys; j++) {
		char name[160], title[160];
		/* the file's form, which --year takes back; terms share a time_period */
		snprintf(name, sizeof name, cinx_dataset_whole_years(ds) ? "%s" : "%s %s", cinx_dataset_period_code(ds, ys[j]),
			 cinx_dataset_period_identifier(ds, ys[j]));
		cinx_qp_wrap(cinx_dataset_period_label(ds, ys[j]), 12, title, sizeof title);
		c.year[j] = cinx_report_add_column(r, name, title, CINX_COL_VALUE, cinx_dataset_indicator(ds, first)->decimals);
	}
	for (size_t k = 0; k < n; k++) {
		const cinx_area *a = cinx_dataset_area(ds, areas[k]);
		for (size_t i = first; i < last; i++) {
			if (cinx_report_add_row(r))
				return cinx_qp_nomem(r, err);
			cinx_report_set_text(r, c.level, cinx_area_level_name(ds, a));
			cinx_report_set_text(r, c.code, a->code);
			cinx_report_set_text(r, c.name, a->name);
			cinx_report_set_text(r, c.old, a->old_code);
			cinx_qp_set_filters(r, c.filter, ds);
			if (c.ind >= 0)
				cinx_report_set_text(r, c.ind, cinx_dataset_indicator(ds, i)->name);
			for (size_t j = 0; j < n_ys; j++) {
				cinx_value v = cinx_dataset_value(ds, areas[k], ys[j], i);
				/* each indicator at its own decimals, as in the long form */
				cinx_report_set_value_dp(r, c.year[j], v, cinx_dataset_indicator(ds, i)->decimals);
				cinx_qp_see(&ns, v);
				cinx_qp_gather(&ns, ds, areas[k], cinx_dataset_year(ds, ys[j]), o->metric);
			}
		}
	}
	for (size_t i = first; subject >= 0 && i < last; i++)
		if (add_neighbour_row(r, ds, o->neighbours, subject, i, false, &c, ys, n_ys) ||
		    add_neighbour_row(r, ds, o->neighbours, subject, i, true, &c, ys, n_ys))
			return cinx_qp_nomem(r, err);
	if (!cinx_qp_machine(o)) {
		for (size_t k = 0; k < n; k++)
			cinx_qp_lineage_notes(r, ds, areas[k]);
		char by[64];
		cinx_qp_by_period(ds, by, sizeof by);
		if (o->metric >= 0)
			snprintf(buf, sizeof buf, "%s %s", cinx_dataset_indicator(ds, first)->label, by);
		else
			snprintf(buf, sizeof buf, "All indicators %s", by);
		cinx_report_set_title(r, buf);
		if (subject >= 0) {
			snprintf(buf, sizeof buf, "Statistical neighbours of %s from %s; mean and median over those with "
				 "a number each year (symbols and missing rows left out).",
				 cinx_dataset_area(ds, subject)->name, cinx_neighbours_source(o->neighbours));
			cinx_report_add_note(r, buf);
		}
	}
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}

cinx_status cinx_query_trend_wide(const cinx_dataset *ds, const int *areas, size_t n,
				 const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	return cinx_query_series(ds, areas, n, -1, o, out, err);
}
