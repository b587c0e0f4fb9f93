/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/decimal.h"
#include "cinx/similar.h"

static const char *const size_features[] = {"referral_rate_per_10k", "referral_count"};
static const char *const pct_features[] = {
	"rereferral_percent", "no_further_action_percent", "not_in_need_percent",
};

static int find(const cinx_dataset *ds, const char *name)
{
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (strcmp(cinx_dataset_indicator(ds, i)->name, name) == 0)
			return (int)i;
	return -1;
}

static void choose_features(const cinx_dataset *ds, cinx_similar_profile *p)
{
	int i;

	p->n_features = 0;
	for (size_t k = 0; k < 2; k++)
		if ((i = find(ds, size_features[k])) >= 0) {
			p->log_scale[p->n_features] = k == 1;
			p->ind[p->n_features++] = (size_t)i;
			break;
		}
	for (size_t k = 0; k < sizeof pct_features / sizeof pct_features[0]; k++)
		if ((i = find(ds, pct_features[k])) >= 0) {
			p->log_scale[p->n_features] = false;
			p->ind[p->n_features++] = (size_t)i;
		}
}

/* Places kept in an average beyond the indicator's own: enough that the
 * average, printed to the indicator's decimals, rounds as the exact one
 * would (over at most a few years, an exact half stays one). */
#define AVERAGE_EXTRA_PLACES 6

/* The area's average of feature f over the profile's years; false when it
 * has no number in any of them (or a log-scaled one is not positive). */
static bool average(const cinx_dataset *ds, const cinx_similar_profile *p, int area, size_t f, size_t y0,
		    size_t y1, double *out)
{
	int scale = cinx_dataset_indicator(ds, p->ind[f])->decimals;
	cinx_decimal sum = {0, scale}, x, mean;
	double dsum = 0;
	bool exact = true;
	int n = 0;

	for (size_t y = y0; y <= y1; y++) {
		cinx_value v = cinx_dataset_value(ds, area, y, p->ind[f]);
		if (v.kind == CINX_NUM) {
			exact = exact && cinx_decimal_from_double(v.num, scale, &x) && cinx_decimal_add(sum, x, &sum);
			dsum += v.num;
			n++;
		}
	}
	if (!n || (p->log_scale[f] && dsum <= 0))
		return false;
	cinx_decimal count = {n, 0};
	if (exact && cinx_decimal_ratio(sum, count, 1, scale + AVERAGE_EXTRA_PLACES, &mean))
		*out = cinx_decimal_to_double(mean);
	else
		*out = dsum / n;
	return true;
}

/* Why area is not in the pool, in words that say which figure is missing. */
static cinx_status why_left_out(const cinx_dataset *ds, const cinx_similar_profile *p, int area, size_t y0,
				size_t y1, cinx_error *err)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	double avg;

	if (cinx_dataset_value(ds, area, y1, p->ind[0]).kind == CINX_NO_ROW)
		return cinx_error_set(err, CINX_E_NOTFOUND, "%s has no row in %d; try another --year", a->name,
				      p->to_year);
	for (size_t f = 0; f < p->n_features; f++) {
		const char *name = cinx_dataset_indicator(ds, p->ind[f])->name;
		if (average(ds, p, area, f, y0, y1, &avg))
			continue;
		for (size_t y = y0; y <= y1; y++)
			if (cinx_dataset_value(ds, area, y, p->ind[f]).kind == CINX_NUM)
				return cinx_error_set(err, CINX_E_NOTFOUND, "%s's %s is 0 in every year from %d to %d: "
						      "similarity compares it on a log scale, which needs a figure "
						      "above 0; try another --year", a->name, name, p->from_year,
						      p->to_year);
		return cinx_error_set(err, CINX_E_NOTFOUND, "%s has no figure for %s in %d to %d; try another "
				      "--year", a->name, name, p->from_year, p->to_year);
	}
	return cinx_error_set(err, CINX_E_NOTFOUND, "%s cannot be compared in %d to %d; try another --year",
			      a->name, p->from_year, p->to_year);
}

static double scaled(const cinx_similar_profile *p, size_t f, double x)
{
	return p->log_scale[f] ? log10(x) : x;
}

