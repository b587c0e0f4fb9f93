/* SPDX-License-Identifier: MIT */
/* An area's values across the years, and year-on-year change. */
#ifndef CINX_SERIES_H
#define CINX_SERIES_H

#include "cinx/dataset.h"

/* Fills out[0 .. n_years-1]. */
void cinx_series_get(const cinx_dataset *ds, int area, size_t ind, cinx_value *out);

/* The value of the period a change is taken from (cinx_dataset_previous);
 * CINX_NO_ROW when there is none. */
cinx_value cinx_series_previous(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

/* Change from the period before (cinx_dataset_previous): a number when both are
 * numbers; CINX_SYM_X when either is a symbol; CINX_NO_ROW when either has
 * no row or there is no period before. */
cinx_value cinx_series_change(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

#endif
