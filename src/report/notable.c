/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "cinx/format.h"
#include "cinx/notable.h"
#include "cinx/rates.h"
#include "cinx/series.h"
#include "cinx/stats.h"
#include "query_parts.h"

/* 1.5 times a quarter-step IQR is exact at one more decimal. */
static bool fences_exact(const cinx_summary *s, cinx_fences *f)
{
	cinx_decimal iqr, reach, two = {2, 0};

	if (!cinx_decimal_sub(s->q3_x, s->q1_x, &iqr) ||
	    !cinx_decimal_ratio(iqr, two, 3, iqr.scale + 1, &reach) ||
	    !cinx_decimal_sub(s->q1_x, reach, &f->lo_x) || !cinx_decimal_add(s->q3_x, reach, &f->hi_x))
		return false;
	f->q1 = cinx_decimal_to_double(s->q1_x);
	f->q3 = cinx_decimal_to_double(s->q3_x);
	f->lo = cinx_decimal_to_double(f->lo_x);
	f->hi = cinx_decimal_to_double(f->hi_x);
	return true;
}

cinx_status cinx_notable_fences(const cinx_dataset *ds, size_t yi, size_t ind, cinx_fences *f)
{
	size_t n_areas = cinx_dataset_n_areas(ds), k = 0;
	cinx_value *v = malloc((n_areas ? n_areas : 1) * sizeof *v);
	cinx_summary s;
	cinx_status st;

	f->n = 0;
	if (!v)
		return CINX_E_NOMEM;
	for (size_t a = 0; a < n_areas; a++)
		if (cinx_dataset_area(ds, (int)a)->level == CINX_LEVEL_LA)
			v[k++] = cinx_dataset_value(ds, (int)a, yi, ind);
	st = cinx_summarise(v, k, cinx_dataset_indicator(ds, ind)->decimals, &s);
	free(v);
	if (st)
		return st;
	f->n = s.n;
	f->q1 = s.q1;
	f->q3 = s.q3;
	f->lo = s.q1 - 1.5 * (s.q3 - s.q1);
	f->hi = s.q3 + 1.5 * (s.q3 - s.q1);
	f->exact = s.exact && fences_exact(&s, f);
	return CINX_OK;
}

int cinx_notable_outlier(const cinx_fences *f, cinx_value v)
{
	cinx_decimal x;

	if (f->n < 4 || v.kind != CINX_NUM)
		return 0;
	if (f->exact && cinx_decimal_from_double(v.num, f->lo_x.scale, &x))
		return cinx_decimal_cmp(x, f->lo_x) < 0 ? -1 : cinx_decimal_cmp(x, f->hi_x) > 0 ? 1 : 0;
	return v.num < f->lo ? -1 : v.num > f->hi ? 1 : 0;
}

size_t cinx_notable_judged_by(const cinx_dataset *ds, size_t ind)
{
	size_t count;

	if (cinx_dataset_indicator(ds, ind)->unit != CINX_UNIT_COUNT)
		return ind;
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (cinx_rates_count_of(ds, i, &count) && count == ind)
			return i;
	return ind;
}

double cinx_notable_default_threshold(const cinx_indicator *in)
{
	return in->unit == CINX_UNIT_PERCENT ? 5.0 : 25.0;
}

/* The change in the indicator's own terms: points, or percent of before. */
static bool measured_change(const cinx_dataset *ds, int area, size_t yi, size_t ind, double *out)
{
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	cinx_value d = cinx_series_change(ds, area, yi, ind);
	cinx_value prev;

	if (d.kind != CINX_NUM)
		return false;
	if (in->unit == CINX_UNIT_PERCENT) {
		*out = d.num;
		return true;
	}
	prev = cinx_series_previous(ds, area, yi, ind);
	if (prev.num <= 0 || (in->unit == CINX_UNIT_COUNT && prev.num < CINX_NOTABLE_MIN_BASE))
		return false;
	*out = d.num / prev.num * 100.0;
	return true;
}

