/* SPDX-License-Identifier: MIT */
/* The configuration file parser. Strict: any bad line stops the program
 * with its line number, rather than running with half a configuration. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/config.h"
#include "cinx/paths.h"
#include "cinx/report.h"
#include "cinx/text.h"
#include "options.h"

#define MAX_LINE 4096
#define MAX_ENTRIES 64

typedef struct entry {
	char *key, *value;
	unsigned long line;
} entry;

struct cinx_config {
	entry e[MAX_ENTRIES];
	size_t n;
};

bool cinx_config_default_path(char *buf, size_t cap)
{
	size_t n = cinx_xdg_path("XDG_CONFIG_HOME", ".config", "cinx/config", buf, cap);

	return n > 0 && n < cap;
}

void cinx_config_free(cinx_config *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n; i++) {
		free(c->e[i].key);
		free(c->e[i].value);
	}
	free(c);
}

size_t cinx_config_n(const cinx_config *c) { return c->n; }
const char *cinx_config_key(const cinx_config *c, size_t i) { return c->e[i].key; }
const char *cinx_config_value(const cinx_config *c, size_t i) { return c->e[i].value; }

const char *cinx_config_get(const cinx_config *c, const char *key)
{
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->e[i].key, key) == 0)
			return c->e[i].value;
	return NULL;
}

static bool is_space(char ch) { return ch == ' ' || ch == '\t'; }

/* Whether s (one line, at most MAX_LINE bytes) is UTF-8 without DEL or C1
 * controls: values reach messages and the screen. */
static bool plain_utf8(const char *s)
{
	char copy[MAX_LINE + 1];
	size_t n = strlen(s);
	bool changed;

	memcpy(copy, s, n + 1);
	for (size_t i = 0; i < n; i++)
		if (copy[i] == '\t')
			copy[i] = ' ';
	cinx_text_sanitize(copy, n, &changed);
	return !changed;
}

/* The expanded path, or NULL with *why set. */
static char *expand_path(const char *source, const char *v, const char **why)
{
	const char *slash = strrchr(source, '/');
	char home[4096 + MAX_LINE];
	char *out;
	size_t n;

	if (cinx_path_in_home(v)) {
		if (!cinx_expand_home(v, home, sizeof home)) {
			*why = "starts with ~ but HOME is not set";
			return NULL;
		}
		out = strdup(home);
	} else if (v[0] != '/' && slash) {
		/* relative to the configuration file's folder */
		int dir = (int)(slash - source);
		n = (size_t)dir + 1 + strlen(v);
		if ((out = malloc(n + 1)))
			snprintf(out, n + 1, "%.*s/%s", dir, source, v);
	} else {
		out = strdup(v);
	}
	if (!out)
		*why = "out of memory";
	return out;
}

/* The checked value to keep, or NULL with the message in err: the checks
 * of the command line (options.c), and paths expanded. */
static char *check_value(const char *source, unsigned long line, const opt_def *d, const char *v, cinx_error *err)
{
	const char *keep, *why = NULL;
	char ex[64], expected[256];
	char *p;

	cinx_text_excerpt(v, strlen(v), "", ex, sizeof ex);
	if (!opt_check(d, v, &keep, expected, sizeof expected)) {
		cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: %s = '%s': expected %s", source, line, d->name, ex,
			       expected);
		return NULL;
	}
	if (d->type == OPT_T_PATH) {
		if (!(p = expand_path(source, v, &why)))
			cinx_error_set(err, strcmp(why, "out of memory") ? CINX_E_CONFIG : CINX_E_NOMEM,
				       "%s:%lu: %s: the path '%s' %s", source, line, d->name, ex, why);
		return p;
	}
	if (!(p = strdup(keep)))
		cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	return p;
}

/* "data, population, ..., limit": the keys, for messages. */
static void key_list(char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < opt_n_defs && o < cap; i++)
		if (opt_defs[i].config)
			o += (size_t)snprintf(buf + o, cap - o, "%s%s", o ? ", " : "", opt_defs[i].name);
}

