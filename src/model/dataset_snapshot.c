/* SPDX-License-Identifier: MIT */
/* A loaded data set as snapshot sections, and back. The big arrays (the
 * figures, the rows kept for filters, the strings) are used in place from
 * the mapped file; the small ones that hold pointers (areas, indicators,
 * filters...) are rebuilt from offsets, which costs microseconds. Every
 * count, offset and index is checked before use: a snapshot that does not
 * hold together is refused and the file parsed again. */
#include <config.h>

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/snapshot.h"
#include "dataset_internal.h"
#include "dataset_snapshot.h"
#include "strhash.h"

_Static_assert(sizeof(size_t) == 8, "cell_start is stored as 64-bit offsets");

enum {
	S_COUNTS = 1, S_STRINGS, S_YEARS, S_PERIODS, S_INDS, S_AREAS, S_CHILDREN, S_SPANS, S_LINKS,
	S_NUMS, S_KINDS, S_ATTR_CELLS, S_NOTES, S_WARNINGS, S_COLUMNS, S_VALUES, S_LEVELS, S_CHOSEN,
	S_ROW_NUMS, S_ROW_KINDS, S_ROW_TEXTS, S_TEXT_ROLES, S_BY_CELL, S_CELL_START,
};

#define NONE UINT32_MAX

typedef struct snap_counts {
	uint64_t n_rows, n_years, n_inds, n_areas, n_children, n_spans, n_links, n_notes, n_warnings;
	uint64_t n_filters, n_attrs, n_values, n_other_levels, n_texts, kept_rows;
	int64_t england;
	uint32_t noun;
	uint32_t pad;
} snap_counts;

typedef struct snap_ind {
	uint32_t name, label, short_label;
	int32_t unit, decimals, direction, derived, pad;
} snap_ind;

typedef struct snap_area {
	int32_t level, other_level, parent, first_year, last_year, current;
	uint32_t name, code, old_code;
	uint32_t children_at, n_children, codes_at, n_codes, pred_at, n_pred, succ_at, n_succ, pad;
} snap_area;

typedef struct snap_span {
	uint32_t code;
	int32_t from, to;
} snap_span;

typedef struct snap_note {
	int32_t area, from, to;
	uint32_t prefix, text, pad;
} snap_note;

typedef struct snap_column {
	uint32_t name, label, values_at, n_values;
	int32_t total, pad;
} snap_column;

/* ---- writing ------------------------------------------------------------------ */

/* Strings by content, each once: notes sharing a text keep sharing it. */
typedef struct strtab {
	char *blob;
	size_t len, cap;
	uint32_t *slots;
	size_t n_slots, n;
	bool failed;
} strtab;

static bool strtab_grow(strtab *t)
{
	size_t n = t->n_slots ? t->n_slots * 2 : 1024;
	uint32_t *slots = malloc(n * sizeof *slots);

	if (!slots)
		return false;
	memset(slots, 0xff, n * sizeof *slots);
	for (size_t i = 0; i < t->n_slots; i++)
		if (t->slots[i] != NONE) {
			size_t j = cinx_strhash(t->blob + t->slots[i], strlen(t->blob + t->slots[i]), 0) & (n - 1);
			while (slots[j] != NONE)
				j = (j + 1) & (n - 1);
			slots[j] = t->slots[i];
		}
	free(t->slots);
	t->slots = slots;
	t->n_slots = n;
	return true;
}

