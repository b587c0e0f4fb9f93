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

bool cinx_qp_is_c1(const cinx_dataset *ds)
{
	return cinx_dataset_whole_years(ds) && cinx_dataset_find_indicator(ds, "referral_count", NULL) >= 0 &&
	       cinx_dataset_find_indicator(ds, "rereferral_percent", NULL) >= 0;
}

bool cinx_qp_attribute_varies(const cinx_dataset *ds, size_t at)
{
	const char *first = NULL;

	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++)
		for (size_t y = 0; y < cinx_dataset_n_years(ds); y++) {
			const char *v = cinx_dataset_attribute_value(ds, (int)a, y, at);
			if (!v[0])
				continue;
			if (first && strcmp(first, v) != 0)
				return true;
			first = v;
		}
	return false;
}

int cinx_qp_period_column(cinx_report *r, const cinx_dataset *ds)
{
	return cinx_report_add_column(r, "time_period", cinx_dataset_period_noun(ds), CINX_COL_PERIOD, 0);
}

void cinx_qp_set_period(cinx_report *r, int col, const cinx_dataset *ds, size_t yi)
{
	cinx_report_set_period(r, col, cinx_dataset_period_code(ds, yi), cinx_dataset_period_label(ds, yi));
}

cinx_qp_std cinx_qp_std_columns(cinx_report *r, const cinx_dataset *ds, bool machine)
{
	cinx_qp_std c = CINX_QP_STD_NONE;

	c.time = cinx_qp_period_column(r, ds);
	if (machine && !cinx_dataset_whole_years(ds))
		c.ident = cinx_report_add_column(r, "time_identifier", "Period", CINX_COL_TEXT, 0);
	c.level = cinx_report_add_column(r, "geographic_level", "Level", CINX_COL_TEXT, 0);
	c.code = cinx_report_add_column(r, "area_code", "Code", CINX_COL_TEXT, 0);
	c.name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	c.old = cinx_report_add_column(r, "old_la_code", "Old code", CINX_COL_TEXT, 0);
	/* what the figures are of travels with every row */
	for (size_t f = 0; machine && f < cinx_dataset_n_filters(ds); f++) {
		int col = cinx_report_add_column(r, cinx_dataset_filter_name(ds, f), cinx_dataset_filter_label(ds, f),
						 CINX_COL_TEXT, 0);
		if (f == 0)
			c.filter = col;
	}
	return c;
}

void cinx_qp_set_std(cinx_report *r, const cinx_qp_std *c, const cinx_dataset *ds, int area, size_t yi)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	cinx_qp_set_period(r, c->time, ds, yi);
	if (c->ident >= 0)
		cinx_report_set_text(r, c->ident, cinx_dataset_period_identifier(ds, yi));
	cinx_report_set_text(r, c->level, cinx_area_level_name(ds, a));
	cinx_report_set_text(r, c->code, a->code);
	cinx_report_set_text(r, c->name, a->name);
	cinx_report_set_text(r, c->old, a->old_code);
	cinx_qp_set_filters(r, c->filter, ds);
}

void cinx_qp_set_filters(cinx_report *r, int first, const cinx_dataset *ds)
{
	for (size_t f = 0; first >= 0 && f < cinx_dataset_n_filters(ds); f++)
		cinx_report_set_text(r, first + (int)f, cinx_dataset_filter_value(ds, f, cinx_dataset_filter_chosen(ds, f)));
}

void cinx_qp_lineage_notes(cinx_report *r, const cinx_dataset *ds, int area)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	char line[512];
	size_t o;

	if (a->n_successors) {
		o = (size_t)snprintf(line, sizeof line, "%s was replaced in %s by ", a->name,
				     cinx_dataset_key_label(ds, a->successors[0].year));
		for (size_t i = 0; i < a->n_successors && o < sizeof line; i++)
			o += (size_t)snprintf(line + o, sizeof line - o, "%s%s (%s)",
					      i == 0 ? "" : i + 1 == a->n_successors ? " and " : ", ",
					      cinx_dataset_area(ds, a->successors[i].area)->name,
					      cinx_dataset_area(ds, a->successors[i].area)->code);
		snprintf(line + o < line + sizeof line ? line + o : line, o < sizeof line ? sizeof line - o : 1,
			 "; its series ends in %s.", cinx_dataset_key_label(ds, a->last_year));
		cinx_report_add_note(r, line);
	}
	if (a->n_predecessors) {
		o = (size_t)snprintf(line, sizeof line, "%s was formed in %s from ", a->name,
				     cinx_dataset_key_label(ds, a->predecessors[0].year));
		for (size_t i = 0; i < a->n_predecessors && o < sizeof line; i++) {
			const cinx_area *p = cinx_dataset_area(ds, a->predecessors[i].area);
			char span[160];
			if (p->first_year == p->last_year)
				snprintf(span, sizeof span, "%s", cinx_dataset_key_label(ds, p->first_year));
			else
				snprintf(span, sizeof span, "%s to %s", cinx_dataset_key_label(ds, p->first_year),
					 cinx_dataset_key_label(ds, p->last_year));
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

	ns->parts |= !cinx_dataset_whole_years(ds);

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
	if (ns->parts)
		cinx_report_add_note(r, "Change: from the same part of the year before (a term from that term a year "
				     "earlier), never from another part or a whole year.");
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
	size_t n = cinx_dataset_n_years(ds);
	const char *first = n ? cinx_dataset_period_label(ds, 0) : "", *last = n ? cinx_dataset_period_label(ds, n - 1) : "";

	if (cinx_dataset_whole_years(ds) && strlen(first) == 4 && strlen(last) == 4)
		snprintf(buf, cap, "Trend %s-%s", first, last);
	else if (strlen(first) + strlen(last) <= 20) /* a header over a sparkline stays short */
		snprintf(buf, cap, "Trend %s to %s", first, last);
	else
		snprintf(buf, cap, "Trend, %zu periods", n);
}

void cinx_qp_wrap(const char *label, size_t width, char *buf, size_t cap)
{
	size_t line = 0;

	snprintf(buf, cap, "%s", label);
	for (char *p = buf; *p; p++, line++) {
		size_t word = strcspn(p + 1, " ");
		if (*p == ' ' && line + 1 + word > width) {
			*p = '\n';
			line = (size_t)-1;
		}
	}
}

/* ASCII letters in lower case (EES names are ASCII). */
static void lower(char *s)
{
	for (; *s; s++)
		*s = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
}

const char *cinx_qp_level_words(const cinx_dataset *ds, const cinx_area *a, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s", cinx_area_level_name(ds, a));
	lower(buf);
	return buf;
}

void cinx_qp_by_period(const cinx_dataset *ds, char *buf, size_t cap)
{
	snprintf(buf, cap, "by %s", cinx_dataset_period_noun(ds));
	lower(buf);
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
