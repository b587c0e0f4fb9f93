/* SPDX-License-Identifier: MIT */
/* Side-by-side comparison of a few areas (any level, mixed) for one
 * indicator and year: value, change, rank, quartile band, and sparklines
 * drawn on one scale shared by every row. */
#ifndef CINX_COMPARE_H
#define CINX_COMPARE_H

#include "cinx/queries.h"

#define CINX_COMPARE_MAX 8

/* Rows in the order given; o->metric (-1: referral_count, which the file must
 * then have; see cinx/metric.h) and o->year. */
CINX_MUST_CHECK cinx_status cinx_query_compare(const cinx_dataset *ds, const int *areas, size_t n,
			      const cinx_query_opts *o, cinx_report **out, cinx_error *err);

/* The shared scale: the lowest and highest number in the areas' series of
 * ind over every year. Returns 0 when there is no number at all. */
int cinx_compare_range(const cinx_dataset *ds, const int *areas, size_t n, size_t ind,
		       double *lo, double *hi);

#endif
