/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/sparkline.h"
#include "query_parts.h"

#define MAX_YEARS 256

bool cinx_qp_machine(const cinx_query_opts *o)
{
	return o->format == CINX_FORMAT_CSV || o->format == CINX_FORMAT_TSV || o->format == CINX_FORMAT_JSON;
}

cinx_qp_std cinx_qp_std_columns(cinx_report *r)
{
	cinx_qp_std c;

	c.time = cinx_report_add_column(r, "time_period", "Year", CINX_COL_INT, 0);
	c.level = cinx_report_add_column(r, "geographic_level", "Level", CINX_COL_TEXT, 0);
	c.code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	c.name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	c.old = cinx_report_add_column(r, "old_la_code", "Old code", CINX_COL_TEXT, 0);
	return c;
}

void cinx_qp_set_std(cinx_report *r, const cinx_qp_std *c, const cinx_dataset *ds, int area, int year)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	cinx_report_set_int(r, c->time, year);
	cinx_report_set_text(r, c->level, cinx_level_ees_name(a->level));
	cinx_report_set_text(r, c->code, a->code);
	cinx_report_set_text(r, c->name, a->name);
	cinx_report_set_text(r, c->old, a->old_code);
}

void cinx_qp_lineage_notes(cinx_report *r, const cinx_dataset *ds, int area)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char line[512];
	size_t o;

	if (a->n_successors) {
		o = (size_t)snprintf(line, sizeof line, "%s was replaced in %d by ", a->name, a->successors[0].year);
		for (size_t i = 0; i < a->n_successors && o < sizeof line; i++)
			o += (size_t)snprintf(line + o, sizeof line - o, "%s%s (%s)",
					      i == 0 ? "" : i + 1 == a->n_successors ? " and " : ", ",
					      cinx_dataset_area(ds, a->successors[i].area)->name,
					      cinx_dataset_area(ds, a->successors[i].area)->code);
		snprintf(line + o < line + sizeof line ? line + o : line, o < sizeof line ? sizeof line - o : 1,
			 "; its series ends in %d.", a->last_year);
		cinx_report_add_note(r, line);
	}
	if (a->n_predecessors) {
		o = (size_t)snprintf(line, sizeof line, "%s was formed in %d from ", a->name, a->predecessors[0].year);
		for (size_t i = 0; i < a->n_predecessors && o < sizeof line; i++) {
			const cinx_area *p = cinx_dataset_area(ds, a->predecessors[i].area);
			char span[32];
			if (p->first_year == p->last_year)
				snprintf(span, sizeof span, "%d", p->first_year);
			else
				snprintf(span, sizeof span, "%d to %d", p->first_year, p->last_year);
			o += (size_t)snprintf(line + o, sizeof line - o, "%s%s (%s)",
					      i == 0 ? "" : i + 1 == a->n_predecessors ? " and " : ", ", p->name, span);
		}
		if (o < sizeof line)
			snprintf(line + o, sizeof line - o, ".");
		cinx_report_add_note(r, line);
	}
}

void cinx_qp_gather(cinx_qp_notes *ns, const cinx_dataset *ds, int area, int year, int ind)
{
	const char *found[VP_MAX_NOTES];
	size_t n = cinx_dataset_footnotes(ds, area, year, ind, found, VP_MAX_NOTES);

	for (size_t i = 0; i < n && i < VP_MAX_NOTES; i++) {
		bool seen = false;
		for (size_t j = 0; j < ns->n; j++)
			seen |= ns->text[j] == found[i];
		if (!seen && ns->n < VP_MAX_NOTES)
			ns->text[ns->n++] = found[i];
	}
}

void cinx_qp_see(cinx_qp_notes *ns, cinx_value v)
{
	ns->kinds[v.kind] = true;
}

void cinx_qp_emit(cinx_report *r, const cinx_qp_notes *ns)
{
	char legend[256], line[1024];
	size_t o = 0;

	for (int k = CINX_SYM_C; k < CINX_NO_ROW; k++)
		if (ns->kinds[k])
			o += (size_t)snprintf(legend + o, sizeof legend - o, "%s%s = %s", o ? "; " : "Symbols: ",
					      cinx_kind_symbol((cinx_kind)k), cinx_kind_meaning((cinx_kind)k));
	if (ns->kinds[CINX_NO_ROW])
		o += (size_t)snprintf(legend + o, sizeof legend - o, "%s- = no data for that year",
				      o ? "; " : "Symbols: ");
	if (o)
		cinx_report_add_note(r, legend);
	for (size_t i = 0; i < ns->n; i++) {
		snprintf(line, sizeof line, "Note: %s", ns->text[i]);
		cinx_report_add_note(r, line);
	}
}

void cinx_qp_spark(const cinx_dataset *ds, int area, size_t ind, double lo, double hi, bool ascii,
	      char *buf, size_t cap)
{
	cinx_value v[MAX_YEARS];
	int levels[MAX_YEARS];
	size_t n = cinx_dataset_n_years(ds), o = 0;

	if (n > MAX_YEARS)
		n = MAX_YEARS;
	for (size_t y = 0; y < n; y++)
		v[y] = cinx_dataset_value(ds, area, y, ind);
	cinx_spark_levels(v, n, lo, hi, levels);
	buf[0] = '\0';
	for (size_t y = 0; y < n; y++) {
		const char *g = cinx_spark_glyph(levels[y], ascii ? CINX_GLYPHS_ASCII : CINX_GLYPHS_UTF8);
		size_t gn = strlen(g);
		if (o + gn + 1 > cap)
			break;
		memcpy(buf + o, g, gn + 1);
		o += gn;
	}
}

void cinx_qp_trend_title(const cinx_dataset *ds, char *buf, size_t cap)
{
	snprintf(buf, cap, "Trend %d-%d", cinx_dataset_year(ds, 0), cinx_dataset_latest_year(ds));
}

cinx_status cinx_qp_nomem(cinx_report *r, cinx_error *err)
{
	cinx_report_free(r);
	return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
}

cinx_status cinx_qp_finish(cinx_report *r, cinx_report **out, cinx_error *err)
{
	if (!r)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	*out = r;
	return CINX_OK;
}
