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
#include "ees_meta.h"
#include "loader_internal.h"

#define NO_INDICATORS \
	"no indicator columns; expected at least one column of figures after the geography columns"

const char *const cinx_loader_role_columns[R_GEO] = {
	[R_TIME] = "time_period", [R_TIME_ID] = "time_identifier", [R_LEVEL] = "geographic_level",
	[R_COUNTRY_CODE] = "country_code", [R_COUNTRY_NAME] = "country_name",
	[R_REGION_CODE] = "region_code", [R_REGION_NAME] = "region_name",
	[R_OLD_LA] = "old_la_code", [R_NEW_LA] = "new_la_code", [R_LA_NAME] = "la_name",
};

/* Columns that are text whatever their first value. */
static const char *const text_columns[] = {
	"category", "age_group", "sex", "ethnicity", "characteristic",
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

static bool ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);

	return n > m && strcmp(s + n - m, end) == 0;
}

/* Other geographies' codes and names (lad_code, pcon_name, trust_id,
 * school_urn, provider_ukprn...): never figures, never filters. */
static bool is_geography_column(const char *name)
{
	return ends_with(name, "_code") || ends_with(name, "_name") || ends_with(name, "_id") ||
	       ends_with(name, "_urn") || ends_with(name, "_ukprn") || ends_with(name, "_laestab") ||
	       ends_with(name, "_upin");
}

