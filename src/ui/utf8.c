/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <string.h>

#include "utf8.h"

size_t ui_utf8_put(unsigned cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

void ui_utf8_append(char *buf, size_t cap, int cp)
{
	size_t len = strlen(buf);
	char enc[4];
	size_t n = ui_utf8_put((unsigned)cp, enc);

	if (len + n >= cap)
		return;
	memcpy(buf + len, enc, n);
	buf[len + n] = '\0';
}

void ui_utf8_erase_last(char *buf)
{
	size_t len = strlen(buf);

	while (len && (buf[len - 1] & 0xC0) == 0x80)
		len--;
	if (len)
		len--;
	buf[len] = '\0';
}
