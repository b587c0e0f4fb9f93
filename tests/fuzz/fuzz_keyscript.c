/* SPDX-License-Identifier: MIT */
/* libFuzzer harness for the key-script parser. A failure must leave no keys
 * and a one-line message free of control characters (it may quote the
 * script). Parsed keys must be in range, and writing them back as a script
 * must parse to the same keys. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/keyscript.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_message(const char *msg)
{
	if (!msg[0] || strchr(msg, '\n'))
		abort();
	check_printable("error", msg, strlen(msg));
}

static size_t put_utf8(char *o, int cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | cp >> 12);
		o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | cp >> 18);
	o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Writes key k as script text into o (room for 32 bytes). */
static size_t write_key(char *o, const cinx_key *k)
{
	const char *name = cinx_key_name(k->code);

	if (k->code >= 1 && k->code <= 26)
		return (size_t)sprintf(o, "<C-%c>", 'a' + k->code - 1);
	if (k->code == '<')
		return (size_t)sprintf(o, "<lt>");
	if (!name) {
		if (k->code < 0x20 || k->code > 0x10FFFF || k->code == 0x7F ||
		    (k->code >= 0x80 && k->code < 0xA0) || (k->code >= 0xD800 && k->code <= 0xDFFF))
			abort();
		return put_utf8(o, k->code);
	}
	if (k->code == CINX_KEY_RESIZE) {
		if (k->x < 1 || k->y < 1 || k->x > 1000 || k->y > 1000)
			abort();
		return (size_t)sprintf(o, "<Resize %dx%d>", k->x, k->y);
	}
	if (k->code == CINX_KEY_CLICK || k->code == CINX_KEY_DOUBLE_CLICK) {
		if (k->x < 0 || k->y < 0 || k->x > 9999 || k->y > 9999)
			abort();
		return (size_t)sprintf(o, "<%s %d,%d>", name, k->x, k->y);
	}
	if (k->x || k->y)
		abort();
	return (size_t)sprintf(o, "<%s>", name);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *script = malloc(size + 1), *again;
	cinx_key *keys = NULL, *keys2 = NULL;
	size_t n = 0, n2 = 0, o = 0;
	cinx_error err;

	if (!script)
		return 0;
	memcpy(script, data, size);
	script[size] = '\0';
	if (cinx_keyscript_parse(script, &keys, &n, &err) != CINX_OK) {
		if (keys)
			abort();
		check_message(err.message);
		free(script);
		return 0;
	}
	again = malloc(n * 32 + 1);
	if (!again)
		abort();
	for (size_t i = 0; i < n; i++)
		o += write_key(again + o, &keys[i]);
	again[o] = '\0';
	if (cinx_keyscript_parse(again, &keys2, &n2, &err) != CINX_OK) {
		fprintf(stderr, "rewritten script '%s' fails: %s\n", again, err.message);
		abort();
	}
	if (n2 != n || (n && memcmp(keys, keys2, n * sizeof *keys) != 0)) {
		fprintf(stderr, "rewritten script '%s' parses differently\n", again);
		abort();
	}
	free(keys);
	free(keys2);
	free(again);
	free(script);
	return 0;
}
