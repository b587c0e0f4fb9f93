/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/text.h"
#include "dataset_internal.h"
#include "loader_build.h"
#include "strhash.h"

static uint64_t hash_key(int geo, const char *key)
{
	return cinx_strhash(key, strlen(key), (uint64_t)geo);
}

static int find_area(const build *b, int geo, const char *key)
{
	if (!b->n_slots)
		return -1;
	for (size_t i = hash_key(geo, key) & (b->n_slots - 1);; i = (i + 1) & (b->n_slots - 1)) {
		int a = b->slots[i];
		if (a < 0)
			return -1;
		if (b->areas[a].geo == geo && strcmp(b->areas[a].key, key) == 0)
			return a;
	}
}

static cinx_status grow_slots(build *b)
{
	size_t n = b->n_slots ? b->n_slots * 2 : 256;
	int *slots = malloc(n * sizeof *slots);

	if (!slots)
		return CINX_E_NOMEM;
	for (size_t i = 0; i < n; i++)
		slots[i] = -1;
	for (size_t a = 0; a < b->n_areas; a++) {
		size_t i = hash_key(b->areas[a].geo, b->areas[a].key) & (n - 1);
		while (slots[i] >= 0)
			i = (i + 1) & (n - 1);
		slots[i] = (int)a;
	}
	free(b->slots);
	b->slots = slots;
	b->n_slots = n;
	return CINX_OK;
}

static char *dup_clean(build *b, const char *s)
{
	char *p = cinx_arena_strndup(&b->strings, s, strlen(s));

	if (p)
		cinx_text_sanitize(p, strlen(p), NULL);
	return p;
}

static int new_area(build *b, int geo, const char *key, const char *name,
		    const char *old_code, const char *parent_code, const char *parent_name)
{
	if (b->n_areas == b->cap_areas) {
		size_t cap = b->cap_areas ? b->cap_areas * 2 : 64;
		build_area *p = realloc(b->areas, cap * sizeof *p);
		if (!p)
			return -1;
		b->areas = p;
		b->cap_areas = cap;
	}
	if ((b->n_areas + 1) * 2 > b->n_slots && grow_slots(b) != CINX_OK)
		return -1;
	build_area *a = &b->areas[b->n_areas];
	memset(a, 0, sizeof *a);
	a->geo = geo;
	a->key = dup_clean(b, key);
	a->name = dup_clean(b, name);
	a->old_code = dup_clean(b, old_code);
	a->parent_code = dup_clean(b, parent_code);
	a->parent_name = dup_clean(b, parent_name);
	a->parent = -1;
	if (!a->key || !a->name || !a->old_code || !a->parent_code || !a->parent_name)
		return -1;
	size_t i = hash_key(geo, a->key) & (b->n_slots - 1);
	while (b->slots[i] >= 0)
		i = (i + 1) & (b->n_slots - 1);
	b->slots[i] = (int)b->n_areas;
	return (int)b->n_areas++;
}

cinx_status cinx_build_set_indicators(build *b, const char *const *names, size_t n)
{
	b->ind_names = calloc(n, sizeof *b->ind_names);
	b->ind_decimals = calloc(n, sizeof *b->ind_decimals);
	if (!b->ind_names || !b->ind_decimals)
		return CINX_E_NOMEM;
	for (size_t i = 0; i < n; i++)
		if (!(b->ind_names[i] = dup_clean(b, names[i])))
			return CINX_E_NOMEM;
	b->n_inds = n;
	return CINX_OK;
}

static cinx_status note_code(build *b, build_area *a, const char *code, int year)
{
	for (size_t i = 0; i < a->n_spans; i++)
		if (strcmp(a->spans[i].code, code) == 0) {
			if (year < a->spans[i].from)
				a->spans[i].from = year;
			if (year > a->spans[i].to)
				a->spans[i].to = year;
			return CINX_OK;
		}
	build_span *s = realloc(a->spans, (a->n_spans + 1) * sizeof *s);
	if (!s)
		return CINX_E_NOMEM;
	a->spans = s;
	s[a->n_spans].code = dup_clean(b, code);
	s[a->n_spans].from = s[a->n_spans].to = year;
	if (!s[a->n_spans].code)
		return CINX_E_NOMEM;
	a->n_spans++;
	return CINX_OK;
}

