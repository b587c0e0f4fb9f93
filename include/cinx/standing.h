/* SPDX-License-Identifier: MIT */
/* How an area stands against England, its region and its statistical
 * neighbours, for one indicator and year. */
#ifndef CINX_STANDING_H
#define CINX_STANDING_H

#include <stdbool.h>
#include "cinx/dataset.h"
#include "cinx/decimal.h"
#include "cinx/neighbours.h"
#include "cinx/quartile.h"
#include "cinx/rank.h"

typedef struct cinx_standing {
	cinx_value value;
	int england, region;         /* area indices; -1 when none or the area itself */
	cinx_value england_value, region_value;
	/* Inner or Outer London for a borough: context only, never a
	 * benchmark, so no difference is taken from it; -1 when none */
	int subregion;
	cinx_value subregion_value;
	/* CINX_NO_ROW without a model or for an area not in it; x when no
	 * neighbour has a number */
	cinx_value sn_mean, sn_median;
	size_t sn_used, sn_model;    /* neighbours with a number; listed in the model */
	cinx_rank rank;
	cinx_quartile band;
} cinx_standing;

/* An authority's region between it and its benchmark region (Inner or
 * Outer London), or -1. */
int cinx_standing_subregion(const cinx_dataset *ds, int area);

/* "local authority in London (Inner London)", "region in London": what
 * the area is and where, naming the benchmark region first. Writes at most
 * cap - 1 bytes after ", " (capital: "Local authority..." without it);
 * returns the length written, 0 for England. */
size_t cinx_standing_where(const cinx_dataset *ds, int area, bool capital, char *buf, size_t cap);

/* nb may be NULL. The region is the topmost one (London, not Inner London):
 * every view benchmarks a borough against London. */
CINX_MUST_CHECK cinx_status cinx_standing_get(const cinx_dataset *ds, const cinx_neighbours *nb, int area,
			       size_t year_idx, size_t ind, cinx_standing *b);

/* Differences from England and the region mean something only for
 * percentages and rates: counts of areas of different sizes do not compare. */
bool cinx_standing_comparable(const cinx_indicator *in);

/* Decimals for a mean or median of ind: at least one. */
int cinx_standing_decimals(const cinx_indicator *in);

#endif
