/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/standing.h"
#include "cinx/metric.h"
#include "cinx/rank.h"
#include "cinx/series.h"
#include "cinx/sparkline.h"
#include "cinx/queries.h"
#include "standing_report.h"
#include "query_parts.h"

void cinx_query_opts_init(cinx_query_opts *o)
{
	memset(o, 0, sizeof *o);
	o->format = CINX_FORMAT_TEXT;
	o->metric = -1;
	o->level = -1;
	o->other_level = -1;
	o->region = -1;
}

cinx_status cinx_query_year_index(const cinx_dataset *ds, int year, size_t *idx, cinx_error *err)
{
	int i;

	if (year == 0) {
		*idx = cinx_dataset_n_years(ds) - 1;
		return CINX_OK;
	}
	i = cinx_dataset_year_index(ds, year);
	if (i < 0)
		return cinx_error_set(err, CINX_E_NOTFOUND, "no data for that period; the file has %s to %s",
				      cinx_dataset_period_label(ds, 0),
				      cinx_dataset_period_label(ds, cinx_dataset_n_years(ds) - 1));
	*idx = (size_t)i;
	return CINX_OK;
}

static void spark(const cinx_dataset *ds, int area, size_t ind, bool ascii, char *buf, size_t cap)
{
	cinx_value v[256];
	size_t n = cinx_dataset_n_years(ds);

	if (n > 256)
		n = 256;
	for (size_t y = 0; y < n; y++)
		v[y] = cinx_dataset_value(ds, area, y, ind);
	cinx_sparkline(v, n, ascii ? CINX_GLYPHS_ASCII : CINX_GLYPHS_UTF8, buf, cap);
}

static void describe_area(const cinx_dataset *ds, int area, char *buf, size_t cap)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char words[128];
	size_t o;

	o = (size_t)snprintf(buf, cap, "%s (%s%s%s)", a->name, a->code, a->old_code[0] ? ", old code " : "",
			     a->old_code);
	if (a->parent >= 0 && o < cap)
		o += cinx_standing_where(ds, area, false, buf + o, cap - o);
	else if (a->level == CINX_LEVEL_OTHER && o < cap) /* "Birch Hill (E14001002), parliamentary constituency" */
		o += (size_t)snprintf(buf + o, cap - o, ", %s", cinx_qp_level_words(ds, a, words, sizeof words));
	for (size_t i = 1; i < a->n_codes && o < cap; i++)
		o += (size_t)snprintf(buf + o, cap - o, "; code %s up to %s", a->codes[i - 1].code,
				      cinx_dataset_key_label(ds, a->codes[i - 1].to_year));
}

/* "Year 2025 (April 2024 to March 2025)" for C1, whose reporting year is
 * that; "Academic year 2024/25" for other whole years; "2024/25 Autumn
 * term" for a part of a year, whose label says what it is. */
static void period_heading(const cinx_dataset *ds, size_t yi, char *buf, size_t cap)
{
	int year = cinx_dataset_year(ds, yi);
	const char *label = cinx_dataset_period_label(ds, yi);

	if (cinx_qp_is_c1(ds))
		snprintf(buf, cap, "Year %s (April %d to March %d)", label, year - 1, year);
	else if (cinx_dataset_whole_years(ds))
		snprintf(buf, cap, "%s %s", cinx_dataset_period_noun(ds), label);
	else
		snprintf(buf, cap, "%s", label);
}

/* "\nregion_type: Urban, phase: Primary": the area's attributes that say
 * something (see cinx_qp_attribute_varies) in period yi. */
static void attribute_line(const cinx_dataset *ds, int area, size_t yi, char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t at = 0; at < cinx_dataset_n_attributes(ds) && o < cap; at++) {
		const char *v = cinx_dataset_attribute_value(ds, area, yi, at);
		if (v[0] && cinx_qp_attribute_varies(ds, at))
			o += (size_t)snprintf(buf + o, cap - o, "%s%s: %s", o ? ", " : "\n",
					      cinx_dataset_attribute_name(ds, at), v);
	}
}

static void rank_text(cinx_rank rk, char *buf, size_t cap)
{
	if (rk.rank)
		snprintf(buf, cap, "%d/%d", rk.rank, rk.of);
	else
		buf[0] = '\0';
}

/* ---- show -------------------------------------------------------------- */

