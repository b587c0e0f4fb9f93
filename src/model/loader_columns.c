/* SPDX-License-Identifier: MIT */
/* The loader's header: finding columns by name, refusing duplicates and
 * missing ones, and deciding at the first data row which unknown columns
 * hold figures. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/text.h"
#include "dataset_internal.h"
#include "loader_internal.h"

#define NO_INDICATORS \
	"no indicator columns; expected at least one column of figures after the geography columns"

const char *const cinx_loader_role_columns[R_IND] = {
	[R_TIME] = "time_period", [R_LEVEL] = "geographic_level",
	[R_COUNTRY_CODE] = "country_code", [R_COUNTRY_NAME] = "country_name",
	[R_REGION_CODE] = "region_code", [R_REGION_NAME] = "region_name",
	[R_OLD_LA] = "old_la_code", [R_NEW_LA] = "new_la_code", [R_LA_NAME] = "la_name",
};

/* Columns that are neither geography nor indicators. */
static const char *const filter_columns[] = {
	"time_identifier", "category", "age_group", "sex", "ethnicity", "characteristic",
};

void cinx_loader_header_field(cinx_loader *l, const char *s, size_t len)
{
	/* a column name is a name like any other: the same limit */
	if (len > CINX_MAX_NAME_BYTES) {
		cinx_csv_fail_at(&l->in, l->n_cols, "column name is %zu bytes long; expected at most %d", len,
				 CINX_MAX_NAME_BYTES);
		return;
	}
	if (l->n_cols == l->cap_header) {
		size_t cap = l->cap_header ? l->cap_header * 2 : 32;
		strbuf *h = realloc(l->header, cap * sizeof *h);
		if (!h)
			return cinx_loader_fail_nomem(l);
		memset(h + l->cap_header, 0, (cap - l->cap_header) * sizeof *h);
		l->header = h;
		l->cap_header = cap;
	}
	if (!cinx_loader_sb_set(&l->header[l->n_cols], s, len))
		return cinx_loader_fail_nomem(l);
	l->header[l->n_cols].len = cinx_text_sanitize(l->header[l->n_cols].p, len, NULL);
	l->header[l->n_cols].p[l->header[l->n_cols].len] = '\0';
	l->n_cols++;
}

static bool is_filter_column(const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < sizeof filter_columns / sizeof filter_columns[0]; i++)
		if (strcmp(name, filter_columns[i]) == 0)
			return true;
	/* other geographies (lad_code, pcon_name...) are not indicators */
	return (n > 5 && strcmp(name + n - 5, "_code") == 0) ||
	       (n > 5 && strcmp(name + n - 5, "_name") == 0);
}

typedef struct named_col {
	const char *name;
	size_t col;
} named_col;

static int cmp_named_col(const void *x, const void *y)
{
	const named_col *a = x, *b = y;
	int c = strcmp(a->name, b->name);

	return c ? c : (a->col > b->col) - (a->col < b->col);
}

/* Fails at the first column whose name an earlier column has. Sorted rather
 * than compared pairwise: a header may have many thousands of columns. */
static bool check_duplicate_columns(cinx_loader *l)
{
	named_col *v = malloc((l->n_cols ? l->n_cols : 1) * sizeof *v);
	size_t dup = 0, first = 0, start = 0;

	if (!v) {
		cinx_loader_fail_nomem(l);
		return true;
	}
	for (size_t c = 0; c < l->n_cols; c++)
		v[c] = (named_col){l->header[c].p, c};
	qsort(v, l->n_cols, sizeof *v, cmp_named_col);
	for (size_t i = 1; i < l->n_cols; i++) {
		if (strcmp(v[i].name, v[start].name) != 0)
			start = i;
		else if (i == start + 1 && v[i].name[0] && (!dup || v[i].col < dup)) {
			dup = v[i].col;
			first = v[start].col;
		}
	}
	free(v);
	if (dup)
		cinx_csv_fail_at(&l->in, dup, "duplicate column '%s' (also column %zu); expected each column once",
			l->header[dup].p, first + 1);
	return dup != 0;
}

