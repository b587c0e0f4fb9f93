/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/snapshot.h"
#include "dataset_internal.h"
#include "period.h"

static const char *const level_ees[CINX_LEVEL_COUNT] = {"National", "Regional", "Local authority"};

const char *cinx_level_ees_name(cinx_level l) { return l < CINX_LEVEL_COUNT ? level_ees[l] : "?"; }

const char *cinx_area_level_name(const cinx_dataset *ds, const cinx_area *a)
{
	return a->level == CINX_LEVEL_OTHER ? ds->other_levels[a->other_level] : level_ees[a->level];
}

void cinx_dataset_drop_rows(cinx_dataset *ds)
{
	struct ds_rows *r = &ds->rows;

	free(r->nums);
	free(r->kinds);
	free(r->texts);
	free(r->by_cell);
	free(r->cell_start);
	r->nums = NULL;
	r->kinds = NULL;
	r->texts = NULL;
	r->by_cell = NULL;
	r->cell_start = NULL;
}

void cinx_dataset_free(cinx_dataset *ds)
{
	if (!ds)
		return;
	for (size_t i = 0; i < ds->n_warnings; i++)
		free(ds->warnings[i]);
	free(ds->warnings);
	free(ds->years);
	free(ds->period_labels);
	free(ds->period_codes);
	free(ds->period_ids);
	for (size_t f = 0; f < ds->n_filters; f++)
		free(ds->filters[f].values);
	for (size_t f = 0; f < ds->n_attrs; f++)
		free(ds->attrs[f].values);
	free(ds->filters);
	free(ds->attrs);
	free(ds->other_levels);
	free(ds->chosen);
	if (!ds->mapped_cube) {
		free(ds->nums);
		free(ds->kinds);
		free(ds->attr_cells);
	}
	if (!ds->mapped_rows)
		cinx_dataset_drop_rows(ds);
	free(ds->rows.text_filter);
	free(ds->rows.text_attr);
	free(ds->inds);
	free(ds->areas);
	free(ds->notes);
	free(ds->child_ids);
	free(ds->spans);
	free(ds->links);
	free(ds->source);
	free(ds->provenance);
	free(ds->population);
	cinx_arena_free(&ds->strings);
	cinx_snapshot_close(ds->snapshot);
	free(ds);
}

const char *cinx_dataset_source(const cinx_dataset *ds) { return ds->source; }
size_t cinx_dataset_n_rows(const cinx_dataset *ds) { return ds->n_rows; }
size_t cinx_dataset_n_years(const cinx_dataset *ds) { return ds->n_years; }
int cinx_dataset_year(const cinx_dataset *ds, size_t i) { return ds->years[i]; }
int cinx_dataset_latest_year(const cinx_dataset *ds) { return ds->years[ds->n_years - 1]; }

int cinx_dataset_year_index(const cinx_dataset *ds, int year)
{
	for (size_t i = 0; i < ds->n_years; i++)
		if (ds->years[i] == year)
			return (int)i;
	return -1;
}

const char *cinx_dataset_period_label(const cinx_dataset *ds, size_t i) { return ds->period_labels[i]; }
const char *cinx_dataset_period_code(const cinx_dataset *ds, size_t i) { return ds->period_codes[i]; }
const char *cinx_dataset_period_identifier(const cinx_dataset *ds, size_t i) { return ds->period_ids[i]; }
const char *cinx_dataset_period_noun(const cinx_dataset *ds) { return ds->period_noun; }

bool cinx_dataset_whole_years(const cinx_dataset *ds)
{
	return !ds->n_years || ds->years[ds->n_years - 1] < 10 * PERIOD_SCALE;
}

int cinx_dataset_previous(const cinx_dataset *ds, size_t i)
{
	if (i == 0 || i >= ds->n_years)
		return -1;
	if (cinx_dataset_whole_years(ds))
		return (int)i - 1;
	return cinx_dataset_year_index(ds, ds->years[i] - PERIOD_SCALE);
}

const char *cinx_dataset_key_label(const cinx_dataset *ds, int key)
{
	int i = cinx_dataset_year_index(ds, key);

	return i < 0 ? "?" : ds->period_labels[i];
}

size_t cinx_dataset_n_filters(const cinx_dataset *ds) { return ds->n_filters; }
const char *cinx_dataset_filter_name(const cinx_dataset *ds, size_t f) { return ds->filters[f].name; }
const char *cinx_dataset_filter_label(const cinx_dataset *ds, size_t f) { return ds->filters[f].label; }
size_t cinx_dataset_filter_n_values(const cinx_dataset *ds, size_t f) { return ds->filters[f].n_values; }
const char *cinx_dataset_filter_value(const cinx_dataset *ds, size_t f, size_t v) { return ds->filters[f].values[v]; }
int cinx_dataset_filter_total(const cinx_dataset *ds, size_t f) { return ds->filters[f].total; }
size_t cinx_dataset_filter_chosen(const cinx_dataset *ds, size_t f) { return ds->chosen[f]; }