/* The area, then what it is measured against: its region (London for a
 * borough, never Inner or Outer London) and England; a London borough's
 * sub-region comes after its region as context, with no difference taken
 * from it. */
static int show_rows(const cinx_dataset *ds, int area, int rows[4], const char *roles[4])
{
	int n = 0, region = cinx_dataset_ancestor(ds, area, CINX_LEVEL_REGIONAL);
	int sub = cinx_standing_subregion(ds, area), england = cinx_dataset_england(ds);

	rows[n] = area;
	roles[n++] = "area";
	if (region >= 0) {
		rows[n] = region;
		roles[n++] = "region";
	}
	if (sub >= 0) {
		rows[n] = sub;
		roles[n++] = "subregion";
	}
	if (england >= 0 && england != area) {
		rows[n] = england;
		roles[n++] = "england";
	}
	return n;
}

static cinx_status show_wide(const cinx_dataset *ds, int area, size_t yi, const cinx_query_opts *o,
			     cinx_report **out, cinx_error *err)
{
	cinx_report *r = cinx_report_new();
	size_t n_inds = cinx_dataset_n_indicators(ds);
	int rows[4];
	const char *roles[4];
	int n_rows = show_rows(ds, area, rows, roles);
	cinx_qp_notes ns = {0};

	if (!r)
		return cinx_qp_finish(r, out, err);
	cinx_qp_std c = cinx_qp_std_columns(r, ds, true);
	int c_role = cinx_report_add_column(r, "role", "Role", CINX_COL_TEXT, 0);
	int first = -1;
	for (size_t i = 0; i < n_inds; i++) {
		const cinx_indicator *ind = cinx_dataset_indicator(ds, i);
		int col = cinx_report_add_column(r, ind->name, ind->short_label, CINX_COL_VALUE, ind->decimals);
		if (first < 0)
			first = col;
	}
	for (size_t i = 0; i < n_inds; i++) {
		const cinx_indicator *ind = cinx_dataset_indicator(ds, i);
		char name[160];
		snprintf(name, sizeof name, "%s_change", ind->name);
		cinx_report_add_column(r, name, name, CINX_COL_CHANGE, ind->decimals);
	}
	for (size_t i = 0; i < n_inds; i++) {
		char name[160];
		snprintf(name, sizeof name, "%s_rank", cinx_dataset_indicator(ds, i)->name);
		cinx_report_add_column(r, name, name, CINX_COL_INT, 0);
	}
	/* the attributes that say something, each a column (each scan of the
	 * file once) */
	int c_attr[64];
	size_t attr[64], n_attr = 0;
	for (size_t at = 0; at < cinx_dataset_n_attributes(ds) && n_attr < 64; at++)
		if (cinx_qp_attribute_varies(ds, at)) {
			attr[n_attr] = at;
			c_attr[n_attr++] = cinx_report_add_column(r, cinx_dataset_attribute_name(ds, at),
								  cinx_dataset_attribute_name(ds, at), CINX_COL_TEXT, 0);
		}
	bench_wide bw;
	cinx_standing_wide_columns(r, ds, o->neighbours, &bw);
	for (int k = 0; k < n_rows; k++) {
		if (cinx_report_add_row(r))
			return cinx_qp_nomem(r, err);
		cinx_qp_set_std(r, &c, ds, rows[k], yi);
		cinx_report_set_text(r, c_role, roles[k]);
		for (size_t j = 0; j < n_attr; j++)
			cinx_report_set_text(r, c_attr[j], cinx_dataset_attribute_value(ds, rows[k], yi, attr[j]));
		for (size_t i = 0; i < n_inds; i++) {
			cinx_value v = cinx_dataset_value(ds, rows[k], yi, i);
			cinx_rank rk = cinx_rank_la(ds, rows[k], yi, i);
			cinx_report_set_value(r, first + (int)i, v);
			cinx_report_set_value(r, first + (int)(n_inds + i), cinx_series_change(ds, rows[k], yi, i));
			if (rk.rank)
				cinx_report_set_int(r, first + (int)(2 * n_inds + i), rk.rank);
		}
		if (rows[k] == area)
			cinx_standing_wide_row(r, &bw, ds, area, yi);
		cinx_qp_gather(&ns, ds, rows[k], cinx_dataset_year(ds, yi), -1);
	}
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}