void cinx_loader_finish_header(cinx_loader *l)
{
	int found[R_IND];
	size_t candidates = 0;

	for (int r = 0; r < R_IND; r++)
		found[r] = -1;
	l->col_role = calloc(l->n_cols, sizeof *l->col_role);
	l->col_ind = calloc(l->n_cols, sizeof *l->col_ind);
	l->first_row = calloc(l->n_cols, sizeof *l->first_row);
	if (!l->col_role || !l->col_ind || !l->first_row)
		return cinx_loader_fail_nomem(l);
	if (check_duplicate_columns(l))
		return;
	for (size_t c = 0; c < l->n_cols; c++) {
		const char *name = l->header[c].p;
		l->col_role[c] = R_IGNORE;
		for (int r = 1; r < R_IND; r++)
			if (strcmp(name, cinx_loader_role_columns[r]) == 0) {
				l->col_role[c] = r;
				found[r] = (int)c;
			}
		if (l->col_role[c] == R_IGNORE && name[0] && !is_filter_column(name)) {
			l->col_role[c] = cinx_c1_is_indicator(name) ? R_IND : R_PENDING;
			candidates++;
		}
	}
	static const int required[] = {R_TIME, R_LEVEL, R_COUNTRY_CODE, R_COUNTRY_NAME,
				       R_REGION_CODE, R_REGION_NAME, R_NEW_LA, R_LA_NAME};
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
		if (found[required[i]] < 0) {
			cinx_csv_fail_at(&l->in, 0, "missing required column '%s'; expected an EES header such as %s",
				cinx_loader_role_columns[required[i]],
				"time_period,time_identifier,geographic_level,country_code,...");
			return;
		}
	if (candidates == 0) {
		cinx_csv_fail_at(&l->in, l->n_cols, "%s", NO_INDICATORS);
		return;
	}
	l->req_col = -1;
	for (size_t c = 0; l->req_column && c < l->n_cols; c++)
		if (strcmp(l->header[c].p, l->req_column) == 0)
			l->req_col = (long)c;
	if (l->req_column && l->req_col < 0) {
		cinx_csv_fail_at(&l->in, 0, "no column '%s'; expected one holding '%s' (%s)", l->req_column,
			       l->req_value, l->req_why);
		return;
	}
	l->have_header = true;
}

void cinx_loader_check_required(cinx_loader *l, size_t c, const char *s, size_t len)
{
	char ex[64];

	if ((long)c != l->req_col || (len == strlen(l->req_value) && strncasecmp(s, l->req_value, len) == 0))
		return;
	cinx_text_excerpt(s, len, "'", ex, sizeof ex);
	cinx_csv_fail_at(&l->in, c, "found %s in column '%s'; expected '%s' in every row (%s)", ex, l->req_column,
		       l->req_value, l->req_why);
}

/* A well-formed decimal that has more digits than a double holds. */
static bool too_precise(const char *s, size_t len)
{
	size_t i = len && (s[0] == '-' || s[0] == '+'), sig = 0, points = 0;

	for (; i < len; i++) {
		if (s[i] == '.' && !points++)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return false;
		sig += sig || s[i] != '0';
	}
	return sig > 15;
}

/* Parses one figure into the row; reports a bad one at its column. */
void cinx_loader_parse_figure(cinx_loader *l, size_t c, const char *s, size_t len)
{
	int i = l->col_ind[c];

	if (!s || !cinx_value_parse(s, len, &l->row_vals[i], &l->row_dec[i])) {
		char ex[64];
		cinx_text_excerpt(s ? s : "", s ? len : 0, "'", ex, sizeof ex);
		if (s && too_precise(s, len))
			cinx_csv_fail_at(&l->in, c, "found %s in column '%s'; expected a number of at most 15 "
				"significant digits (more cannot be held exactly)", ex, l->header[c].p);
		else
			cinx_csv_fail_at(&l->in, c, "found %s in column '%s'; expected a number or a symbol "
				"(c, x, :, z, u, k, low)", ex, l->header[c].p);
	}
}

/* At the first data row: a column the publication does not name is an
 * indicator when its first value is a figure, and ignored text otherwise
 * (a filter such as a breakdown label). Known indicators stay strict. */
void cinx_loader_decide_indicators(cinx_loader *l)
{
	size_t n_inds = 0;
	cinx_value v;

	for (size_t c = 0; c < l->n_cols; c++) {
		if (l->col_role[c] == R_PENDING)
			l->col_role[c] = cinx_value_parse(l->first_row[c].p, l->first_row[c].len, &v, NULL)
					 ? R_IND : R_IGNORE;
		if (l->col_role[c] == R_IND)
			l->col_ind[c] = (int)n_inds++;
	}
	if (n_inds == 0) {
		cinx_csv_fail_at(&l->in, l->n_cols, "%s", NO_INDICATORS);
		return;
	}
	const char **names = malloc(n_inds * sizeof *names);
	l->row_vals = calloc(n_inds, sizeof *l->row_vals);
	l->row_dec = calloc(n_inds, sizeof *l->row_dec);
	l->ind_percent = calloc(n_inds, sizeof *l->ind_percent);
	if (!names || !l->row_vals || !l->row_dec || !l->ind_percent) {
		free(names);
		return cinx_loader_fail_nomem(l);
	}
	for (size_t c = 0; c < l->n_cols; c++)
		if (l->col_role[c] == R_IND) {
			names[l->col_ind[c]] = l->header[c].p;
			l->ind_percent[l->col_ind[c]] = strstr(l->header[c].p, "percent") != NULL;
		}
	if (cinx_build_set_indicators(&l->b, names, n_inds) != CINX_OK)
		cinx_loader_fail_nomem(l);
	free(names);
	l->inds_ready = true;
	for (size_t c = 0; c < l->n_cols && !l->in.failed; c++)
		if (l->col_role[c] == R_IND)
			cinx_loader_parse_figure(l, c, l->first_row[c].p, l->first_row[c].len);
}
