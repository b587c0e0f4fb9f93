/* SPDX-License-Identifier: MIT */
/* Reads an EES tidy CSV into a dataset: header-driven, streaming, strict.
 * Any error stops the load; nothing from a failed file is ever returned. */
#include <config.h>

#include <ctype.h>
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

void cinx_loader_on_field(void *data, size_t c, const char *s, size_t len)
{
	cinx_loader *l = data;

	if (!l->have_header) {
		cinx_loader_header_field(l, s, len);
		return;
	}
	if (c >= l->n_cols)
		return;
	if (!s) {
		s = "";
		len = 0;
	}
	if (!l->inds_ready)
		return cinx_loader_early_field(l, c, s, len);
	if (l->req_column)
		cinx_loader_check_required(l, c, s, len);
	int role = l->col_role[c];
	if (role == R_IND) {
		cinx_loader_parse_figure(l, c, s, len);
		return;
	}
	if (role == R_IGNORE || !cinx_loader_field_fits(l, c, len))
		return;
	strbuf *into = &l->cells[c];
	if (!cinx_loader_sb_set(into, s, len))
		return cinx_loader_fail_nomem(l);
	/* names reach messages and keys: no escape sequences, valid UTF-8 */
	into->len = cinx_text_sanitize(into->p, into->len, NULL);
}

bool cinx_loader_field_fits(cinx_loader *l, size_t c, size_t len)
{
	int role = l->col_role[c];
	/* figures and filter values may be longer than names and codes */
	size_t max = role == R_TEXT || role == R_PENDING || role == R_IND ? CINX_MAX_TEXT_BYTES : CINX_MAX_NAME_BYTES;

	if (len <= max)
		return true;
	cinx_csv_fail_at(&l->in, c, "field is %zu bytes long in column '%s'; expected at most %zu", len, l->header[c].p,
			 max);
	return false;
}

const char *cinx_loader_field(const cinx_loader *l, int role)
{
	int c = l->role_col[role];

	return c >= 0 && l->cells[c].p ? l->cells[c].p : "";
}

static int col_of(const cinx_loader *l, int role)
{
	return l->role_col[role] >= 0 ? l->role_col[role] : 0;
}

static void warn_odd_values(cinx_loader *l, const char *period, const char *name)
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
		snprintf(msg, sizeof msg, "%s:%lu: %s for %s in %s %s (%g); loaded as published",
			 l->source, l->in.row_line, ind, name, period, what, v.num);
		if (cinx_build_add_warning(&l->b, msg) != CINX_OK)
			cinx_loader_fail_nomem(l);
	}
}

/* The EES standard's levels beyond the drill-down and their columns. */
static const struct { const char *level, *code, *name; } other_levels[] = {
	{"Local authority district", "lad_code", "lad_name"},
	{"Parliamentary constituency", "pcon_code", "pcon_name"},
	{"Local skills improvement plan area", "lsip_code", "lsip_name"},
	{"Local enterprise partnership", "local_enterprise_partnership_code", "local_enterprise_partnership_name"},
	{"English devolved area", "english_devolved_area_code", "english_devolved_area_name"},
	{"Mayoral combined authority", "mayoral_combined_authority_code", "mayoral_combined_authority_name"},
	{"Opportunity area", "opportunity_area_code", "opportunity_area_name"},
	{"Ward", "ward_code", "ward_name"},
	{"RSC region", "rsc_region_lead_code", "rsc_region_lead_name"},
	{"MAT", "trust_id", "trust_name"},
	{"Sponsor", "sponsor_id", "sponsor_name"},
	{"School", "school_urn", "school_name"},
	{"Provider", "provider_ukprn", "provider_name"},
	{"Institution", "institution_id", "institution_name"},
	{"Planning area", "planning_area_code", "planning_area_name"},
	{"Police force area", "police_force_area_code", "police_force_area_name"},
};

static int find_column(const cinx_loader *l, const char *name)
{
	for (size_t c = 0; c < l->n_cols; c++)
		if (strcmp(l->header[c].p, name) == 0)
			return (int)c;
	return -1;
}

/* A level outside the standard's list names its columns after itself:
 * "Health trust" reads health_trust_code and health_trust_name. */
static void columns_named_after(const cinx_loader *l, const char *level, int *code, int *name)
{
	char base[CINX_MAX_NAME_BYTES + 8], col[CINX_MAX_NAME_BYTES + 16];
	size_t n = 0;

	for (const char *p = level; *p && n < CINX_MAX_NAME_BYTES; p++)
		base[n++] = *p == ' ' || *p == '-' ? '_' : (char)tolower((unsigned char)*p);
	base[n] = '\0';
	snprintf(col, sizeof col, "%s_code", base);
	*code = find_column(l, col);
	snprintf(col, sizeof col, "%s_name", base);
	*name = find_column(l, col);
}

