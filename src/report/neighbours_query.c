/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>

#include "cinx/analysis_queries.h"
#include "cinx/standing.h"
#include "cinx/format.h"
#include "cinx/metric.h"
#include "query_parts.h"

static cinx_status check(const cinx_dataset *ds, int area, const cinx_neighbours *nb, cinx_error *err)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char words[128];
	size_t n;

	if (!nb)
		return cinx_error_set(err, CINX_E_USAGE, "no statistical neighbours model; pass --neighbours FILE "
				      "or set 'neighbours = FILE' in the configuration file");
	if (a->level != CINX_LEVEL_LA)
		return cinx_error_set(err, CINX_E_USAGE, "statistical neighbours are for local authorities; "
				      "%s is %s%s", a->name,
				      a->level == CINX_LEVEL_NATIONAL ? "the country" : a->level == CINX_LEVEL_REGIONAL ? "a region" : "a ",
				      a->level == CINX_LEVEL_OTHER ? cinx_qp_level_words(ds, a, words, sizeof words) : "");
	if (cinx_neighbours_of(nb, a->old_code, &n))
		return CINX_OK;
	if (a->n_successors)
		return cinx_error_set(err, CINX_E_NOTFOUND, "%s (old code %s) is not in the statistical "
				      "neighbours model %s: it was replaced in %s by %s%s", a->name, a->old_code,
				      cinx_neighbours_source(nb), cinx_dataset_key_label(ds, a->successors[0].year),
				      cinx_dataset_area(ds, a->successors[0].area)->name,
				      a->n_successors > 1 ? " and others" : "");
	return cinx_error_set(err, CINX_E_NOTFOUND, "%s (old code %s) is not in the statistical neighbours "
			      "model %s", a->name, a->old_code[0] ? a->old_code : "none", cinx_neighbours_source(nb));
}

typedef struct cols {
	cinx_qp_std std;
	int pos, close, val, used, listed;
} cols;

static cinx_status add_summary_row(cinx_report *r, const cols *c, bool machine, const char *what, cinx_value x,
				   const cinx_summary *s, size_t listed, int dp)
{
	char buf[64];

	if (cinx_report_add_row(r))
		return CINX_E_NOMEM;
	cinx_report_set_text(r, c->std.name, what);
	cinx_report_set_value_dp(r, c->val, x, dp);
	if (machine) {
		cinx_report_set_int(r, c->used, (long)s->n);
		cinx_report_set_int(r, c->listed, (long)listed);
	} else {
		snprintf(buf, sizeof buf, "%zu of %zu", s->n, listed);
		cinx_report_set_text(r, c->used, buf);
	}
	return CINX_OK;
}

cinx_status cinx_query_neighbours(const cinx_dataset *ds, int area, const cinx_query_opts *o,
				 cinx_report **out, cinx_error *err)
{
	size_t ind = 0, yi, n;
	const cinx_area *a = cinx_dataset_area(ds, area);
	bool machine = cinx_qp_machine(o);
	cinx_status st = cinx_query_year_index(ds, o->year, &yi, err);
	cinx_qp_notes ns = {0};
	cinx_summary s;
	cinx_standing b;
	cols c;
	char buf[1024], v[64];
	cinx_report *r;

	if (st || (st = check(ds, area, o->neighbours, err)) || (st = cinx_metric_for_view(ds, o->metric, &ind, err)))
		return st;
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	const cinx_neighbour *sn = cinx_neighbours_of(o->neighbours, a->old_code, &n);
	int year = cinx_dataset_year(ds, yi);
	if (cinx_standing_get(ds, o->neighbours, area, yi, ind, &b) ||
	    cinx_neighbours_summary(ds, o->neighbours, area, yi, ind, &s, &n) || !(r = cinx_report_new()))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	if (machine)
		c.std.time = cinx_qp_period_column(r, ds);
	c.pos = cinx_report_add_column(r, "position", "#", CINX_COL_INT, 0);
	c.std.name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	c.std.code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	c.std.old = cinx_report_add_column(r, "old_la_code", "Old code", CINX_COL_TEXT, 0);
	c.close = cinx_report_add_column(r, "closeness", "Closeness", CINX_COL_TEXT, 0);
	c.val = cinx_report_add_column(r, in->name, in->short_label, CINX_COL_VALUE, in->decimals);
	c.used = cinx_report_add_column(r, "used", "Used", machine ? CINX_COL_INT : CINX_COL_TEXT, 0);
	c.listed = machine ? cinx_report_add_column(r, "listed", "Listed", CINX_COL_INT, 0) : -1;

	for (size_t k = 0; k < n; k++) {
		int nbr = cinx_neighbours_area(ds, sn[k].old_code);
		cinx_value x = nbr >= 0 ? cinx_dataset_value(ds, nbr, yi, ind) : cinx_value_of(CINX_NO_ROW);
		if (cinx_report_add_row(r))
			return cinx_qp_nomem(r, err);
		if (machine)
			cinx_qp_set_period(r, c.std.time, ds, yi);
		cinx_report_set_int(r, c.pos, (long)k + 1);
		cinx_report_set_text(r, c.std.name, nbr >= 0 ? cinx_dataset_area(ds, nbr)->name : sn[k].name);
		cinx_report_set_text(r, c.std.code, nbr >= 0 ? cinx_dataset_area(ds, nbr)->code : "");
		cinx_report_set_text(r, c.std.old, sn[k].old_code);
		cinx_report_set_text(r, c.close, sn[k].closeness);
		cinx_report_set_value(r, c.val, x);
		cinx_qp_see(&ns, x);
		if (nbr >= 0)
			cinx_qp_gather(&ns, ds, nbr, year, (int)ind);
	}
	if (add_summary_row(r, &c, machine, "mean", b.sn_mean, &s, n, cinx_standing_decimals(in)) ||
	    add_summary_row(r, &c, machine, "median", b.sn_median, &s, n, cinx_standing_decimals(in)))
		return cinx_qp_nomem(r, err);
	if (!machine) {
		cinx_format_value(b.value, in->decimals, CINX_FMT_GROUP | CINX_FMT_NOROW_DASH, v, sizeof v);
		snprintf(buf, sizeof buf, "Statistical neighbours of %s (%s, old code %s): %s, %s; %s itself: %s",
			 a->name, a->code, a->old_code, in->short_label, cinx_dataset_period_label(ds, yi), a->name, v);
		cinx_report_set_title(r, buf);
		snprintf(buf, sizeof buf, "Neighbours in model order from %s; mean and median over those with "
			 "a number (symbols and missing rows left out).", cinx_neighbours_source(o->neighbours));
		cinx_report_add_note(r, buf);
	}
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}
