/* SPDX-License-Identifier: MIT */
/* The statistical neighbours model: a strict reader for DfE's wide file. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/arena.h"
#include "model/csv_reader.h"
#include "cinx/neighbours.h"
#include "cinx/text.h"

#define MAX_SN 32
#define MAX_FIELD 256

typedef struct authority {
	const char *old_code, *name;
	cinx_neighbour *sn;
	size_t n_sn;
	unsigned long line;
} authority;

struct cinx_neighbours {
	arena strings;
	char *source;
	authority *auths;
	size_t n_auths, cap_auths;
};

/* Reading state. */
typedef struct reader {
	cinx_neighbours *m;
	cinx_csv_reader in;  /* lines, fields and the first error */
	bool have_header;
	size_t n_cols, n_sn;
	int col_code, col_name;
	int col_sn[MAX_SN], col_p[MAX_SN]; /* column of SN_k and SN_kP */
	char **row;          /* this row's fields */
	size_t cap_row;
} reader;

static cinx_status fail_nomem(reader *r)
{
	return cinx_csv_fail_nomem(&r->in);
}

static void on_field(void *data, size_t c, const char *s, size_t len)
{
	reader *r = data;

	if (c >= r->cap_row) {
		size_t cap = r->cap_row ? r->cap_row * 2 : 32;
		char **row = realloc(r->row, cap * sizeof *row);
		if (!row) {
			fail_nomem(r);
			return;
		}
		memset(row + r->cap_row, 0, (cap - r->cap_row) * sizeof *row);
		r->row = row;
		r->cap_row = cap;
	}
	if (len > MAX_FIELD) {
		cinx_csv_fail_at(&r->in, c, "field is %zu bytes long; expected at most %d", len, MAX_FIELD);
		return;
	}
	free(r->row[c]);
	if (!(r->row[c] = malloc(len + 1))) {
		fail_nomem(r);
		return;
	}
	memcpy(r->row[c], s, len);
	r->row[c][len] = '\0';
	cinx_text_sanitize(r->row[c], len, NULL);
}

/* Column names are matched exactly, after trimming spaces. */
static char *trim(char *s)
{
	size_t n = strlen(s);

	while (n && s[n - 1] == ' ')
		s[--n] = '\0';
	while (*s == ' ')
		s++;
	return s;
}

static cinx_status header(reader *r, size_t n)
{
	r->col_code = r->col_name = -1;
	for (int k = 0; k < MAX_SN; k++)
		r->col_sn[k] = r->col_p[k] = -1;
	for (size_t c = 0; c < n; c++) {
		const char *h = trim(r->row[c]);
		int k;
		char p, extra;
		if (strcmp(h, "old_la_code") == 0)
			r->col_code = (int)c;
		else if (strcmp(h, "la_name") == 0)
			r->col_name = (int)c;
		else if (sscanf(h, "SN_%d%c%c", &k, &p, &extra) == 2 && p == 'P' && k >= 1 && k <= MAX_SN)
			r->col_p[k - 1] = (int)c;
		else if (sscanf(h, "SN_%d%c", &k, &extra) == 1 && k >= 1 && k <= MAX_SN)
			r->col_sn[k - 1] = (int)c;
	}
	if (r->col_code < 0)
		return cinx_csv_fail_at(&r->in, 0, "no column 'old_la_code'; expected the statistical neighbours header "
			    "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,...");
	while (r->n_sn < MAX_SN && r->col_sn[r->n_sn] >= 0)
		r->n_sn++;
	if (!r->n_sn)
		return cinx_csv_fail_at(&r->in, n, "no column 'SN_1'; expected neighbour columns SN_1,SN_1P,...,SN_10,SN_10P");
	for (size_t k = 0; k < r->n_sn; k++)
		if (r->col_p[k] < 0)
			return cinx_csv_fail_at(&r->in, (size_t)r->col_sn[k], "no column 'SN_%zuP' for the closeness of SN_%zu; expected each SN_k "
				    "followed by SN_kP", k + 1, k + 1);
	r->n_cols = n;
	r->have_header = true;
	return CINX_OK;
}

static bool is_old_code(const char *s)
{
	return strlen(s) == 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9' &&
	       s[2] >= '0' && s[2] <= '9';
}