static cinx_status show_text(const cinx_dataset *ds, int area, size_t yi, const cinx_query_opts *o,
			     cinx_report **out, cinx_error *err)
{
	cinx_report *r = cinx_report_new();
	const cinx_area *a = cinx_dataset_area(ds, area);
	int year = cinx_dataset_year(ds, yi);
	bench_text bt;
	cinx_qp_notes ns = {0};
	char title[1536], desc[512], head[256], attrs[512], buf[160];

	if (!r)
		return cinx_qp_finish(r, out, err);
	describe_area(ds, area, desc, sizeof desc);
	period_heading(ds, yi, head, sizeof head);
	attribute_line(ds, area, yi, attrs, sizeof attrs);
	/* the period line last: the filters' choice is added to it */
	snprintf(title, sizeof title, "%s%s\n%s%s", desc, attrs, head,
		 a->n_codes && !cinx_area_lives_in(a, year) ? ": no data for this year"
		 : a->n_codes && !a->current && year == a->last_year ? ": its last year (see below)" : "");
	cinx_report_set_title(r, title);
	int c_ind = cinx_report_add_column(r, "indicator", "Indicator", CINX_COL_TEXT, 0);
	int c_val = cinx_report_add_column(r, "value", "Value", CINX_COL_VALUE, 0);
	int c_chg = cinx_report_add_column(r, "change", "Change", CINX_COL_CHANGE, 0);
	int c_rank = cinx_report_add_column(r, "rank", "Rank", CINX_COL_TEXT, 0);
	cinx_standing_text_columns(r, ds, area, o->neighbours, &bt);
	cinx_qp_trend_title(ds, buf, sizeof buf);
	int c_sp = cinx_report_add_column(r, "trend", buf, CINX_COL_SPARK, 0);

	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++) {
		const cinx_indicator *ind = cinx_dataset_indicator(ds, i);
		cinx_value v = cinx_dataset_value(ds, area, yi, i);
		char rk[32], sp[256];
		/* decimals differ by row here, so values are formatted per row */
		if (cinx_report_add_row(r))
			return cinx_qp_nomem(r, err);
		cinx_report_set_text(r, c_ind, ind->short_label);
		cinx_report_set_value_dp(r, c_val, v, ind->decimals);
		cinx_report_set_value_dp(r, c_chg, cinx_series_change(ds, area, yi, i), ind->decimals);
		rank_text(cinx_rank_la(ds, area, yi, i), rk, sizeof rk);
		cinx_report_set_text(r, c_rank, rk);
		cinx_standing_text_row(r, &bt, ds, area, yi, i, ns.kinds);
		spark(ds, area, i, o->ascii, sp, sizeof sp);
		cinx_report_set_text(r, c_sp, sp);
		cinx_qp_see(&ns, v);
	}
	cinx_qp_gather(&ns, ds, area, year, -1);
	cinx_qp_emit(r, &ns);
	cinx_standing_text_notes(r, &bt, ds, area);
	cinx_qp_lineage_notes(r, ds, area);
	return cinx_qp_finish(r, out, err);
}

cinx_status cinx_query_show(const cinx_dataset *ds, int area, const cinx_query_opts *o,
			   cinx_report **out, cinx_error *err)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	size_t yi = 0;
	/* an authority that no longer exists opens on its last year, not on
	 * a year of dashes */
	int year = !o->year && a->n_codes && !a->current ? a->last_year : o->year;
	cinx_status st = cinx_query_year_index(ds, year, &yi, err);

	if (st)
		return st;
	return cinx_qp_machine(o) ? show_wide(ds, area, yi, o, out, err) : show_text(ds, area, yi, o, out, err);
}

/* ---- table ------------------------------------------------------------- */

static bool within(const cinx_dataset *ds, int area, int region)
{
	for (int p = area; p >= 0; p = cinx_dataset_area(ds, p)->parent)
		if (p == region)
			return true;
	return false;
}

/* "local authorities", "regions", "England", "every parliamentary
 * constituency" */
static void level_words(const cinx_dataset *ds, const int *rows, size_t n, int level, char *buf, size_t cap)
{
	char words[128];

	if (level != CINX_LEVEL_OTHER)
		snprintf(buf, cap, "%s", level == CINX_LEVEL_LA ? "local authorities" : level == CINX_LEVEL_REGIONAL ? "regions"
					 : "England");
	else /* the level of the rows, which are all of it */
		snprintf(buf, cap, "every %s", n ? cinx_qp_level_words(ds, cinx_dataset_area(ds, rows[0]), words,
									 sizeof words) : "area");
}

