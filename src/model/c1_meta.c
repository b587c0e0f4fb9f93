/* SPDX-License-Identifier: MIT */
/* What the C1 publication says beyond its rows: the variables' descriptions,
 * boundary changes between authorities, and the published footnotes. Each
 * applies only where the file holds the areas and columns it names. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "dataset_internal.h"

static const struct {
	const char *name, *label, *short_label;
	int direction;
} labels[] = {
	{"referral_count", "Number of referrals", "Referrals", 0},
	{"rereferral_count", "Number of re-referrals within 12 months of a previous referral",
	 "Re-referrals", 0},
	{"rereferral_percent", "Percentage of referrals that were re-referrals within 12 months of a previous referral",
	 "Re-referral %", -1},
	{"no_further_action_count", "Number of referrals resulting in no further action", "NFA", 0},
	{"no_further_action_percent", "Percentage of referrals resulting in no further action",
	 "NFA %", 0},
	{"not_in_need_count", "Number of referrals assessed as not in need", "Not in need", 0},
	{"not_in_need_percent", "Percentage of referrals assessed as not in need",
	 "Not in need %", 0},
	{"referral_child_count", "Number of children referred", "Children referred", 0},
	{"rereferral_child_count", "Number of children re-referred within 12 months of a previous referral",
	 "Children re-referred", 0},
	{"rereferral_child_percent", "Percentage of children referred who were re-referred within 12 months",
	 "Child re-referral %", -1},
	{"population_estimate", "Mid-year population estimate, children aged 0 to 17",
	 "Population 0-17", 0},
};

/* Authorities replaced by others; identified by old LA code or GSS code. */
static const struct {
	const char *from[2], *to[2];
	int year;
} changes[] = {
	{{"837", "836"}, {"839", NULL}, 2020}, /* Bournemouth, Poole -> BCP */
	{{"835", NULL}, {"838", NULL}, 2020},  /* Dorset county -> Dorset */
	{{"928", NULL}, {"940", "941"}, 2022}, /* Northamptonshire -> North, West */
	{{"909", NULL}, {"942", "943"}, 2024}, /* Cumbria -> Cumberland, Westmorland and Furness */
	{{"530", NULL}, {"531", "532"}, 2021}, /* the demo data's fictional Fenmarsh (src/demo.c) */
};

/* scope: 0 the area itself, 1 the area and the totals it rolls up into,
 * 2 every area */
static const struct {
	const char *area;
	int scope, from, to;
	const char *ind_prefix, *text;
} notes[] = {
	{"204", 0, 2021, 2022, NULL,
	 "Hackney: data not available for 2021 and 2022."},
	{"204", 1, 2021, 2022, NULL,
	 "Hackney's 2020 figures were used in the 2021 and 2022 national and regional totals."},
	{"850", 0, 2024, 2024, NULL,
	 "Hampshire: 2024 figures are of low reliability."},
	{"850", 1, 2024, 2024, NULL,
	 "Hampshire's 2023 figures were used in the 2024 national and regional totals."},
	{NULL, 2, 0, 0, "no_further_action",
	 "There is significant variation between local authorities in referrals ending in no further action, "
	 "likely explained by differences in local practice."},
	{NULL, 2, 0, 0, "not_in_need",
	 "There is significant variation between local authorities in referrals assessed as not in need, "
	 "likely explained by differences in local practice."},
};

bool cinx_c1_is_indicator(const char *column)
{
	for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
		if (strcmp(column, labels[k].name) == 0)
			return true;
	return false;
}

static void apply_labels(cinx_dataset *ds)
{
	for (size_t i = 0; i < ds->n_inds; i++)
		for (size_t k = 0; k < sizeof labels / sizeof labels[0]; k++)
			if (strcmp(ds->inds[i].name, labels[k].name) == 0) {
				ds->inds[i].label = labels[k].label;
				ds->inds[i].short_label = labels[k].short_label;
				ds->inds[i].direction = labels[k].direction;
			}
}

static bool has_prefix_column(const cinx_dataset *ds, const char *prefix)
{
	for (size_t i = 0; i < ds->n_inds; i++)
		if (strncmp(ds->inds[i].name, prefix, strlen(prefix)) == 0)
			return true;
	return false;
}

