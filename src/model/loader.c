/* SPDX-License-Identifier: MIT */
/* Reads an EES tidy CSV into a dataset: header-driven, streaming, strict.
 * Any error stops the load; nothing from a failed file is ever returned. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "cinx/text.h"
#include "dataset_internal.h"
#include "loader_internal.h"

#define MAX_WARNINGS 100

void cinx_loader_fail_nomem(cinx_loader *l)
{
	cinx_csv_fail_nomem(&l->in);
}

bool cinx_loader_sb_set(strbuf *sb, const char *s, size_t len)
{
	if (len + 1 > sb->cap) {
		size_t cap = sb->cap ? sb->cap : 64;
		while (cap < len + 1)
			cap *= 2;
		char *p = realloc(sb->p, cap);
		if (!p)
			return false;
		sb->p = p;
		sb->cap = cap;
	}
	memcpy(sb->p, s, len);
	sb->p[len] = '\0';
	sb->len = len;
	return true;
}

static void on_field(void *data, size_t c, const char *s, size_t len)
{
	cinx_loader *l = data;

	if (!l->have_header) {
		cinx_loader_header_field(l, s, len);
		return;
	}
	if (c >= l->n_cols)
		return;
	if (l->req_column)
		cinx_loader_check_required(l, c, s ? s : "", s ? len : 0);
	int role = l->col_role[c];
	if (!l->inds_ready && (role == R_IND || role == R_PENDING)) {
		/* a figure is short: of a longer field its first bytes and a mark
		 * that it went on ("...", never part of a figure) decide the same,
		 * and memory stays flat however many long fields the row has */
		enum { KEEP = 64 };
		char cut[KEEP + 3];
		if (s && len > KEEP) {
			memcpy(cut, s, KEEP);
			memcpy(cut + KEEP, "...", 3);
			s = cut;
			len = sizeof cut;
		}
		if (!cinx_loader_sb_set(&l->first_row[c], s ? s : "", s ? len : 0))
			cinx_loader_fail_nomem(l);
	} else if (role == R_IND) {
		cinx_loader_parse_figure(l, c, s, len);
	} else if (role != R_IGNORE && role != R_PENDING) {
		if (len > CINX_MAX_NAME_BYTES) {
			cinx_csv_fail_at(&l->in, c, "field is %zu bytes long in column '%s'; expected at most %d", len,
					 l->header[c].p, CINX_MAX_NAME_BYTES);
			return;
		}
		if (!cinx_loader_sb_set(&l->text[role], s ? s : "", s ? len : 0))
			return cinx_loader_fail_nomem(l);
		/* names reach messages and keys: no escape sequences, valid UTF-8 */
		l->text[role].len = cinx_text_sanitize(l->text[role].p, l->text[role].len, NULL);
	}
}

static bool parse_year(const char *s, size_t len, int *year)
{
	if (len != 4)
		return false;
	*year = 0;
	for (size_t i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return false;
		*year = *year * 10 + (s[i] - '0');
	}
	return true;
}

static int col_of(const cinx_loader *l, int role)
{
	for (size_t c = 0; c < l->n_cols; c++)
		if (l->col_role[c] == role)
			return (int)c;
	return 0;
}

static void warn_odd_values(cinx_loader *l, int year, const char *name)
{
	for (size_t i = 0; i < l->b.n_inds; i++) {
		cinx_value v = l->row_vals[i];
		const char *ind = l->b.ind_names[i];
		const char *what = NULL;
		if (v.kind != CINX_NUM)
			continue;
		if (v.num < 0)
			what = "is negative";
		else if (v.num > 100 && l->ind_percent[i])
			what = "is over 100";
		if (!what)
			continue;
		if (l->b.n_warnings >= MAX_WARNINGS) {
			l->n_warnings_dropped++;
			continue;
		}
		char msg[512];
		snprintf(msg, sizeof msg, "%s:%lu: %s for %s in %d %s (%g); loaded as published",
			 l->source, l->in.row_line, ind, name, year, what, v.num);
		if (cinx_build_add_warning(&l->b, msg) != CINX_OK)
			cinx_loader_fail_nomem(l);
	}
}

