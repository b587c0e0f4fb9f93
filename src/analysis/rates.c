/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/rates.h"
#include "cinx/decimal.h"

static const struct {
	const char *name, *count, *label, *short_label;
} rates[] = {
	{"referral_rate_per_10k", "referral_count",
	 "Referrals per 10,000 children aged 0 to 17 (derived)", "Referral rate"},
	{"referral_child_rate_per_10k", "referral_child_count",
	 "Children referred per 10,000 children aged 0 to 17 (derived)", "Child referral rate"},
	{"rereferral_rate_per_10k", "rereferral_count",
	 "Re-referrals per 10,000 children aged 0 to 17 (derived)", "Re-referral rate"},
};
#define N_RATES (sizeof rates / sizeof rates[0])

typedef struct ctx {
	cinx_dataset *ds;
	const cinx_dataset *pop;
	const char *src;
	int pop_ind;
	const char *names[N_RATES]; /* the rates being added */
	size_t n_names;
} ctx;

static bool same_code(const cinx_area *a, const cinx_area *b)
{
	for (size_t i = 0; i < a->n_codes; i++)
		for (size_t j = 0; j < b->n_codes; j++)
			if (strcmp(a->codes[i].code, b->codes[j].code) == 0)
				return true;
	return false;
}

/* Authorities by old LA code (it outlives GSS code changes), others by code. */
static int pop_area(const cinx_dataset *pop, const cinx_area *a)
{
	for (size_t p = 0; p < cinx_dataset_n_areas(pop); p++) {
		const cinx_area *b = cinx_dataset_area(pop, (int)p);
		if (b->level != a->level)
			continue;
		if (a->old_code[0] && b->old_code[0] ? strcmp(a->old_code, b->old_code) == 0 : same_code(a, b))
			return (int)p;
	}
	return -1;
}

static void years_text(int from, int to, const char *prefix, char *buf, size_t cap)
{
	if (from == to)
		snprintf(buf, cap, "%s%d", prefix, from);
	else
		snprintf(buf, cap, "%s%d to %s%d", prefix, from, prefix, to);
}

static cinx_status note(ctx *c, int area, int from, int to, const char *text, cinx_error *err)
{
	return cinx_dataset_add_footnote(c->ds, area, from, to, c->names, c->n_names, text, err);
}

/* The population for reporting year index y, or a symbol when there is
 * none: CINX_NO_ROW when the file lacks the year or the area. */
static cinx_value population(const ctx *c, int pa, size_t y)
{
	int py = cinx_dataset_year_index(c->pop, cinx_dataset_year(c->ds, y) - 1);

	if (pa < 0 || py < 0)
		return cinx_value_of(CINX_NO_ROW);
	return cinx_dataset_value(c->pop, pa, (size_t)py, (size_t)c->pop_ind);
}

static bool usable(cinx_value p) { return p.kind == CINX_NUM && p.num > 0; }

/* Years whose mid-year estimate is not in the file at all. */
static cinx_status note_missing_years(ctx *c, cinx_error *err)
{
	size_t n = cinx_dataset_n_years(c->ds);
	char text[1024], ys[64], ps[64];

	for (size_t y = 0; y < n; y++) {
		int year = cinx_dataset_year(c->ds, y), last = year;
		if (cinx_dataset_year_index(c->pop, year - 1) >= 0)
			continue;
		while (y + 1 < n && cinx_dataset_year_index(c->pop, cinx_dataset_year(c->ds, y + 1) - 1) < 0)
			last = cinx_dataset_year(c->ds, ++y);
		years_text(year, last, "", ys, sizeof ys);
		years_text(year - 1, last - 1, "mid-", ps, sizeof ps);
		snprintf(text, sizeof text, "Rates per 10,000 children for %s are shown as x: they need the "
			 "%s population estimates, which %s does not have.", ys, ps, c->src);
		cinx_status st = note(c, -1, year, last, text, err);
		if (st)
			return st;
	}
	return CINX_OK;
}