static cinx_status parse_line(cinx_config *c, const char *source, unsigned long line, char *s,
			      cinx_error *err)
{
	char ex[64], *eq, *key, *value, *end;
	const opt_def *d;

	while (is_space(*s))
		s++;
	end = s + strlen(s);
	while (end > s && is_space(end[-1]))
		*--end = '\0';
	if (!*s || *s == '#')
		return CINX_OK;
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p < 0x20 && *p != '\t')
			return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: control character (byte 0x%02X); "
					      "expected plain text", source, line, (unsigned)(unsigned char)*p);
	if (!plain_utf8(s))
		return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: a control character or bytes that are "
				      "not UTF-8; expected plain UTF-8 text", source, line);
	if (!(eq = strchr(s, '='))) {
		cinx_text_excerpt(s, strlen(s), "", ex, sizeof ex);
		return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: found '%s'; expected key = value, or a "
				      "comment starting with #", source, line, ex);
	}
	key = s;
	value = eq + 1;
	for (end = eq; end > key && is_space(end[-1]); end--)
		;
	*end = '\0';
	while (is_space(*value))
		value++;
	cinx_text_excerpt(key, strlen(key), "", ex, sizeof ex);
	d = opt_find(key);
	if (!key[0])
		return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: no key before '='; expected key = value",
				      source, line);
	if (!d || !d->config) {
		char keys[512];
		key_list(keys, sizeof keys);
		/* --filter and the explorer's scripting options differ run by run */
		return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: unknown key '%s'%s%s%s; expected one of %s", source,
				      line, ex, d ? " (--" : "", d ? d->name : "", d ? " is for the command line only)" : "",
				      keys);
	}
	if (!value[0])
		return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: %s has no value; expected %s = something",
				      source, line, key, key);
	for (size_t i = 0; i < c->n; i++)
		if (strcmp(c->e[i].key, key) == 0)
			return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: %s is set twice (first on line %lu); "
					      "expected each key once", source, line, key, c->e[i].line);
	if (c->n == MAX_ENTRIES)
		return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: too many entries", source, line);
	entry *e = &c->e[c->n];
	e->line = line;
	if (!(e->value = check_value(source, line, d, value, err)))
		return err ? err->status : CINX_E_CONFIG;
	if (!(e->key = strdup(d->name))) {
		free(e->value);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	c->n++;
	return CINX_OK;
}

cinx_status cinx_config_parse(const char *source, const char *text, size_t len, cinx_config **out,
			      cinx_error *err)
{
	cinx_config *c = calloc(1, sizeof *c);
	char line[MAX_LINE + 1];
	unsigned long no = 0;
	size_t i = 0;

	*out = NULL;
	if (!c)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t stop = nl ? (size_t)(nl - text) : len, n = stop - i;
		cinx_status st;
		no++;
		if (n && text[i + n - 1] == '\r')
			n--;
		if (n > MAX_LINE) {
			cinx_config_free(c);
			return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: line is %zu bytes long; expected at most %d",
					      source, no, n, MAX_LINE);
		}
		if (memchr(text + i, '\0', n)) {
			cinx_config_free(c);
			return cinx_error_set(err, CINX_E_CONFIG, "%s:%lu: NUL byte; expected a text file", source, no);
		}
		memcpy(line, text + i, n);
		line[n] = '\0';
		if ((st = parse_line(c, source, no, line, err))) {
			cinx_config_free(c);
			return st;
		}
		i = stop + 1;
	}
	*out = c;
	return CINX_OK;
}

cinx_status cinx_config_load(const char *path, cinx_config **out, cinx_error *err)
{
	FILE *f = fopen(path, "rb");
	char buf[65536];
	size_t len;
	cinx_status st;

	*out = NULL;
	if (!f) {
		if (errno == ENOENT)
			return cinx_config_parse(path, "", 0, out, err);
		return cinx_error_set(err, CINX_E_CONFIG, "%s: cannot open: %s", path, strerror(errno));
	}
	len = fread(buf, 1, sizeof buf, f);
	if (ferror(f))
		st = cinx_error_set(err, CINX_E_CONFIG, "%s: read error: %s", path, strerror(errno));
	else if (!feof(f))
		st = cinx_error_set(err, CINX_E_CONFIG, "%s: larger than %zu bytes; expected a short text file",
				    path, sizeof buf - 1);
	else
		st = cinx_config_parse(path, buf, len, out, err);
	fclose(f);
	return st;
}