static cinx_status grow_rows(build *b)
{
	size_t cap = b->cap_rows ? b->cap_rows * 2 : 1024;
	build_row *rows = realloc(b->rows, cap * sizeof *rows);

	if (!rows)
		return CINX_E_NOMEM;
	b->rows = rows;
	double *nums = realloc(b->nums, cap * b->n_inds * sizeof *nums);
	if (!nums)
		return CINX_E_NOMEM;
	b->nums = nums;
	unsigned char *kinds = realloc(b->kinds, cap * b->n_inds);
	if (!kinds)
		return CINX_E_NOMEM;
	b->kinds = kinds;
	if (b->n_texts) {
		uint32_t *ids = realloc(b->text_ids, cap * b->n_texts * sizeof *ids);
		if (!ids)
			return CINX_E_NOMEM;
		b->text_ids = ids;
	}
	b->cap_rows = cap;
	return CINX_OK;
}

cinx_status cinx_build_add_row(build *b, const row_ident *id, const cinx_value *vals,
			  const int *decimals, const char *const *texts, const size_t *text_lens)
{
	bool hier = id->geo < GEO_OTHER;
	const char *parent_code = !hier ? "" : id->geo == CINX_LEVEL_LA ? id->region_code
				  : id->geo == CINX_LEVEL_REGIONAL ? id->country_code : "";
	const char *parent_name = !hier ? "" : id->geo == CINX_LEVEL_LA ? id->region_name
				  : id->geo == CINX_LEVEL_REGIONAL ? id->country_name : "";
	int a = find_area(b, id->geo, id->key);
	int order = b->periods[id->period].order;

	if (a < 0) {
		a = new_area(b, id->geo, id->key, id->name, id->old_code, parent_code, parent_name);
		if (a < 0)
			return CINX_E_NOMEM;
		b->areas[a].name_order = order;
	}
	build_area *ar = &b->areas[a];
	if (order > ar->name_order) {
		/* the latest period's name and region win */
		if (strcmp(ar->name, id->name) && !(ar->name = dup_clean(b, id->name)))
			return CINX_E_NOMEM;
		if (strcmp(ar->parent_code, parent_code)) {
			ar->parent_code = dup_clean(b, parent_code);
			ar->parent_name = dup_clean(b, parent_name);
			if (!ar->parent_code || !ar->parent_name)
				return CINX_E_NOMEM;
		}
		ar->name_order = order;
	}
	if (note_code(b, ar, id->code, order) != CINX_OK)
		return CINX_E_NOMEM;
	if (b->n_rows == b->cap_rows && grow_rows(b) != CINX_OK)
		return CINX_E_NOMEM;
	for (size_t t = 0; t < b->n_texts; t++) {
		uint32_t v;
		if (cinx_build_intern_text(b, t, texts[t], text_lens[t], &v) != CINX_OK)
			return CINX_E_NOMEM;
		b->text_ids[b->n_rows * b->n_texts + t] = v;
	}
	b->rows[b->n_rows] = (build_row){a, id->period, (uint32_t)id->line};
	for (size_t i = 0, at = b->n_rows * b->n_inds; i < b->n_inds; i++) {
		b->nums[at + i] = vals[i].num;
		b->kinds[at + i] = (unsigned char)vals[i].kind;
		if (vals[i].kind == CINX_NUM && decimals[i] > b->ind_decimals[i])
			b->ind_decimals[i] = decimals[i];
	}
	b->n_rows++;
	return CINX_OK;
}

cinx_status cinx_build_add_warning(build *b, const char *msg)
{
	char **w = realloc(b->warnings, (b->n_warnings + 1) * sizeof *w);

	if (!w)
		return CINX_E_NOMEM;
	b->warnings = w;
	if (!(w[b->n_warnings] = strdup(msg)))
		return CINX_E_NOMEM;
	b->n_warnings++;
	return CINX_OK;
}

/* Areas the file implies but has no rows for (a region named only by its
 * authorities, England in a file of authorities) are made here. Areas of
 * other levels are flat: no parent. */
