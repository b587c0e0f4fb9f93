/* SPDX-License-Identifier: MIT */
/* An area's values across the years, and year-on-year change. */
#ifndef CINX_SERIES_H
#define CINX_SERIES_H

#include "cinx/dataset.h"

/* Fills out[0 .. n_years-1]. */
void cinx_series_get(const cinx_dataset *ds, int area, size_t ind, cinx_value *out);

/* Change from the previous year in the file: a number when both years are
 * numbers; CINX_SYM_X when either is a symbol; CINX_NO_ROW when either has
 * no row or year_idx is the first year. */
cinx_value cinx_series_change(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

#endif