static uint32_t str(strtab *t, const char *s)
{
	if (!s)
		return NONE;
	if (t->failed || ((t->n + 1) * 2 > t->n_slots && !strtab_grow(t))) {
		t->failed = true;
		return NONE;
	}
	size_t j = cinx_strhash(s, strlen(s), 0) & (t->n_slots - 1);
	for (; t->slots[j] != NONE; j = (j + 1) & (t->n_slots - 1))
		if (strcmp(t->blob + t->slots[j], s) == 0)
			return t->slots[j];
	size_t len = strlen(s) + 1;
	if (t->len + len > UINT32_MAX - 1) {
		t->failed = true;
		return NONE;
	}
	if (t->len + len > t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 4096;
		while (cap < t->len + len)
			cap *= 2;
		char *b = realloc(t->blob, cap);
		if (!b) {
			t->failed = true;
			return NONE;
		}
		t->blob = b;
		t->cap = cap;
	}
	memcpy(t->blob + t->len, s, len);
	t->slots[j] = (uint32_t)t->len;
	t->len += len;
	t->n++;
	return t->slots[j];
}

/* What the writer builds before it writes: freed together. */
typedef struct snap_out {
	strtab st;
	snap_counts counts;
	uint32_t *periods, *warnings, *values, *levels;
	snap_ind *inds;
	snap_area *areas;
	snap_span *spans;
	snap_note *notes;
	snap_column *columns;
	uint64_t *chosen;
	int32_t *text_roles;
} snap_out;

static void out_free(snap_out *o)
{
	free(o->st.blob);
	free(o->st.slots);
	free(o->periods);
	free(o->warnings);
	free(o->values);
	free(o->levels);
	free(o->inds);
	free(o->areas);
	free(o->spans);
	free(o->notes);
	free(o->columns);
	free(o->chosen);
	free(o->text_roles);
}

static size_t n_spans_of(const cinx_dataset *ds)
{
	size_t n = 0;

	for (size_t a = 0; a < ds->n_areas; a++)
		n += ds->areas[a].n_codes;
	return n;
}

static bool flatten_areas(const cinx_dataset *ds, snap_out *o)
{
	size_t spans = 0;

	o->areas = calloc(ds->n_areas ? ds->n_areas : 1, sizeof *o->areas);
	o->spans = calloc(o->counts.n_spans ? o->counts.n_spans : 1, sizeof *o->spans);
	if (!o->areas || !o->spans)
		return false;
	for (size_t i = 0; i < ds->n_areas; i++) {
		const cinx_area *a = &ds->areas[i];
		snap_area *s = &o->areas[i];
		*s = (snap_area){a->level, a->other_level, a->parent, a->first_year, a->last_year, a->current,
				 str(&o->st, a->name), str(&o->st, a->code), str(&o->st, a->old_code),
				 (uint32_t)(a->children - ds->child_ids), (uint32_t)a->n_children, (uint32_t)spans,
				 (uint32_t)a->n_codes, (uint32_t)(a->predecessors ? a->predecessors - ds->links : 0),
				 (uint32_t)a->n_predecessors, (uint32_t)(a->successors ? a->successors - ds->links : 0),
				 (uint32_t)a->n_successors, 0};
		for (size_t c = 0; c < a->n_codes; c++)
			o->spans[spans++] = (snap_span){str(&o->st, a->codes[c].code), a->codes[c].from_year,
							a->codes[c].to_year};
	}
	return true;
}

static bool flatten_columns(const cinx_dataset *ds, snap_out *o)
{
	size_t nc = ds->n_filters + ds->n_attrs, nv = 0;

	for (size_t c = 0; c < nc; c++)
		nv += (c < ds->n_filters ? ds->filters[c] : ds->attrs[c - ds->n_filters]).n_values;
	o->columns = calloc(nc ? nc : 1, sizeof *o->columns);
	o->values = malloc((nv ? nv : 1) * sizeof *o->values);
	o->chosen = malloc((ds->n_filters ? ds->n_filters : 1) * sizeof *o->chosen);
	if (!o->columns || !o->values || !o->chosen)
		return false;
	nv = 0;
	for (size_t c = 0; c < nc; c++) {
		const ds_column *col = c < ds->n_filters ? &ds->filters[c] : &ds->attrs[c - ds->n_filters];
		o->columns[c] = (snap_column){str(&o->st, col->name), str(&o->st, col->label), (uint32_t)nv,
					      (uint32_t)col->n_values, col->total, 0};
		for (size_t v = 0; v < col->n_values; v++)
			o->values[nv++] = str(&o->st, col->values[v]);
	}
	for (size_t f = 0; f < ds->n_filters; f++)
		o->chosen[f] = ds->chosen[f];
	o->counts.n_values = nv;
	return true;
}