static int ensure_parent(build *b, int a)
{
	build_area *ar = &b->areas[a];
	int p = -1;

	if (ar->geo == CINX_LEVEL_NATIONAL || ar->geo >= GEO_OTHER)
		return -1;
	if (ar->geo == CINX_LEVEL_REGIONAL && strncmp(ar->key, "E13", 3) == 0)
		p = find_area(b, CINX_LEVEL_REGIONAL, "E12000007"); /* Inner/Outer London */
	if (p < 0 && ar->parent_code[0]) {
		int pl = ar->geo == CINX_LEVEL_LA ? CINX_LEVEL_REGIONAL : CINX_LEVEL_NATIONAL;
		p = find_area(b, pl, ar->parent_code);
		if (p < 0) {
			const char *code = ar->parent_code, *name = ar->parent_name[0] ? ar->parent_name : code;
			p = new_area(b, pl, code, name, "", "", "");
			if (p < 0)
				return -2;
		}
	}
	if (p < 0) {
		for (size_t i = 0; i < b->n_areas; i++)
			if (b->areas[i].geo == CINX_LEVEL_NATIONAL)
				return (int)i;
		p = new_area(b, CINX_LEVEL_NATIONAL, "E92000001", "England", "", "", "");
		if (p < 0)
			return -2;
	}
	return p;
}

static const build *sort_ctx;

static int cmp_area(const void *x, const void *y)
{
	const build_area *a = &sort_ctx->areas[*(const int *)x];
	const build_area *b = &sort_ctx->areas[*(const int *)y];
	int c;

	if (a->geo != b->geo)
		return a->geo - b->geo;
	if (a->geo >= CINX_LEVEL_LA && (c = strcasecmp(a->name, b->name)) != 0)
		return c;
	return strcmp(a->key, b->key);
}

static int cmp_span(const void *x, const void *y)
{
	return ((const cinx_code_span *)x)->from_year - ((const cinx_code_span *)y)->from_year;
}

/* Parents first: this may add areas. */
static bool link_parents(build *b)
{
	for (size_t a = 0; a < b->n_areas; a++) {
		int p = ensure_parent(b, (int)a);
		if (p == -2)
			return false;
		b->areas[a].parent = p;
	}
	return true;
}

static bool order_areas(build *b, finish_ctx *fc)
{
	fc->order = malloc((b->n_areas ? b->n_areas : 1) * sizeof *fc->order);
	fc->rank = malloc((b->n_areas ? b->n_areas : 1) * sizeof *fc->rank);
	if (!fc->order || !fc->rank)
		return false;
	for (size_t a = 0; a < b->n_areas; a++) {
		fc->order[a] = (int)a;
		fc->n_spans += b->areas[a].n_spans;
	}
	sort_ctx = b;
	qsort(fc->order, b->n_areas, sizeof *fc->order, cmp_area);
	for (size_t i = 0; i < b->n_areas; i++)
		fc->rank[fc->order[i]] = (int)i;
	return true;
}

/* The values form a dense area-by-year table. Rows scattered so that most
 * cells stay empty (each area in a different year) would let a small file
 * claim gigabytes; published files fill nearly every cell. */
static cinx_status check_density(const build *b, const cinx_dataset *ds, const finish_ctx *fc,
				 const char *source, cinx_error *err)
{
	if (fc->cells > ((size_t)4 << 20) && fc->cells / 16 > b->n_rows * b->n_inds)
	{
		char nouns[64];
		size_t n = 0;
		for (const char *p = ds->period_noun; *p && n < sizeof nouns - 2; p++)
			nouns[n++] = (char)tolower((unsigned char)*p);
		nouns[n++] = 's';
		nouns[n] = '\0';
		return cinx_error_set(err, CINX_E_DATA, "%s: %zu rows spread over %zu areas and %zu %s would "
				      "leave nearly all of the table empty; expected a row for most areas in most "
				      "%s", source, b->n_rows, b->n_areas, ds->n_years, nouns, nouns);
	}
	return CINX_OK;
}