/* The columns of another level, looked up once per level. NULL after a
 * failure, reported at the row. */
static const level_cols *other_level(cinx_loader *l, const char *level)
{
	for (size_t i = 0; i < l->n_levels; i++)
		if (strcasecmp(l->levels[i].name, level) == 0)
			return &l->levels[i];
	level_cols lc = {.code_col = -1, .name_col = -1};
	bool known = false;
	for (size_t i = 0; i < sizeof other_levels / sizeof other_levels[0] && !known; i++)
		if (strcasecmp(other_levels[i].level, level) == 0) {
			known = true;
			lc.code_col = find_column(l, other_levels[i].code);
			lc.name_col = find_column(l, other_levels[i].name);
		}
	if (!known)
		columns_named_after(l, level, &lc.code_col, &lc.name_col);
	if (lc.code_col < 0 && lc.name_col < 0) {
		char ex[64];
		cinx_text_excerpt(level, strlen(level), "'", ex, sizeof ex);
		cinx_csv_fail_at(&l->in, (size_t)col_of(l, R_LEVEL), known
				 ? "geographic_level %s needs its code and name columns; the header has neither"
				 : "unknown geographic_level %s; expected a level of the EES standard (National, "
				   "Regional, Local authority, Local authority district, Parliamentary constituency...) "
				   "or columns named after it", ex);
		return NULL;
	}
	level_cols *ls = realloc(l->levels, (l->n_levels + 1) * sizeof *ls);
	if (!ls || !(lc.name = strdup(level)) || (lc.other = cinx_build_other_level(&l->b, level)) < 0) {
		if (ls)
			l->levels = ls;
		cinx_loader_fail_nomem(l);
		return NULL;
	}
	l->levels = ls;
	ls[l->n_levels++] = lc;
	return &ls[l->n_levels - 1];
}

/* The geography of the row: its level, key, code and name. */
static bool row_area(cinx_loader *l, row_ident *id)
{
	const char *level = cinx_loader_field(l, R_LEVEL);
	static const struct { const char *name; int code, area_name; } levels[] = {
		{"National", R_COUNTRY_CODE, R_COUNTRY_NAME},
		{"Regional", R_REGION_CODE, R_REGION_NAME},
		{"Local authority", R_NEW_LA, R_LA_NAME},
	};
	int code_col = -1, name_col = -1;

	id->geo = -1;
	for (int i = 0; i < 3; i++)
		if (strcasecmp(level, levels[i].name) == 0) {
			id->geo = i;
			code_col = l->role_col[levels[i].code];
			name_col = l->role_col[levels[i].area_name];
			if (code_col < 0 || name_col < 0 || (i == CINX_LEVEL_LA && l->role_col[R_REGION_CODE] < 0)) {
				int missing = code_col < 0 ? levels[i].code : name_col < 0 ? levels[i].area_name : R_REGION_CODE;
				cinx_csv_fail_at(&l->in, (size_t)col_of(l, R_LEVEL), "missing required column '%s', which "
					"%s rows need; expected an EES header such as %s", cinx_loader_role_columns[missing],
					levels[i].name, "time_period,time_identifier,geographic_level,country_code,...");
				return false;
			}
		}
	if (id->geo < 0) {
		if (!level[0]) {
			cinx_csv_fail_at(&l->in, (size_t)col_of(l, R_LEVEL), "empty geographic_level; expected %s",
					 "National, Regional, Local authority or another EES level");
			return false;
		}
		const level_cols *lc = other_level(l, level);
		if (!lc)
			return false;
		id->geo = GEO_OTHER + lc->other;
		code_col = lc->code_col >= 0 ? lc->code_col : lc->name_col;
		name_col = lc->name_col >= 0 ? lc->name_col : lc->code_col;
	}
	id->code = l->cells[code_col].p ? l->cells[code_col].p : "";
	id->name = l->cells[name_col].p ? l->cells[name_col].p : "";
	if (!id->code[0]) {
		cinx_csv_fail_at(&l->in, (size_t)code_col, "empty %s in a %s row; expected a %s",
			l->header[code_col].p, level, id->geo < GEO_OTHER ? "GSS code" : "code");
		return false;
	}
	if (!id->name[0]) {
		cinx_csv_fail_at(&l->in, (size_t)name_col, "empty %s in a %s row; expected a name",
			l->header[name_col].p, level);
		return false;
	}
	return true;
}