static void data_row(cinx_loader *l)
{
	strbuf *t = l->text;
	int year;
	cinx_level level;
	const char *key, *code, *name;
	int key_role;

	if (!parse_year(t[R_TIME].p, t[R_TIME].len, &year)) {
		char ex[64];
		cinx_text_excerpt(t[R_TIME].p, t[R_TIME].len, "'", ex, sizeof ex);
		cinx_csv_fail_at(&l->in, (size_t)col_of(l, R_TIME), "found %s in column '%s'; expected a year such as 2025",
			ex, "time_period");
		return;
	}
	if (year < 1900 || year > 2100) {
		cinx_csv_fail_at(&l->in, (size_t)col_of(l, R_TIME), "year %s in column '%s' is outside 1900 to 2100",
			t[R_TIME].p, "time_period");
		return;
	}
	if (strcasecmp(t[R_LEVEL].p, "National") == 0) {
		level = CINX_LEVEL_NATIONAL;
		key_role = R_COUNTRY_CODE;
		name = t[R_COUNTRY_NAME].p;
	} else if (strcasecmp(t[R_LEVEL].p, "Regional") == 0) {
		level = CINX_LEVEL_REGIONAL;
		key_role = R_REGION_CODE;
		name = t[R_REGION_NAME].p;
	} else if (strcasecmp(t[R_LEVEL].p, "Local authority") == 0) {
		level = CINX_LEVEL_LA;
		key_role = R_NEW_LA;
		name = t[R_LA_NAME].p;
	} else {
		char ex[64];
		cinx_text_excerpt(t[R_LEVEL].p, t[R_LEVEL].len, "'", ex, sizeof ex);
		cinx_csv_fail_at(&l->in, (size_t)col_of(l, R_LEVEL), "unknown geographic_level %s; expected %s", ex,
			"National, Regional or Local authority");
		return;
	}
	code = t[key_role].p;
	if (!code[0]) {
		cinx_csv_fail_at(&l->in, (size_t)col_of(l, key_role), "empty %s in a %s row; expected a GSS code",
			cinx_loader_role_columns[key_role], t[R_LEVEL].p);
		return;
	}
	if (!name[0]) {
		int role = level == CINX_LEVEL_NATIONAL ? R_COUNTRY_NAME
			   : level == CINX_LEVEL_REGIONAL ? R_REGION_NAME : R_LA_NAME;
		cinx_csv_fail_at(&l->in, (size_t)col_of(l, role), "empty %s in a %s row; expected a name",
			cinx_loader_role_columns[role], t[R_LEVEL].p);
		return;
	}
	/* Authorities keep their old code when only the GSS code changes, so
	 * the old code is the identity that makes one continuous series. */
	key = (level == CINX_LEVEL_LA && t[R_OLD_LA].len) ? t[R_OLD_LA].p : code;

	row_ident id = {
		.level = level, .key = key, .code = code, .name = name,
		.old_code = level == CINX_LEVEL_LA ? t[R_OLD_LA].p : "",
		.region_code = t[R_REGION_CODE].p, .region_name = t[R_REGION_NAME].p,
		.country_code = t[R_COUNTRY_CODE].p, .country_name = t[R_COUNTRY_NAME].p,
		.year = year, .line = l->in.row_line,
	};
	unsigned long first_line = 0;
	cinx_status st = cinx_build_add_row(&l->b, &id, l->row_vals, l->row_dec, &first_line);
	if (st == CINX_E_DATA) {
		char msg[64];
		snprintf(msg, sizeof msg, "%d (first seen on line %lu)", year, first_line);
		cinx_csv_fail_at(&l->in, 0, "duplicate row for %s in %s; expected one row per area and year", name, msg);
		return;
	}
	if (st != CINX_OK)
		return cinx_loader_fail_nomem(l);
	warn_odd_values(l, year, name);
}

static void on_row(void *data, size_t n)
{
	cinx_loader *l = data;

	if (!l->have_header) {
		cinx_loader_finish_header(l);
		return;
	}
	if (n != l->n_cols) {
		char found[32], want[32];
		snprintf(found, sizeof found, "%zu", n);
		snprintf(want, sizeof want, "%zu", l->n_cols);
		cinx_csv_fail_at(&l->in, n < l->n_cols ? n : l->n_cols, "row has %s fields; expected %s, as in the header",
			found, want);
		return;
	}
	if (!l->inds_ready)
		cinx_loader_decide_indicators(l);
	if (!l->in.failed)
		data_row(l);
	for (int r = 0; r < R_COUNT; r++)
		l->text[r].len = 0;
}

