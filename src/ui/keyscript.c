/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/keyscript.h"
#include "cinx/text.h"

#define MAX_SIZE 1000   /* like --screen */
#define QUOTE_MAX 40    /* bytes of a name quoted back in a message */
#define MAX_COORD 9999

static const struct {
	const char *name;
	int code;
} names[] = {
	{"Enter", CINX_KEY_ENTER}, {"Esc", CINX_KEY_ESC}, {"Tab", CINX_KEY_TAB},
	{"BS", CINX_KEY_BACKSPACE}, {"Up", CINX_KEY_UP}, {"Down", CINX_KEY_DOWN},
	{"Left", CINX_KEY_LEFT}, {"Right", CINX_KEY_RIGHT}, {"PgUp", CINX_KEY_PGUP},
	{"PgDn", CINX_KEY_PGDN}, {"Home", CINX_KEY_HOME}, {"End", CINX_KEY_END},
	{"WheelUp", CINX_KEY_WHEEL_UP}, {"WheelDown", CINX_KEY_WHEEL_DOWN},
	{"Space", ' '}, {"lt", '<'},
};
#define N_NAMES (sizeof names / sizeof names[0])

static const char expected[] =
	"expected <Enter> <Esc> <Tab> <BS> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> "
	"<Space> <lt> <C-a>..<C-z> <Resize WxH> <Click X,Y> <DoubleClick X,Y> <WheelUp [X,Y]> <WheelDown [X,Y]>";

