/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <string.h>

#include "cinx/text.h"
#include "wrap.h"

/* Columns of s[0..len), through the library's width rules. */
static int span_width(const char *s, size_t len)
{
	char buf[512];

	if (len >= sizeof buf)
		len = sizeof buf - 1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	return cinx_text_width(buf);
}

/* Bytes of the longest prefix of s[0..len) that fits in width columns. */
static size_t fit_bytes(const char *s, size_t len, int width)
{
	size_t n = 0;

	while (n < len) {
		size_t next = n + 1;
		while (next < len && ((unsigned char)s[next] & 0xC0) == 0x80)
			next++;
		if (span_width(s, next) > width)
			break;
		n = next;
	}
	return n ? n : (len ? 1 : 0);
}

size_t ui_wrap(const char *s, int width, ui_span *out, size_t max)
{
	size_t len = strlen(s), pos = 0, lines = 0;

	if (width < 1)
		width = 1;
	while (pos < len) {
		size_t end, brk;
		while (pos < len && s[pos] == ' ')
			pos++;
		if (pos >= len)
			break;
		end = pos + fit_bytes(s + pos, len - pos, width);
		brk = end;
		if (end < len && s[end] != ' ') {
			/* back up to the last space, unless the word fills the line */
			size_t b = end;
			while (b > pos && s[b - 1] != ' ')
				b--;
			if (b > pos)
				brk = b;
		}
		if (lines < max) {
			size_t l = brk;
			while (l > pos && s[l - 1] == ' ')
				l--;
			out[lines] = (ui_span){pos, l - pos};
		}
		lines++;
		pos = brk;
	}
	return lines;
}