static bool flatten(const cinx_dataset *ds, snap_out *o)
{
	o->counts = (snap_counts){.n_rows = ds->n_rows, .n_years = ds->n_years, .n_inds = ds->n_inds,
		.n_areas = ds->n_areas, .n_children = 0, .n_spans = n_spans_of(ds), .n_links = ds->n_links,
		.n_notes = ds->n_notes, .n_warnings = ds->n_warnings, .n_filters = ds->n_filters,
		.n_attrs = ds->n_attrs, .n_other_levels = ds->n_other_levels, .n_texts = ds->rows.n_texts,
		.kept_rows = ds->rows.cell_start != NULL, .england = ds->england};
	for (size_t a = 0; a < ds->n_areas; a++)
		o->counts.n_children += ds->areas[a].n_children;
	o->counts.noun = str(&o->st, ds->period_noun);
	o->periods = malloc((ds->n_years ? ds->n_years : 1) * 3 * sizeof *o->periods);
	o->inds = calloc(ds->n_inds ? ds->n_inds : 1, sizeof *o->inds);
	o->notes = calloc(ds->n_notes ? ds->n_notes : 1, sizeof *o->notes);
	o->warnings = malloc((ds->n_warnings ? ds->n_warnings : 1) * sizeof *o->warnings);
	o->levels = malloc((ds->n_other_levels ? ds->n_other_levels : 1) * sizeof *o->levels);
	o->text_roles = malloc((ds->rows.n_texts ? ds->rows.n_texts : 1) * 2 * sizeof *o->text_roles);
	if (!o->periods || !o->inds || !o->notes || !o->warnings || !o->levels || !o->text_roles ||
	    !flatten_areas(ds, o) || !flatten_columns(ds, o))
		return false;
	for (size_t y = 0; y < ds->n_years; y++) {
		o->periods[3 * y] = str(&o->st, ds->period_labels[y]);
		o->periods[3 * y + 1] = str(&o->st, ds->period_codes[y]);
		o->periods[3 * y + 2] = str(&o->st, ds->period_ids[y]);
	}
	for (size_t i = 0; i < ds->n_inds; i++) {
		const cinx_indicator *in = &ds->inds[i];
		o->inds[i] = (snap_ind){str(&o->st, in->name), str(&o->st, in->label), str(&o->st, in->short_label),
					in->unit, in->decimals, in->direction, in->derived, 0};
	}
	for (size_t i = 0; i < ds->n_notes; i++) {
		const footnote *n = &ds->notes[i];
		o->notes[i] = (snap_note){n->area, n->from_year, n->to_year, str(&o->st, n->ind_prefix),
					  str(&o->st, n->text), 0};
	}
	for (size_t i = 0; i < ds->n_warnings; i++)
		o->warnings[i] = str(&o->st, ds->warnings[i]);
	for (size_t i = 0; i < ds->n_other_levels; i++)
		o->levels[i] = str(&o->st, ds->other_levels[i]);
	for (size_t t = 0; t < ds->rows.n_texts; t++) {
		o->text_roles[2 * t] = ds->rows.text_filter[t];
		o->text_roles[2 * t + 1] = ds->rows.text_attr[t];
	}
	return !o->st.failed;
}