static cinx_status table_rows(const cinx_dataset *ds, const cinx_query_opts *o, int level, size_t yi,
			      size_t ind, int **rows, size_t *n)
{
	size_t cap = cinx_dataset_n_areas(ds);

	*rows = malloc((cap ? cap : 1) * sizeof **rows);
	*n = 0;
	if (!*rows)
		return CINX_E_NOMEM;
	for (size_t a = 0; a < cap; a++) {
		const cinx_area *ar = cinx_dataset_area(ds, (int)a);
		if ((int)ar->level != level || (level == CINX_LEVEL_OTHER && ar->other_level != o->other_level))
			continue;
		if (o->region >= 0 && !within(ds, (int)a, o->region))
			continue;
		/* areas that did not exist that year would only add empty rows */
		if (cinx_dataset_value(ds, (int)a, yi, ind).kind == CINX_NO_ROW)
			continue;
		(*rows)[(*n)++] = (int)a;
	}
	if (o->sort || o->sort_key) {
		cinx_sort_key key = o->sort_key ? o->sort_key : CINX_SORT_VALUE;
		if (!cinx_sort_areas(ds, yi, ind, key, o->sort ? o->sort : cinx_sort_default_dir(key), *rows, *n)) {
			free(*rows);
			return CINX_E_NOMEM;
		}
	}
	if (o->limit > 0 && (size_t)o->limit < *n)
		*n = (size_t)o->limit;
	return CINX_OK;
}

static cinx_status area_table(const cinx_dataset *ds, const int *rows, size_t n, size_t yi, size_t ind,
			      const cinx_query_opts *o, const char *title, cinx_report **out, cinx_error *err)
{
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	int year = cinx_dataset_year(ds, yi);
	cinx_report *r = cinx_report_new();
	cinx_qp_notes ns = {0};
	char buf[160];

	if (!r)
		return cinx_qp_finish(r, out, err);
	if (!cinx_qp_machine(o))
		cinx_report_set_title(r, title);
	cinx_qp_std c = CINX_QP_STD_NONE;
	int c_rank;
	if (cinx_qp_machine(o)) {
		c = cinx_qp_std_columns(r, ds, true);
	} else {
		c.name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
		c.code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	}
	int c_val = cinx_report_add_column(r, in->name, in->short_label, CINX_COL_VALUE, in->decimals);
	snprintf(buf, sizeof buf, "%s_change", in->name);
	int c_chg = cinx_report_add_column(r, buf, "Change", CINX_COL_CHANGE, in->decimals);
	/* sorted by the change as a percentage: that figure is shown too */
	int c_pct = -1;
	if (o->sort_key == CINX_SORT_CHANGE_PERCENT) {
		snprintf(buf, sizeof buf, "%s_change_percent", in->name);
		c_pct = cinx_report_add_column(r, buf, "Change %", CINX_COL_CHANGE, 1);
	}
	int c_of = -1;
	if (cinx_qp_machine(o)) {
		c_rank = cinx_report_add_column(r, "rank", "Rank", CINX_COL_INT, 0);
		c_of = cinx_report_add_column(r, "rank_of", "Ranked", CINX_COL_INT, 0);
	} else {
		c_rank = cinx_report_add_column(r, "rank", "Rank", CINX_COL_TEXT, 0);
	}
	cinx_qp_trend_title(ds, buf, sizeof buf);
	int c_sp = cinx_report_add_column(r, "trend", buf, CINX_COL_SPARK, 0);

	/* all ranks at once: one per row would be quadratic in authorities */
	cinx_rank *ranks = malloc((cinx_dataset_n_areas(ds) + 1) * sizeof *ranks);
	if (!ranks || !cinx_rank_la_all(ds, yi, ind, ranks)) {
		free(ranks);
		cinx_report_free(r);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		int a = rows[i];
		cinx_value v = cinx_dataset_value(ds, a, yi, ind);
		cinx_rank rk = ranks[a];
		char sp[256];
		if (cinx_report_add_row(r)) {
			free(ranks);
			return cinx_qp_nomem(r, err);
		}
		if (cinx_qp_machine(o)) {
			cinx_qp_set_std(r, &c, ds, a, yi);
			if (rk.rank) {
				cinx_report_set_int(r, c_rank, rk.rank);
				cinx_report_set_int(r, c_of, rk.of);
			}
		} else {
			char rt[32];
			cinx_report_set_text(r, c.name, cinx_dataset_area(ds, a)->name);
			cinx_report_set_text(r, c.code, cinx_dataset_area(ds, a)->code);
			rank_text(rk, rt, sizeof rt);
			cinx_report_set_text(r, c_rank, rt);
		}
		cinx_report_set_value(r, c_val, v);
		cinx_report_set_value(r, c_chg, cinx_series_change(ds, a, yi, ind));
		if (c_pct >= 0)
			cinx_report_set_value(r, c_pct, cinx_value_change_percent(v, cinx_series_previous(ds, a, yi, ind),
										  in->decimals, 1));
		/* CSV, TSV and JSON leave sparklines out: no need to draw them */
		if (!cinx_qp_machine(o)) {
			spark(ds, a, ind, o->ascii, sp, sizeof sp);
			cinx_report_set_text(r, c_sp, sp);
		}
		cinx_qp_see(&ns, v);
		cinx_qp_gather(&ns, ds, a, year, (int)ind);
	}
	free(ranks);
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}

