/* SPDX-License-Identifier: MIT */
/* Pieces shared by the analysis views (compare, neighbours, similar,
 * notable, lineage): the standard machine columns, symbol legends and
 * footnotes, and sparklines on a given scale. */
#ifndef CINX_VIEW_PARTS_H
#define CINX_VIEW_PARTS_H

#include "cinx/queries.h"

bool cinx_qp_machine(const cinx_query_opts *o);

/* time_period (time_identifier in machine formats when periods are parts
 * of years), geographic_level, area_code, area_name, old_la_code, then in
 * machine formats one column per filter with its chosen value. */
typedef struct cinx_qp_std {
	int time, ident, level, code, name, old, filter;
} cinx_qp_std;
#define CINX_QP_STD_NONE ((cinx_qp_std){-1, -1, -1, -1, -1, -1, -1})

cinx_qp_std cinx_qp_std_columns(cinx_report *r, const cinx_dataset *ds, bool machine);
void cinx_qp_set_std(cinx_report *r, const cinx_qp_std *c, const cinx_dataset *ds, int area, size_t yi);
/* Each filter's value in use, in the columns from first on (-1: none). */
void cinx_qp_set_filters(cinx_report *r, int first, const cinx_dataset *ds);
/* The period column alone (its header the period's noun), and its cell. */
int cinx_qp_period_column(cinx_report *r, const cinx_dataset *ds);
void cinx_qp_set_period(cinx_report *r, int col, const cinx_dataset *ds, size_t yi);
/* cinx_qp_attribute_varies and cinx_qp_is_c1: cinx/queries.h (the
 * explorer asks them too). */

/* Notes on the authorities an area replaced or was replaced by. */
void cinx_qp_lineage_notes(cinx_report *r, const cinx_dataset *ds, int area);

#define VP_MAX_NOTES 24

/* Footnotes without repeats and the symbols seen, for the legend. */
typedef struct cinx_qp_notes {
	const char *text[VP_MAX_NOTES];
	size_t n;
	bool kinds[CINX_KIND_COUNT];
	bool parts;             /* periods within years: changes are from the same part */
} cinx_qp_notes;

void cinx_qp_gather(cinx_qp_notes *ns, const cinx_dataset *ds, int area, int year, int ind);
void cinx_qp_see(cinx_qp_notes *ns, cinx_value v);
void cinx_qp_emit(cinx_report *r, const cinx_qp_notes *ns);

/* An area's sparkline for ind scaled to lo..hi. */
void cinx_qp_spark(const cinx_dataset *ds, int area, size_t ind, double lo, double hi, bool ascii,
	      char *buf, size_t cap);

/* "Trend 2013-2025", "Trend 2022/23 to 2024/25" */
void cinx_qp_trend_title(const cinx_dataset *ds, char *buf, size_t cap);

/* label with spaces turned into line breaks so that no line is longer
 * than width where a word allows: a column header over lines. */
void cinx_qp_wrap(const char *label, size_t width, char *buf, size_t cap);

/* An area's level in a sentence: "parliamentary constituency". */
const char *cinx_qp_level_words(const cinx_dataset *ds, const cinx_area *a, char *buf, size_t cap);

/* "by year", "by academic year": how a series runs, for titles. */
void cinx_qp_by_period(const cinx_dataset *ds, char *buf, size_t cap);

/* Frees r, a report that ran out of memory while it was filled (a row that
 * could not be added), and says so. */
CINX_MUST_CHECK cinx_status cinx_qp_nomem(cinx_report *r, cinx_error *err);

/* Hands r over, or reports that it could not be made. */
CINX_MUST_CHECK cinx_status cinx_qp_finish(cinx_report *r, cinx_report **out, cinx_error *err);

#endif