/* Takes b's strings and makes room for the rest. */
static bool allocate(build *b, cinx_dataset *ds, finish_ctx *fc, const char *source)
{
	ds->strings = b->strings;
	b->strings.head = NULL;
	ds->n_areas = b->n_areas;
	ds->n_inds = b->n_inds;
	ds->n_rows = b->n_rows;
	ds->areas = calloc(b->n_areas ? b->n_areas : 1, sizeof *ds->areas);
	ds->spans = malloc((fc->n_spans ? fc->n_spans : 1) * sizeof *ds->spans);
	ds->child_ids = malloc((b->n_areas ? b->n_areas : 1) * sizeof *ds->child_ids);
	ds->inds = calloc(b->n_inds, sizeof *ds->inds);
	ds->source = strdup(source);
	fc->first_child = calloc(b->n_areas + 1, sizeof *fc->first_child);
	return ds->areas && ds->spans && ds->child_ids && ds->inds && ds->source && fc->first_child;
}

static cinx_status prepare(build *b, cinx_dataset *ds, finish_ctx *fc, const char *source, cinx_error *err)
{
	cinx_status st;

	if (ds && link_parents(b) && order_areas(b, fc)) {
		if ((st = cinx_build_index_periods(b, ds, fc)))
			return st == CINX_E_NOMEM ? cinx_error_set(err, st, "%s: out of memory while indexing", source) : st;
		fc->cells = b->n_areas * ds->n_years * b->n_inds;
		if ((st = check_density(b, ds, fc, source, err)))
			return st;
		if (allocate(b, ds, fc, source))
			return CINX_OK;
	}
	return cinx_error_set(err, CINX_E_NOMEM, "%s: out of memory while indexing", source);
}

/* Children by parent in one pass, not a scan of every area per area:
 * counted, turned into running offsets, then placed in area order, so each
 * list comes sorted. Afterwards first_child[i] ends area i's list. */
static void link_children(const build *b, cinx_dataset *ds, finish_ctx *fc)
{
	const int *order = fc->order, *rank = fc->rank;
	size_t *first_child = fc->first_child;

	for (size_t a = 0; a < b->n_areas; a++)
		if (b->areas[a].parent >= 0)
			first_child[rank[b->areas[a].parent] + 1]++;
	for (size_t i = 0; i < b->n_areas; i++)
		first_child[i + 1] += first_child[i];
	for (size_t j = 0; j < b->n_areas; j++)
		if (b->areas[order[j]].parent >= 0)
			ds->child_ids[first_child[rank[b->areas[order[j]].parent]]++] = (int)j;
}

/* An area's codes by era, sorted, from sp on; returns how many. */
static size_t fill_codes(const build_area *src, const finish_ctx *fc, cinx_area *a, cinx_code_span *sp)
{
	for (size_t s = 0; s < src->n_spans; s++)
		sp[s] = (cinx_code_span){src->spans[s].code, cinx_build_key(fc, src->spans[s].from),
					 cinx_build_key(fc, src->spans[s].to)};
	qsort(sp, src->n_spans, sizeof *sp, cmp_span);
	a->codes = sp;
	a->n_codes = src->n_spans;
	a->code = src->n_spans ? sp[src->n_spans - 1].code : src->key;
	if (src->n_spans) {
		a->first_year = sp[0].from_year;
		for (size_t s = 0; s < src->n_spans; s++)
			if (sp[s].to_year > a->last_year)
				a->last_year = sp[s].to_year;
	}
	return src->n_spans;
}

static void fill_areas(const build *b, cinx_dataset *ds, const finish_ctx *fc)
{
	size_t span_at = 0;
	int latest = ds->years[ds->n_years - 1];

	ds->england = -1;
	for (size_t i = 0; i < b->n_areas; i++) {
		const build_area *src = &b->areas[fc->order[i]];
		cinx_area *a = &ds->areas[i];
		a->id = (int)i;
		a->level = src->geo < GEO_OTHER ? (cinx_level)src->geo : CINX_LEVEL_OTHER;
		a->other_level = src->geo < GEO_OTHER ? -1 : src->geo - GEO_OTHER;
		a->name = src->name;
		a->old_code = src->old_code;
		a->parent = src->parent < 0 ? -1 : fc->rank[src->parent];
		if (a->level == CINX_LEVEL_NATIONAL && ds->england < 0)
			ds->england = (int)i;
		span_at += fill_codes(src, fc, a, ds->spans + span_at);
		a->current = a->last_year == latest;
		size_t from = i ? fc->first_child[i - 1] : 0;
		a->children = ds->child_ids + from;
		a->n_children = fc->first_child[i] - from;
	}
}

