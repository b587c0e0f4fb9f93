/* SPDX-License-Identifier: MIT */
/* Reads NAME.meta.csv with the rules of EES's data screener: the eight
 * columns in any order (others ignored), col_type Filter or Indicator, a
 * label on every row, units and decimal places on indicators only, filter
 * hints and groupings on filters only. */
#include <config.h>

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "arena.h"
#include "cinx/text.h"
#include "csv_reader.h"
#include "dataset_internal.h"
#include "ees_meta.h"

/* A row per column of the data file is a few kB; this bounds memory
 * whatever the file holds. */
#define META_MAX_BYTES (16UL * 1024UL * 1024UL)
/* More decimals than a double's 15 significant digits cannot be shown. */
#define META_MAX_DP 15
/* A short label fits a table header; a longer label gives way to the name. */
#define SHORT_LABEL_COLUMNS 20

enum field { F_NAME, F_TYPE, F_LABEL, F_GROUPING, F_UNIT, F_DP, F_HINT, F_FGROUP, N_FIELDS };
static const char *const field_names[N_FIELDS] = {
	"col_name", "col_type", "label", "indicator_grouping", "indicator_unit", "indicator_dp",
	"filter_hint", "filter_grouping_column",
};

/* The screener's acceptable_indicator_units; numberstring shows a number
 * as it is written (a year, a code), with no symbol. */
static const struct {
	const char *text, *symbol;
	cinx_unit unit;
} units[] = {
	{"%", "%", CINX_UNIT_PERCENT},
	{"pp", "pp", CINX_UNIT_COUNT},
	{"\xC2\xA3", "\xC2\xA3", CINX_UNIT_COUNT},
	{"\xC2\xA3m", "\xC2\xA3m", CINX_UNIT_COUNT},
	{"numberstring", NULL, CINX_UNIT_COUNT},
};

struct cinx_meta {
	arena strings;
	char *source;
	cinx_meta_col *cols;
	size_t n_cols, cap_cols;
	size_t type_col; /* col_type's column, from 0, for the messages of apply */
};

typedef struct reader {
	cinx_csv_reader in;
	cinx_meta *m;
	bool header_done;
	size_t col_of[N_FIELDS]; /* SIZE_MAX: not in the header */
	size_t n_header;
	const char *row[N_FIELDS];
	size_t bytes;
} reader;

static void on_header_field(reader *r, size_t col, const char *s, size_t len)
{
	for (int k = 0; k < N_FIELDS; k++) {
		if (strlen(field_names[k]) != len || memcmp(field_names[k], s, len) != 0)
			continue;
		if (r->col_of[k] != SIZE_MAX)
			cinx_csv_fail_at(&r->in, col, "duplicate column '%s' (also column %zu); expected each column once",
					 field_names[k], r->col_of[k] + 1);
		r->col_of[k] = col;
	}
}

static void on_field(void *ctx, size_t col, const char *s, size_t len)
{
	reader *r = ctx;

	if (!r->header_done) {
		on_header_field(r, col, s, len);
		return;
	}
	for (int k = 0; k < N_FIELDS; k++)
		if (r->col_of[k] == col) {
			char *p = cinx_arena_strndup(&r->m->strings, s, len);
			if (!p) {
				cinx_csv_fail_nomem(&r->in);
				return;
			}
			cinx_text_sanitize(p, len, NULL);
			r->row[k] = p;
		}
}

static void check_header(reader *r, size_t n)
{
	r->header_done = true;
	r->n_header = n;
	for (int k = 0; k < N_FIELDS; k++)
		if (r->col_of[k] == SIZE_MAX) {
			cinx_csv_fail_at(&r->in, 0, "missing required column '%s'; expected an EES metadata header "
					 "with col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,"
					 "filter_hint,filter_grouping_column", field_names[k]);
			return;
		}
	r->m->type_col = r->col_of[F_TYPE];
}

