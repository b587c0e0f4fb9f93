/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include "cinx/text.h"

size_t cinx_utf8_decode(const unsigned char *s, size_t len, unsigned *cp)
{
	unsigned c = s[0];
	size_t n;
	unsigned min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) { n = 2; min = 0x80; c &= 0x1F; }
	else if (c >= 0xE0 && c <= 0xEF) { n = 3; min = 0x800; c &= 0x0F; }
	else if (c >= 0xF0 && c <= 0xF4) { n = 4; min = 0x10000; c &= 0x07; }
	else return 0;
	if (len < n)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

/* wcwidth() only knows non-ASCII in a UTF-8 locale; fall back to one
 * column, which is right for every name in the data sets we read. */
static int cp_width(unsigned cp)
{
	int w;

	if (cp < 0x80)
		return cp >= 0x20 && cp != 0x7F ? 1 : 0;
	w = wcwidth((wchar_t)cp);
	if (w >= 0)
		return w;
	if (cp >= 0x0300 && cp <= 0x036F)
		return 0;
	if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
	    (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	    (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0x1F300 && cp <= 0x1FAFF))
		return 2;
	return 1;
}

int cinx_text_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s);
	int w = 0;

	while (len) {
		unsigned cp;
		size_t n = cinx_utf8_decode(p, len, &cp);
		if (n == 0) {
			w++;
			n = 1;
		} else {
			w += cp_width(cp);
		}
		p += n;
		len -= n;
	}
	return w;
}

int cinx_text_fit(const char *s, int width, bool ascii, char *out, size_t cap)
{
	const char *ell = ascii ? "~" : "\xE2\x80\xA6";
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), o = 0, cut_o = 0;
	int w = 0, cut_w = 0;

	if (cap == 0)
		return 0;
	if (width <= 0) {
		out[0] = '\0';
		return 0;
	}
	if (cinx_text_width(s) <= width && len < cap) {
		memcpy(out, s, len + 1);
		return cinx_text_width(s);
	}
	/* Keep the longest prefix that leaves one column for the ellipsis. */
	while (len) {
		unsigned cp;
		size_t n = cinx_utf8_decode(p, len, &cp);
		int cw = n ? cp_width(cp) : 1;
		if (!n)
			n = 1;
		if (w + cw > width - 1 || o + n + strlen(ell) + 1 > cap)
			break;
		memcpy(out + o, p, n);
		o += n;
		w += cw;
		p += n;
		len -= n;
		cut_o = o;
		cut_w = w;
	}
	memcpy(out + cut_o, ell, strlen(ell) + 1);
	return cut_w + 1;
}

size_t cinx_text_sanitize(char *s, size_t len, bool *changed)
{
	unsigned char *p = (unsigned char *)s;
	size_t i = 0, o;
	bool ch = false;

	/* fast path: printable ASCII needs no decoding and no copying. Eight
	 * bytes at a time: a byte below 0x20 borrows, 0x7F carries, and any
	 * byte from 0x80 has its top bit set already. */
	for (uint64_t w; i + 8 <= len; i += 8) {
		const uint64_t ones = 0x0101010101010101u;
		memcpy(&w, p + i, 8);
		if (((w - 0x20 * ones) | (w + ones) | w) & 0x80 * ones)
			break;
	}
	while (i < len && p[i] >= 0x20 && p[i] < 0x7F)
		i++;
	o = i;
	while (i < len) {
		unsigned cp;
		size_t n = cinx_utf8_decode(p + i, len - i, &cp);
		if (n == 0 || cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) ||
		    cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
		    (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F || cp == 0x061C) {
			/* control characters, bidi overrides and bidi marks (LRM, RLM,
			 * ALM) could rewrite or reorder the screen */
			p[o++] = '?';
			i += n ? n : 1;
			ch = true;
			continue;
		}
		memmove(p + o, p + i, n);
		o += n;
		i += n;
	}
	if (o < len)
		p[o] = '\0';
	if (changed)
		*changed = ch;
	return o;
}

bool cinx_text_iprefix(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if (tolower((unsigned char)*s) != tolower((unsigned char)*prefix))
			return false;
	return true;
}

bool cinx_text_word_iprefix(const char *s, const char *prefix)
{
	for (const char *p = s; *p; p++)
		if ((p == s || ((unsigned char)p[-1] < 0x80 && !isalnum((unsigned char)p[-1]))) &&
		    cinx_text_iprefix(p, prefix))
			return true;
	return false;
}

void cinx_text_excerpt(const char *s, size_t len, const char *quote, char *out, size_t cap)
{
	enum { MAX = 40 };
	size_t n = len < MAX ? len : MAX;
	char tmp[MAX + 1];

	memcpy(tmp, s, n);
	/* the cut may split a character: that becomes '?' too */
	tmp[cinx_text_sanitize(tmp, n, NULL)] = '\0';
	snprintf(out, cap, "%s%s%s%s", quote, tmp, len > MAX ? "..." : "", quote);
}

bool cinx_text_icontains(const char *hay, const char *needle)
{
	if (!*needle)
		return true;
	for (; *hay; hay++)
		if (cinx_text_iprefix(hay, needle))
			return true;
	return false;
}