static authority *find(const cinx_neighbours *m, const char *code)
{
	for (size_t i = 0; i < m->n_auths; i++)
		if (strcmp(m->auths[i].old_code, code) == 0)
			return &m->auths[i];
	return NULL;
}

static char *keep(reader *r, const char *s)
{
	char *p = cinx_arena_strndup(&r->m->strings, s, strlen(s));

	if (!p)
		fail_nomem(r);
	return p;
}

static cinx_status data_row(reader *r)
{
	cinx_neighbours *m = r->m;
	char ex[64];
	const char *code = trim(r->row[r->col_code]);
	authority *a, *seen;

	if (!is_old_code(code)) {
		cinx_text_excerpt(code, strlen(code), "'", ex, sizeof ex);
		return cinx_csv_fail_at(&r->in, (size_t)r->col_code, "found %s in column 'old_la_code'; expected a 3-digit old "
			    "LA code such as 383", ex);
	}
	if ((seen = find(m, code)))
		return cinx_csv_fail_at(&r->in, (size_t)r->col_code, "authority %s appears twice (first on line %lu); expected one "
			    "row per authority", code, seen->line);
	if (m->n_auths == m->cap_auths) {
		size_t cap = m->cap_auths ? m->cap_auths * 2 : 64;
		authority *p = realloc(m->auths, cap * sizeof *p);
		if (!p)
			return fail_nomem(r);
		m->auths = p;
		m->cap_auths = cap;
	}
	a = &m->auths[m->n_auths];
	a->line = r->in.row_line;
	a->n_sn = r->n_sn;
	a->old_code = keep(r, code);
	a->name = keep(r, r->col_name >= 0 ? trim(r->row[r->col_name]) : "");
	a->sn = cinx_arena_alloc(&m->strings, r->n_sn * sizeof *a->sn);
	if (!a->old_code || !a->name || !a->sn)
		return fail_nomem(r);
	for (size_t k = 0; k < r->n_sn; k++) {
		const char *sn = trim(r->row[r->col_sn[k]]);
		const char *p = trim(r->row[r->col_p[k]]);
		if (!is_old_code(sn)) {
			cinx_text_excerpt(sn, strlen(sn), "'", ex, sizeof ex);
			return cinx_csv_fail_at(&r->in, (size_t)r->col_sn[k], "found %s in column 'SN_%zu'; expected a 3-digit old "
				    "LA code", ex, k + 1);
		}
		if (strcmp(sn, code) == 0)
			return cinx_csv_fail_at(&r->in, (size_t)r->col_sn[k], "authority %s is listed as its own neighbour in "
				    "column 'SN_%zu'; expected another authority", code, k + 1);
		/* a neighbour listed twice would count twice in the mean and median */
		for (size_t j = 0; j < k; j++)
			if (strcmp(a->sn[j].old_code, sn) == 0)
				return cinx_csv_fail_at(&r->in, (size_t)r->col_sn[k], "authority %s is listed twice as a neighbour "
					    "of %s, in columns 'SN_%zu' and 'SN_%zu'; expected %zu different "
					    "authorities", sn, code, j + 1, k + 1, r->n_sn);
		if (!p[0])
			return cinx_csv_fail_at(&r->in, (size_t)r->col_p[k], "empty closeness label in column 'SN_%zuP'; expected "
				    "a label such as 'Close'", k + 1);
		a->sn[k].old_code = keep(r, sn);
		a->sn[k].closeness = keep(r, p);
		a->sn[k].name = "";
		if (!a->sn[k].old_code || !a->sn[k].closeness)
			return r->in.failed;
	}
	m->n_auths++;
	return CINX_OK;
}

static void on_row(void *data, size_t n)
{
	reader *r = data;

	if (!r->have_header)
		header(r, n);
	else if (n != r->n_cols)
		cinx_csv_fail_at(&r->in, n < r->n_cols ? n : r->n_cols, "row has %zu fields; expected %zu, as in the header",
		     n, r->n_cols);
	else
		data_row(r);
}

/* A file read without a fault still needs its header and an authority. */
static void check_whole(reader *r)
{
	if (!r->have_header) {
		r->in.row_line = 1;
		cinx_csv_fail_at(&r->in, 0, "the file is empty; expected the statistical neighbours header "
				 "old_la_code,...");
	} else if (!r->m->n_auths) {
		r->in.row_line = r->in.line;
		cinx_csv_fail_at(&r->in, 0, "the file has a header but no authorities; expected one row per authority");
	}
}