/* s for a message: its first bytes, quoted. */
static const char *quoted(const char *s, char *ex, size_t cap)
{
	cinx_text_excerpt(s, strlen(s), "'", ex, cap);
	return ex;
}

static bool blank(const char *s)
{
	return s[strspn(s, " \t")] == '\0';
}

/* Fails at field k, quoting its text. */
static void fail_field(reader *r, int k, const char *expected)
{
	char ex[64];

	cinx_csv_fail_at(&r->in, r->col_of[k], "found %s in column '%s'; expected %s", quoted(r->row[k], ex, sizeof ex),
			 field_names[k], expected);
}

/* Fields that only the other type of column may fill must be empty. */
static bool check_not_for(reader *r, cinx_meta_type type)
{
	static const int of_indicators[] = {F_GROUPING, F_UNIT, F_DP}, of_filters[] = {F_HINT, F_FGROUP};
	const int *ks = type == CINX_META_FILTER ? of_indicators : of_filters;
	size_t n = type == CINX_META_FILTER ? 3 : 2;

	for (size_t i = 0; i < n; i++)
		if (!blank(r->row[ks[i]])) {
			fail_field(r, ks[i], type == CINX_META_FILTER ? "it empty on a Filter row (only indicators have it)"
								  : "it empty on an Indicator row (only filters have it)");
			return false;
		}
	return true;
}

static bool parse_unit(reader *r, cinx_meta_col *c)
{
	const char *s = r->row[F_UNIT];

	c->unit = CINX_UNIT_COUNT;
	c->unit_symbol = NULL;
	if (s[0] == '\0')
		return true;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strcmp(s, units[i].text) == 0) {
			c->unit = units[i].unit;
			c->unit_symbol = units[i].symbol;
			return true;
		}
	fail_field(r, F_UNIT, "%, pp, \xC2\xA3, \xC2\xA3m, numberstring or nothing");
	return false;
}

static bool parse_dp(reader *r, cinx_meta_col *c)
{
	const char *s = r->row[F_DP];
	size_t n = strlen(s);

	c->dp = -1;
	if (n == 0)
		return true;
	if (n > 2 || strspn(s, "0123456789") != n || atoi(s) > META_MAX_DP) {
		fail_field(r, F_DP, "a whole number of decimal places from 0 to 15, or nothing");
		return false;
	}
	c->dp = atoi(s);
	return true;
}

static const cinx_meta_col *find_col(const cinx_meta *m, const char *name)
{
	for (size_t i = 0; i < m->n_cols; i++)
		if (strcasecmp(m->cols[i].name, name) == 0)
			return &m->cols[i];
	return NULL;
}

/* One row, checked in the order a reader fixes it: which column, what
 * kind, its label, then the kind's own fields. */
static bool parse_row(reader *r, cinx_meta_col *c)
{
	const cinx_meta_col *seen;
	char ex[64];

	c->line = r->in.row_line;
	c->name = r->row[F_NAME];
	if (blank(c->name)) {
		cinx_csv_fail_at(&r->in, r->col_of[F_NAME], "empty col_name; expected the name of a column of the data file");
		return false;
	}
	if ((seen = find_col(r->m, c->name))) {
		cinx_csv_fail_at(&r->in, r->col_of[F_NAME], "column %s described twice (first on line %lu); "
				 "expected one row per column", quoted(c->name, ex, sizeof ex), seen->line);
		return false;
	}
	if (strcasecmp(r->row[F_TYPE], "Filter") == 0) {
		c->type = CINX_META_FILTER;
	} else if (strcasecmp(r->row[F_TYPE], "Indicator") == 0) {
		c->type = CINX_META_INDICATOR;
	} else {
		fail_field(r, F_TYPE, "Filter or Indicator");
		return false;
	}
	c->label = r->row[F_LABEL];
	if (blank(c->label)) {
		cinx_csv_fail_at(&r->in, r->col_of[F_LABEL], "empty label for %s; expected the column's description",
				 quoted(c->name, ex, sizeof ex));
		return false;
	}
	c->grouping = r->row[F_GROUPING];
	c->filter_hint = r->row[F_HINT];
	c->filter_grouping_column = r->row[F_FGROUP];
	return check_not_for(r, c->type) && parse_unit(r, c) && parse_dp(r, c);
}

