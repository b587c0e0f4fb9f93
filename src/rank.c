#include <config.h>

#include "cinx/rank.h"

cinx_rank cinx_rank_la(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	cinx_rank r = {0, 0};
	cinx_value mine = cinx_dataset_value(ds, area, year_idx, ind);
	int above = 0;

	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
		cinx_value v;
		if (cinx_dataset_area(ds, (int)a)->level != CINX_LEVEL_LA)
			continue;
		v = cinx_dataset_value(ds, (int)a, year_idx, ind);
		if (v.kind != CINX_NUM)
			continue;
		r.of++;
		if (mine.kind == CINX_NUM && v.num > mine.num)
			above++;
	}
	if (mine.kind == CINX_NUM && cinx_dataset_area(ds, area)->level == CINX_LEVEL_LA)
		r.rank = above + 1;
	return r;
}
