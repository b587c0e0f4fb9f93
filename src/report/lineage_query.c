/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/standing.h"
#include "cinx/lineage.h"
#include "cinx/series.h"
#include "query_parts.h"

#define MAX_INDS 64

typedef struct cols {
	cinx_qp_std std;
	int series, val[MAX_INDS], chg;
	size_t first, last; /* indicators shown */
} cols;

/* The figure a combined row shows for an area in a year */
typedef cinx_value (*combined_fn)(const cinx_dataset *ds, int area, size_t y, size_t ind);

static void names(const cinx_dataset *ds, const cinx_link *parts, size_t n_parts, const char *sep, char *buf,
		  size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n_parts && o < cap; i++)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s", i == 0 ? "" : i + 1 == n_parts ? sep : ", ",
				      cinx_dataset_area(ds, parts[i].area)->name);
}

static void values(cinx_report *r, const cols *c, const cinx_dataset *ds, int area, size_t y, cinx_qp_notes *ns)
{
	for (size_t i = c->first; i < c->last; i++) {
		cinx_value v = cinx_dataset_value(ds, area, y, i);
		cinx_report_set_value(r, c->val[i - c->first], v);
		cinx_qp_see(ns, v);
	}
	if (c->chg >= 0)
		cinx_report_set_value(r, c->chg, cinx_series_change(ds, area, y, c->first));
	cinx_qp_gather(ns, ds, area, cinx_dataset_year(ds, y), c->last - c->first == 1 ? (int)c->first : -1);
}

/* The sum of parts in year y; its change is from at's figure the year before. */
static cinx_status combined_row(cinx_report *r, const cols *c, const cinx_dataset *ds, int area, size_t y,
				const cinx_link *parts, size_t n_parts, combined_fn at, cinx_qp_notes *ns)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char buf[512];

	if (cinx_report_add_row(r))
		return CINX_E_NOMEM;
	cinx_qp_set_period(r, c->std.time, ds, y);
	if (c->std.ident >= 0)
		cinx_report_set_text(r, c->std.ident, cinx_dataset_period_identifier(ds, y));
	cinx_report_set_text(r, c->std.level, cinx_area_level_name(ds, a));
	cinx_qp_set_filters(r, c->std.filter, ds);
	names(ds, parts, n_parts, " + ", buf, sizeof buf);
	cinx_report_set_text(r, c->std.name, buf);
	cinx_report_set_text(r, c->series, "combined");
	for (size_t i = c->first; i < c->last; i++) {
		cinx_value v = at(ds, area, y, i);
		cinx_report_set_value(r, c->val[i - c->first], v);
		cinx_qp_see(ns, v);
	}
	if (c->chg >= 0)
		cinx_report_set_value(r, c->chg, y ? cinx_value_diff(at(ds, area, y, c->first), at(ds, area, y - 1, c->first),
								     cinx_dataset_indicator(ds, c->first)->decimals)
						   : cinx_value_of(CINX_NO_ROW));
	return CINX_OK;
}

/* The continued series: the area's own figures, then its successors' sum. */
static cinx_value continued(const cinx_dataset *ds, int area, size_t y, size_t ind)
{
	if (cinx_dataset_year(ds, y) <= cinx_dataset_area(ds, area)->last_year)
		return cinx_dataset_value(ds, area, y, ind);
	return cinx_lineage_continued(ds, area, y, ind);
}

static cinx_status part_rows(cinx_report *r, const cols *c, const cinx_dataset *ds, const cinx_link *parts,
			     size_t n_parts, size_t y, const char *series, cinx_qp_notes *ns)
{
	for (size_t i = 0; i < n_parts; i++) {
		int p = parts[i].area;
		if (cinx_dataset_value(ds, p, y, c->first).kind == CINX_NO_ROW)
			continue;
		if (cinx_report_add_row(r))
			return CINX_E_NOMEM;
		cinx_qp_set_std(r, &c->std, ds, p, y);
		cinx_report_set_text(r, c->series, series);
		values(r, c, ds, p, y, ns);
	}
	return CINX_OK;
}