/* Areas, or some of their years, without a usable estimate. */
static cinx_status note_missing_area(ctx *c, int a, int pa, cinx_error *err)
{
	const cinx_area *ar = cinx_dataset_area(c->ds, a);
	size_t n = cinx_dataset_n_years(c->ds);
	char text[1024], ys[64], ps[64];

	if (!ar->n_codes)
		return CINX_OK;
	if (pa < 0) {
		snprintf(text, sizeof text, "%s (%s) has no population estimate in %s: its rates per 10,000 "
			 "children are shown as x.", ar->name, ar->code, c->src);
		return note(c, a, 0, 0, text, err);
	}
	for (size_t y = 0; y < n; y++) {
		int year = cinx_dataset_year(c->ds, y), last = year;
		cinx_value p = population(c, pa, y);
		/* a year missing from the whole file has its own note */
		if (usable(p) || cinx_dataset_year_index(c->pop, year - 1) < 0 ||
		    cinx_dataset_value(c->ds, a, y, 0).kind == CINX_NO_ROW)
			continue;
		cinx_kind k = p.kind;
		while (y + 1 < n && population(c, pa, y + 1).kind == k && !usable(population(c, pa, y + 1)) &&
		       cinx_dataset_value(c->ds, a, y + 1, 0).kind != CINX_NO_ROW)
			last = cinx_dataset_year(c->ds, ++y);
		years_text(year - 1, last - 1, "mid-", ps, sizeof ps);
		years_text(year, last, "", ys, sizeof ys);
		if (k == CINX_NUM)
			snprintf(text, sizeof text, "%s: the %s population estimate in %s is not above zero; "
				 "rates per 10,000 children for %s are shown as x.", ar->name, ps, c->src, ys);
		else if (k == CINX_NO_ROW)
			snprintf(text, sizeof text, "%s: %s has no %s population estimate for it; rates per "
				 "10,000 children for %s are shown as x.", ar->name, c->src, ps, ys);
		else
			snprintf(text, sizeof text, "%s: the %s population estimate is %s (%s) in %s; rates per "
				 "10,000 children for %s are shown as x.", ar->name, ps, cinx_kind_symbol(k),
				 cinx_kind_meaning(k), c->src, ys);
		cinx_status st = note(c, a, year, last, text, err);
		if (st)
			return st;
	}
	return CINX_OK;
}

/* Both read at `scale` decimals, the more of the two files' */
static cinx_value rate(cinx_value count, cinx_value pop, int scale)
{
	if (count.kind != CINX_NUM)
		return count;
	if (!usable(pop))
		return cinx_value_of(CINX_SYM_X);
	return cinx_value_ratio_exact(count, pop, scale, 10000, 1);
}

/* The indicator of exactly this column name (no case folding, no alias:
 * the rates are of C1's own columns), or -1. */
static int indicator_index(const cinx_dataset *ds, const char *name)
{
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (strcmp(cinx_dataset_indicator(ds, i)->name, name) == 0)
			return (int)i;
	return -1;
}

static cinx_status add_rate(ctx *c, size_t k, const int *pa, cinx_error *err)
{
	size_t n_areas = cinx_dataset_n_areas(c->ds), n_years = cinx_dataset_n_years(c->ds);
	int count = indicator_index(c->ds, rates[k].count);
	cinx_value *vals;
	cinx_status st;

	int scale = cinx_dataset_indicator(c->ds, (size_t)count)->decimals;
	if (cinx_dataset_indicator(c->pop, (size_t)c->pop_ind)->decimals > scale)
		scale = cinx_dataset_indicator(c->pop, (size_t)c->pop_ind)->decimals;
	vals = malloc((n_areas * n_years + 1) * sizeof *vals);
	if (!vals)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t a = 0; a < n_areas; a++)
		for (size_t y = 0; y < n_years; y++)
			vals[a * n_years + y] = rate(cinx_dataset_value(c->ds, (int)a, y, (size_t)count),
						     population(c, pa[a], y), scale);
	cinx_indicator meta = {
		.name = rates[k].name, .label = rates[k].label, .short_label = rates[k].short_label,
		.unit = CINX_UNIT_RATE, .decimals = 1, .direction = 0, .derived = true,
	};
	st = cinx_dataset_add_indicator(c->ds, &meta, vals, err);
	free(vals);
	return st;
}

