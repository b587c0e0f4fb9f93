/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdlib.h>

#include "cinx/rank.h"

int cinx_la_count_beyond(const cinx_dataset *ds, size_t year_idx, size_t ind, double x, int dir, int *of)
{
	int beyond = 0;

	*of = 0;
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
		cinx_value v;
		if (cinx_dataset_area(ds, (int)a)->level != CINX_LEVEL_LA)
			continue;
		v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		if (v.kind != CINX_NUM)
			continue;
		++*of;
		if (dir > 0 ? v.num > x : v.num < x)
			beyond++;
	}
	return beyond;
}

/* Which table an area is ranked in: 0 the local authorities, 1 + i the
 * areas of other level i; -1 England and the regions, never ranked. */
static int table_of(const cinx_area *a)
{
	return a->level == CINX_LEVEL_LA ? 0 : a->level == CINX_LEVEL_OTHER ? 1 + a->other_level : -1;
}

cinx_rank cinx_rank_la(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	cinx_rank r = {0, 0};
	cinx_value mine = cinx_dataset_value(ds, area, year_idx, ind);
	int t = table_of(cinx_dataset_area(ds, area)), above = 0;

	if (t < 0) /* of: the authorities with a number, as for a symbol */
		t = 0;
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
		cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		if (table_of(cinx_dataset_area(ds, (int)a)) != t || v.kind != CINX_NUM)
			continue;
		r.of++;
		above += mine.kind == CINX_NUM && v.num > mine.num;
	}
	if (mine.kind == CINX_NUM && table_of(cinx_dataset_area(ds, area)) >= 0)
		r.rank = above + 1;
	return r;
}

static int cmp_desc(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a < b) - (a > b);
}

bool cinx_rank_la_all(const cinx_dataset *ds, size_t year_idx, size_t ind, cinx_rank *ranks)
{
	size_t n_areas = cinx_dataset_n_areas(ds), n_tables = 1 + cinx_dataset_n_other_levels(ds);
	double *nums = malloc((n_areas ? n_areas : 1) * sizeof *nums);
	size_t *start = calloc(n_tables + 1, sizeof *start), *fill = calloc(n_tables, sizeof *fill);
	bool ok = nums && start && fill;

	/* one sorted run of numbers per table */
	for (size_t a = 0; ok && a < n_areas; a++) {
		int t = table_of(cinx_dataset_area(ds, (int)a));
		if (t >= 0 && cinx_dataset_value(ds, (int)a, year_idx, ind).kind == CINX_NUM)
			start[t + 1]++;
	}
	for (size_t t = 0; ok && t < n_tables; t++) {
		start[t + 1] += start[t];
		fill[t] = start[t];
	}
	for (size_t a = 0; ok && a < n_areas; a++) {
		int t = table_of(cinx_dataset_area(ds, (int)a));
		cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		if (t >= 0 && v.kind == CINX_NUM)
			nums[fill[t]++] = v.num;
	}
	for (size_t t = 0; ok && t < n_tables; t++)
		qsort(nums + start[t], start[t + 1] - start[t], sizeof *nums, cmp_desc);
	for (size_t a = 0; ok && a < n_areas; a++) {
		int t = table_of(cinx_dataset_area(ds, (int)a));
		cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		size_t lo = start[t < 0 ? 0 : t], hi = start[(t < 0 ? 0 : t) + 1], first = lo;
		ranks[a] = (cinx_rank){0, (int)(hi - lo)};
		if (t < 0 || v.kind != CINX_NUM)
			continue;
		/* values above this one: the first index not greater than it */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (nums[mid] > v.num)
				lo = mid + 1;
			else
				hi = mid;
		}
		ranks[a].rank = (int)(lo - first) + 1;
	}
	free(nums);
	free(start);
	free(fill);
	return ok;
}
