/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "cinx/stats.h"

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static int cmp_units(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* The quarter-th quartile (1..3) of u, sorted, n > 0: type 7 lands on a
 * quarter of the gap between two neighbours, so four times it is an
 * integer and the result is exact at two more decimals. */
static bool quartile_exact(const int64_t *u, size_t n, int quarter, int scale, cinx_decimal *out)
{
	size_t at = (size_t)quarter * (n - 1), lo = at / 4, k = at % 4;
	cinx_decimal four = {4, 0}, x = {0, scale};
	__extension__ __int128 times4 = (__int128)4 * u[lo] + (k ? (__int128)k * (u[lo + 1] - u[lo]) : 0);

	if (times4 > INT64_MAX || times4 < -INT64_MAX)
		return false;
	x.units = (int64_t)times4;
	return cinx_decimal_ratio(x, four, 1, scale + 2, out);
}

static double quantile_sorted(const double *x, size_t n, int quarter)
{
	size_t at = (size_t)quarter * (n - 1), lo = at / 4;

	if (lo + 1 >= n)
		return x[n - 1];
	return x[lo] + (double)(at % 4) / 4.0 * (x[lo + 1] - x[lo]);
}

static bool summarise_exact(const double *x, size_t k, int scale, cinx_summary *s)
{
	int64_t *u = malloc(k * sizeof *u);
	cinx_decimal d;
	bool ok = u != NULL;

	s->sum = (cinx_decimal){0, scale};
	for (size_t i = 0; ok && i < k; i++) {
		ok = cinx_decimal_from_double(x[i], scale, &d) && cinx_decimal_add(s->sum, d, &s->sum);
		if (ok)
			u[i] = d.units;
	}
	if (ok) {
		qsort(u, k, sizeof *u, cmp_units);
		ok = quartile_exact(u, k, 1, scale, &s->q1_x) && quartile_exact(u, k, 2, scale, &s->median_x) &&
		     quartile_exact(u, k, 3, scale, &s->q3_x);
	}
	free(u);
	return ok;
}

cinx_status cinx_summarise(const cinx_value *v, size_t n, int scale, cinx_summary *s)
{
	double *x = malloc((n ? n : 1) * sizeof *x);
	double sum = 0;
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
		s->median = quantile_sorted(x, k, 2);
		s->q1 = quantile_sorted(x, k, 1);
		s->q3 = quantile_sorted(x, k, 3);
		s->min = x[0];
		s->max = x[k - 1];
		s->exact = summarise_exact(x, k, scale, s);
	}
	free(x);
	return CINX_OK;
}

cinx_value cinx_summary_mean(const cinx_summary *s, int places)
{
	cinx_decimal n = {(int64_t)s->n, 0}, m;

	if (!s->n || !s->exact || !cinx_decimal_ratio(s->sum, n, 1, places, &m))
		return cinx_value_of(CINX_SYM_X);
	return cinx_value_number(cinx_decimal_to_double(m));
}

cinx_value cinx_summary_rounded(const cinx_summary *s, cinx_decimal d, int places)
{
	cinx_decimal r;

	if (!s->n || !s->exact || !cinx_decimal_round(d, places, &r))
		return cinx_value_of(CINX_SYM_X);
	return cinx_value_number(cinx_decimal_to_double(r));
}
