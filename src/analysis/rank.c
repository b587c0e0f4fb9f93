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

/* The areas ranked together: every local authority, or every area of one
 * other geographic level (0 and 1 + its index); -1 for areas not ranked. */
static int rank_group(const cinx_area *a)
{
	return a->level == CINX_LEVEL_LA ? 0 : a->level == CINX_LEVEL_OTHER ? 1 + a->other_level : -1;
}

cinx_rank cinx_rank_la(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	cinx_rank r = {0, 0};
	cinx_value mine = cinx_dataset_value(ds, area, year_idx, ind);
	int group = rank_group(cinx_dataset_area(ds, area)), above = 0;

	if (group <= 0) {
		above = cinx_la_count_beyond(ds, year_idx, ind, mine.num, 1, &r.of);
	} else {
		for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
			cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
			if (rank_group(cinx_dataset_area(ds, (int)a)) != group || v.kind != CINX_NUM)
				continue;
			r.of++;
			above += v.num > mine.num;
		}
	}
	if (mine.kind == CINX_NUM && group >= 0)
		r.rank = above + 1;
	return r;
}

static int cmp_desc(const void *x, const void *y)
{
	double a = *(const double *)x, b = *(const double *)y;

	return (a < b) - (a > b);
}

/* Ranks of the areas of one group, into ranks[area]; nums has room for
 * every area. */
static void rank_group_all(const cinx_dataset *ds, size_t year_idx, size_t ind, int group, double *nums,
			   cinx_rank *ranks)
{
	size_t n_areas = cinx_dataset_n_areas(ds), of = 0;

	for (size_t a = 0; a < n_areas; a++) {
		cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		if (rank_group(cinx_dataset_area(ds, (int)a)) == group && v.kind == CINX_NUM)
			nums[of++] = v.num;
	}
	qsort(nums, of, sizeof *nums, cmp_desc);
	for (size_t a = 0; a < n_areas; a++) {
		cinx_value v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		size_t lo = 0, hi = of;
		int g = rank_group(cinx_dataset_area(ds, (int)a));
		/* areas not ranked have the authorities' count, as cinx_rank_la */
		if (g != group && !(group == 0 && g < 0))
			continue;
		ranks[a] = (cinx_rank){0, (int)of};
		if (g != group || v.kind != CINX_NUM)
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
}

bool cinx_rank_la_all(const cinx_dataset *ds, size_t year_idx, size_t ind, cinx_rank *ranks)
{
	size_t n_areas = cinx_dataset_n_areas(ds);
	double *nums = malloc((n_areas ? n_areas : 1) * sizeof *nums);

	if (!nums)
		return false;
	for (int g = 0; g <= (int)cinx_dataset_n_other_levels(ds); g++)
		rank_group_all(ds, year_idx, ind, g, nums, ranks);
	free(nums);
	return true;
}