bool cinx_dataset_at_totals(const cinx_dataset *ds)
{
	for (size_t f = 0; f < ds->n_filters; f++)
		if (ds->filters[f].total < 0 || ds->chosen[f] != (size_t)ds->filters[f].total)
			return false;
	return true;
}

size_t cinx_dataset_n_attributes(const cinx_dataset *ds) { return ds->n_attrs; }
const char *cinx_dataset_attribute_name(const cinx_dataset *ds, size_t at) { return ds->attrs[at].name; }

const char *cinx_dataset_attribute_value(const cinx_dataset *ds, int area, size_t year_idx, size_t at)
{
	unsigned v = ds->attr_cells[((size_t)area * ds->n_years + year_idx) * ds->n_attrs + at];

	return v == UINT_MAX ? "" : ds->attrs[at].values[v];
}

bool cinx_dataset_has_level(const cinx_dataset *ds, cinx_level level)
{
	for (size_t i = 0; i < ds->n_areas; i++)
		if (ds->areas[i].level == level)
			return true;
	return false;
}

size_t cinx_dataset_n_other_levels(const cinx_dataset *ds) { return ds->n_other_levels; }
const char *cinx_dataset_other_level(const cinx_dataset *ds, size_t i) { return ds->other_levels[i]; }

size_t cinx_dataset_n_indicators(const cinx_dataset *ds) { return ds->n_inds; }
const cinx_indicator *cinx_dataset_indicator(const cinx_dataset *ds, size_t i) { return &ds->inds[i]; }
size_t cinx_dataset_n_areas(const cinx_dataset *ds) { return ds->n_areas; }
const cinx_area *cinx_dataset_area(const cinx_dataset *ds, int a) { return &ds->areas[a]; }
bool cinx_area_lives_in(const cinx_area *a, int year)
{
	return a->n_codes && year >= a->first_year && year <= a->last_year;
}
int cinx_dataset_england(const cinx_dataset *ds) { return ds->england; }
size_t cinx_dataset_n_warnings(const cinx_dataset *ds) { return ds->n_warnings; }
const char *cinx_dataset_warning(const cinx_dataset *ds, size_t i) { return ds->warnings[i]; }

cinx_value cinx_dataset_value(const cinx_dataset *ds, int area, size_t year_idx, size_t ind)
{
	size_t at = ((size_t)area * ds->n_years + year_idx) * ds->n_inds + ind;
	cinx_value v = {ds->nums[at], (cinx_kind)ds->kinds[at]};

	return v;
}

int cinx_dataset_ancestor(const cinx_dataset *ds, int area, cinx_level level)
{
	int best = -1;

	/* the topmost region: London rather than Inner London */
	for (int a = ds->areas[area].parent; a >= 0; a = ds->areas[a].parent)
		if (ds->areas[a].level == level)
			best = a;
	return best;
}

static bool footnote_applies(const cinx_dataset *ds, const footnote *f, int area, int year, int ind)
{
	if (f->area >= 0 && f->area != area)
		return false;
	if (year && f->from_year && (year < f->from_year || year > f->to_year))
		return false;
	if (f->ind_prefix && ind >= 0 &&
	    strncmp(ds->inds[ind].name, f->ind_prefix, strlen(f->ind_prefix)) != 0)
		return false;
	return true;
}

size_t cinx_dataset_footnotes(const cinx_dataset *ds, int area, int year, int ind,
			      const char **out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < ds->n_notes; i++) {
		bool seen = false;
		if (!footnote_applies(ds, &ds->notes[i], area, year, ind))
			continue;
		/* a note on several indicators is stored once per indicator */
		for (size_t j = 0; j < i && !seen; j++)
			seen = ds->notes[j].text == ds->notes[i].text &&
			       footnote_applies(ds, &ds->notes[j], area, year, ind);
		if (seen)
			continue;
		if (n < max)
			out[n] = ds->notes[i].text;
		n++;
	}
	return n;
}

int cinx_dataset_find_code(const cinx_dataset *ds, const char *code)
{
	for (size_t a = 0; a < ds->n_areas; a++) {
		const cinx_area *ar = &ds->areas[a];
		if (ar->old_code[0] && strcmp(ar->old_code, code) == 0)
			return (int)a;
		for (size_t s = 0; s < ar->n_codes; s++)
			if (strcmp(ar->codes[s].code, code) == 0)
				return (int)a;
	}
	return -1;
}