static cinx_status add_note(cinx_dataset *ds, int area, int from, int to, const char *prefix,
			    const char *text)
{
	footnote *n = realloc(ds->notes, (ds->n_notes + 1) * sizeof *n);

	if (!n)
		return CINX_E_NOMEM;
	ds->notes = n;
	n[ds->n_notes++] = (footnote){area, from, to, prefix, text};
	return CINX_OK;
}

/* Whether the file is the publication's: the notes on an authority's
 * figures are about these figures, not another data set's. */
static bool is_c1(const cinx_dataset *ds)
{
	for (size_t i = 0; i < ds->n_inds; i++)
		if (cinx_c1_is_indicator(ds->inds[i].name))
			return true;
	return false;
}

static cinx_status apply_notes(cinx_dataset *ds)
{
	bool c1 = is_c1(ds);

	for (size_t k = 0; k < sizeof notes / sizeof notes[0]; k++) {
		cinx_status st = CINX_OK;
		if (notes[k].ind_prefix && !has_prefix_column(ds, notes[k].ind_prefix))
			continue;
		if (notes[k].scope != 2 && !c1)
			continue;
		if (notes[k].scope == 2) {
			st = add_note(ds, -1, notes[k].from, notes[k].to, notes[k].ind_prefix, notes[k].text);
		} else {
			int a = cinx_dataset_find_code(ds, notes[k].area);
			if (a < 0 || ds->areas[a].level != CINX_LEVEL_LA)
				continue;
			/* a totals note also goes on the authority itself, since its
			 * views show those totals beside its own figures */
			st = add_note(ds, a, notes[k].from, notes[k].to, notes[k].ind_prefix, notes[k].text);
			for (int p = ds->areas[a].parent; notes[k].scope == 1 && p >= 0 && !st;
			     p = ds->areas[p].parent)
				st = add_note(ds, p, notes[k].from, notes[k].to, notes[k].ind_prefix, notes[k].text);
		}
		if (st)
			return st;
	}
	return CINX_OK;
}

typedef struct pair { int from, to, year; } pair;

static cinx_status apply_lineage(cinx_dataset *ds)
{
	pair pairs[16];
	size_t n = 0;

	for (size_t k = 0; k < sizeof changes / sizeof changes[0]; k++)
		for (int i = 0; i < 2 && changes[k].from[i]; i++)
			for (int j = 0; j < 2 && changes[k].to[j]; j++) {
				int f = cinx_dataset_find_code(ds, changes[k].from[i]);
				int t = cinx_dataset_find_code(ds, changes[k].to[j]);
				/* the successor's first period in this file: a file of
				 * academic years starts it in another year than C1 */
				if (f >= 0 && t >= 0 && f != t && n < sizeof pairs / sizeof pairs[0])
					pairs[n++] = (pair){f, t, ds->areas[t].first_year ? ds->areas[t].first_year
										 : changes[k].year};
			}
	if (!n)
		return CINX_OK;
	ds->links = malloc(2 * n * sizeof *ds->links);
	if (!ds->links)
		return CINX_E_NOMEM;
	for (size_t a = 0; a < ds->n_areas; a++) {
		cinx_area *ar = &ds->areas[a];
		ar->predecessors = ds->links + ds->n_links;
		for (size_t i = 0; i < n; i++)
			if (pairs[i].to == (int)a)
				ds->links[ds->n_links++] = (cinx_link){pairs[i].from, pairs[i].year};
		ar->n_predecessors = (size_t)(ds->links + ds->n_links - ar->predecessors);
		ar->successors = ds->links + ds->n_links;
		for (size_t i = 0; i < n; i++)
			if (pairs[i].from == (int)a)
				ds->links[ds->n_links++] = (cinx_link){pairs[i].to, pairs[i].year};
		ar->n_successors = (size_t)(ds->links + ds->n_links - ar->successors);
	}
	return CINX_OK;
}

cinx_status cinx_c1_annotate(cinx_dataset *ds, cinx_error *err)
{
	apply_labels(ds);
	if (apply_notes(ds) || apply_lineage(ds))
		return cinx_error_set(err, CINX_E_NOMEM, "%s: out of memory", ds->source);
	return CINX_OK;
}
