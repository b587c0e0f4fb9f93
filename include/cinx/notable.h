/* SPDX-License-Identifier: MIT */
/* Notable figures in a year: year-on-year changes beyond a threshold, and
 * authorities outside the fences at 1.5 times the interquartile range. */
#ifndef CINX_NOTABLE_H
#define CINX_NOTABLE_H

#include <stdbool.h>
#include "cinx/decimal.h"
#include "cinx/queries.h"

/* Counts whose previous year is below this are too small for a relative
 * change to mean much, and are not flagged for their change. */
#define CINX_NOTABLE_MIN_BASE 100

typedef struct cinx_fences {
	size_t n;          /* authorities with a number; no fences when under 4 */
	double q1, q3;     /* quartiles (type 7) */
	double lo, hi;     /* q1 - 1.5 IQR, q3 + 1.5 IQR */
	/* the same, exact, so that a value on a fence is within; the doubles
	 * above are these to the nearest double, and print exactly */
	bool exact;
	cinx_decimal lo_x, hi_x; /* values are read at their scale */
} cinx_fences;

/* Over local authorities with a number in year_idx. */
CINX_MUST_CHECK cinx_status cinx_notable_fences(const cinx_dataset *ds, size_t year_idx, size_t ind, cinx_fences *f);
/* The indicator whose fences judge ind's outliers: a count's rate per
 * 10,000 children when the population is loaded (referral_count:
 * referral_rate_per_10k; outliers by count would mostly flag the biggest
 * authorities), else ind itself. Print mode, exports and the explorer all
 * use it. */
size_t cinx_notable_judged_by(const cinx_dataset *ds, size_t ind);
/* -1 below the lower fence, +1 above the upper, 0 within or no number. */
int cinx_notable_outlier(const cinx_fences *f, cinx_value v);

/* The default threshold: 5 percentage points for percentages, a change of
 * 25% for counts and rates. */
double cinx_notable_default_threshold(const cinx_indicator *in);
/* Whether the change from the previous year reaches the threshold (points
 * for percentages, percent of the previous value otherwise). */
bool cinx_notable_change(const cinx_dataset *ds, int area, size_t year_idx, size_t ind, double threshold);

/* Local authorities flagged in the selected year, for o->metric or, when
 * -1, every indicator. threshold 0: the default for each indicator. */
CINX_MUST_CHECK cinx_status cinx_query_notable(const cinx_dataset *ds, const cinx_query_opts *o, double threshold,
			      cinx_report **out, cinx_error *err);

#endif