static bool is_text_column(const char *name)
{
	for (size_t i = 0; i < sizeof text_columns / sizeof text_columns[0]; i++)
		if (strcmp(name, text_columns[i]) == 0)
			return true;
	return false;
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

static void assign_roles(cinx_loader *l, size_t *candidates)
{
	for (int r = 0; r < R_GEO; r++)
		l->role_col[r] = -1;
	for (size_t c = 0; c < l->n_cols; c++) {
		const char *name = l->header[c].p;
		l->col_role[c] = R_IGNORE;
		l->col_text[c] = -1;
		for (int r = 1; r < R_GEO; r++)
			if (strcmp(name, cinx_loader_role_columns[r]) == 0) {
				l->col_role[c] = r;
				l->role_col[r] = (int)c;
			}
		if (l->col_role[c] != R_IGNORE || !name[0])
			continue;
		/* the metadata's word beats every guess */
		const cinx_meta_col *m = l->meta ? cinx_meta_find(l->meta, name) : NULL;
		if (m) {
			l->col_role[c] = m->type == CINX_META_FILTER ? R_TEXT : R_IND;
			*candidates += l->col_role[c] == R_IND;
		} else if (is_geography_column(name))
			l->col_role[c] = R_GEO;
		else if (is_text_column(name))
			l->col_role[c] = R_TEXT;
		else {
			l->col_role[c] = cinx_c1_is_indicator(name) ? R_IND : R_PENDING;
			(*candidates)++;
		}
	}
}

void cinx_loader_finish_header(cinx_loader *l)
{
	size_t candidates = 0;

	l->col_role = calloc(l->n_cols, sizeof *l->col_role);
	l->col_ind = calloc(l->n_cols, sizeof *l->col_ind);
	l->col_text = calloc(l->n_cols, sizeof *l->col_text);
	l->cells = calloc(l->n_cols, sizeof *l->cells);
	if (!l->col_role || !l->col_ind || !l->col_text || !l->cells)
		return cinx_loader_fail_nomem(l);
	if (check_duplicate_columns(l))
		return;
	assign_roles(l, &candidates);
	/* the rest of the geography is needed only by rows of its level */
	static const int required[] = {R_TIME, R_LEVEL, R_COUNTRY_CODE, R_COUNTRY_NAME};
	for (size_t i = 0; i < sizeof required / sizeof required[0]; i++)
		if (l->role_col[required[i]] < 0) {
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

/* Early rows are kept until every unknown column has shown a figure or
 * a text, or until this many rows or bytes: then the rest are figures. */
#define EARLY_ROWS 1000
#define EARLY_BYTES ((size_t)4 << 20)
#define CUT 64

void cinx_loader_early_field(cinx_loader *l, size_t c, const char *s, size_t len)
{
	if (c == 0) {
		if (l->n_early == l->cap_early) {
			size_t cap = l->cap_early ? l->cap_early * 2 : 8;
			struct early_row *e = realloc(l->early, cap * sizeof *e);
			if (!e)
				return cinx_loader_fail_nomem(l);
			l->early = e;
			l->cap_early = cap;
		}
		struct early_row *row = &l->early[l->n_early++];
		row->line = l->in.row_line;
		if (!(row->fields = calloc(l->n_cols, sizeof *row->fields)))
			return cinx_loader_fail_nomem(l);
	}
	int role = l->col_role[c];
	char cut[CUT + 3];
	if (role == R_IND && len > CUT) {
		/* a figure is short: its first bytes and a mark that it went on
		 * ("...", never part of a figure) fail the same way */
		memcpy(cut, s, CUT);
		memcpy(cut + CUT, "...", 3);
		s = cut;
		len = sizeof cut;
	}
	if (role != R_IGNORE) {
		if (!cinx_loader_field_fits(l, c, len))
			return;
		if (!cinx_loader_sb_set(&l->early[l->n_early - 1].fields[c], s, len))
			return cinx_loader_fail_nomem(l);
	}
	l->early_bytes += len + 1;
}

/* What an unknown column's value says of it: R_IND for a number, R_TEXT
 * for a text, R_PENDING for a symbol (c, x, z...), which either may hold. */
static int role_shown_by(const strbuf *f)
{
	cinx_value v;

	if (!cinx_value_parse(f->p ? f->p : "", f->p ? f->len : 0, &v, NULL))
		return R_TEXT;
	return v.kind == CINX_NUM ? R_IND : R_PENDING;
}

void cinx_loader_early_row(cinx_loader *l)
{
	const struct early_row *row = &l->early[l->n_early - 1];
	bool undecided = false;

	for (size_t c = 0; c < l->n_cols; c++)
		if (l->col_role[c] == R_PENDING) {
			int r = role_shown_by(&row->fields[c]);
			if (r != R_PENDING)
				l->col_role[c] = r;
			undecided |= r == R_PENDING;
		}
	if (!undecided || l->n_early >= EARLY_ROWS || l->early_bytes >= EARLY_BYTES)
		cinx_loader_decide_indicators(l);
}

/* The early rows again, now that every column is known. */
static void replay(cinx_loader *l)
{
	for (size_t r = 0; r < l->n_early && !l->in.failed; r++) {
		l->in.row_line = l->early[r].line;
		for (size_t c = 0; c < l->n_cols && !l->in.failed; c++)
			cinx_loader_on_field(l, c, l->early[r].fields[c].p ? l->early[r].fields[c].p : "",
					     l->early[r].fields[c].len);
		if (!l->in.failed)
			cinx_loader_on_row(l, l->n_cols);
	}
	for (size_t r = 0; r < l->n_early; r++) {
		for (size_t c = 0; c < l->n_cols; c++)
			free(l->early[r].fields[c].p);
		free(l->early[r].fields);
	}
	l->n_early = 0;
	l->early_bytes = 0;
}

/* Filters and attributes, in column order. */
static bool decide_texts(cinx_loader *l)
{
	const char **names = malloc((l->n_cols ? l->n_cols : 1) * sizeof *names);

	l->row_texts = calloc(l->n_cols ? l->n_cols : 1, sizeof *l->row_texts);
	l->row_text_lens = calloc(l->n_cols ? l->n_cols : 1, sizeof *l->row_text_lens);
	if (!names || !l->row_texts || !l->row_text_lens) {
		free(names);
		cinx_loader_fail_nomem(l);
		return false;
	}
	size_t *cols = malloc((l->n_cols ? l->n_cols : 1) * sizeof *cols);
	for (size_t c = 0; cols && c < l->n_cols; c++)
		if (l->col_role[c] == R_TEXT) {
			l->col_text[c] = (int)l->n_texts;
			cols[l->n_texts] = c;
			names[l->n_texts++] = l->header[c].p;
		}
	bool *is_filter = calloc(l->n_texts ? l->n_texts : 1, sizeof *is_filter);
	bool *guessed = calloc(l->n_texts ? l->n_texts : 1, sizeof *guessed);
	for (size_t t = 0; is_filter && guessed && t < l->n_texts; t++) {
		const cinx_meta_col *m = l->meta ? cinx_meta_find(l->meta, names[t]) : NULL;
		is_filter[t] = m && m->type == CINX_META_FILTER;
		guessed[t] = !m && !is_text_column(names[t]);
	}
	bool ok = cols && is_filter && guessed &&
		  cinx_build_set_texts(&l->b, names, cols, is_filter, guessed, l->n_texts) == CINX_OK;
	free(is_filter);
	free(guessed);
	free(cols);
	free(names);
	if (!ok)
		cinx_loader_fail_nomem(l);
	return ok;
}

/* Makes ready what rows need, once every column's role is known. */
static void settle_columns(cinx_loader *l)
{
	size_t n_inds = 0;

	for (size_t c = 0; c < l->n_cols; c++)
		if (l->col_role[c] == R_IND)
			l->col_ind[c] = (int)n_inds++;
	if (!decide_texts(l))
		return;
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
}

void cinx_loader_decide_indicators(cinx_loader *l)
{
	/* symbols all along: figures withheld, not text */
	for (size_t c = 0; c < l->n_cols; c++)
		if (l->col_role[c] == R_PENDING)
			l->col_role[c] = R_IND;
	settle_columns(l);
	if (l->inds_ready)
		replay(l);
}

bool cinx_loader_adopt(cinx_loader *l, const cinx_loader *from)
{
	if (!l->have_header || l->inds_ready || !from->inds_ready || l->n_cols != from->n_cols || l->n_early)
		return false;
	memcpy(l->col_role, from->col_role, l->n_cols * sizeof *l->col_role);
	settle_columns(l);
	return l->inds_ready && !l->in.failed;
}
