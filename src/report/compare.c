/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>

#include "cinx/compare.h"
#include "cinx/format.h"
#include "cinx/metric.h"
#include "cinx/quartile.h"
#include "cinx/rank.h"
#include "cinx/series.h"
#include "cinx/sparkline.h"
#include "query_parts.h"

int cinx_compare_range(const cinx_dataset *ds, const int *areas, size_t n, size_t ind,
		       double *lo, double *hi)
{
	int found = 0;

	for (size_t k = 0; k < n; k++)
		for (size_t y = 0; y < cinx_dataset_n_years(ds); y++)
			cinx_spark_widen(cinx_dataset_value(ds, areas[k], y, ind), &found, lo, hi);
	return found;
}

static bool other_levels(const cinx_dataset *ds, const int *areas, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (cinx_dataset_area(ds, areas[k])->level == CINX_LEVEL_OTHER)
			return true;
	return false;
}

/* The title and notes of text and Markdown: what is compared, and the
 * shared scale of the trends. */
static void describe(cinx_report *r, const cinx_indicator *in, const char *year, size_t n, bool have_range, double lo,
		     double hi, bool other_levels)
{
	char buf[512], a[64], b[64];

	snprintf(buf, sizeof buf, "%s, %s: %zu area%s compared", in->label, year, n, n == 1 ? "" : "s");
	cinx_report_set_title(r, buf);
	if (have_range) {
		cinx_format_number(lo, in->decimals, CINX_FMT_GROUP, a, sizeof a);
		cinx_format_number(hi, in->decimals, CINX_FMT_GROUP, b, sizeof b);
		snprintf(buf, sizeof buf, "Trend lines share one scale, from %s to %s.", a, b);
		cinx_report_add_note(r, buf);
	}
	cinx_report_add_note(r, other_levels ? "Rank is among the areas of the area's own level, band among local "
						"authorities (rank 1 = highest value); band A to D with A the better end, "
						"or Q1 to Q4 by value."
					     : "Rank and band are among local authorities (rank 1 = highest value); "
					       "band A to D with A the better end, or Q1 to Q4 by value.");
}

cinx_status cinx_query_compare(const cinx_dataset *ds, const int *areas, size_t n,
			      const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	size_t ind = 0, yi;
	bool machine = cinx_qp_machine(o);
	double lo = 0, hi = 0;
	cinx_qp_notes ns = {0};
	cinx_qp_std c = CINX_QP_STD_NONE;
	char buf[512];
	cinx_status st = cinx_query_year_index(ds, o->year, &yi, err);
	cinx_report *r;

	if (st || (st = cinx_metric_for_view(ds, o->metric, &ind, err)))
		return st;
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	if (n > CINX_COMPARE_MAX)
		return cinx_error_set(err, CINX_E_USAGE, "compare takes at most %d areas, not %zu",
				      CINX_COMPARE_MAX, n);
	if (!(r = cinx_report_new()))
		return cinx_qp_finish(r, out, err);
	int year = cinx_dataset_year(ds, yi);
	if (machine) {
		c = cinx_qp_std_columns(r, ds, true);
	} else {
		c.name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
		c.code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
		c.level = cinx_report_add_column(r, "geographic_level", "Level", CINX_COL_TEXT, 0);
	}
	int c_val = cinx_report_add_column(r, in->name, in->short_label, CINX_COL_VALUE, in->decimals);
	snprintf(buf, sizeof buf, "%s_change", in->name);
	int c_chg = cinx_report_add_column(r, buf, "Change", CINX_COL_CHANGE, in->decimals);
	int c_rank = cinx_report_add_column(r, "rank", "Rank", machine ? CINX_COL_INT : CINX_COL_TEXT, 0);
	int c_of = machine ? cinx_report_add_column(r, "rank_of", "Ranked", CINX_COL_INT, 0) : -1;
	int c_band = cinx_report_add_column(r, "quartile", "Band", CINX_COL_TEXT, 0);
	cinx_qp_trend_title(ds, buf, sizeof buf);
	int c_sp = cinx_report_add_column(r, "trend", buf, CINX_COL_SPARK, 0);

	int have_range = cinx_compare_range(ds, areas, n, ind, &lo, &hi);
	for (size_t k = 0; k < n; k++) {
		const cinx_area *ar = cinx_dataset_area(ds, areas[k]);
		cinx_value v = cinx_dataset_value(ds, areas[k], yi, ind);
		cinx_rank rk = cinx_rank_la(ds, areas[k], yi, ind);
		cinx_quartile q = cinx_quartile_la(ds, areas[k], yi, ind);
		char sp[256];
		if (cinx_report_add_row(r))
			return cinx_qp_nomem(r, err);
		if (machine) {
			cinx_qp_set_std(r, &c, ds, areas[k], yi);
			if (rk.rank) {
				cinx_report_set_int(r, c_rank, rk.rank);
				cinx_report_set_int(r, c_of, rk.of);
			}
		} else {
			cinx_report_set_text(r, c.name, ar->name);
			cinx_report_set_text(r, c.code, ar->code);
			cinx_report_set_text(r, c.level, cinx_area_level_name(ds, ar));
			if (rk.rank) {
				snprintf(buf, sizeof buf, "%d/%d", rk.rank, rk.of);
				cinx_report_set_text(r, c_rank, buf);
			}
		}
		cinx_report_set_value(r, c_val, v);
		cinx_report_set_value(r, c_chg, cinx_series_change(ds, areas[k], yi, ind));
		if (q.band) /* no band (not an authority, or no number): an empty cell, null in JSON, as in show */
			cinx_report_set_text(r, c_band, cinx_quartile_label(q));
		cinx_qp_spark(ds, areas[k], ind, lo, hi, o->ascii, sp, sizeof sp);
		cinx_report_set_text(r, c_sp, sp);
		cinx_qp_see(&ns, v);
		cinx_qp_gather(&ns, ds, areas[k], year, (int)ind);
	}
	if (!machine)
		describe(r, in, cinx_dataset_period_label(ds, yi), n, have_range, lo, hi, other_levels(ds, areas, n));
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}