cinx_status cinx_dataset_add_indicator(cinx_dataset *ds, const cinx_indicator *meta,
				       const cinx_value *vals, cinx_error *err)
{
	size_t n = ds->n_inds + 1, cells = ds->n_areas * ds->n_years;
	cinx_indicator in = *meta;
	cinx_indicator *inds;
	double *nums;
	unsigned char *kinds;

	for (size_t i = 0; i < ds->n_inds; i++)
		if (strcmp(ds->inds[i].name, meta->name) == 0)
			return cinx_error_set(err, CINX_E_DATA, "%s: the data set already has a column '%s'",
					      ds->source, meta->name);
	in.name = cinx_arena_strndup(&ds->strings, meta->name, strlen(meta->name));
	in.label = cinx_arena_strndup(&ds->strings, meta->label, strlen(meta->label));
	in.short_label = cinx_arena_strndup(&ds->strings, meta->short_label, strlen(meta->short_label));
	nums = malloc((cells ? cells : 1) * n * sizeof *nums);
	kinds = malloc((cells ? cells : 1) * n);
	inds = realloc(ds->inds, n * sizeof *inds);
	if (inds)
		ds->inds = inds;
	if (!in.name || !in.label || !in.short_label || !nums || !kinds || !inds) {
		free(nums);
		free(kinds);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	/* the matrix is [area][year][indicator]: every cell moves */
	for (size_t c = 0; c < cells; c++) {
		memcpy(nums + c * n, ds->nums + c * ds->n_inds, ds->n_inds * sizeof *nums);
		memcpy(kinds + c * n, ds->kinds + c * ds->n_inds, ds->n_inds);
		nums[c * n + ds->n_inds] = vals[c].num;
		kinds[c * n + ds->n_inds] = (unsigned char)vals[c].kind;
	}
	if (!ds->mapped_cube) {
		free(ds->nums);
		free(ds->kinds);
	} else if (ds->attr_cells && ds->n_attrs) {
		/* the attributes stay mapped: the cube's other half goes to the heap */
		unsigned *attrs = malloc(cells * ds->n_attrs * sizeof *attrs);
		if (!attrs) {
			free(nums);
			free(kinds);
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
		}
		memcpy(attrs, ds->attr_cells, cells * ds->n_attrs * sizeof *attrs);
		ds->attr_cells = attrs;
	}
	ds->mapped_cube = false;
	ds->nums = nums;
	ds->kinds = kinds;
	ds->inds[ds->n_inds++] = in;
	return CINX_OK;
}

cinx_status cinx_dataset_add_footnote(cinx_dataset *ds, int area, int from_year, int to_year,
				      const char *const *inds, size_t n_inds, const char *text,
				      cinx_error *err)
{
	size_t add = n_inds ? n_inds : 1;
	const char *t = cinx_arena_strndup(&ds->strings, text, strlen(text));
	footnote *f = t ? realloc(ds->notes, (ds->n_notes + add) * sizeof *f) : NULL;

	if (!f)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	ds->notes = f;
	/* one copy of the text: views list a note once however many it covers */
	for (size_t i = 0; i < add; i++) {
		const char *prefix = n_inds ? cinx_arena_strndup(&ds->strings, inds[i], strlen(inds[i])) : NULL;
		if (n_inds && !prefix)
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
		ds->notes[ds->n_notes++] = (footnote){area, from_year, to_year, prefix, t};
	}
	return CINX_OK;
}

cinx_status cinx_dataset_set_population(cinx_dataset *ds, const cinx_value *vals, int decimals,
					cinx_error *err)
{
	size_t cells = ds->n_areas * ds->n_years;
	cinx_value *copy = malloc((cells ? cells : 1) * sizeof *copy);

	if (!copy)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	memcpy(copy, vals, cells * sizeof *copy);
	free(ds->population);
	ds->population = copy;
	ds->population_decimals = decimals;
	return CINX_OK;
}

cinx_value cinx_dataset_population(const cinx_dataset *ds, int area, size_t year_idx)
{
	if (!ds->population || area < 0 || (size_t)area >= ds->n_areas || year_idx >= ds->n_years)
		return cinx_value_of(CINX_NO_ROW);
	return ds->population[(size_t)area * ds->n_years + year_idx];
}

int cinx_dataset_population_decimals(const cinx_dataset *ds)
{
	return ds->population_decimals;
}
