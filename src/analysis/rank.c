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

cinx_rank cinx_rank_la(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	cinx_rank r = {0, 0};
	cinx_value mine = cinx_dataset_value(ds, area, year_idx, ind);
	int above = cinx_la_count_beyond(ds, year_idx, ind, mine.num, 1, &r.of);

	if (mine.kind == CINX_NUM && cinx_dataset_area(ds, area)->level == CINX_LEVEL_LA)
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
	size_t n_areas = cinx_dataset_n_areas(ds), of = 0;
	double *nums = malloc((n_areas ? n_areas : 1) * sizeof *nums);

	if (!nums)
		return false;
	for (size_t a = 0; a < n_areas; a++) {
		cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		if (cinx_dataset_area(ds, (int)a)->level == CINX_LEVEL_LA && v.kind == CINX_NUM)
			nums[of++] = v.num;
	}
	qsort(nums, of, sizeof *nums, cmp_desc);
	for (size_t a = 0; a < n_areas; a++) {
		cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		size_t lo = 0, hi = of;
		ranks[a] = (cinx_rank){0, (int)of};
		if (cinx_dataset_area(ds, (int)a)->level != CINX_LEVEL_LA || v.kind != CINX_NUM)
			continue;
		/* values above this one: the first index not greater than it */
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (nums[mid] > v.num)
				lo = mid + 1;
			else
				hi = mid;
		}
		ranks[a].rank = (int)lo + 1;
	}
	free(nums);
	return true;
}