static void on_row(void *ctx, size_t n)
{
	reader *r = ctx;
	cinx_meta *m = r->m;

	if (!r->header_done) {
		check_header(r, n);
		return;
	}
	if (n != r->n_header) {
		cinx_csv_fail_at(&r->in, n < r->n_header ? n : r->n_header,
				 "row has %zu fields; expected %zu, as in the header", n, r->n_header);
		return;
	}
	if (m->n_cols == m->cap_cols) {
		size_t cap = m->cap_cols ? 2 * m->cap_cols : 16;
		cinx_meta_col *p = realloc(m->cols, cap * sizeof *p);
		if (!p) {
			cinx_csv_fail_nomem(&r->in);
			return;
		}
		m->cols = p;
		m->cap_cols = cap;
	}
	if (parse_row(r, &m->cols[m->n_cols]))
		m->n_cols++;
	memset(r->row, 0, sizeof r->row);
}

static cinx_status reader_init(reader *r, const char *source, cinx_error *err)
{
	memset(r, 0, sizeof *r);
	for (int k = 0; k < N_FIELDS; k++)
		r->col_of[k] = SIZE_MAX;
	r->m = calloc(1, sizeof *r->m);
	if (!r->m || !(r->m->source = strdup(source)) ||
	    cinx_csv_init(&r->in, r->m->source, CSV_STRICT | CSV_STRICT_FINI, on_field, on_row, r)) {
		cinx_meta_free(r->m);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	return CINX_OK;
}

static cinx_status reader_feed(reader *r, const void *buf, size_t len)
{
	if (r->in.failed)
		return r->in.failed;
	if (len > META_MAX_BYTES - r->bytes) {
		r->in.row_line = 0;
		return cinx_csv_fail_at(&r->in, 0, "the metadata file is larger than %lu MiB; expected a few kB "
					"(one row per column of the data file)", META_MAX_BYTES >> 20);
	}
	r->bytes += len;
	return cinx_csv_feed(&r->in, buf, len);
}

static cinx_status reader_finish(reader *r, cinx_meta **out, cinx_error *err)
{
	cinx_status st = r->in.failed ? r->in.failed : cinx_csv_finish(&r->in);

	if (!st && !r->header_done) {
		r->in.row_line = 0;
		st = cinx_csv_fail_at(&r->in, 0, "the file is empty; expected a metadata header starting col_name,col_type,...");
	}
	cinx_csv_free(&r->in);
	if (st) {
		if (err)
			*err = r->in.error;
		cinx_meta_free(r->m);
		return st;
	}
	*out = r->m;
	return CINX_OK;
}

cinx_status cinx_meta_load_memory(const char *source, const void *buf, size_t len, cinx_meta **out,
				  cinx_error *err)
{
	reader r;

	*out = NULL;
	if (reader_init(&r, source, err))
		return CINX_E_NOMEM;
	reader_feed(&r, buf, len);
	return reader_finish(&r, out, err);
}

cinx_status cinx_meta_load_file(const char *path, cinx_meta **out, cinx_error *err)
{
	char buf[16384];
	FILE *f = fopen(path, "rb");
	reader r;
	size_t n;

	*out = NULL;
	if (!f)
		return cinx_error_set(err, CINX_E_IO, "%s: cannot open: %s", path, strerror(errno));
	if (reader_init(&r, path, err)) {
		fclose(f);
		return CINX_E_NOMEM;
	}
	while (!r.in.failed && (n = fread(buf, 1, sizeof buf, f)) > 0)
		reader_feed(&r, buf, n);
	if (ferror(f) && !r.in.failed)
		r.in.failed = cinx_error_set(&r.in.error, CINX_E_IO, "%s: read error: %s", path, strerror(errno));
	fclose(f);
	return reader_finish(&r, out, err);
}

void cinx_meta_free(cinx_meta *m)
{
	if (!m)
		return;
	cinx_arena_free(&m->strings);
	free(m->cols);
	free(m->source);
	free(m);
}

size_t cinx_meta_n_cols(const cinx_meta *m) { return m->n_cols; }
const cinx_meta_col *cinx_meta_col_at(const cinx_meta *m, size_t i) { return &m->cols[i]; }
const cinx_meta_col *cinx_meta_find(const cinx_meta *m, const char *col_name) { return find_col(m, col_name); }

bool cinx_meta_path(const char *data_path, char *out, size_t cap)
{
	size_t n = strlen(data_path);
	struct stat st;

	if (n <= 4 || strcasecmp(data_path + n - 4, ".csv") != 0)
		return false;
	if ((size_t)snprintf(out, cap, "%.*s.meta.csv", (int)(n - 4), data_path) >= cap)
		return false;
	return stat(out, &st) == 0 && S_ISREG(st.st_mode);
}

/* ---- applying it --------------------------------------------------------------- */

static ds_column *find_column(ds_column *cols, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(cols[i].name, name) == 0)
			return &cols[i];
	return NULL;
}

