/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cinx/decimal.h"
#include "cinx/series.h"

void cinx_series_get(const cinx_dataset *ds, int area, size_t ind, cinx_value *out)
{
	size_t n = cinx_dataset_n_years(ds);

	for (size_t y = 0; y < n; y++)
		out[y] = cinx_dataset_value(ds, area, y, ind);
}

cinx_value cinx_series_previous(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	int before = cinx_dataset_previous(ds, year_idx);

	return before < 0 ? cinx_value_of(CINX_NO_ROW) : cinx_dataset_value(ds, area, (size_t)before, ind);
}

cinx_value cinx_series_change(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	cinx_value cur, prev;

	if (cinx_dataset_previous(ds, year_idx) < 0)
		return cinx_value_of(CINX_NO_ROW);
	cur = cinx_dataset_value(ds, area, year_idx, ind);
	prev = cinx_series_previous(ds, area, year_idx, ind);
	return cinx_value_diff(cur, prev, cinx_dataset_indicator(ds, ind)->decimals);
}