const char *cinx_key_name(int code)
{
	static const struct {
		int code;
		const char *name;
	} extra[] = {
		{CINX_KEY_RESIZE, "Resize"}, {CINX_KEY_CLICK, "Click"}, {CINX_KEY_DOUBLE_CLICK, "DoubleClick"},
	};

	if (code < CINX_KEY_ENTER)
		return NULL;
	for (size_t i = 0; i < N_NAMES; i++)
		if (names[i].code == code)
			return names[i].name;
	for (size_t i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (extra[i].code == code)
			return extra[i].name;
	return NULL;
}

/* Reads "<digits><sep><digits>" filling the whole of s (len bytes). */
static int two_numbers(const char *s, size_t len, char sep, int max, int min, int *a, int *b)
{
	long v[2] = {0, 0};
	size_t i = 0;

	for (int k = 0; k < 2; k++) {
		size_t start = i;
		while (i < len && s[i] >= '0' && s[i] <= '9' && i - start < 5)
			v[k] = v[k] * 10 + (s[i++] - '0');
		if (i == start || v[k] < min || v[k] > max)
			return 0;
		if (k == 0) {
			if (i >= len || s[i] != sep)
				return 0;
			i++;
		}
	}
	if (i != len)
		return 0;
	*a = (int)v[0];
	*b = (int)v[1];
	return 1;
}

static int has_word(const char *s, size_t len, const char *word)
{
	size_t n = strlen(word);
	return len > n && strncasecmp(s, word, n) == 0 && s[n] == ' ';
}

/* One name between '<' and '>' (len bytes). Returns 0 when unknown. */
static int parse_name(const char *s, size_t len, cinx_key *k, cinx_error *err, size_t col)
{
	int shown = len > QUOTE_MAX ? QUOTE_MAX : (int)len;

	k->x = k->y = 0;
	for (size_t i = 0; i < N_NAMES; i++)
		if (strlen(names[i].name) == len && strncasecmp(s, names[i].name, len) == 0) {
			k->code = names[i].code;
			return 1;
		}
	if (len == 3 && (s[0] == 'C' || s[0] == 'c') && s[1] == '-' &&
	    ((s[2] >= 'a' && s[2] <= 'z') || (s[2] >= 'A' && s[2] <= 'Z'))) {
		k->code = (s[2] | 0x20) - 'a' + 1;
		return 1;
	}
	if (has_word(s, len, "Resize")) {
		k->code = CINX_KEY_RESIZE;
		if (two_numbers(s + 7, len - 7, 'x', MAX_SIZE, 1, &k->x, &k->y))
			return 1;
		cinx_error_set(err, CINX_E_USAGE,
			       "key script, character %zu: <%.*s> needs a size such as <Resize 80x24> "
			       "(1 to %d each)", col, shown, s, MAX_SIZE);
		return -1;
	}
	if (has_word(s, len, "Click") || has_word(s, len, "DoubleClick") || has_word(s, len, "WheelUp") ||
	    has_word(s, len, "WheelDown")) {
		/* the wheel where it turns, as the terminal reports it */
		size_t skip = (size_t)(strchr(s, ' ') - s) + 1;
		k->code = skip == 6 ? CINX_KEY_CLICK : skip == 12 ? CINX_KEY_DOUBLE_CLICK
			  : s[5] == 'U' || s[5] == 'u' ? CINX_KEY_WHEEL_UP : CINX_KEY_WHEEL_DOWN;
		if (two_numbers(s + skip, len - skip, ',', MAX_COORD, 0, &k->x, &k->y))
			return 1;
		cinx_error_set(err, CINX_E_USAGE,
			       "key script, character %zu: <%.*s> needs a column and row from 0, such as "
			       "<Click 4,7>", col, shown, s);
		return -1;
	}
	return 0;
}

/* Parses the next key at p into k; returns the bytes used, or 0 with err set. */
static size_t next_key(const unsigned char *p, size_t col, cinx_key *k, cinx_error *err)
{
	const char *start, *close, *next_open;
	unsigned ucp = 0;
	int r;
	size_t used = cinx_utf8_decode(p, strnlen((const char *)p, 4), &ucp);
	int cp = (int)ucp;

	*k = (cinx_key){0, 0, 0};
	if (!used) {
		cinx_error_set(err, CINX_E_USAGE, "key script, character %zu: byte 0x%02X is not valid UTF-8",
			       col, p[0]);
		return 0;
	}
	if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
		cinx_error_set(err, CINX_E_USAGE,
			       "key script, character %zu: control character 0x%02X; write keys such as <Enter> or "
			       "<C-c> by name", col, (unsigned)cp);
		return 0;
	}
	if (cp != '<') {
		k->code = cp;
		return used;
	}
	start = (const char *)p + 1;
	close = strchr(start, '>');
	next_open = strchr(start, '<');
	if (!close || (next_open && next_open < close)) {
		cinx_error_set(err, CINX_E_USAGE,
			       "key script, character %zu: '<' starts a key name that no '>' closes (write <lt> "
			       "for the key '<')", col);
		return 0;
	}
	/* names are plain ASCII: anything else would be echoed raw below */
	for (const char *q = start; q < close; q++)
		if ((unsigned char)*q < 0x20 || (unsigned char)*q >= 0x7F) {
			cinx_error_set(err, CINX_E_USAGE, "key script, character %zu: a key name holds byte 0x%02X; %s",
				       col, (unsigned)(unsigned char)*q, expected);
			return 0;
		}
	r = parse_name(start, (size_t)(close - start), k, err, col);
	if (r == 0)
		cinx_error_set(err, CINX_E_USAGE, "key script, character %zu: unknown key <%.*s>; %s", col,
			       close - start > QUOTE_MAX ? QUOTE_MAX : (int)(close - start), start, expected);
	return r > 0 ? (size_t)(close - start) + 2 : 0;
}

cinx_status cinx_keyscript_parse(const char *script, cinx_key **keys, size_t *n, cinx_error *err)
{
	const unsigned char *p = (const unsigned char *)script;
	size_t len = strlen(script), count = 0, col = 0;
	cinx_key *out = malloc((len ? len : 1) * sizeof *out);

	*keys = NULL;
	*n = 0;
	if (!out)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	while (*p) {
		/* every key takes at least one byte, so len keys is room enough */
		size_t used = next_key(p, ++col, &out[count], err);
		if (!used) {
			free(out);
			return CINX_E_USAGE;
		}
		if (p[0] == '<')
			col += used - 1; /* names are ASCII: one column per byte */
		count++;
		p += used;
	}
	*keys = out;
	*n = count;
	return CINX_OK;
}
