/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cinx/export.h"

static const struct {
	const char *ext;
	cinx_format f;
} exts[] = {
	{".csv", CINX_FORMAT_CSV}, {".tsv", CINX_FORMAT_TSV}, {".json", CINX_FORMAT_JSON},
	{".md", CINX_FORMAT_MARKDOWN}, {".markdown", CINX_FORMAT_MARKDOWN}, {".txt", CINX_FORMAT_TEXT},
};

bool cinx_export_format_for(const char *path, cinx_format *f)
{
	const char *dot = strrchr(path, '.');

	if (!dot || strchr(dot, '/'))
		return false;
	for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (strcasecmp(dot, exts[i].ext) == 0) {
			*f = exts[i].f;
			return true;
		}
	return false;
}

void cinx_export_default_name(const char *what, int year, cinx_format f, char *buf, size_t cap)
{
	static const char *const ext[] = {"txt", "csv", "tsv", "json", "md"};
	char safe[64];
	size_t o = 0;

	for (const char *p = what; *p && o + 1 < sizeof safe; p++) {
		char c = (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ? *p
			 : (*p >= 'A' && *p <= 'Z') ? (char)(*p - 'A' + 'a') : '-';
		if (c != '-' || (o && safe[o - 1] != '-'))
			safe[o++] = c;
	}
	while (o && safe[o - 1] == '-')
		o--;
	safe[o] = '\0';
	snprintf(buf, cap, "cinx-%s-%d.%s", o ? safe : "view", year, ext[f]);
}

cinx_status cinx_export_write(const cinx_report *r, cinx_format f, int flags, const char *path,
			      cinx_error *err)
{
	const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
	size_t n = strlen(path) + 16;
	char *tmp = malloc(n);
	cinx_status st;
	mode_t mask;
	FILE *out;
	int fd;

	if (!tmp)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	if (!base[0]) {
		free(tmp);
		return cinx_error_set(err, CINX_E_USAGE, "%s: names a folder; expected a file name", path);
	}
	/* the temporary file sits beside the target, so rename never crosses devices */
	snprintf(tmp, n, "%.*s.%s.XXXXXX", (int)(base - path), path, base);
	if ((fd = mkstemp(tmp)) < 0) {
		st = cinx_error_set(err, CINX_E_IO, "%s: cannot create a file there: %s", path, strerror(errno));
		free(tmp);
		return st;
	}
	mask = umask(0);
	umask(mask);
	fchmod(fd, 0666 & ~mask);
	if (!(out = fdopen(fd, "w"))) {
		st = cinx_error_set(err, CINX_E_IO, "%s: %s", path, strerror(errno));
		close(fd);
	} else {
		st = cinx_report_write(r, f, flags, out, err);
		if (!st && fsync(fileno(out)) != 0)
			st = cinx_error_set(err, CINX_E_IO, "%s: cannot write: %s", path, strerror(errno));
		if (fclose(out) != 0 && !st)
			st = cinx_error_set(err, CINX_E_IO, "%s: cannot write: %s", path, strerror(errno));
		if (!st && rename(tmp, path) != 0)
			st = cinx_error_set(err, CINX_E_IO, "%s: cannot replace: %s", path, strerror(errno));
	}
	if (st)
		unlink(tmp);
	free(tmp);
	return st;
}

char *cinx_report_to_string(const cinx_report *r, cinx_format f, int flags, size_t *len)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&buf, &n);
	cinx_error err;
	cinx_status st;

	if (!out)
		return NULL;
	st = cinx_report_write(r, f, flags, out, &err);
	if (fclose(out) != 0 || st) {
		free(buf);
		return NULL;
	}
	if (len)
		*len = n;
	return buf;
}

char *cinx_osc52(const char *text, size_t len)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *p = (const unsigned char *)text;
	char *out = malloc(len / 3 * 4 + 16), *o = out;

	if (!out)
		return NULL;
	o += sprintf(o, "\033]52;c;");
	for (size_t i = 0; i < len; i += 3) {
		unsigned long v = (unsigned long)p[i] << 16;
		if (i + 1 < len)
			v |= (unsigned long)p[i + 1] << 8;
		if (i + 2 < len)
			v |= p[i + 2];
		*o++ = b64[(v >> 18) & 63];
		*o++ = b64[(v >> 12) & 63];
		*o++ = i + 1 < len ? b64[(v >> 6) & 63] : '=';
		*o++ = i + 2 < len ? b64[v & 63] : '=';
	}
	*o++ = '\a';
	*o = '\0';
	return out;
}

size_t cinx_shell_quote(const char *s, char *buf, size_t cap)
{
	size_t o = 0;
	bool safe = s[0] != '\0';

	for (const char *p = s; *p && safe; p++)
		safe = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		       strchr("-_./=:,+@%", *p);
	if (safe)
		return (size_t)snprintf(buf, cap, "%s", s);
#define PUT(c) do { if (o + 1 < cap) buf[o] = (c); o++; } while (0)
	PUT('\'');
	for (const char *p = s; *p; p++) {
		if (*p == '\'') {
			/* close, an escaped quote, reopen */
			PUT('\'');
			PUT('\\');
			PUT('\'');
		}
		PUT(*p);
	}
	PUT('\'');
#undef PUT
	if (cap)
		buf[o < cap ? o : cap - 1] = '\0';
	return o;
}

typedef struct line {
	char *buf;
	size_t cap, len;
} line;

static void word(line *l, const char *w)
{
	size_t n;

	if (l->len) {
		if (l->len + 1 < l->cap)
			l->buf[l->len] = ' ';
		l->len++;
	}
	n = cinx_shell_quote(w, l->len < l->cap ? l->buf + l->len : NULL, l->len < l->cap ? l->cap - l->len : 0);
	l->len += n;
}

static void option(line *l, const char *name, const char *value)
{
	if (!value)
		return;
	word(l, name);
	word(l, value);
}

size_t cinx_command_line(const cinx_query_state *s, char *buf, size_t cap)
{
	line l = {buf, cap, 0};
	char num[32];

	if (cap)
		buf[0] = '\0';
	word(&l, "cinx");
	if (s->command)
		word(&l, s->command);
	for (size_t i = 0; i < s->n_areas; i++)
		word(&l, s->areas[i]);
	option(&l, "--data", s->data);
	option(&l, "--population", s->population);
	option(&l, "--neighbours", s->neighbours);
	option(&l, "--level", s->level);
	option(&l, "--region", s->region);
	option(&l, "--metric", s->metric);
	if (s->year) {
		snprintf(num, sizeof num, "%d", s->year);
		option(&l, "--year", num);
	}
	option(&l, "--sort", s->sort);
	if (s->limit) {
		snprintf(num, sizeof num, "%ld", s->limit);
		option(&l, "--limit", num);
	}
	for (size_t i = 0; i < s->n_pins; i++)
		option(&l, "--pin", s->pins[i]);
	if (s->with_predecessors)
		word(&l, "--with-predecessors");
	option(&l, "--format", s->format);
	if (s->ascii)
		word(&l, "--ascii");
	if (cap)
		buf[l.len < cap ? l.len : cap - 1] = '\0';
	return l.len;
}
