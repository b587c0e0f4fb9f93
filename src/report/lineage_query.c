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

static void names(const cinx_dataset *ds, const cinx_area *a, const char *sep, char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < a->n_predecessors && o < cap; i++)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s",
				      i == 0 ? "" : i + 1 == a->n_predecessors ? sep : ", ",
				      cinx_dataset_area(ds, a->predecessors[i].area)->name);
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

static cinx_status combined_row(cinx_report *r, const cols *c, const cinx_dataset *ds, int area, size_t y,
				cinx_qp_notes *ns)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char buf[512];

	if (cinx_report_add_row(r))
		return CINX_E_NOMEM;
	cinx_report_set_int(r, c->std.time, cinx_dataset_year(ds, y));
	cinx_report_set_text(r, c->std.level, cinx_level_ees_name(a->level));
	names(ds, a, " + ", buf, sizeof buf);
	cinx_report_set_text(r, c->std.name, buf);
	cinx_report_set_text(r, c->series, "combined");
	for (size_t i = c->first; i < c->last; i++) {
		cinx_value v = cinx_lineage_combined(ds, area, y, i);
		cinx_report_set_value(r, c->val[i - c->first], v);
		cinx_qp_see(ns, v);
	}
	if (c->chg >= 0)
		cinx_report_set_value(r, c->chg, y ? cinx_value_diff(cinx_lineage_combined(ds, area, y, c->first),
									 cinx_lineage_combined(ds, area, y - 1, c->first),
									 cinx_dataset_indicator(ds, c->first)->decimals)
						   : cinx_value_of(CINX_NO_ROW));
	return CINX_OK;
}

static cinx_status predecessor_years(cinx_report *r, const cols *c, const cinx_dataset *ds, int area,
				     cinx_qp_notes *ns)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
		int year = cinx_dataset_year(ds, y);
		bool any = false;
		if (a->n_codes && year >= a->first_year)
			break;
		for (size_t i = 0; i < a->n_predecessors; i++) {
			int p = a->predecessors[i].area;
			if (cinx_dataset_value(ds, p, y, c->first).kind == CINX_NO_ROW)
				continue;
			any = true;
			if (cinx_report_add_row(r))
				return CINX_E_NOMEM;
			cinx_qp_set_std(r, &c->std, ds, p, year);
			cinx_report_set_text(r, c->series, "predecessor");
			values(r, c, ds, p, y, ns);
		}
		if (any && a->n_predecessors > 1 && combined_row(r, c, ds, area, y, ns))
			return CINX_E_NOMEM;
	}
	return CINX_OK;
}

static void lineage_notes(cinx_report *r, const cinx_dataset *ds, int area)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char line[1024], who[512];

	if (!a->n_predecessors) {
		snprintf(line, sizeof line, "%s has no predecessors in the data: its own years only.", a->name);
		cinx_report_add_note(r, line);
		return;
	}
	names(ds, a, " and ", who, sizeof who);
	snprintf(line, sizeof line, "%s was formed in %d: rows marked predecessor are %s's own figures.",
		 a->name, a->predecessors[0].year, who);
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

cinx_status cinx_query_trend_lineage(const cinx_dataset *ds, const int *areas, size_t n,
				    const cinx_query_opts *o, cinx_report **out, cinx_error *err)
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
	c.std = cinx_qp_std_columns(r);
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
		if (predecessor_years(r, &c, ds, areas[k], &ns))
			return cinx_qp_nomem(r, err);
		for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
			if (!cinx_area_lives_in(a, cinx_dataset_year(ds, y)))
				continue;
			if (cinx_report_add_row(r))
				return cinx_qp_nomem(r, err);
			cinx_qp_set_std(r, &c.std, ds, areas[k], cinx_dataset_year(ds, y));
			cinx_report_set_text(r, c.series, machine ? "own" : "");
			values(r, &c, ds, areas[k], y, &ns);
		}
	}
	if (!machine) {
		for (size_t k = 0; k < n; k++)
			lineage_notes(r, ds, areas[k]);
		if (o->metric >= 0)
			snprintf(buf, sizeof buf, "%s by year, with predecessors",
				 cinx_dataset_indicator(ds, c.first)->label);
		else
			snprintf(buf, sizeof buf, "All indicators by year, with predecessors");
		cinx_report_set_title(r, buf);
	}
	cinx_qp_emit(r, &ns);
	return cinx_qp_finish(r, out, err);
}