static cinx_status view_metric(const cinx_dataset *ds, const cinx_query_opts *o, size_t *ind, cinx_error *err)
{
	/* every indicator: the first only decides which areas had a row */
	if (o->metric == CINX_METRIC_ALL) {
		*ind = 0;
		return CINX_OK;
	}
	return cinx_metric_for_view(ds, o->metric, ind, err);
}

/* One row per area with every indicator: a year of a region's authorities
 * for a spreadsheet. */
static cinx_status all_indicators(const cinx_dataset *ds, const int *rows, size_t n, size_t yi,
				  const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	cinx_report *r = cinx_report_new();
	size_t n_inds = cinx_dataset_n_indicators(ds);
	int year = cinx_dataset_year(ds, yi), first = -1;
	cinx_qp_notes ns = {0};
	char title[256];

	if (!r)
		return cinx_qp_finish(r, out, err);
	cinx_qp_std c = cinx_qp_std_columns(r, ds, true);
	for (size_t i = 0; i < n_inds; i++) {
		const cinx_indicator *in = cinx_dataset_indicator(ds, i);
		int col = cinx_report_add_column(r, in->name, in->short_label, CINX_COL_VALUE, in->decimals);
		if (first < 0)
			first = col;
	}
	for (size_t k = 0; k < n; k++) {
		if (cinx_report_add_row(r))
			return cinx_qp_nomem(r, err);
		cinx_qp_set_std(r, &c, ds, rows[k], yi);
		for (size_t i = 0; i < n_inds; i++) {
			cinx_value v = cinx_dataset_value(ds, rows[k], yi, i);
			cinx_report_set_value(r, first + (int)i, v);
			cinx_qp_see(&ns, v);
		}
		cinx_qp_gather(&ns, ds, rows[k], year, -1);
	}
	if (!cinx_qp_machine(o)) {
		snprintf(title, sizeof title, "All indicators, %s", cinx_dataset_period_label(ds, yi));
		cinx_report_set_title(r, title);
	}
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}

cinx_status cinx_query_table(const cinx_dataset *ds, const cinx_query_opts *o,
			    cinx_report **out, cinx_error *err)
{
	size_t yi = 0, n;
	int *rows, level = o->level >= 0 ? o->level : CINX_LEVEL_LA;
	size_t ind = 0;
	cinx_status st = cinx_query_year_index(ds, o->year, &yi, err);
	char title[512], where[160];

	if (st || (st = view_metric(ds, o, &ind, err)))
		return st;
	if (table_rows(ds, o, level, yi, ind, &rows, &n))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	if (o->metric == CINX_METRIC_ALL) {
		st = all_indicators(ds, rows, n, yi, o, out, err);
		free(rows);
		return st;
	}
	level_words(ds, rows, n, level, where, sizeof where);
	snprintf(title, sizeof title, "%s: %s%s%s, %s", cinx_dataset_indicator(ds, ind)->label,
		 where, o->region >= 0 ? " in " : "",
		 o->region >= 0 ? cinx_dataset_area(ds, o->region)->name : "", cinx_dataset_period_label(ds, yi));
	st = area_table(ds, rows, n, yi, ind, o, title, out, err);
	free(rows);
	return st;
}