static void fill_indicators(const build *b, cinx_dataset *ds)
{
	for (size_t i = 0; i < b->n_inds; i++) {
		ds->inds[i].name = b->ind_names[i];
		ds->inds[i].label = b->ind_names[i];
		ds->inds[i].short_label = b->ind_names[i];
		ds->inds[i].decimals = b->ind_decimals[i];
		ds->inds[i].unit = strstr(b->ind_names[i], "percent") ? CINX_UNIT_PERCENT
				   : strstr(b->ind_names[i], "rate") ? CINX_UNIT_RATE : CINX_UNIT_COUNT;
	}
	ds->n_file_inds = b->n_inds;
}

static bool take_levels(build *b, cinx_dataset *ds)
{
	ds->n_other_levels = b->n_other_levels;
	ds->other_levels = b->other_levels;
	b->other_levels = NULL;
	b->n_other_levels = 0;
	return true;
}

cinx_status cinx_build_finish(build *b, const char *source, cinx_dataset **out, cinx_error *err)
{
	cinx_dataset *ds = calloc(1, sizeof *ds);
	finish_ctx fc = {.order = NULL};
	cinx_status st = prepare(b, ds, &fc, source, err);

	if (!st) {
		link_children(b, ds, &fc);
		fill_areas(b, ds, &fc);
		fill_indicators(b, ds);
		take_levels(b, ds);
		ds->warnings = b->warnings;
		ds->n_warnings = b->n_warnings;
		b->warnings = NULL;
		b->n_warnings = 0;
		st = cinx_build_index_rows(b, ds, &fc, err);
		if (!st)
			st = cinx_c1_annotate(ds, err);
	}
	free(fc.order);
	free(fc.rank);
	free(fc.first_child);
	free(fc.period_idx);
	if (st) {
		cinx_dataset_free(ds);
		return st;
	}
	*out = ds;
	return CINX_OK;
}

void cinx_build_free(build *b)
{
	for (size_t a = 0; a < b->n_areas; a++)
		free(b->areas[a].spans);
	for (size_t i = 0; i < b->n_warnings; i++)
		free(b->warnings[i]);
	free(b->warnings);
	free(b->areas);
	free(b->slots);
	free(b->rows);
	free(b->nums);
	free(b->kinds);
	free(b->ind_names);
	free(b->ind_decimals);
	free(b->other_levels);
	free(b->periods);
	for (size_t t = 0; t < b->n_texts; t++) {
		free(b->texts[t].values);
		free(b->texts[t].slots);
	}
	free(b->texts);
	free(b->text_ids);
	cinx_arena_free(&b->strings);
	memset(b, 0, sizeof *b);
}

/* ---- a later part of the file, read by another loader --------------------- */

static cinx_status merge_area(build *into, const build *from, const build_area *src, const int *geo_map, int *out)
{
	int geo = src->geo < GEO_OTHER ? src->geo : GEO_OTHER + geo_map[src->geo - GEO_OTHER];
	int a = find_area(into, geo, src->key);

	if (a < 0) {
		a = new_area(into, geo, src->key, src->name, src->old_code, src->parent_code, src->parent_name);
		if (a < 0)
			return CINX_E_NOMEM;
		into->areas[a].name_order = src->name_order;
	}
	build_area *ar = &into->areas[a];
	if (src->name_order > ar->name_order) {
		/* the latest period's name and region win, as in one pass */
		if (!(ar->name = dup_clean(into, src->name)) || !(ar->parent_code = dup_clean(into, src->parent_code)) ||
		    !(ar->parent_name = dup_clean(into, src->parent_name)))
			return CINX_E_NOMEM;
		ar->name_order = src->name_order;
	}
	for (size_t s = 0; s < src->n_spans; s++)
		if (note_code(into, ar, src->spans[s].code, src->spans[s].from) != CINX_OK ||
		    note_code(into, ar, src->spans[s].code, src->spans[s].to) != CINX_OK)
			return CINX_E_NOMEM;
	(void)from;
	*out = a;
	return CINX_OK;
}