cinx_status cinx_loader_new(const char *source_name, cinx_loader **out, cinx_error *err)
{
	cinx_loader *l = calloc(1, sizeof *l);

	*out = NULL;
	if (!l || !(l->source = strdup(source_name ? source_name : "-"))) {
		free(l);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	if (cinx_csv_init(&l->in, l->source, CSV_STRICT | CSV_STRICT_FINI, on_field, on_row, l)) {
		free(l->source);
		free(l);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	for (int r = 0; r < R_COUNT; r++)
		if (!cinx_loader_sb_set(&l->text[r], "", 0)) {
			cinx_loader_free(l);
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
		}
	*out = l;
	return CINX_OK;
}

cinx_status cinx_loader_require(cinx_loader *l, const char *column, const char *value, const char *why,
				cinx_error *err)
{
	free(l->req_column);
	free(l->req_value);
	free(l->req_why);
	l->req_column = strdup(column);
	l->req_value = strdup(value);
	l->req_why = strdup(why);
	if (!l->req_column || !l->req_value || !l->req_why)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	return CINX_OK;
}

static cinx_status report(cinx_loader *l, cinx_error *err)
{
	if (err)
		*err = l->in.error;
	return l->in.failed;
}

cinx_status cinx_loader_feed(cinx_loader *l, const void *buf, size_t len, cinx_error *err)
{
	if (cinx_csv_feed(&l->in, buf, len))
		return report(l, err);
	return CINX_OK;
}

cinx_status cinx_loader_finish(cinx_loader *l, cinx_dataset **out, cinx_error *err)
{
	*out = NULL;
	if (cinx_csv_finish(&l->in))
		return report(l, err);
	if (!l->have_header) {
		l->in.row_line = 1;
		return cinx_csv_fail_at(&l->in, 0, "%s%s", l->in.saw_bytes ? "the file has no header line; " : "the file is empty; ",
			       "expected a CSV header starting time_period,..."), report(l, err);
	}
	if (l->b.n_rows == 0) {
		l->in.row_line = l->in.line;
		return cinx_csv_fail_at(&l->in, 0, "%s%s", "the file has a header but no data rows; ",
			       "expected at least one row"), report(l, err);
	}
	if (l->n_warnings_dropped) {
		char msg[128];
		snprintf(msg, sizeof msg, "%s: %zu more warnings not shown", l->source, l->n_warnings_dropped);
		if (cinx_build_add_warning(&l->b, msg))
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	return cinx_build_finish(&l->b, l->source, out, err);
}

void cinx_loader_free(cinx_loader *l)
{
	if (!l)
		return;
	cinx_csv_free(&l->in);
	cinx_build_free(&l->b);
	for (size_t c = 0; c < l->cap_header; c++)
		free(l->header[c].p);
	free(l->header);
	for (int r = 0; r < R_COUNT; r++)
		free(l->text[r].p);
	for (size_t c = 0; l->first_row && c < l->n_cols; c++)
		free(l->first_row[c].p);
	free(l->first_row);
	free(l->col_role);
	free(l->col_ind);
	free(l->row_vals);
	free(l->row_dec);
	free(l->ind_percent);
	free(l->req_column);
	free(l->req_value);
	free(l->req_why);
	free(l->source);
	free(l);
}

cinx_status cinx_dataset_load_memory(const char *source_name, const void *buf, size_t len,
				     cinx_dataset **out, cinx_error *err)
{
	cinx_loader *l;
	cinx_status st = cinx_loader_new(source_name, &l, err);

	*out = NULL;
	if (st)
		return st;
	st = cinx_loader_feed(l, buf, len, err);
	if (!st)
		st = cinx_loader_finish(l, out, err);
	cinx_loader_free(l);
	return st;
}

cinx_status cinx_dataset_load_file(const char *path, cinx_dataset **out, cinx_error *err)
{
	return cinx_dataset_load_file_requiring(path, NULL, out, err);
}

cinx_status cinx_dataset_load_file_requiring(const char *path, const cinx_requirement *req, cinx_dataset **out,
					     cinx_error *err)
{
	return cinx_dataset_load_file_tapped(path, req, NULL, NULL, out, err);
}

cinx_status cinx_dataset_load_file_tapped(const char *path, const cinx_requirement *req, cinx_load_tap tap,
					  void *tap_ctx, cinx_dataset **out, cinx_error *err)
{
	cinx_load_opts o = {.req = req, .tap = tap, .tap_ctx = tap_ctx};

	return cinx_dataset_load_file_with(path, &o, out, err);
}

static unsigned long long file_size(FILE *f)
{
	struct stat sb;

	return fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) ? (unsigned long long)sb.st_size : 0;
}

cinx_status cinx_dataset_load_file_with(const char *path, const cinx_load_opts *o, cinx_dataset **out,
					cinx_error *err)
{
	static char buf[1 << 16];
	const cinx_requirement *req = o ? o->req : NULL;
	unsigned long long done = 0, total;
	bool is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	cinx_loader *l;
	cinx_status st;
	size_t n;

	*out = NULL;
	if (!f)
		return cinx_error_set(err, CINX_E_IO, "%s: cannot open: %s", path, strerror(errno));
	total = file_size(f);
	st = cinx_loader_new(is_stdin ? "<stdin>" : path, &l, err);
	if (!st && req)
		st = cinx_loader_require(l, req->column, req->value, req->why, err);
	while (!st && (n = fread(buf, 1, sizeof buf, f)) > 0) {
		if (o && o->tap)
			o->tap(o->tap_ctx, buf, n);
		st = cinx_loader_feed(l, buf, n, err);
		done += n;
		if (o && o->progress)
			o->progress(o->progress_ctx, done, total);
	}
	if (!st && ferror(f))
		st = cinx_error_set(err, CINX_E_IO, "%s: read error: %s", path, strerror(errno));
	if (!st)
		st = cinx_loader_finish(l, out, err);
	if (l)
		cinx_loader_free(l);
	if (!is_stdin)
		fclose(f);
	return st;
}