/* Names of neighbours come from their own rows. */
static void name_neighbours(cinx_neighbours *m)
{
	for (size_t i = 0; i < m->n_auths; i++)
		for (size_t k = 0; k < m->auths[i].n_sn; k++) {
			const authority *b = find(m, m->auths[i].sn[k].old_code);
			if (b)
				m->auths[i].sn[k].name = b->name;
		}
}

cinx_status cinx_neighbours_load_memory(const char *source, const void *buf, size_t len,
					cinx_neighbours **out, cinx_error *err)
{
	reader r;
	cinx_status st;

	*out = NULL;
	memset(&r, 0, sizeof r);
	r.m = calloc(1, sizeof *r.m);
	if (!r.m || !(r.m->source = strdup(source)) ||
	    cinx_csv_init(&r.in, r.m->source, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL, on_field, on_row, &r)) {
		cinx_neighbours_free(r.m);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	if (!cinx_csv_feed(&r.in, buf, len) && !cinx_csv_finish(&r.in))
		check_whole(&r);
	cinx_csv_free(&r.in);
	for (size_t c = 0; c < r.cap_row; c++)
		free(r.row[c]);
	free(r.row);
	st = r.in.failed;
	if (st) {
		if (err)
			*err = r.in.error;
		cinx_neighbours_free(r.m);
		return st;
	}
	name_neighbours(r.m);
	*out = r.m;
	return CINX_OK;
}

cinx_status cinx_neighbours_load_file(const char *path, cinx_neighbours **out, cinx_error *err)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t len = 0, cap = 0, n;
	cinx_status st;

	*out = NULL;
	if (!f)
		return cinx_error_set(err, CINX_E_IO, "%s: cannot open: %s", path, strerror(errno));
	do {
		if (len == cap) {
			char *p = realloc(buf, cap = cap ? cap * 2 : 65536);
			if (!p) {
				free(buf);
				fclose(f);
				return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
			}
			buf = p;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n);
	if (ferror(f))
		st = cinx_error_set(err, CINX_E_IO, "%s: read error: %s", path, strerror(errno));
	else
		st = cinx_neighbours_load_memory(path, buf, len, out, err);
	free(buf);
	fclose(f);
	return st;
}

void cinx_neighbours_free(cinx_neighbours *m)
{
	if (!m)
		return;
	cinx_arena_free(&m->strings);
	free(m->auths);
	free(m->source);
	free(m);
}

const char *cinx_neighbours_source(const cinx_neighbours *m) { return m->source; }
size_t cinx_neighbours_n_authorities(const cinx_neighbours *m) { return m->n_auths; }

const cinx_neighbour *cinx_neighbours_of(const cinx_neighbours *m, const char *old_code, size_t *n)
{
	const authority *a = old_code && old_code[0] ? find(m, old_code) : NULL;

	*n = a ? a->n_sn : 0;
	return a ? a->sn : NULL;
}

int cinx_neighbours_area(const cinx_dataset *ds, const char *old_code)
{
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
		const cinx_area *ar = cinx_dataset_area(ds, (int)a);
		if (ar->level == CINX_LEVEL_LA && strcmp(ar->old_code, old_code) == 0)
			return (int)a;
	}
	return -1;
}

cinx_status cinx_neighbours_summary(const cinx_dataset *ds, const cinx_neighbours *m, int area,
				    size_t year_idx, size_t ind, cinx_summary *s, size_t *n_model)
{
	cinx_value v[MAX_SN];
	size_t n;
	const cinx_neighbour *sn = cinx_neighbours_of(m, cinx_dataset_area(ds, area)->old_code, &n);

	*n_model = n;
	for (size_t k = 0; k < n; k++) {
		int b = cinx_neighbours_area(ds, sn[k].old_code);
		v[k] = b >= 0 ? cinx_dataset_value(ds, b, year_idx, ind) : cinx_value_of(CINX_NO_ROW);
	}
	return cinx_summarise(v, n, cinx_dataset_indicator(ds, ind)->decimals, s);
}
