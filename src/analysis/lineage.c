/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/lineage.h"
#include "cinx/series.h"
#include "cinx/decimal.h"
#include "cinx/rates.h"

static const struct {
	const char *pct, *num, *den;
} ratios[] = {
	{"rereferral_percent", "rereferral_count", "referral_count"},
	{"no_further_action_percent", "no_further_action_count", "referral_count"},
	{"not_in_need_percent", "not_in_need_count", "referral_count"},
	{"rereferral_child_percent", "rereferral_child_count", "referral_child_count"},
};

static int find(const cinx_dataset *ds, const char *name)
{
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (strcmp(cinx_dataset_indicator(ds, i)->name, name) == 0)
			return (int)i;
	return -1;
}

bool cinx_lineage_ratio(const cinx_dataset *ds, size_t ind, size_t *num, size_t *den)
{
	const char *name = cinx_dataset_indicator(ds, ind)->name;

	for (size_t k = 0; k < sizeof ratios / sizeof ratios[0]; k++) {
		int n, d;
		if (strcmp(name, ratios[k].pct) != 0)
			continue;
		if ((n = find(ds, ratios[k].num)) < 0 || (d = find(ds, ratios[k].den)) < 0)
			return false;
		*num = (size_t)n;
		*den = (size_t)d;
		return true;
	}
	return false;
}

/* A cell of an area: its figure for an indicator, or its population. */
typedef cinx_value (*cell_fn)(const cinx_dataset *ds, int area, size_t yi, size_t ind);

static cinx_value population(const cinx_dataset *ds, int area, size_t yi, size_t ind)
{
	(void)ind;
	return cinx_dataset_population(ds, area, yi);
}

/* The parts' sum of a count, read at scale; no row when none has a row, x
 * when any lacks a number. */
static cinx_value sum(const cinx_dataset *ds, const cinx_link *parts, size_t n_parts, size_t yi, cell_fn cell,
		      size_t ind, int scale)
{
	cinx_decimal total = {0, scale}, x;
	size_t rows = 0, nums = 0;
	bool exact = true;

	for (size_t i = 0; i < n_parts; i++) {
		cinx_value v = cell(ds, parts[i].area, yi, ind);
		rows += v.kind != CINX_NO_ROW;
		if (v.kind == CINX_NUM) {
			exact = exact && cinx_decimal_from_double(v.num, scale, &x) && cinx_decimal_add(total, x, &total);
			nums++;
		}
	}
	if (!rows)
		return cinx_value_of(CINX_NO_ROW);
	return nums == n_parts && exact ? cinx_value_number(cinx_decimal_to_double(total))
						  : cinx_value_of(CINX_SYM_X);
}

static cinx_value sum_of(const cinx_dataset *ds, const cinx_link *parts, size_t n_parts, size_t yi, size_t ind)
{
	return sum(ds, parts, n_parts, yi, cinx_dataset_value, ind, cinx_dataset_indicator(ds, ind)->decimals);
}

/* n / d * mult at the indicator's decimals; x without two numbers, d above 0. */
static cinx_value ratio(cinx_value n, cinx_value d, int scale, int64_t mult, const cinx_indicator *in)
{
	if (n.kind == CINX_NO_ROW && d.kind == CINX_NO_ROW)
		return n;
	if (n.kind != CINX_NUM || d.kind != CINX_NUM || d.num <= 0)
		return cinx_value_of(CINX_SYM_X);
	return cinx_value_ratio_exact(n, d, scale, mult, in->decimals);
}

static int more(int a, int b)
{
	return a > b ? a : b;
}

static cinx_value combine(const cinx_dataset *ds, const cinx_link *parts, size_t n_parts, size_t yi, size_t ind)
{
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	size_t num, den;

	if (!n_parts)
		return cinx_value_of(CINX_NO_ROW);
	/* one part is its own figure, a rate or a percentage as published */
	if (n_parts == 1)
		return cinx_dataset_value(ds, parts[0].area, yi, ind);
	if (in->unit == CINX_UNIT_COUNT)
		return sum_of(ds, parts, n_parts, yi, ind);
	if (in->unit == CINX_UNIT_PERCENT && cinx_lineage_ratio(ds, ind, &num, &den))
		return ratio(sum_of(ds, parts, n_parts, yi, num), sum_of(ds, parts, n_parts, yi, den),
			     more(cinx_dataset_indicator(ds, num)->decimals, cinx_dataset_indicator(ds, den)->decimals),
			     100, in);
	/* a rate per 10,000 children: the counts over the populations added up */
	if (in->unit == CINX_UNIT_RATE && cinx_rates_count_of(ds, ind, &num)) {
		int pd = cinx_dataset_population_decimals(ds), cd = cinx_dataset_indicator(ds, num)->decimals;
		return ratio(sum_of(ds, parts, n_parts, yi, num), sum(ds, parts, n_parts, yi, population, 0, pd),
			     more(cd, pd), 10000, in);
	}
	cinx_value any = sum_of(ds, parts, n_parts, yi, ind);
	return any.kind == CINX_NO_ROW ? any : cinx_value_of(CINX_SYM_X);
}

cinx_value cinx_lineage_combined(const cinx_dataset *ds, int area, size_t yi, size_t ind)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	return combine(ds, a->predecessors, a->n_predecessors, yi, ind);
}

bool cinx_lineage_continuable(const cinx_dataset *ds, int area)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	/* a successor that also took in another area covers more than this one */
	for (size_t i = 0; i < a->n_successors; i++)
		if (cinx_dataset_area(ds, a->successors[i].area)->n_predecessors != 1)
			return false;
	return a->n_successors > 0;
}

cinx_value cinx_lineage_continued(const cinx_dataset *ds, int area, size_t yi, size_t ind)
{
	const cinx_area *a = cinx_dataset_area(ds, area);

	if (!cinx_lineage_continuable(ds, area))
		return cinx_value_of(CINX_NO_ROW);
	return combine(ds, a->successors, a->n_successors, yi, ind);
}