bool cinx_notable_change(const cinx_dataset *ds, int area, size_t yi, size_t ind, double threshold)
{
	double c;

	/* a hair of tolerance: published figures are rounded */
	return measured_change(ds, area, yi, ind, &c) && c != 0 && fabs(c) >= threshold * (1 - 1e-9);
}

typedef struct cols {
	int name, code, ind, val, prev, chg, pct, why;
	cinx_qp_std std;
} cols;

static void add_cols(cinx_report *r, cols *c, const cinx_dataset *ds, bool machine)
{
	if (machine) {
		c->std = cinx_qp_std_columns(r, ds, true);
		c->name = c->std.name;
		c->code = c->std.code;
	} else {
		c->name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
		c->code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	}
	c->ind = cinx_report_add_column(r, "indicator", "Indicator", CINX_COL_TEXT, 0);
	c->val = cinx_report_add_column(r, "value", "Value", CINX_COL_VALUE, 0);
	c->prev = cinx_report_add_column(r, "previous", "Previous", CINX_COL_VALUE, 0);
	c->chg = cinx_report_add_column(r, "change", "Change", CINX_COL_CHANGE, 0);
	c->pct = cinx_report_add_column(r, "change_percent", "Change %", CINX_COL_CHANGE, 1);
	c->why = cinx_report_add_column(r, "why", "Why", CINX_COL_TEXT, 0);
}

static cinx_status flag_row(cinx_report *r, const cols *c, const cinx_dataset *ds, const cinx_query_opts *o,
			    int a, size_t yi, size_t ind, bool changed, int out_dir, double threshold)
{
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	cinx_value d = cinx_series_change(ds, a, yi, ind);
	cinx_value prev = cinx_series_previous(ds, a, yi, ind);
	char why[256];
	size_t w = 0;

	if (cinx_report_add_row(r))
		return CINX_E_NOMEM;
	if (cinx_qp_machine(o))
		cinx_qp_set_std(r, &c->std, ds, a, yi);
	else {
		cinx_report_set_text(r, c->name, cinx_dataset_area(ds, a)->name);
		cinx_report_set_text(r, c->code, cinx_dataset_area(ds, a)->code);
	}
	cinx_report_set_text(r, c->ind, cinx_qp_machine(o) ? in->name : in->short_label);
	cinx_report_set_value_dp(r, c->val, cinx_dataset_value(ds, a, yi, ind), in->decimals);
	cinx_report_set_value_dp(r, c->prev, prev, in->decimals);
	cinx_report_set_value_dp(r, c->chg, d, in->decimals);
	if (d.kind == CINX_NUM && prev.kind == CINX_NUM && prev.num > 0)
		cinx_report_set_value(r, c->pct, cinx_value_change_percent(cinx_dataset_value(ds, a, yi, ind), prev,
									   in->decimals, 1));
	why[0] = '\0';
	if (changed)
		w += (size_t)snprintf(why, sizeof why, "%s of %g%s or more", d.num > 0 ? "rise" : "fall", threshold,
				      in->unit == CINX_UNIT_PERCENT ? " points" : "%");
	if (out_dir)
		snprintf(why + w, sizeof why - w, "%s%s", w ? "; " : "",
			 out_dir > 0 ? "above the upper fence" : "below the lower fence");
	cinx_report_set_text(r, c->why, why);
	return CINX_OK;
}

/* judged: the indicator the fences are of (cinx_notable_judged_by). */
static void fence_note(cinx_report *r, const cinx_dataset *ds, size_t ind, size_t judged, const cinx_fences *f)
{
	const cinx_indicator *in = cinx_dataset_indicator(ds, judged);
	char q1[32], q3[32], lo[32], hi[32], line[512];
	int dp = in->decimals + 1;

	if (f->n < 4)
		return;
	cinx_format_number(f->q1, dp, CINX_FMT_GROUP, q1, sizeof q1);
	cinx_format_number(f->q3, dp, CINX_FMT_GROUP, q3, sizeof q3);
	cinx_format_number(f->lo, dp, CINX_FMT_GROUP, lo, sizeof lo);
	cinx_format_number(f->hi, dp, CINX_FMT_GROUP, hi, sizeof hi);
	if (judged != ind)
		snprintf(line, sizeof line, "%s: outliers by %s, not by count (counts reflect an authority's size): "
			 "quartiles %s and %s, fences %s and %s (%zu authorities).",
			 cinx_dataset_indicator(ds, ind)->short_label, in->short_label, q1, q3, lo, hi, f->n);
	else
		snprintf(line, sizeof line, "%s: quartiles %s and %s, fences %s and %s (%zu authorities).",
			 in->short_label, q1, q3, lo, hi, f->n);
	cinx_report_add_note(r, line);
}

