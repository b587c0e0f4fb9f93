#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/stats.h"

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

double cinx_quantile_sorted(const double *x, size_t n, double p)
{
	double h = p * (double)(n - 1);
	size_t lo = (size_t)floor(h);

	if (lo + 1 >= n)
		return x[n - 1];
	return x[lo] + (h - (double)lo) * (x[lo + 1] - x[lo]);
}

double cinx_round_dp(double x, int decimals)
{
	double scale = pow(10.0, decimals);

	return round(x * scale) / scale;
}

cinx_status cinx_summarise(const cinx_value *v, size_t n, cinx_summary *s)
{
	double *x = malloc((n ? n : 1) * sizeof *x);
	double sum = 0, ss = 0;
	size_t k = 0;

	memset(s, 0, sizeof *s);
	if (!x)
		return CINX_E_NOMEM;
	for (size_t i = 0; i < n; i++)
		if (v[i].kind == CINX_NUM)
			x[k++] = v[i].num;
	if (k) {
		qsort(x, k, sizeof *x, cmp_double);
		for (size_t i = 0; i < k; i++)
			sum += x[i];
		s->n = k;
		s->mean = sum / (double)k;
		for (size_t i = 0; i < k; i++)
			ss += (x[i] - s->mean) * (x[i] - s->mean);
		s->sd = sqrt(ss / (double)k);
		s->median = cinx_quantile_sorted(x, k, 0.5);
		s->q1 = cinx_quantile_sorted(x, k, 0.25);
		s->q3 = cinx_quantile_sorted(x, k, 0.75);
		s->min = x[0];
		s->max = x[k - 1];
	}
	free(x);
	return CINX_OK;
}
