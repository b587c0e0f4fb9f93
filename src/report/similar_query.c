/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cinx/analysis_queries.h"
#include "cinx/similar.h"
#include "query_parts.h"

#define DEFAULT_LIMIT 10
#define MAX_LIMIT 200
#define CLOSE_Z 0.5 /* "close on" a feature: within half a standard deviation (see the note) */

static const char *feature_label(const cinx_dataset *ds, const cinx_similar_profile *p, size_t f)
{
	return cinx_dataset_indicator(ds, p->ind[f])->short_label;
}

static void close_on(const cinx_dataset *ds, const cinx_similar_profile *p, const cinx_similar_match *m,
		     char *buf, size_t cap)
{
	size_t order[CINX_SIMILAR_FEATURES], o = 0;

	buf[0] = '\0';
	cinx_similar_order(p, m, order);
	for (size_t i = 0; i < p->n_features && o < cap; i++)
		if (m->dz[order[i]] <= CLOSE_Z)
			o += (size_t)snprintf(buf + o, cap - o, "%s%s", o ? ", " : "", feature_label(ds, p, order[i]));
	if (!o)
		snprintf(buf, cap, "-");
}

cinx_status cinx_query_similar(const cinx_dataset *ds, int area, const cinx_query_opts *o,
			      cinx_report **out, cinx_error *err)
{
	cinx_similar_match m[MAX_LIMIT];
	cinx_similar_profile p;
	size_t yi, n, limit = o->limit <= 0 ? DEFAULT_LIMIT : o->limit > MAX_LIMIT ? MAX_LIMIT : (size_t)o->limit;
	bool machine = cinx_qp_machine(o);
	cinx_status st = cinx_query_year_index(ds, o->year, &yi, err);
	int c_val[CINX_SIMILAR_FEATURES], c_dz[CINX_SIMILAR_FEATURES];
	char buf[1024];
	size_t off = 0;
	cinx_report *r;

	if (st || (st = cinx_similar_find(ds, area, yi, &p, m, limit, &n, err)))
		return st;
	if (!(r = cinx_report_new()))
		return cinx_qp_finish(r, out, err);
	int c_pos = cinx_report_add_column(r, "position", "#", CINX_COL_INT, 0);
	int c_name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	int c_code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	int c_dist = cinx_report_add_column(r, "distance", "Distance", CINX_COL_VALUE, 2);
	for (size_t f = 0; f < p.n_features; f++) {
		const cinx_indicator *in = cinx_dataset_indicator(ds, p.ind[f]);
		snprintf(buf, sizeof buf, "%s_avg", in->name);
		c_val[f] = cinx_report_add_column(r, buf, in->short_label, CINX_COL_VALUE, in->decimals);
		snprintf(buf, sizeof buf, "%s_z_diff", in->name);
		c_dz[f] = machine ? cinx_report_add_column(r, buf, buf, CINX_COL_VALUE, 2) : -1;
	}
	int c_close = cinx_report_add_column(r, "close_on", "Close on", CINX_COL_TEXT, 0);

	/* the area itself first, for reference */
	if (cinx_report_add_row(r))
		return cinx_qp_nomem(r, err);
	cinx_report_set_int(r, c_pos, 0);
	cinx_report_set_text(r, c_name, cinx_dataset_area(ds, area)->name);
	cinx_report_set_text(r, c_code, cinx_dataset_area(ds, area)->code);
	for (size_t f = 0; f < p.n_features; f++)
		cinx_report_set_value(r, c_val[f], cinx_value_number(p.self[f]));
	cinx_report_set_text(r, c_close, machine ? "" : "(this authority)");
	for (size_t i = 0; i < n; i++) {
		if (cinx_report_add_row(r))
			return cinx_qp_nomem(r, err);
		cinx_report_set_int(r, c_pos, (long)i + 1);
		cinx_report_set_text(r, c_name, cinx_dataset_area(ds, m[i].area)->name);
		cinx_report_set_text(r, c_code, cinx_dataset_area(ds, m[i].area)->code);
		cinx_report_set_value(r, c_dist, cinx_value_number(m[i].distance));
		for (size_t f = 0; f < p.n_features; f++) {
			cinx_report_set_value(r, c_val[f], cinx_value_number(m[i].value[f]));
			if (c_dz[f] >= 0)
				cinx_report_set_value(r, c_dz[f], cinx_value_number(m[i].dz[f]));
		}
		close_on(ds, &p, &m[i], buf, sizeof buf);
		cinx_report_set_text(r, c_close, buf);
	}
	if (!machine) {
		snprintf(buf, sizeof buf, "Authorities most like %s by their own figures, %s to %s",
			 cinx_dataset_area(ds, area)->name, cinx_dataset_key_label(ds, p.from_year),
			 cinx_dataset_key_label(ds, p.to_year));
		cinx_report_set_title(r, buf);
	}
	off = (size_t)snprintf(buf, sizeof buf, "Distance: root mean square difference of z-scores over %zu "
			       "local authorities of the %s to %s averages of ", p.n_pool,
			       cinx_dataset_key_label(ds, p.from_year), cinx_dataset_key_label(ds, p.to_year));
	for (size_t f = 0; f < p.n_features && off < sizeof buf; f++)
		off += (size_t)snprintf(buf + off, sizeof buf - off, "%s%s%s", f ? ", " : "",
					feature_label(ds, &p, f), p.log_scale[f] ? " (log10)" : "");
	if (off < sizeof buf)
		snprintf(buf + off, sizeof buf - off, "; 0 = the same profile.");
	cinx_report_add_note(r, buf);
	cinx_report_add_note(r, "Close on: features within half a standard deviation of this authority's, "
			     "closest first.");
	for (size_t f = 0; f < p.n_features; f++)
		if (p.log_scale[f])
			cinx_report_add_note(r, "Referrals enter by size (log10 of the count); load a population file "
					     "(--population) to compare referral rates instead.");
	return cinx_qp_finish(r, out, err);
}