/* The title and the notes that say how the list was drawn. */
static void describe(cinx_report *r, const cinx_dataset *ds, size_t yi, double threshold)
{
	char buf[512], t[128];
	const char *period = cinx_dataset_period_label(ds, yi);

	int before = cinx_dataset_previous(ds, yi);

	if (before >= 0)
		snprintf(buf, sizeof buf, "Notable in %s: changes from %s at or beyond the threshold, and "
			 "authorities outside 1.5 x IQR", period, cinx_dataset_period_label(ds, (size_t)before));
	else
		snprintf(buf, sizeof buf, "Notable in %s: authorities outside 1.5 x IQR (no earlier year)", period);
	cinx_report_set_title(r, buf);
	if (!cinx_report_n_rows(r))
		cinx_report_add_note(r, "No local authority is notable by these rules this year.");
	if (threshold > 0)
		snprintf(t, sizeof t, "%g points for percentages, %g%% for counts and rates", threshold,
			 threshold);
	else
		snprintf(t, sizeof t, "5 points for percentages, 25%% for counts and rates");
	snprintf(buf, sizeof buf, "Threshold: %s; counts under %d the year before are not flagged for "
		 "their change.", t, CINX_NOTABLE_MIN_BASE);
	cinx_report_add_note(r, buf);
	cinx_report_add_note(r, "Fences: the lower quartile minus 1.5 times the interquartile range, and the "
			     "upper quartile plus 1.5 times it, over local authorities with a number.");
}

cinx_status cinx_query_notable(const cinx_dataset *ds, const cinx_query_opts *o, double threshold,
			      cinx_report **out, cinx_error *err)
{
	size_t yi, first = o->metric >= 0 ? (size_t)o->metric : 0;
	size_t last = o->metric >= 0 ? first + 1 : cinx_dataset_n_indicators(ds);
	cinx_status st = cinx_query_year_index(ds, o->year, &yi, err);
	cinx_report *r;
	cinx_qp_notes ns = {0};
	cols c;

	if (st)
		return st;
	if (!(r = cinx_report_new()))
		return cinx_qp_finish(r, out, err);
	add_cols(r, &c, ds, cinx_qp_machine(o));
	for (size_t ind = first; ind < last; ind++) {
		const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
		double th = threshold > 0 ? threshold : cinx_notable_default_threshold(in);
		size_t judged = cinx_notable_judged_by(ds, ind);
		cinx_fences f;
		if (cinx_notable_fences(ds, yi, judged, &f)) {
			cinx_report_free(r);
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
		}
		for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
			if (cinx_dataset_area(ds, (int)a)->level != CINX_LEVEL_LA)
				continue;
			bool changed = cinx_dataset_previous(ds, yi) >= 0 && cinx_notable_change(ds, (int)a, yi, ind, th);
			int dir = cinx_notable_outlier(&f, cinx_dataset_value(ds, (int)a, yi, judged));
			if (!changed && !dir)
				continue;
			if (flag_row(r, &c, ds, o, (int)a, yi, ind, changed, dir, th))
				return cinx_qp_nomem(r, err);
			cinx_qp_see(&ns, cinx_dataset_value(ds, (int)a, yi, ind));
			cinx_qp_see(&ns, cinx_series_change(ds, (int)a, yi, ind));
			cinx_qp_gather(&ns, ds, (int)a, cinx_dataset_year(ds, yi), (int)ind);
		}
		fence_note(r, ds, ind, judged, &f);
	}
	describe(r, ds, yi, threshold);
	/* the symbols shown and the footnotes of the years and authorities listed */
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}
