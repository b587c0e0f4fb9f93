/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cinx/quartile.h"
#include "cinx/rank.h"

int cinx_quartile_band(int ahead, int of)
{
	if (of <= 0 || ahead < 0 || ahead >= of)
		return 0;
	/* integer form of 1 + floor(4 * ahead / of) */
	return 1 + (int)((4L * ahead) / of);
}

cinx_quartile cinx_quartile_la(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	int dir = cinx_dataset_indicator(ds, ind)->direction;
	cinx_value mine = cinx_dataset_value(ds, area, year_idx, ind);
	cinx_quartile q = {0, dir != 0, 0};
	/* ahead: authorities at the better end (or lower, without a direction) */
	int ahead = cinx_la_count_beyond(ds, year_idx, ind, mine.num, dir > 0 ? 1 : -1, &q.of);

	if (mine.kind == CINX_NUM && cinx_dataset_area(ds, area)->level == CINX_LEVEL_LA)
		q.band = cinx_quartile_band(ahead, q.of);
	return q;
}

const char *cinx_quartile_label(cinx_quartile q)
{
	static const char *const dir[] = {"", "A", "B", "C", "D"};
	static const char *const val[] = {"", "Q1", "Q2", "Q3", "Q4"};

	if (q.band < 1 || q.band > 4)
		return "";
	return q.directional ? dir[q.band] : val[q.band];
}
