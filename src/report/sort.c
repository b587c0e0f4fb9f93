/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/rank.h"
#include "cinx/series.h"
#include "cinx/sort.h"

static const char *const key_words[] = {"", "value", "change", "change_percent", "name", "rank"};

bool cinx_sort_key_parse(const char *word, cinx_sort_key *out)
{
	for (size_t k = 1; k < sizeof key_words / sizeof key_words[0]; k++)
		if (strcmp(word, key_words[k]) == 0) {
			*out = (cinx_sort_key)k;
			return true;
		}
	return false;
}

int cinx_sort_default_dir(cinx_sort_key key)
{
	return key == CINX_SORT_NAME || key == CINX_SORT_RANK ? 1 : -1;
}

typedef struct sort_item {
	int area;
	size_t pos;
	cinx_value v;        /* the key; kind says whether there is a number */
	long double num, den; /* change_percent: num / den, den > 0 */
	const char *name;
} sort_item;

typedef struct sort_ctx {
	cinx_sort_key key;
	int dir;
} sort_ctx;

static sort_ctx ctx; /* qsort has no context argument in C11 */

static int cmp_numbers(const sort_item *a, const sort_item *b)
{
	if (ctx.key == CINX_SORT_CHANGE_PERCENT) {
		/* cross-multiplied: equal percentages tie exactly */
		long double x = a->num * b->den, y = b->num * a->den;
		return (x > y) - (x < y);
	}
	return (a->v.num > b->v.num) - (a->v.num < b->v.num);
}

static int cmp_items(const void *p, const void *q)
{
	const sort_item *a = p, *b = q;
	int c;

	if (ctx.key == CINX_SORT_NAME)
		c = ctx.dir * strcasecmp(a->name, b->name);
	else if (a->v.kind == CINX_NUM && b->v.kind == CINX_NUM)
		c = ctx.dir * cmp_numbers(a, b);
	else
		c = cinx_value_cmp(a->v, b->v); /* numbers first, then symbols, then no row */
	return c ? c : (a->pos > b->pos) - (a->pos < b->pos);
}

/* The values as published, as whole numbers: exact for the percentage. */
static long double scaled(double x, int decimals)
{
	return roundl((long double)x * powl(10.0L, decimals));
}

static void fill(const cinx_dataset *ds, size_t yi, size_t ind, cinx_sort_key key, const cinx_rank *ranks,
		 sort_item *it)
{
	cinx_value cur = cinx_dataset_value(ds, it->area, yi, ind);

	it->name = cinx_dataset_area(ds, it->area)->name;
	switch (key) {
	case CINX_SORT_CHANGE:
		it->v = cinx_series_change(ds, it->area, yi, ind);
		break;
	case CINX_SORT_CHANGE_PERCENT:
		it->v = cinx_series_change(ds, it->area, yi, ind);
		if (it->v.kind == CINX_NUM) {
			int dec = cinx_dataset_indicator(ds, ind)->decimals;
			long double prev = scaled(cinx_series_previous(ds, it->area, yi, ind).num, dec);
			it->num = scaled(cur.num, dec) - prev;
			it->den = prev;
			if (prev == 0)
				it->v = cinx_value_of(CINX_SYM_Z); /* no percentage of nothing */
			if (prev < 0) {
				it->num = -it->num;
				it->den = -prev;
			}
		}
		break;
	case CINX_SORT_RANK:
		it->v = cur;
		if (cur.kind == CINX_NUM)
			it->v = ranks[it->area].rank ? cinx_value_number(ranks[it->area].rank)
						     : cinx_value_of(CINX_SYM_Z); /* not an authority */
		break;
	case CINX_SORT_NONE:
	case CINX_SORT_VALUE:
	case CINX_SORT_NAME:
		it->v = cur;
		break;
	}
}

bool cinx_sort_areas(const cinx_dataset *ds, size_t yi, size_t ind, cinx_sort_key key, int dir, int *areas,
		     size_t n)
{
	sort_item *items;
	cinx_rank *ranks = NULL;

	if (key == CINX_SORT_NONE || n < 2)
		return true;
	items = malloc(n * sizeof *items);
	if (key == CINX_SORT_RANK)
		ranks = malloc((cinx_dataset_n_areas(ds) + 1) * sizeof *ranks);
	if (!items || (key == CINX_SORT_RANK && (!ranks || !cinx_rank_la_all(ds, yi, ind, ranks)))) {
		free(items);
		free(ranks);
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		items[i] = (sort_item){.area = areas[i], .pos = i};
		fill(ds, yi, ind, key, ranks, &items[i]);
	}
	ctx = (sort_ctx){key, dir < 0 ? -1 : 1};
	qsort(items, n, sizeof *items, cmp_items);
	for (size_t i = 0; i < n; i++)
		areas[i] = items[i].area;
	free(items);
	free(ranks);
	return true;
}