/* Maps of from's periods, levels, text values and areas into into's. */
typedef struct merge_maps {
	int *periods, *levels, *areas;
	uint32_t **values;
} merge_maps;

static cinx_status map_all(build *into, const build *from, merge_maps *m, const char *source, cinx_error *err)
{
	char why[512];

	m->periods = malloc((from->n_periods ? from->n_periods : 1) * sizeof *m->periods);
	m->levels = malloc((from->n_other_levels ? from->n_other_levels : 1) * sizeof *m->levels);
	m->areas = malloc((from->n_areas ? from->n_areas : 1) * sizeof *m->areas);
	m->values = calloc(from->n_texts ? from->n_texts : 1, sizeof *m->values);
	if (!m->periods || !m->levels || !m->areas || !m->values)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t p = 0; p < from->n_periods; p++) {
		const build_period *bp = &from->periods[p];
		m->periods[p] = cinx_build_period(into, bp->code, bp->id[0] ? bp->id : NULL, bp->line, why, sizeof why);
		if (m->periods[p] == -2)
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
		if (m->periods[p] < 0)
			return cinx_error_at(err, CINX_E_DATA, source, bp->line, 1, "%s", why);
	}
	for (size_t i = 0; i < from->n_other_levels; i++)
		if ((m->levels[i] = cinx_build_other_level(into, from->other_levels[i])) < 0)
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t t = 0; t < from->n_texts; t++) {
		if (!(m->values[t] = malloc((from->texts[t].n_values ? from->texts[t].n_values : 1) * sizeof **m->values)))
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
		for (size_t v = 0; v < from->texts[t].n_values; v++)
			if (cinx_build_intern_text(into, t, from->texts[t].values[v], strlen(from->texts[t].values[v]),
						   &m->values[t][v]) != CINX_OK)
				return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	for (size_t a = 0; a < from->n_areas; a++)
		if (merge_area(into, from, &from->areas[a], m->levels, &m->areas[a]) != CINX_OK)
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	return CINX_OK;
}

static cinx_status append_rows(build *into, const build *from, const merge_maps *m)
{
	size_t ni = into->n_inds, nt = into->n_texts;

	while (into->cap_rows < into->n_rows + from->n_rows)
		if (grow_rows(into) != CINX_OK)
			return CINX_E_NOMEM;
	for (size_t r = 0; r < from->n_rows; r++) {
		size_t at = into->n_rows++;
		const build_row *row = &from->rows[r];
		into->rows[at] = (build_row){m->areas[row->area], m->periods[row->period], row->line};
		memcpy(into->nums + at * ni, from->nums + r * ni, ni * sizeof *into->nums);
		memcpy(into->kinds + at * ni, from->kinds + r * ni, ni);
		for (size_t t = 0; t < nt; t++)
			into->text_ids[at * nt + t] = m->values[t][from->text_ids[r * nt + t]];
	}
	for (size_t i = 0; i < ni; i++)
		if (from->ind_decimals[i] > into->ind_decimals[i])
			into->ind_decimals[i] = from->ind_decimals[i];
	return CINX_OK;
}

cinx_status cinx_build_merge(build *into, const build *from, const char *source, cinx_error *err)
{
	merge_maps m = {NULL};
	cinx_status st;

	if (into->n_inds != from->n_inds || into->n_texts != from->n_texts)
		return cinx_error_set(err, CINX_E_DATA, "%s: the parts of the file disagree on its columns", source);
	st = map_all(into, from, &m, source, err);
	if (!st && append_rows(into, from, &m) != CINX_OK)
		st = cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t t = 0; m.values && t < from->n_texts; t++)
		free(m.values[t]);
	free(m.values);
	free(m.periods);
	free(m.levels);
	free(m.areas);
	return st;
}