cinx_status cinx_dataset_snapshot_write(const cinx_dataset *ds, cinx_snapshot_writer *w, const char *path,
					 cinx_error *err)
{
	snap_out o = {.counts = {0}};
	size_t cells = ds->n_areas * ds->n_years, rows = ds->n_rows, nt = ds->rows.n_texts;
	cinx_status st = CINX_OK;

	/* a snapshot holds what a file gives: nothing derived, nothing chosen */
	if (ds->n_inds != ds->n_file_inds || ds->population || ds->provenance)
		return cinx_error_set(err, CINX_E_USAGE, "%s: only a data set just loaded can be kept", ds->source);
	if (!flatten(ds, &o)) {
		out_free(&o);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
#define ADD(id, p, size) \
	if (!st) \
		st = cinx_snapshot_add(w, id, p, size, 8, err)
	ADD(S_COUNTS, &o.counts, sizeof o.counts);
	ADD(S_STRINGS, o.st.blob ? o.st.blob : "", o.st.len ? o.st.len : 1);
	ADD(S_YEARS, ds->years, ds->n_years * sizeof *ds->years);
	ADD(S_PERIODS, o.periods, ds->n_years * 3 * sizeof *o.periods);
	ADD(S_INDS, o.inds, ds->n_inds * sizeof *o.inds);
	ADD(S_AREAS, o.areas, ds->n_areas * sizeof *o.areas);
	ADD(S_CHILDREN, ds->child_ids, o.counts.n_children * sizeof *ds->child_ids);
	ADD(S_SPANS, o.spans, o.counts.n_spans * sizeof *o.spans);
	ADD(S_LINKS, ds->links ? (const void *)ds->links : "", ds->n_links * sizeof *ds->links);
	ADD(S_NUMS, ds->nums, cells * ds->n_inds * sizeof *ds->nums);
	ADD(S_KINDS, ds->kinds, cells * ds->n_inds);
	ADD(S_ATTR_CELLS, ds->attr_cells ? (const void *)ds->attr_cells : "",
	    ds->attr_cells ? cells * ds->n_attrs * sizeof *ds->attr_cells : 0);
	ADD(S_NOTES, o.notes, ds->n_notes * sizeof *o.notes);
	ADD(S_WARNINGS, o.warnings, ds->n_warnings * sizeof *o.warnings);
	ADD(S_COLUMNS, o.columns, (ds->n_filters + ds->n_attrs) * sizeof *o.columns);
	ADD(S_VALUES, o.values, o.counts.n_values * sizeof *o.values);
	ADD(S_LEVELS, o.levels, ds->n_other_levels * sizeof *o.levels);
	ADD(S_CHOSEN, o.chosen, ds->n_filters * sizeof *o.chosen);
	ADD(S_TEXT_ROLES, o.text_roles, nt * 2 * sizeof *o.text_roles);
	if (ds->rows.cell_start) {
		ADD(S_ROW_NUMS, ds->rows.nums, rows * ds->n_file_inds * sizeof *ds->rows.nums);
		ADD(S_ROW_KINDS, ds->rows.kinds, rows * ds->n_file_inds);
		ADD(S_ROW_TEXTS, ds->rows.texts, rows * nt * sizeof *ds->rows.texts);
		ADD(S_BY_CELL, ds->rows.by_cell, rows * sizeof *ds->rows.by_cell);
		ADD(S_CELL_START, ds->rows.cell_start, (cells + 1) * sizeof *ds->rows.cell_start);
	}
#undef ADD
	if (!st)
		st = path ? cinx_snapshot_write(w, path, err) : cinx_snapshot_store(w, err);
	out_free(&o);
	return st;
}

/* ---- reading ------------------------------------------------------------------ */

typedef struct snap_in {
	const cinx_snapshot *s;
	const snap_counts *k;
	const char *blob;
	size_t blob_len;
	bool bad;
} snap_in;

/* Section id, which must be exactly n items of size each. */
static const void *section(snap_in *in, uint32_t id, size_t n, size_t size)
{
	size_t got = 0;
	const void *p = cinx_snapshot_section(in->s, id, &got);

	if (!p || (size && n > SIZE_MAX / size) || got != n * size) {
		in->bad = true;
		return NULL;
	}
	return p;
}

/* The string at offset, NULL for NONE when allowed. */
static const char *string(snap_in *in, uint32_t off, bool may_be_none)
{
	if (off == NONE && may_be_none)
		return NULL;
	if (off >= in->blob_len) {
		in->bad = true;
		return "";
	}
	return in->blob + off;
}

static bool index_ok(snap_in *in, int64_t i, uint64_t n, bool may_be_none)
{
	if ((i == -1 && may_be_none) || (i >= 0 && (uint64_t)i < n))
		return true;
	in->bad = true;
	return false;
}

static void read_periods(snap_in *in, cinx_dataset *ds)
{
	const int32_t *years = section(in, S_YEARS, ds->n_years, sizeof *years);
	const uint32_t *p = section(in, S_PERIODS, ds->n_years * 3, sizeof *p);

	if (in->bad)
		return;
	ds->years = malloc(ds->n_years * sizeof *ds->years);
	ds->period_labels = malloc(ds->n_years * sizeof *ds->period_labels);
	ds->period_codes = malloc(ds->n_years * sizeof *ds->period_codes);
	ds->period_ids = malloc(ds->n_years * sizeof *ds->period_ids);
	if (in->bad || !ds->years || !ds->period_labels || !ds->period_codes || !ds->period_ids) {
		in->bad = true;
		return;
	}
	for (size_t y = 0; y < ds->n_years; y++) {
		ds->years[y] = years[y];
		if (y && years[y] <= years[y - 1])
			in->bad = true;
		ds->period_labels[y] = string(in, p[3 * y], false);
		ds->period_codes[y] = string(in, p[3 * y + 1], false);
		ds->period_ids[y] = string(in, p[3 * y + 2], false);
	}
	ds->period_noun = string(in, in->k->noun, false);
}

static void read_indicators(snap_in *in, cinx_dataset *ds)
{
	const snap_ind *si = section(in, S_INDS, ds->n_inds, sizeof *si);

	if (in->bad)
		return;
	ds->inds = calloc(ds->n_inds, sizeof *ds->inds);
	if (in->bad || !ds->inds) {
		in->bad = true;
		return;
	}
	for (size_t i = 0; i < ds->n_inds; i++) {
		ds->inds[i] = (cinx_indicator){string(in, si[i].name, false), string(in, si[i].label, false),
			string(in, si[i].short_label, false), (cinx_unit)si[i].unit, NULL, si[i].decimals,
			si[i].direction, si[i].derived != 0};
		if (si[i].unit < CINX_UNIT_COUNT || si[i].unit > CINX_UNIT_RATE)
			in->bad = true;
	}
	ds->n_file_inds = ds->n_inds;
}

static void read_area(snap_in *in, cinx_dataset *ds, const snap_area *s, const snap_span *spans, size_t i)
{
	cinx_area *a = &ds->areas[i];
	const snap_counts *k = in->k;

	a->id = (int)i;
	a->level = (cinx_level)s->level;
	a->other_level = s->other_level;
	if (s->level < 0 || s->level > CINX_LEVEL_OTHER ||
	    !index_ok(in, s->other_level, s->level == CINX_LEVEL_OTHER ? k->n_other_levels : 0,
		      s->level != CINX_LEVEL_OTHER) ||
	    !index_ok(in, s->parent, k->n_areas, true) || (uint64_t)s->children_at + s->n_children > k->n_children ||
	    (uint64_t)s->codes_at + s->n_codes > k->n_spans || (uint64_t)s->pred_at + s->n_pred > k->n_links ||
	    (uint64_t)s->succ_at + s->n_succ > k->n_links) {
		in->bad = true;
		return;
	}
	a->parent = s->parent;
	a->first_year = s->first_year;
	a->last_year = s->last_year;
	a->current = s->current != 0;
	a->name = string(in, s->name, false);
	a->code = string(in, s->code, false);
	a->old_code = string(in, s->old_code, false);
	a->children = ds->child_ids + s->children_at;
	a->n_children = s->n_children;
	a->codes = ds->spans + s->codes_at;
	a->n_codes = s->n_codes;
	a->predecessors = ds->links + s->pred_at;
	a->n_predecessors = s->n_pred;
	a->successors = ds->links + s->succ_at;
	a->n_successors = s->n_succ;
	for (size_t c = s->codes_at; c < s->codes_at + s->n_codes; c++)
		ds->spans[c] = (cinx_code_span){string(in, spans[c].code, false), spans[c].from, spans[c].to};
}

static void read_areas(snap_in *in, cinx_dataset *ds)
{
	const snap_counts *k = in->k;
	const snap_area *sa = section(in, S_AREAS, ds->n_areas, sizeof *sa);
	const int32_t *children = section(in, S_CHILDREN, k->n_children, sizeof *children);
	const snap_span *spans = section(in, S_SPANS, k->n_spans, sizeof *spans);
	const cinx_link *links = section(in, S_LINKS, k->n_links, sizeof *links);

	if (in->bad)
		return;
	ds->areas = calloc(ds->n_areas, sizeof *ds->areas);
	ds->child_ids = malloc((k->n_children ? k->n_children : 1) * sizeof *ds->child_ids);
	ds->spans = malloc((k->n_spans ? k->n_spans : 1) * sizeof *ds->spans);
	ds->links = malloc((k->n_links ? k->n_links : 1) * sizeof *ds->links);
	if (in->bad || !ds->areas || !ds->child_ids || !ds->spans || !ds->links) {
		in->bad = true;
		return;
	}
	ds->n_links = ds->cap_links = k->n_links;
	for (size_t c = 0; c < k->n_children; c++)
		if (index_ok(in, children[c], k->n_areas, false))
			ds->child_ids[c] = children[c];
	for (size_t l = 0; l < k->n_links; l++)
		if (index_ok(in, links[l].area, k->n_areas, false))
			ds->links[l] = links[l];
	for (size_t i = 0; i < ds->n_areas && !in->bad; i++)
		read_area(in, ds, &sa[i], spans, i);
	if (!index_ok(in, k->england, k->n_areas, true))
		return;
	ds->england = (int)k->england;
}

static void read_notes(snap_in *in, cinx_dataset *ds)
{
	const snap_counts *k = in->k;
	const snap_note *sn = section(in, S_NOTES, k->n_notes, sizeof *sn);
	const uint32_t *sw = section(in, S_WARNINGS, k->n_warnings, sizeof *sw);
	const uint32_t *sl = section(in, S_LEVELS, k->n_other_levels, sizeof *sl);

	if (in->bad)
		return;
	ds->notes = malloc((k->n_notes ? k->n_notes : 1) * sizeof *ds->notes);
	ds->warnings = calloc(k->n_warnings ? k->n_warnings : 1, sizeof *ds->warnings);
	ds->other_levels = malloc((k->n_other_levels ? k->n_other_levels : 1) * sizeof *ds->other_levels);
	if (in->bad || !ds->notes || !ds->warnings || !ds->other_levels) {
		in->bad = true;
		return;
	}
	for (size_t i = 0; i < k->n_notes; i++) {
		index_ok(in, sn[i].area, k->n_areas, true);
		ds->notes[i] = (footnote){sn[i].area, sn[i].from, sn[i].to, string(in, sn[i].prefix, true),
					  string(in, sn[i].text, false)};
	}
	ds->n_notes = k->n_notes;
	for (size_t i = 0; i < k->n_warnings; i++)
		if (!(ds->warnings[ds->n_warnings++] = strdup(string(in, sw[i], false))))
			in->bad = true;
	for (size_t i = 0; i < k->n_other_levels; i++)
		ds->other_levels[i] = string(in, sl[i], false);
	ds->n_other_levels = k->n_other_levels;
}

static void read_columns(snap_in *in, cinx_dataset *ds)
{
	const snap_counts *k = in->k;
	size_t nc = k->n_filters + k->n_attrs;
	const snap_column *sc = section(in, S_COLUMNS, nc, sizeof *sc);
	const uint32_t *sv = section(in, S_VALUES, k->n_values, sizeof *sv);
	const uint64_t *chosen = section(in, S_CHOSEN, k->n_filters, sizeof *chosen);

	if (in->bad)
		return;
	ds->filters = calloc(k->n_filters ? k->n_filters : 1, sizeof *ds->filters);
	ds->attrs = calloc(k->n_attrs ? k->n_attrs : 1, sizeof *ds->attrs);
	ds->chosen = calloc(k->n_filters ? k->n_filters : 1, sizeof *ds->chosen);
	if (in->bad || !ds->filters || !ds->attrs || !ds->chosen) {
		in->bad = true;
		return;
	}
	for (size_t c = 0; c < nc && !in->bad; c++) {
		ds_column *col = c < k->n_filters ? &ds->filters[ds->n_filters++] : &ds->attrs[ds->n_attrs++];
		if ((uint64_t)sc[c].values_at + sc[c].n_values > k->n_values ||
		    !index_ok(in, sc[c].total, sc[c].n_values, true) ||
		    !(col->values = malloc((sc[c].n_values ? sc[c].n_values : 1) * sizeof *col->values))) {
			in->bad = true;
			return;
		}
		col->name = string(in, sc[c].name, false);
		col->label = string(in, sc[c].label, false);
		col->total = sc[c].total;
		col->n_values = sc[c].n_values;
		for (size_t v = 0; v < col->n_values; v++)
			col->values[v] = string(in, sv[sc[c].values_at + v], false);
	}
	for (size_t f = 0; f < ds->n_filters && !in->bad; f++)
		if (index_ok(in, (int64_t)chosen[f], ds->filters[f].n_values, false))
			ds->chosen[f] = chosen[f];
}

/* Every value of text column t within its column's values. */
static const ds_column *column_of(const cinx_dataset *ds, size_t t)
{
	const struct ds_rows *r = &ds->rows;

	return r->text_filter[t] >= 0 ? &ds->filters[r->text_filter[t]] : &ds->attrs[r->text_attr[t]];
}

static void read_cube(snap_in *in, cinx_dataset *ds)
{
	size_t cells = ds->n_areas * ds->n_years;

	ds->nums = (double *)section(in, S_NUMS, cells * ds->n_inds, sizeof *ds->nums);
	ds->kinds = (unsigned char *)section(in, S_KINDS, cells * ds->n_inds, 1);
	ds->attr_cells = (unsigned *)section(in, S_ATTR_CELLS, ds->n_attrs ? cells * ds->n_attrs : 0,
					     sizeof *ds->attr_cells);
	ds->mapped_cube = true;
	if (in->bad)
		return;
	for (size_t i = 0; i < cells * ds->n_inds; i++)
		if (ds->kinds[i] >= CINX_KIND_COUNT)
			in->bad = true;
	for (size_t c = 0; c < cells && ds->n_attrs; c++)
		for (size_t a = 0; a < ds->n_attrs; a++) {
			unsigned v = ds->attr_cells[c * ds->n_attrs + a];
			if (v != UINT_MAX && v >= ds->attrs[a].n_values)
				in->bad = true;
		}
	if (!ds->n_attrs)
		ds->attr_cells = NULL;
}

static void read_rows(snap_in *in, cinx_dataset *ds)
{
	struct ds_rows *r = &ds->rows;
	size_t nt = in->k->n_texts, rows = ds->n_rows, cells = ds->n_areas * ds->n_years;
	const int32_t *roles = section(in, S_TEXT_ROLES, nt * 2, sizeof *roles);

	if (in->bad)
		return;
	r->n_texts = nt;
	r->text_filter = malloc((nt ? nt : 1) * sizeof *r->text_filter);
	r->text_attr = malloc((nt ? nt : 1) * sizeof *r->text_attr);
	if (in->bad || !r->text_filter || !r->text_attr || nt != ds->n_filters + ds->n_attrs) {
		in->bad = true;
		return;
	}
	for (size_t t = 0; t < nt; t++) {
		r->text_filter[t] = roles[2 * t];
		r->text_attr[t] = roles[2 * t + 1];
		if ((roles[2 * t] < 0) == (roles[2 * t + 1] < 0) || !index_ok(in, roles[2 * t], ds->n_filters, true) ||
		    !index_ok(in, roles[2 * t + 1], ds->n_attrs, true))
			return;
	}
	if (!in->k->kept_rows)
		return;
	r->nums = (double *)section(in, S_ROW_NUMS, rows * ds->n_inds, sizeof *r->nums);
	r->kinds = (unsigned char *)section(in, S_ROW_KINDS, rows * ds->n_inds, 1);
	r->texts = (uint32_t *)section(in, S_ROW_TEXTS, rows * nt, sizeof *r->texts);
	r->by_cell = (uint32_t *)section(in, S_BY_CELL, rows, sizeof *r->by_cell);
	r->cell_start = (size_t *)section(in, S_CELL_START, cells + 1, sizeof *r->cell_start);
	ds->mapped_rows = true;
	if (in->bad)
		return;
	for (size_t i = 0; i < rows * ds->n_inds; i++)
		if (r->kinds[i] >= CINX_KIND_COUNT)
			in->bad = true;
	for (size_t i = 0; i < rows; i++) {
		if (r->by_cell[i] >= rows)
			in->bad = true;
		for (size_t t = 0; t < nt; t++)
			if (r->texts[i * nt + t] >= column_of(ds, t)->n_values)
				in->bad = true;
	}
	if (r->cell_start[0] != 0 || r->cell_start[cells] != rows)
		in->bad = true;
	for (size_t c = 0; c < cells; c++)
		if (r->cell_start[c + 1] < r->cell_start[c])
			in->bad = true;
}

cinx_status cinx_dataset_from_snapshot(cinx_snapshot *s, const char *source, cinx_dataset **out, cinx_error *err)
{
	snap_in in = {.s = s};
	cinx_dataset *ds = calloc(1, sizeof *ds);

	*out = NULL;
	if (!ds || !(ds->source = strdup(source))) {
		free(ds);
		cinx_snapshot_close(s);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	ds->snapshot = s;
	in.k = section(&in, S_COUNTS, 1, sizeof *in.k);
	in.blob = cinx_snapshot_section(s, S_STRINGS, &in.blob_len);
	if (in.bad || !in.blob || !in.blob_len || in.blob[in.blob_len - 1] != '\0' || !in.k->n_years ||
	    !in.k->n_inds || !in.k->n_areas || in.k->n_areas > INT_MAX || in.k->n_rows > UINT32_MAX ||
	    in.k->n_years > INT_MAX || in.k->n_inds > 65536 || in.k->n_texts > 65536 ||
	    in.k->n_areas > SIZE_MAX / in.k->n_years / in.k->n_inds / 16) {
		cinx_dataset_free(ds);
		return cinx_error_set(err, CINX_E_DATA, "%s: its snapshot does not hold together", source);
	}
	ds->n_rows = in.k->n_rows;
	ds->n_years = in.k->n_years;
	ds->n_inds = in.k->n_inds;
	ds->n_areas = in.k->n_areas;
	read_periods(&in, ds);
	if (!in.bad)
		read_indicators(&in, ds);
	if (!in.bad)
		read_areas(&in, ds);
	if (!in.bad)
		read_notes(&in, ds);
	if (!in.bad)
		read_columns(&in, ds);
	if (!in.bad)
		read_cube(&in, ds);
	if (!in.bad)
		read_rows(&in, ds);
	if (in.bad) {
		cinx_dataset_free(ds);
		return cinx_error_set(err, CINX_E_DATA, "%s: its snapshot does not hold together", source);
	}
	*out = ds;
	return CINX_OK;
}
