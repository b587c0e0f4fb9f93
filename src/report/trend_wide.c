/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>

#include "cinx/queries.h"
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
			if (a->n_codes && year >= a->first_year && year <= a->last_year) {
				ys[n_ys++] = y;
				break;
			}
		}
	}
	return n_ys;
}

cinx_status cinx_query_trend_wide(const cinx_dataset *ds, const int *areas, size_t n,
				 const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	cinx_report *r = cinx_report_new();
	size_t first = o->metric >= 0 ? (size_t)o->metric : 0;
	size_t last = o->metric >= 0 ? first + 1 : cinx_dataset_n_indicators(ds);
	size_t ys[MAX_YEARS], n_ys = years_shown(ds, areas, n, ys);
	int c_level, c_code, c_name, c_old, c_ind = -1, c_year[MAX_YEARS];
	cinx_qp_notes ns = {0};
	char buf[512];

	if (!r)
		return cinx_qp_finish(r, out, err);
	c_level = cinx_report_add_column(r, "geographic_level", "Level", CINX_COL_TEXT, 0);
	c_code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	c_name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	c_old = cinx_report_add_column(r, "old_la_code", "Old code", CINX_COL_TEXT, 0);
	if (o->metric < 0)
		c_ind = cinx_report_add_column(r, "indicator", "Indicator", CINX_COL_TEXT, 0);
	for (size_t j = 0; j < n_ys; j++) {
		snprintf(buf, sizeof buf, "%d", cinx_dataset_year(ds, ys[j]));
		c_year[j] = cinx_report_add_column(r, buf, buf, CINX_COL_VALUE, cinx_dataset_indicator(ds, first)->decimals);
	}
	for (size_t k = 0; k < n; k++) {
		const cinx_area *a = cinx_dataset_area(ds, areas[k]);
		for (size_t i = first; i < last; i++) {
			if (cinx_report_add_row(r))
				return cinx_qp_nomem(r, err);
			cinx_report_set_text(r, c_level, cinx_level_ees_name(a->level));
			cinx_report_set_text(r, c_code, a->code);
			cinx_report_set_text(r, c_name, a->name);
			cinx_report_set_text(r, c_old, a->old_code);
			if (c_ind >= 0)
				cinx_report_set_text(r, c_ind, cinx_dataset_indicator(ds, i)->name);
			for (size_t j = 0; j < n_ys; j++) {
				cinx_value v = cinx_dataset_value(ds, areas[k], ys[j], i);
				/* each indicator at its own decimals, as in the long form */
				cinx_report_set_value_dp(r, c_year[j], v, cinx_dataset_indicator(ds, i)->decimals);
				cinx_qp_see(&ns, v);
				cinx_qp_gather(&ns, ds, areas[k], cinx_dataset_year(ds, ys[j]), o->metric);
			}
		}
	}
	if (!cinx_qp_machine(o)) {
		for (size_t k = 0; k < n; k++)
			cinx_qp_lineage_notes(r, ds, areas[k]);
		if (o->metric >= 0)
			snprintf(buf, sizeof buf, "%s by year", cinx_dataset_indicator(ds, first)->label);
		else
			snprintf(buf, sizeof buf, "All indicators by year");
		cinx_report_set_title(r, buf);
	}
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}
