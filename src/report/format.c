/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/format.h"

/* Widest number written digit by digit; larger ones are not figures of
 * this data set and go to printf as they are. */
#define MAX_INT_DIGITS 21
#define MAX_DECIMALS 20

/* |x| to `decimals` places as plain digits, rounded half away from zero on
 * its 15 significant digits: a double read from a decimal of 15 digits or
 * fewer gives that decimal back exactly, so 1.005 rounds to 1.01 and 2.675
 * to 2.68 as written, not as the binary fraction just below them. Returns
 * false when every digit is zero. */
static bool decimal_digits(double x, int decimals, char *out, size_t cap)
{
	char sci[32], digits[MAX_INT_DIGITS + MAX_DECIMALS + 2];
	int exp10, keep, n = 0;

	snprintf(sci, sizeof sci, "%.14e", fabs(x));
	exp10 = atoi(strchr(sci, 'e') + 1);
	/* the 15 significant digits, the first standing for 10^exp10 */
	char sig[15];
	sig[0] = sci[0];
	memcpy(sig + 1, sci + 2, 14);
	/* digits kept: those down to 10^-decimals */
	keep = exp10 + 1 + decimals;
	digits[0] = '0'; /* room for a carry */
	for (int i = 0; i < keep; i++)
		digits[1 + n++] = i < 15 ? sig[i] : '0';
	bool up = keep >= 0 && keep < 15 && sig[keep] >= '5';
	for (int i = n; up && i >= 0; i--) {
		if (digits[i] == '9') {
			digits[i] = '0';
		} else {
			digits[i]++;
			up = false;
		}
	}
	/* at least one digit before the point */
	int total = n + 1, first = 0;
	while (first < total - decimals - 1 && digits[first] == '0')
		first++;
	if (total - first < decimals + 1) {
		/* 0.00ddd: pad with leading zeros */
		int pad = decimals + 1 - (total - first);
		memmove(digits + pad, digits + first, (size_t)(total - first));
		memset(digits, '0', (size_t)pad);
		first = 0;
		total = decimals + 1;
	}
	size_t o = 0;
	bool nonzero = false;
	for (int i = first; i < total && o + 2 < cap; i++) {
		if (i == total - decimals)
			out[o++] = '.';
		nonzero |= digits[i] != '0';
		out[o++] = digits[i];
	}
	out[o] = '\0';
	return nonzero;
}

size_t cinx_format_number(double x, int decimals, int flags, char *buf, size_t cap)
{
	char digits[64], *dot;
	size_t nint, o = 0, n;
	const char *sign = "";
	bool nonzero;
	int len;

	if (cap == 0)
		return 0;
	if (decimals < 0)
		decimals = 0;
	if (isfinite(x) && fabs(x) < 1e21 && decimals <= MAX_DECIMALS) {
		nonzero = decimal_digits(x, decimals, digits, sizeof digits);
		len = (int)strlen(digits);
	} else {
		len = snprintf(digits, sizeof digits, "%.*f", decimals, fabs(x));
		nonzero = x != 0.0;
		if (len < 0 || (size_t)len >= sizeof digits) {
			buf[0] = '\0';
			return 0;
		}
	}
	if (x < 0 && nonzero)
		sign = "-";
	else if ((flags & CINX_FMT_SIGN) && nonzero)
		sign = "+";
	dot = strchr(digits, '.');
	nint = dot ? (size_t)(dot - digits) : (size_t)len;

	char tmp[96];
	o = (size_t)snprintf(tmp, sizeof tmp, "%s", sign);
	for (size_t i = 0; i < nint; i++) {
		if ((flags & CINX_FMT_GROUP) && i > 0 && (nint - i) % 3 == 0)
			tmp[o++] = ',';
		tmp[o++] = digits[i];
	}
	if (dot) {
		n = strlen(dot);
		memcpy(tmp + o, dot, n);
		o += n;
	}
	tmp[o] = '\0';
	return (size_t)snprintf(buf, cap, "%s", tmp);
}

size_t cinx_format_value(cinx_value v, int decimals, int flags, char *buf, size_t cap)
{
	if (v.kind == CINX_NUM)
		return cinx_format_number(v.num, decimals, flags, buf, cap);
	if (v.kind == CINX_NO_ROW)
		return (size_t)snprintf(buf, cap, "%s", (flags & CINX_FMT_NOROW_DASH) ? "-" : "");
	return (size_t)snprintf(buf, cap, "%s", cinx_kind_symbol(v.kind));
}
