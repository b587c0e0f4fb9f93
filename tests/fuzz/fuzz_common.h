/* SPDX-License-Identifier: MIT */
/* What every harness checks of text meant for a terminal. */
#ifndef CINX_FUZZ_COMMON_H
#define CINX_FUZZ_COMMON_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

/* Whether a code point would move the cursor, start an escape sequence or
 * reorder text on a terminal. Newline and tab are the only ones allowed. */
static inline bool is_control(unsigned cp)
{
	return (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7F && cp <= 0x9F) ||
	       cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E) ||
	       (cp >= 0x2066 && cp <= 0x2069);
}

/* Output and messages must be valid UTF-8 free of control characters. */
static inline void check_printable(const char *what, const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;

	for (size_t i = 0; i < len;) {
		unsigned cp = p[i];
		size_t n = cp < 0x80 ? 1 : cp >= 0xC2 && cp <= 0xDF ? 2 : cp >= 0xE0 && cp <= 0xEF ? 3
			   : cp >= 0xF0 && cp <= 0xF4 ? 4 : 0;
		bool bad = n == 0 || i + n > len;
		if (!bad && n > 1) {
			cp &= 0x7F >> n;
			for (size_t k = 1; k < n && !bad; k++) {
				bad = (p[i + k] & 0xC0) != 0x80;
				cp = (cp << 6) | (p[i + k] & 0x3F);
			}
		}
		if (bad || is_control(cp)) {
			fprintf(stderr, "%s at byte %zu of the %s: %.*s\n",
				bad ? "invalid UTF-8" : "control character", i, what, (int)len, s);
			abort();
		}
		i += n;
	}
}

#endif