static double z(const cinx_similar_profile *p, size_t f, double x)
{
	return p->sd[f] > 0 ? (scaled(p, f, x) - p->mean[f]) / p->sd[f] : 0;
}

static int cmp_match(const void *a, const void *b)
{
	const cinx_similar_match *x = a, *y = b;

	if (x->distance != y->distance)
		return x->distance < y->distance ? -1 : 1;
	return x->area - y->area;
}

cinx_status cinx_similar_find(const cinx_dataset *ds, int area, size_t year_idx, cinx_similar_profile *p,
			      cinx_similar_match *out, size_t max, size_t *n, cinx_error *err)
{
	size_t n_areas = cinx_dataset_n_areas(ds), y0 = year_idx >= 2 ? year_idx - 2 : 0, k = 0;
	const cinx_area *a = cinx_dataset_area(ds, area);
	cinx_similar_match *pool;
	size_t self = (size_t)-1;

	*n = 0;
	memset(p, 0, sizeof *p);
	choose_features(ds, p);
	p->from_year = cinx_dataset_year(ds, y0);
	p->to_year = cinx_dataset_year(ds, year_idx);
	if (!p->n_features)
		return cinx_error_set(err, CINX_E_NOTFOUND, "the data set has none of the columns similarity "
				      "uses (referral_count, rereferral_percent, no_further_action_percent, "
				      "not_in_need_percent)");
	if (a->level != CINX_LEVEL_LA)
		return cinx_error_set(err, CINX_E_USAGE, "similar authorities are found for local authorities; "
				      "%s is %s", a->name, a->level == CINX_LEVEL_NATIONAL ? "the country" : "a region");
	if (!(pool = malloc((n_areas ? n_areas : 1) * sizeof *pool)))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	/* the pool: authorities with a row in the selected year and every feature */
	for (size_t b = 0; b < n_areas; b++) {
		bool ok = cinx_dataset_area(ds, (int)b)->level == CINX_LEVEL_LA &&
			  cinx_dataset_value(ds, (int)b, year_idx, p->ind[0]).kind != CINX_NO_ROW;
		for (size_t f = 0; ok && f < p->n_features; f++)
			ok = average(ds, p, (int)b, f, y0, year_idx, &pool[k].value[f]);
		if (!ok)
			continue;
		if ((int)b == area)
			self = k;
		pool[k++].area = (int)b;
	}
	if (self == (size_t)-1) {
		free(pool);
		return why_left_out(ds, p, area, y0, year_idx, err);
	}
	p->n_pool = k;
	for (size_t f = 0; f < p->n_features; f++) {
		double sum = 0, ss = 0;
		for (size_t i = 0; i < k; i++)
			sum += scaled(p, f, pool[i].value[f]);
		p->mean[f] = sum / (double)k;
		for (size_t i = 0; i < k; i++)
			ss += pow(scaled(p, f, pool[i].value[f]) - p->mean[f], 2);
		p->sd[f] = sqrt(ss / (double)k);
		p->self[f] = pool[self].value[f];
	}
	for (size_t i = 0; i < k; i++) {
		double ss = 0;
		for (size_t f = 0; f < p->n_features; f++) {
			pool[i].dz[f] = fabs(z(p, f, pool[i].value[f]) - z(p, f, p->self[f]));
			ss += pool[i].dz[f] * pool[i].dz[f];
		}
		pool[i].distance = sqrt(ss / (double)p->n_features);
	}
	pool[self] = pool[--k];
	qsort(pool, k, sizeof *pool, cmp_match);
	*n = k < max ? k : max;
	memcpy(out, pool, *n * sizeof *out);
	free(pool);
	return CINX_OK;
}

void cinx_similar_order(const cinx_similar_profile *p, const cinx_similar_match *m, size_t *order)
{
	for (size_t f = 0; f < p->n_features; f++)
		order[f] = f;
	/* insertion sort: a handful of features */
	for (size_t i = 1; i < p->n_features; i++)
		for (size_t j = i; j > 0 && m->dz[order[j]] < m->dz[order[j - 1]]; j--) {
			size_t t = order[j];
			order[j] = order[j - 1];
			order[j - 1] = t;
		}
}
