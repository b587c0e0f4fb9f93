/* SPDX-License-Identifier: MIT */
/* Exact decimals for derived figures. Every figure the data set publishes
 * is a decimal of at most 15 significant digits; means, medians, changes,
 * percentages and rates of them are computed on scaled integers and rounded
 * once, in decimal, halves away from zero (DfE's round_five_up), so that a
 * true half such as 22.45 prints as 22.5 and never as 22.4. */
#ifndef CINX_DECIMAL_H
#define CINX_DECIMAL_H

#include <stdbool.h>
#include <stdint.h>
#include "cinx/value.h"

/* units / 10^scale */
typedef struct cinx_decimal {
	int64_t units;
	int scale;
} cinx_decimal;

/* Scales beyond this do not fit the 15 significant digits of a double. */
#define CINX_DECIMAL_MAX_SCALE 18

/* x, a double read from a decimal of at most `scale` decimals, as that
 * decimal. False when x is not finite, the scale is out of range, or
 * x * 10^scale is too large to be an exact integer in a double. */
bool cinx_decimal_from_double(double x, int scale, cinx_decimal *out);
/* The double nearest to d: formatting it to d.scale decimals gives d back. */
double cinx_decimal_to_double(cinx_decimal d);

/* Exact sum and difference at the larger scale; false on overflow. */
bool cinx_decimal_add(cinx_decimal a, cinx_decimal b, cinx_decimal *out);
bool cinx_decimal_sub(cinx_decimal a, cinx_decimal b, cinx_decimal *out);
/* <0, 0, >0 as a is below, equal to or above b (exact). */
int cinx_decimal_cmp(cinx_decimal a, cinx_decimal b);

/* a * mult / b rounded to `places` decimals, halves away from zero. False
 * when b is zero, places is out of range or a step would overflow. */
bool cinx_decimal_ratio(cinx_decimal a, cinx_decimal b, int64_t mult, int places, cinx_decimal *out);
/* a rounded to `places` decimals, halves away from zero. */
bool cinx_decimal_round(cinx_decimal a, int places, cinx_decimal *out);

/* The same rules on cells, for the figures the views print. Each returns
 * a number rounded to `places`; x when either input is a symbol or the
 * arithmetic cannot be exact; no row when either has none. a and b are
 * read at `scale` decimals (the indicator's). */
/* a - b, exact: x when either is a symbol, no row when either has none */
cinx_value cinx_value_diff(cinx_value a, cinx_value b, int scale);
/* a * mult / b rounded to places; x also when b is zero. */
cinx_value cinx_value_ratio_exact(cinx_value a, cinx_value b, int scale, int64_t mult, int places);
/* (now - before) * 100 / before, rounded to places: x when before is not
 * above zero. */
cinx_value cinx_value_change_percent(cinx_value now, cinx_value before, int scale, int places);

#endif
