/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>

#include "cinx/decimal.h"

/* 128 bits hold a product of two 64-bit integers: every step below is one
 * such product or a scaling by a power of ten, checked before it is made. */
__extension__ typedef __int128 wide;

#define WIDE_MAX ((wide)(((unsigned __int128)1 << 127) - 1))
/* 2^53: integers up to here are exact in a double */
#define EXACT_MAX 9007199254740992.0

static const int64_t pow10_i[CINX_DECIMAL_MAX_SCALE + 1] = {
	1LL, 10LL, 100LL, 1000LL, 10000LL, 100000LL, 1000000LL, 10000000LL, 100000000LL,
	1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL, 10000000000000LL,
	100000000000000LL, 1000000000000000LL, 10000000000000000LL, 100000000000000000LL,
	1000000000000000000LL,
};

static bool scale_ok(int s) { return s >= 0 && s <= CINX_DECIMAL_MAX_SCALE; }

static bool mul_wide(wide a, wide b, wide *out)
{
	wide ma = a < 0 ? -a : a, mb = b < 0 ? -b : b;

	if (ma && mb > WIDE_MAX / ma)
		return false;
	*out = a * b;
	return true;
}

/* x * 10^k in 128 bits */
static bool shift_wide(wide x, int k, wide *out)
{
	*out = x;
	for (; k > 0; k -= CINX_DECIMAL_MAX_SCALE)
		if (!mul_wide(*out, pow10_i[k < CINX_DECIMAL_MAX_SCALE ? k : CINX_DECIMAL_MAX_SCALE], out))
			return false;
	return true;
}

static bool narrow(wide x, int scale, cinx_decimal *out)
{
	if (x > INT64_MAX || x < -INT64_MAX)
		return false;
	out->units = (int64_t)x;
	out->scale = scale;
	return true;
}

/* n / d rounded to an integer, halves away from zero; d != 0 */
static wide div_round(wide n, wide d)
{
	if (d < 0) {
		n = -n;
		d = -d;
	}
	wide q = n / d, r = n % d;
	if (r < 0)
		r = -r;
	if (r >= d - r)
		q += n < 0 ? -1 : 1;
	return q;
}

bool cinx_decimal_from_double(double x, int scale, cinx_decimal *out)
{
	if (!scale_ok(scale) || !isfinite(x))
		return false;
	double scaled = x * (double)pow10_i[scale];
	if (fabs(scaled) >= EXACT_MAX)
		return false;
	out->units = llround(scaled);
	out->scale = scale;
	return true;
}

double cinx_decimal_to_double(cinx_decimal d)
{
	/* both exact in a double when units is within 2^53 and the scale at
	 * most 22, so the one division is correctly rounded */
	return (double)d.units / (double)pow10_i[d.scale];
}

static bool align(cinx_decimal a, cinx_decimal b, wide *x, wide *y, int *scale)
{
	*scale = a.scale > b.scale ? a.scale : b.scale;
	return shift_wide(a.units, *scale - a.scale, x) && shift_wide(b.units, *scale - b.scale, y);
}

bool cinx_decimal_add(cinx_decimal a, cinx_decimal b, cinx_decimal *out)
{
	wide x, y;
	int s;

	return align(a, b, &x, &y, &s) && narrow(x + y, s, out);
}

bool cinx_decimal_sub(cinx_decimal a, cinx_decimal b, cinx_decimal *out)
{
	wide x, y;
	int s;

	return align(a, b, &x, &y, &s) && narrow(x - y, s, out);
}

int cinx_decimal_cmp(cinx_decimal a, cinx_decimal b)
{
	wide x = 0, y = 0;
	int s;

	/* scales differ by at most 18 and units fit 64 bits: always aligns */
	(void)align(a, b, &x, &y, &s);
	return (x > y) - (x < y);
}

bool cinx_decimal_ratio(cinx_decimal a, cinx_decimal b, int64_t mult, int places, cinx_decimal *out)
{
	wide n, d;
	/* a.units * mult * 10^(b.scale + places) / (b.units * 10^a.scale),
	 * with the common powers of ten cancelled */
	int up = b.scale + places - a.scale;

	if (b.units == 0 || !scale_ok(places) || !mul_wide(a.units, mult, &n))
		return false;
	if (!shift_wide(n, up > 0 ? up : 0, &n) || !shift_wide(b.units, up < 0 ? -up : 0, &d))
		return false;
	return narrow(div_round(n, d), places, out);
}

bool cinx_decimal_round(cinx_decimal a, int places, cinx_decimal *out)
{
	cinx_decimal one = {1, 0};

	return cinx_decimal_ratio(a, one, 1, places, out);
}

/* Both cells as decimals; otherwise the cell that stands for the result. */
static bool cells(cinx_value a, cinx_value b, int scale, cinx_decimal *x, cinx_decimal *y, cinx_value *why)
{
	if (a.kind == CINX_NO_ROW || b.kind == CINX_NO_ROW) {
		*why = cinx_value_of(CINX_NO_ROW);
		return false;
	}
	/* a figure of low reliability makes a change of low reliability, not
	 * one that is not available */
	*why = cinx_value_of((a.kind == CINX_SYM_U && (b.kind == CINX_NUM || b.kind == CINX_SYM_U)) ||
			     (b.kind == CINX_SYM_U && a.kind == CINX_NUM) ? CINX_SYM_U : CINX_SYM_X);
	return a.kind == CINX_NUM && b.kind == CINX_NUM && cinx_decimal_from_double(a.num, scale, x) &&
	       cinx_decimal_from_double(b.num, scale, y);
}

cinx_value cinx_value_diff(cinx_value a, cinx_value b, int scale)
{
	cinx_decimal x, y, d;
	cinx_value why;

	if (!cells(a, b, scale, &x, &y, &why))
		return why;
	return cinx_decimal_sub(x, y, &d) ? cinx_value_number(cinx_decimal_to_double(d)) : why;
}

cinx_value cinx_value_ratio_exact(cinx_value a, cinx_value b, int scale, int64_t mult, int places)
{
	cinx_decimal x, y, q;
	cinx_value why;

	if (!cells(a, b, scale, &x, &y, &why))
		return why;
	return cinx_decimal_ratio(x, y, mult, places, &q) ? cinx_value_number(cinx_decimal_to_double(q)) : why;
}

cinx_value cinx_value_change_percent(cinx_value now, cinx_value before, int scale, int places)
{
	cinx_decimal x, y, d, q;
	cinx_value why;

	if (!cells(now, before, scale, &x, &y, &why))
		return why;
	if (y.units <= 0 || !cinx_decimal_sub(x, y, &d) || !cinx_decimal_ratio(d, y, 100, places, &q))
		return cinx_value_of(CINX_SYM_X);
	return cinx_value_number(cinx_decimal_to_double(q));
}
