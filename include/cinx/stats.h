/* SPDX-License-Identifier: MIT */
/* Summaries of a set of values: only numbers count; symbols and missing
 * rows are left out, and the count used is reported. */
#ifndef CINX_STATS_H
#define CINX_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/decimal.h"
#include "cinx/error.h"
#include "cinx/value.h"

typedef struct cinx_summary {
	size_t n;        /* numbers used; the other fields are 0 when n is 0 */
	/* in binary floating point, for uses that print nothing (scores) */
	double mean, median, q1, q3;
	double min, max;
	/* exact, for every printed figure; valid when `exact` (every number
	 * fitted at the scale asked for) */
	bool exact;
	cinx_decimal sum, median_x, q1_x, q3_x;
} cinx_summary;

/* Quartiles interpolate linearly between order statistics (R's default
 * type 7, a spreadsheet's QUARTILE.INC). Numbers are read at `scale`
 * decimals (the indicator's); a quartile then needs two more, exactly. */
CINX_MUST_CHECK cinx_status cinx_summarise(const cinx_value *v, size_t n, int scale, cinx_summary *s);

/* The mean rounded to `places`, halves away from zero: x when there is no
 * number or the sum was not exact. */
cinx_value cinx_summary_mean(const cinx_summary *s, int places);
/* d rounded to `places` as a cell: x when !s->exact or n is 0. */
cinx_value cinx_summary_rounded(const cinx_summary *s, cinx_decimal d, int places);

#endif