/* The population of each area and year the rates are of. */
static cinx_status keep_population(ctx *c, const int *pa, cinx_error *err)
{
	size_t n_areas = cinx_dataset_n_areas(c->ds), n_years = cinx_dataset_n_years(c->ds);
	cinx_value *vals = malloc((n_areas * n_years + 1) * sizeof *vals);
	cinx_status st;

	if (!vals)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t a = 0; a < n_areas; a++)
		for (size_t y = 0; y < n_years; y++)
			vals[a * n_years + y] = population(c, pa[a], y);
	st = cinx_dataset_set_population(c->ds, vals, cinx_dataset_indicator(c->pop, (size_t)c->pop_ind)->decimals,
					 err);
	free(vals);
	return st;
}

bool cinx_rates_count_of(const cinx_dataset *ds, size_t ind, size_t *count)
{
	const char *name = cinx_dataset_indicator(ds, ind)->name;

	for (size_t k = 0; k < N_RATES; k++) {
		int i;
		if (strcmp(name, rates[k].name) == 0 && (i = indicator_index(ds, rates[k].count)) >= 0) {
			*count = (size_t)i;
			return true;
		}
	}
	return false;
}

static bool has_indicator(const cinx_dataset *ds, const char *name)
{
	return indicator_index(ds, name) >= 0;
}

cinx_status cinx_rates_add(cinx_dataset *ds, const cinx_dataset *pop, cinx_error *err)
{
	ctx c = {.ds = ds, .pop = pop, .src = cinx_dataset_source(pop), .pop_ind = -1};
	size_t n_areas = cinx_dataset_n_areas(ds);
	cinx_status st = CINX_OK;
	char text[1024];
	int *pa;

	for (size_t i = 0; i < cinx_dataset_n_indicators(pop); i++)
		if (strcmp(cinx_dataset_indicator(pop, i)->name, CINX_POPULATION_COLUMN) == 0)
			c.pop_ind = (int)i;
	if (c.pop_ind < 0)
		return cinx_error_set(err, CINX_E_DATA, "%s: no column '%s'; expected ONS mid-year estimates "
				      "of children aged 0 to 17 in EES layout", c.src, CINX_POPULATION_COLUMN);
	for (size_t k = 0; k < N_RATES; k++)
		if (has_indicator(ds, rates[k].count))
			c.names[c.n_names++] = rates[k].name;
	if (!c.n_names)
		return CINX_OK;
	pa = malloc((n_areas ? n_areas : 1) * sizeof *pa);
	if (!pa)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t a = 0; a < n_areas; a++)
		pa[a] = pop_area(pop, cinx_dataset_area(ds, (int)a));
	for (size_t k = 0; k < N_RATES && !st; k++)
		if (has_indicator(ds, rates[k].count))
			st = add_rate(&c, k, pa, err);
	if (!st)
		st = keep_population(&c, pa, err);
	snprintf(text, sizeof text, "Rates per 10,000 children aged 0 to 17 are derived by cinx from %s: "
		 "the year ending March Y uses the mid-year estimate of Y-1; rounded to one decimal place.", c.src);
	if (!st)
		st = note(&c, -1, 0, 0, text, err);
	if (!st)
		st = note_missing_years(&c, err);
	for (size_t a = 0; a < n_areas && !st; a++)
		st = note_missing_area(&c, (int)a, pa[a], err);
	free(pa);
	return st;
}

cinx_status cinx_rates_add_file(cinx_dataset *ds, const char *path, cinx_error *err)
{
	/* a file that does not say its estimates are of children 0 to 17 could
	 * be of anyone: rates from it would be wrong by a factor, silently */
	static const cinx_requirement children = {
		CINX_POPULATION_AGE_COLUMN, CINX_POPULATION_AGE_GROUP,
		"rates need ONS mid-year estimates of children aged 0 to 17 in EES layout",
	};
	cinx_dataset *pop = NULL;
	cinx_status st = cinx_dataset_load_file_requiring(path, &children, &pop, err);

	if (!st)
		st = cinx_rates_add(ds, pop, err);
	cinx_dataset_free(pop);
	return st;
}
