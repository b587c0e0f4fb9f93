/* SPDX-License-Identifier: MIT */
/* Quartile bands among local authorities with a number that year.
 *
 * Indicators with a direction (lower or higher is better) get bands A to D,
 * A the better end: an authority is in A when fewer than a quarter of the
 * authorities with a number are strictly better, in B when fewer than half
 * are, in C when fewer than three quarters are, and in D otherwise.
 * Indicators without a direction get Q1 to Q4 by value: Q1 when fewer than a
 * quarter have a strictly lower value, and so on up to Q4. Ties share a
 * band; areas at other levels and symbols have none. */
#ifndef CINX_QUARTILE_H
#define CINX_QUARTILE_H

#include <stdbool.h>
#include "cinx/dataset.h"

typedef struct cinx_quartile {
	int band;          /* 1 to 4 (A..D or Q1..Q4); 0: none */
	bool directional;  /* A..D rather than Q1..Q4 */
	int of;            /* authorities with a number that year */
} cinx_quartile;

cinx_quartile cinx_quartile_la(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

/* The band for an authority that `ahead` of `of` authorities beat (strictly
 * better, or strictly lower without a direction); 0 when of is 0. */
int cinx_quartile_band(int ahead, int of);

/* "A".."D", "Q1".."Q4", or "" for none. */
const char *cinx_quartile_label(cinx_quartile q);

#endif
