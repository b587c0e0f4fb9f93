/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>

#include "cinx/standing.h"

bool cinx_standing_comparable(const cinx_indicator *in)
{
	return in->unit != CINX_UNIT_COUNT;
}

int cinx_standing_decimals(const cinx_indicator *in)
{
	return in->decimals > 1 ? in->decimals : 1;
}

int cinx_standing_subregion(const cinx_dataset *ds, int area)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	int region = cinx_dataset_ancestor(ds, area, CINX_LEVEL_REGIONAL);

	if (a->level != CINX_LEVEL_LA || a->parent < 0 || a->parent == region ||
	    cinx_dataset_area(ds, a->parent)->level != CINX_LEVEL_REGIONAL)
		return -1;
	return a->parent;
}

size_t cinx_standing_where(const cinx_dataset *ds, int area, bool capital, char *buf, size_t cap)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	int region = cinx_dataset_ancestor(ds, area, CINX_LEVEL_REGIONAL), sub = cinx_standing_subregion(ds, area);
	int n;

	if (a->parent < 0 || cap == 0)
		return 0;
	if (region < 0)
		region = a->parent;
	n = snprintf(buf, cap, "%s%s in %s%s%s%s", capital ? "" : ", ",
		     a->level == CINX_LEVEL_LA ? (capital ? "Local authority" : "local authority")
		     : (capital ? "Region" : "region"), cinx_dataset_area(ds, region)->name,
		     sub >= 0 ? " (" : "", sub >= 0 ? cinx_dataset_area(ds, sub)->name : "", sub >= 0 ? ")" : "");
	return n < 0 ? 0 : (size_t)n < cap ? (size_t)n : cap - 1;
}

cinx_status cinx_standing_get(const cinx_dataset *ds, const cinx_neighbours *nb, int area,
			       size_t year_idx, size_t ind, cinx_standing *b)
{
	cinx_value none = cinx_value_of(CINX_NO_ROW);
	int england = cinx_dataset_england(ds);
	cinx_summary s;

	b->value = cinx_dataset_value(ds, area, year_idx, ind);
	b->england = england != area ? england : -1;
	b->region = cinx_dataset_area(ds, area)->level == CINX_LEVEL_LA
			    ? cinx_dataset_ancestor(ds, area, CINX_LEVEL_REGIONAL) : -1;
	b->england_value = b->england >= 0 ? cinx_dataset_value(ds, b->england, year_idx, ind) : none;
	b->region_value = b->region >= 0 ? cinx_dataset_value(ds, b->region, year_idx, ind) : none;
	b->subregion = cinx_standing_subregion(ds, area);
	b->subregion_value = b->subregion >= 0 ? cinx_dataset_value(ds, b->subregion, year_idx, ind) : none;
	b->rank = cinx_rank_la(ds, area, year_idx, ind);
	b->band = cinx_quartile_la(ds, area, year_idx, ind);
	b->sn_mean = b->sn_median = none;
	b->sn_used = b->sn_model = 0;
	if (!nb || cinx_dataset_area(ds, area)->level != CINX_LEVEL_LA)
		return CINX_OK;
	if (cinx_neighbours_summary(ds, nb, area, year_idx, ind, &s, &b->sn_model))
		return CINX_E_NOMEM;
	b->sn_used = s.n;
	if (b->sn_model) {
		int dp = cinx_standing_decimals(cinx_dataset_indicator(ds, ind));
		b->sn_mean = cinx_summary_mean(&s, dp);
		b->sn_median = cinx_summary_rounded(&s, s.median_x, dp);
	}
	return CINX_OK;
}
