/* Summaries of a set of values: only numbers count; symbols and missing
 * rows are left out, and the count used is reported. */
#ifndef CINX_STATS_H
#define CINX_STATS_H

#include <stddef.h>
#include "cinx/error.h"
#include "cinx/value.h"

typedef struct cinx_summary {
	size_t n;        /* numbers used; the other fields are 0 when n is 0 */
	double mean, median, q1, q3;
	double sd;       /* population standard deviation */
	double min, max;
} cinx_summary;

/* Quartiles interpolate linearly between order statistics (R's default
 * type 7, a spreadsheet's QUARTILE.INC). */
cinx_status cinx_summarise(const cinx_value *v, size_t n, cinx_summary *s);

/* The p-quantile (0..1) of x, sorted ascending, n > 0; same rule. */
double cinx_quantile_sorted(const double *x, size_t n, double p);

/* x rounded half away from zero to the given decimals. */
double cinx_round_dp(double x, int decimals);

#endif
