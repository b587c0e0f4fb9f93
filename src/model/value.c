/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdint.h>
#include <string.h>

#include "cinx/value.h"

static const struct {
	const char *symbol, *meaning, *status;
} kinds[CINX_KIND_COUNT] = {
	[CINX_NUM] = {"", "number", "ok"},
	[CINX_SYM_C] = {"c", "confidential", "confidential"},
	[CINX_SYM_X] = {"x", "not available", "not_available"},
	[CINX_SYM_COLON] = {":", "not available", "not_available"},
	[CINX_SYM_Z] = {"z", "not applicable", "not_applicable"},
	[CINX_SYM_U] = {"u", "low reliability", "low_reliability"},
	[CINX_SYM_K] = {"k", "rounds to zero", "rounds_to_zero"},
	[CINX_SYM_LOW] = {"low", "rounds to zero", "rounds_to_zero"},
	[CINX_NO_ROW] = {"", "no data for this year", "no_row"},
};

const char *cinx_kind_symbol(cinx_kind k) { return k < CINX_KIND_COUNT ? kinds[k].symbol : ""; }
const char *cinx_kind_meaning(cinx_kind k) { return k < CINX_KIND_COUNT ? kinds[k].meaning : "?"; }
const char *cinx_kind_status(cinx_kind k) { return k < CINX_KIND_COUNT ? kinds[k].status : "?"; }

static bool parse_symbol(const char *s, size_t len, cinx_kind *k)
{
	static const cinx_kind syms[] = {CINX_SYM_C, CINX_SYM_X, CINX_SYM_COLON, CINX_SYM_Z,
					 CINX_SYM_U, CINX_SYM_K, CINX_SYM_LOW};
	for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
		const char *sym = kinds[syms[i]].symbol;
		if (strlen(sym) == len && memcmp(sym, s, len) == 0) {
			*k = syms[i];
			return true;
		}
	}
	return false;
}

/* Hand-rolled because strtod is locale-dependent and accepts hex, inf and
 * nan, none of which belong in a statistics file. Digits gather in integers
 * (at most 15 significant ones, so exact in a double), then one division by
 * an exact power of ten: exact for the integers and one-decimal figures the
 * data set holds, and cheaper than arithmetic in doubles digit by digit. */
bool cinx_value_parse(const char *s, size_t len, cinx_value *out, int *decimals)
{
	static const double pow10[16] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
					 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
	size_t i = 0, start, first, ndig, nfrac = 0, sig; /* sig: digits from the first non-zero */
	bool neg = false;
	uint64_t ip = 0, frac = 0;

	if (len == 0)
		return false;
	if (s[0] == 'c' || s[0] == 'x' || s[0] == ':' || s[0] == 'z' || s[0] == 'u' ||
	    s[0] == 'k' || s[0] == 'l') {
		cinx_kind k;
		if (!parse_symbol(s, len, &k))
			return false;
		*out = cinx_value_of(k);
		if (decimals)
			*decimals = 0;
		return true;
	}
	if (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-';
		i++;
	}
	start = i;
	while (i < len && s[i] == '0')
		i++;
	first = i;
	/* past 19 digits 64 bits overflow: stop, and the length check fails */
	for (; i < len && s[i] >= '0' && s[i] <= '9' && i - first < 19; i++)
		ip = ip * 10 + (uint64_t)(s[i] - '0');
	ndig = i - start;
	sig = i - first;
	if (i < len && s[i] == '.') {
		size_t fstart = ++i;
		if (sig == 0) /* zeros after the point lead too */
			while (i < len && s[i] == '0')
				i++;
		first = i;
		for (; i < len && s[i] >= '0' && s[i] <= '9' && i - first < 19; i++)
			frac = frac * 10 + (uint64_t)(s[i] - '0');
		nfrac = i - fstart;
		sig += i - first;
		if (nfrac == 0)
			return false;
	}
	/* a double holds 15 significant digits exactly; more would be rounded */
	if (i != len || ndig == 0 || sig > 15 || nfrac > 15)
		return false;
	/* whole numbers, most of the file, need no division */
	double num = nfrac ? (double)ip + (double)frac / pow10[nfrac] : (double)ip;
	*out = cinx_value_number(neg ? -num : num);
	if (decimals)
		*decimals = (int)nfrac;
	return true;
}

int cinx_value_cmp(cinx_value a, cinx_value b)
{
	int ra = a.kind == CINX_NUM ? 0 : a.kind == CINX_NO_ROW ? 2 : 1;
	int rb = b.kind == CINX_NUM ? 0 : b.kind == CINX_NO_ROW ? 2 : 1;

	if (ra != rb)
		return ra - rb;
	if (ra == 0)
		return (a.num > b.num) - (a.num < b.num);
	return (int)a.kind - (int)b.kind;
}