static void data_row(cinx_loader *l)
{
	row_ident id = {.line = l->in.row_line};
	char why[512];

	const char *id_text = l->role_col[R_TIME_ID] >= 0 ? cinx_loader_field(l, R_TIME_ID) : NULL;
	id.period = cinx_build_period(&l->b, cinx_loader_field(l, R_TIME), id_text, l->in.row_line, why, sizeof why);
	if (id.period == -2)
		return cinx_loader_fail_nomem(l);
	if (id.period < 0) {
		int at = strncmp(why, "unknown time_identifier", 23) == 0 ? R_TIME_ID : R_TIME;
		cinx_csv_fail_at(&l->in, (size_t)col_of(l, at), "%s", why);
		return;
	}
	if (!row_area(l, &id))
		return;
	/* Authorities keep their old code when only the GSS code changes, so
	 * the old code is the identity that makes one continuous series. */
	const char *old = cinx_loader_field(l, R_OLD_LA);
	id.key = id.geo == CINX_LEVEL_LA && old[0] ? old : id.code;
	id.old_code = id.geo == CINX_LEVEL_LA ? old : "";
	id.region_code = cinx_loader_field(l, R_REGION_CODE);
	id.region_name = cinx_loader_field(l, R_REGION_NAME);
	id.country_code = cinx_loader_field(l, R_COUNTRY_CODE);
	id.country_name = cinx_loader_field(l, R_COUNTRY_NAME);
	for (size_t c = 0; c < l->n_cols; c++)
		if (l->col_text[c] >= 0) {
			l->row_texts[l->col_text[c]] = l->cells[c].p ? l->cells[c].p : "";
			l->row_text_lens[l->col_text[c]] = l->cells[c].p ? l->cells[c].len : 0;
		}
	if (cinx_build_add_row(&l->b, &id, l->row_vals, l->row_dec, l->row_texts, l->row_text_lens) != CINX_OK)
		return cinx_loader_fail_nomem(l);
	warn_odd_values(l, cinx_loader_field(l, R_TIME), id.name);
}

void cinx_loader_on_row(void *data, size_t n)
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
		return cinx_loader_early_row(l);
	if (!l->in.failed)
		data_row(l);
	for (size_t c = 0; c < l->n_cols; c++)
		if (l->cells[c].p) {
			l->cells[c].len = 0;
			l->cells[c].p[0] = '\0';
		}
}

cinx_status cinx_loader_new(const char *source_name, cinx_loader **out, cinx_error *err)
{
	cinx_loader *l = calloc(1, sizeof *l);

	*out = NULL;
	if (!l || !(l->source = strdup(source_name ? source_name : "-"))) {
		free(l);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	if (cinx_csv_init(&l->in, l->source, CSV_STRICT | CSV_STRICT_FINI, cinx_loader_on_field, cinx_loader_on_row, l)) {
		free(l->source);
		free(l);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	*out = l;
	return CINX_OK;
}

void cinx_loader_set_meta(cinx_loader *l, const struct cinx_meta *m)
{
	l->meta = m;
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

cinx_status cinx_loader_absorb(cinx_loader *l, cinx_loader *later, cinx_error *err)
{
	cinx_status st = cinx_build_merge(&l->b, &later->b, l->source, err);

	for (size_t i = 0; !st && i < later->b.n_warnings; i++) {
		if (l->b.n_warnings >= MAX_WARNINGS)
			l->n_warnings_dropped++;
		else if (cinx_build_add_warning(&l->b, later->b.warnings[i]) != CINX_OK)
			st = cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	l->n_warnings_dropped += later->n_warnings_dropped;
	return st;
}

bool cinx_loader_between_rows(const cinx_loader *l)
{
	/* libcsv's ROW_NOT_BEGUN, and no field of a row pending */
	return !l->in.failed && l->in.csv.pstate == 0 && l->in.field == 0 && !l->in.pending_cr;
}

void cinx_loader_start_line(cinx_loader *l, unsigned long line)
{
	l->in.line = line;
}

bool cinx_loader_columns_known(const cinx_loader *l)
{
	return l->inds_ready;
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
	if (l->have_header && !l->inds_ready && l->n_early)
		cinx_loader_decide_indicators(l);
	if (l->in.failed)
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
	for (size_t r = 0; r < l->n_early; r++) {
		for (size_t c = 0; c < l->n_cols; c++)
			free(l->early[r].fields[c].p);
		free(l->early[r].fields);
	}
	free(l->early);
	for (size_t c = 0; l->cells && c < l->n_cols; c++)
		free(l->cells[c].p);
	free(l->cells);
	free(l->col_text);
	free(l->row_texts);
	free(l->row_text_lens);
	for (size_t i = 0; i < l->n_levels; i++)
		free(l->levels[i].name);
	free(l->levels);
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
