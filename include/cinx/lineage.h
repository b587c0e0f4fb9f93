/* SPDX-License-Identifier: MIT */
/* Trends across boundary changes: an authority's predecessors' years, and
 * their combined figures where combining means something. */
#ifndef CINX_LINEAGE_H
#define CINX_LINEAGE_H

#include <stdbool.h>
#include "cinx/queries.h"

/* A percentage that can be recomputed from counts: ind = num / den * 100
 * (rereferral_percent = rereferral_count / referral_count * 100, ...).
 * False when ind is not one of those, or ds lacks a count. */
bool cinx_lineage_ratio(const cinx_dataset *ds, size_t ind, size_t *num, size_t *den);

/* The combined figure of area's predecessors in year_idx: counts summed,
 * percentages recomputed from the summed counts and rates per 10,000 from
 * the summed counts and populations (rounded to the indicator's decimals),
 * never summed themselves; x when a figure cannot be combined (a predecessor
 * lacks a number, or the indicator is neither a count nor a ratio of known
 * counts); no row when no predecessor has a row that year or the area has no
 * predecessors. A single predecessor's figure is its own. */
cinx_value cinx_lineage_combined(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

/* True when area was split and each of its successors covers part of it
 * alone, so that their sum continues its series. */
bool cinx_lineage_continuable(const cinx_dataset *ds, int area);

/* The combined figure of area's successors in year_idx, as
 * cinx_lineage_combined does for predecessors; no row when the area is not
 * continuable or no successor has a row that year. */
cinx_value cinx_lineage_continued(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

/* Like cinx_query_trend, with each area's predecessors' rows (labelled
 * "predecessor") before its own, and, for an area formed from several,
 * their combined figures (labelled "combined"). */
CINX_MUST_CHECK cinx_status cinx_query_trend_lineage(const cinx_dataset *ds, const int *areas, size_t n,
				    const cinx_query_opts *o, cinx_report **out, cinx_error *err);

/* Like cinx_query_trend, with each continuable area's series continued after
 * its last year by its successors' rows (labelled "successor") and their
 * combined figures (labelled "combined"), whose change is from the area's
 * own last year. */
cinx_status cinx_query_trend_successors(const cinx_dataset *ds, const int *areas, size_t n,
				       const cinx_query_opts *o, cinx_report **out, cinx_error *err);

#endif