cinx_status cinx_query_overview(const cinx_dataset *ds, const cinx_query_opts *o,
			       cinx_report **out, cinx_error *err)
{
	size_t yi = 0, n = 0;
	size_t ind = 0;
	int england = cinx_dataset_england(ds);
	int *rows = malloc((cinx_dataset_n_areas(ds) + 1) * sizeof *rows);
	cinx_status st = cinx_query_year_index(ds, o->year, &yi, err);
	char title[512];

	if (!rows)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	if (st || (st = view_metric(ds, o, &ind, err))) {
		free(rows);
		return st;
	}
	if (england >= 0) {
		const cinx_area *e = cinx_dataset_area(ds, england);
		rows[n++] = england;
		for (size_t i = 0; i < e->n_children; i++)
			rows[n++] = e->children[i];
	}
	snprintf(title, sizeof title, "%s: England and regions, %s", cinx_dataset_indicator(ds, ind)->label,
		 cinx_dataset_period_label(ds, yi));
	st = area_table(ds, rows, n, yi, ind, o, title, out, err);
	free(rows);
	return st;
}

cinx_status cinx_query_areas(const cinx_dataset *ds, const int *areas, size_t n, const cinx_query_opts *o,
			    const char *title, cinx_report **out, cinx_error *err)
{
	size_t yi = 0, ind = 0;
	cinx_status st = cinx_query_year_index(ds, o->year, &yi, err);

	if (st || (st = view_metric(ds, o, &ind, err)))
		return st;
	return area_table(ds, areas, n, yi, ind, o, title, out, err);
}

/* ---- trend ------------------------------------------------------------- */

cinx_status cinx_query_trend(const cinx_dataset *ds, const int *areas, size_t n,
			    const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	cinx_report *r = cinx_report_new();
	size_t n_inds = cinx_dataset_n_indicators(ds);
	size_t first_ind = o->metric >= 0 ? (size_t)o->metric : 0;
	size_t last_ind = o->metric >= 0 ? (size_t)o->metric + 1 : n_inds;
	int c_val[64], c_chg = -1;
	cinx_qp_notes ns = {0};

	if (!r)
		return cinx_qp_finish(r, out, err);
	if (last_ind - first_ind > 64)
		last_ind = first_ind + 64;
	cinx_qp_std c = cinx_qp_std_columns(r, ds, cinx_qp_machine(o));
	for (size_t i = first_ind; i < last_ind; i++) {
		const cinx_indicator *in = cinx_dataset_indicator(ds, i);
		c_val[i - first_ind] = cinx_report_add_column(r, in->name, in->short_label, CINX_COL_VALUE,
							      in->decimals);
	}
	if (o->metric >= 0) {
		char name[160];
		snprintf(name, sizeof name, "%s_change", cinx_dataset_indicator(ds, first_ind)->name);
		c_chg = cinx_report_add_column(r, name, "Change", CINX_COL_CHANGE,
						  cinx_dataset_indicator(ds, first_ind)->decimals);
	}
	for (size_t k = 0; k < n; k++) {
		const cinx_area *a = cinx_dataset_area(ds, areas[k]);
		for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
			int year = cinx_dataset_year(ds, y);
			if (!cinx_area_lives_in(a, year))
				continue;
			if (cinx_report_add_row(r))
				return cinx_qp_nomem(r, err);
			cinx_qp_set_std(r, &c, ds, areas[k], y);
			for (size_t i = first_ind; i < last_ind; i++) {
				cinx_value v = cinx_dataset_value(ds, areas[k], y, i);
				cinx_report_set_value(r, c_val[i - first_ind], v);
				cinx_qp_see(&ns, v);
			}
			if (o->metric >= 0)
				cinx_report_set_value(r, c_chg, cinx_series_change(ds, areas[k], y, first_ind));
			cinx_qp_gather(&ns, ds, areas[k], year, o->metric);
		}
	}
	if (!cinx_qp_machine(o))
		for (size_t k = 0; k < n; k++)
			cinx_qp_lineage_notes(r, ds, areas[k]);
	cinx_qp_emit(r, &ns);
	if (!cinx_qp_machine(o)) {
		char title[512], by[64];
		cinx_qp_by_period(ds, by, sizeof by);
		if (o->metric >= 0)
			snprintf(title, sizeof title, "%s %s", cinx_dataset_indicator(ds, first_ind)->label, by);
		else
			snprintf(title, sizeof title, "All indicators %s", by);
		cinx_report_set_title(r, title);
	}
	return cinx_qp_finish(r, out, err);
}