static bool any_row(const cinx_dataset *ds, const cinx_link *parts, size_t n_parts, size_t y, size_t ind)
{
	for (size_t i = 0; i < n_parts; i++)
		if (cinx_dataset_value(ds, parts[i].area, y, ind).kind != CINX_NO_ROW)
			return true;
	return false;
}

static cinx_status predecessor_years(cinx_report *r, const cols *c, const cinx_dataset *ds, int area,
				     cinx_qp_notes *ns)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
		if (a->n_codes && cinx_dataset_year(ds, y) >= a->first_year)
			break;
		if (!any_row(ds, a->predecessors, a->n_predecessors, y, c->first))
			continue;
		if (part_rows(r, c, ds, a->predecessors, a->n_predecessors, y, "predecessor", ns) ||
		    (a->n_predecessors > 1 &&
		     combined_row(r, c, ds, area, y, a->predecessors, a->n_predecessors, cinx_lineage_combined, ns)))
			return CINX_E_NOMEM;
	}
	return CINX_OK;
}

static cinx_status successor_years(cinx_report *r, const cols *c, const cinx_dataset *ds, int area,
				   cinx_qp_notes *ns)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	if (!cinx_lineage_continuable(ds, area))
		return CINX_OK;
	for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
		if (cinx_dataset_year(ds, y) <= a->last_year || !any_row(ds, a->successors, a->n_successors, y, c->first))
			continue;
		if (part_rows(r, c, ds, a->successors, a->n_successors, y, "successor", ns) ||
		    combined_row(r, c, ds, area, y, a->successors, a->n_successors, continued, ns))
			return CINX_E_NOMEM;
	}
	return CINX_OK;
}

/* "X has no predecessors in the data: its own years only." when n is 0 */
static bool none(cinx_report *r, const cinx_area *a, size_t n, const char *what)
{
	char line[512];

	if (n)
		return false;
	snprintf(line, sizeof line, "%s has no %s in the data: its own years only.", a->name, what);
	cinx_report_add_note(r, line);
	return true;
}

static void lineage_notes(cinx_report *r, const cinx_dataset *ds, int area)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char line[1024], who[512];

	if (none(r, a, a->n_predecessors, "predecessors"))
		return;
	names(ds, a->predecessors, a->n_predecessors, " and ", who, sizeof who);
	snprintf(line, sizeof line, "%s was formed in %s: rows marked predecessor are %s's own figures.",
		 a->name, cinx_dataset_key_label(ds, a->predecessors[0].year), who);
	cinx_report_add_note(r, line);
	for (size_t i = 0; i < a->n_predecessors; i++) {
		const cinx_area *p = cinx_dataset_area(ds, a->predecessors[i].area);
		if (p->n_successors < 2)
			continue;
		snprintf(line, sizeof line, "%s was split between %zu authorities: its figures cover more than %s.",
			 p->name, p->n_successors, a->name);
		cinx_report_add_note(r, line);
	}
	if (a->n_predecessors > 1) {
		snprintf(line, sizeof line, "Rows marked combined add up %s: counts summed, percentages recomputed "
			 "from the summed counts; x where a figure cannot be combined.", who);
		cinx_report_add_note(r, line);
	}
}

static bool rates_shown(const cinx_dataset *ds, const cols *c)
{
	for (size_t i = c->first; i < c->last; i++)
		if (cinx_dataset_indicator(ds, i)->unit == CINX_UNIT_RATE)
			return true;
	return false;
}