static cinx_indicator *find_published(cinx_dataset *ds, const char *name)
{
	for (size_t i = 0; i < ds->n_inds; i++)
		if (!ds->inds[i].derived && strcasecmp(ds->inds[i].name, name) == 0)
			return &ds->inds[i];
	return NULL;
}

static cinx_status disagree(const cinx_meta *m, const cinx_meta_col *c, const char *held, cinx_error *err)
{
	char ex[64];

	return cinx_error_at(err, CINX_E_DATA, m->source, c->line, m->type_col + 1,
			     "%s is %s here but %s in the data file; expected the two files to agree",
			     quoted(c->name, ex, sizeof ex),
			     c->type == CINX_META_FILTER ? "a Filter" : "an Indicator", held);
}

static void apply_indicator(cinx_indicator *in, const cinx_meta_col *c, const char *label)
{
	in->label = label;
	in->short_label = cinx_text_width(label) <= SHORT_LABEL_COLUMNS ? label : in->name;
	/* Only "%" says how figures combine; the rest (a £ may be per child,
	 * and no unit at all may be a rate or an average) leave the loader's
	 * unit, since a count is summed over merged authorities. */
	if (c->unit == CINX_UNIT_PERCENT)
		in->unit = CINX_UNIT_PERCENT;
	in->unit_symbol = c->unit_symbol;
	if (c->dp >= 0)
		in->decimals = c->dp;
}

cinx_status cinx_dataset_apply_meta(cinx_dataset *ds, const cinx_meta *m, cinx_error *err)
{
	for (size_t i = 0; i < m->n_cols; i++) {
		const cinx_meta_col *c = &m->cols[i];
		cinx_indicator *in = find_published(ds, c->name);
		ds_column *col = find_column(ds->filters, ds->n_filters, c->name);

		if (!col)
			col = find_column(ds->attrs, ds->n_attrs, c->name);
		if (!in && !col)
			continue;
		if (c->type == CINX_META_INDICATOR && !in)
			return disagree(m, c, "a text column", err);
		if (c->type == CINX_META_FILTER && !col)
			return disagree(m, c, "a column of figures", err);
		char *label = cinx_arena_strndup(&ds->strings, c->label, strlen(c->label));
		if (!label)
			return cinx_error_set(err, CINX_E_NOMEM, "%s: out of memory", m->source);
		if (in)
			apply_indicator(in, c, label);
		else
			col->label = label;
	}
	return CINX_OK;
}