static void successor_notes(cinx_report *r, const cinx_dataset *ds, int area, const cols *c)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char line[1024], who[512];

	if (none(r, a, a->n_successors, "successors"))
		return;
	names(ds, a->successors, a->n_successors, " and ", who, sizeof who);
	if (!cinx_lineage_continuable(ds, area)) {
		snprintf(line, sizeof line, "%s was merged with other authorities into %s, which covers more than "
			 "%s: its series is not continued.", a->name, who, a->name);
		cinx_report_add_note(r, line);
		return;
	}
	snprintf(line, sizeof line, "%s was replaced in %s by %s: rows marked successor are their own figures; "
		 "rows marked combined add them up to continue %s's series (counts summed, percentages "
		 "recomputed from the summed counts%s; x where a figure cannot be combined).",
		 a->name, cinx_dataset_key_label(ds, a->successors[0].year), who, a->name, rates_shown(ds, c)
		 ? ", rates per 10,000 children from the summed counts and populations" : "");
	cinx_report_add_note(r, line);
}

/* Each area's own rows, after its predecessors' or before its successors'. */
static cinx_status trend(const cinx_dataset *ds, const int *areas, size_t n, const cinx_query_opts *o,
			 bool successors, cinx_report **out, cinx_error *err)
{
	cinx_report *r = cinx_report_new();
	size_t n_inds = cinx_dataset_n_indicators(ds);
	bool machine = cinx_qp_machine(o);
	cinx_qp_notes ns = {0};
	cols c;
	char buf[512];

	if (!r)
		return cinx_qp_finish(r, out, err);
	c.first = o->metric >= 0 ? (size_t)o->metric : 0;
	c.last = o->metric >= 0 ? c.first + 1 : n_inds;
	if (c.last - c.first > MAX_INDS)
		c.last = c.first + MAX_INDS;
	c.std = cinx_qp_std_columns(r, ds, machine);
	c.series = cinx_report_add_column(r, "series", "Series", CINX_COL_TEXT, 0);
	for (size_t i = c.first; i < c.last; i++) {
		const cinx_indicator *in = cinx_dataset_indicator(ds, i);
		c.val[i - c.first] = cinx_report_add_column(r, in->name, in->short_label, CINX_COL_VALUE, in->decimals);
	}
	c.chg = -1;
	if (o->metric >= 0) {
		snprintf(buf, sizeof buf, "%s_change", cinx_dataset_indicator(ds, c.first)->name);
		c.chg = cinx_report_add_column(r, buf, "Change", CINX_COL_CHANGE,
					       cinx_dataset_indicator(ds, c.first)->decimals);
	}
	for (size_t k = 0; k < n; k++) {
		const cinx_area *a = cinx_dataset_area(ds, areas[k]);
		if (!successors && predecessor_years(r, &c, ds, areas[k], &ns))
			return cinx_qp_nomem(r, err);
		for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
			if (!cinx_area_lives_in(a, cinx_dataset_year(ds, y)))
				continue;
			if (cinx_report_add_row(r))
				return cinx_qp_nomem(r, err);
			cinx_qp_set_std(r, &c.std, ds, areas[k], y);
			cinx_report_set_text(r, c.series, machine ? "own" : "");
			values(r, &c, ds, areas[k], y, &ns);
		}
		if (successors && successor_years(r, &c, ds, areas[k], &ns))
			return cinx_qp_nomem(r, err);
	}
	if (!machine) {
		const char *with = successors ? "with successors combined" : "with predecessors";
		for (size_t k = 0; k < n; k++) {
			if (successors)
				successor_notes(r, ds, areas[k], &c);
			else
				lineage_notes(r, ds, areas[k]);
		}
		if (o->metric >= 0)
			snprintf(buf, sizeof buf, "%s by year, %s", cinx_dataset_indicator(ds, c.first)->label, with);
		else
			snprintf(buf, sizeof buf, "All indicators by year, %s", with);
		cinx_report_set_title(r, buf);
	}
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}

cinx_status cinx_query_trend_lineage(const cinx_dataset *ds, const int *areas, size_t n,
				    const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	return trend(ds, areas, n, o, false, out, err);
}

cinx_status cinx_query_trend_successors(const cinx_dataset *ds, const int *areas, size_t n,
				       const cinx_query_opts *o, cinx_report **out, cinx_error *err)
{
	return trend(ds, areas, n, o, true, out, err);
}
