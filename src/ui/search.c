/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/lookup.h"
#include "cinx/text.h"
#include "search.h"

typedef struct hit {
	int area, score;
	cinx_level level;
} hit;

static bool code_prefix(const cinx_area *a, const char *q)
{
	for (size_t i = 0; i < a->n_codes; i++)
		if (cinx_text_iprefix(a->codes[i].code, q))
			return true;
	return cinx_text_iprefix(a->code, q) || (a->old_code[0] && cinx_text_iprefix(a->old_code, q));
}

/* Lower is better; -1 when the area does not match at all. */
static int score(const cinx_area *a, const char *q, bool name_match)
{
	if (strcasecmp(a->name, q) == 0 || strcasecmp(a->code, q) == 0 ||
	    (a->old_code[0] && strcmp(a->old_code, q) == 0))
		return 0;
	if (cinx_text_iprefix(a->name, q))
		return 1;
	if (cinx_text_word_iprefix(a->name, q))
		return 2;
	if (code_prefix(a, q))
		return 3;
	return name_match ? 4 : -1;
}

static int cmp_hits(const void *x, const void *y)
{
	const hit *a = x, *b = y;

	if (a->score != b->score)
		return a->score - b->score;
	if (a->level != b->level)
		return (int)a->level - (int)b->level;
	return a->area - b->area;
}

size_t ui_search(const cinx_dataset *ds, const char *query, int *out, size_t max)
{
	size_t n_areas = cinx_dataset_n_areas(ds), n = 0;
	hit *hits;
	int *named;
	size_t n_named;

	if (!query[0] || n_areas == 0)
		return 0;
	hits = malloc(n_areas * sizeof *hits);
	named = malloc(n_areas * sizeof *named);
	if (!hits || !named) {
		free(hits);
		free(named);
		return 0;
	}
	/* the library finds names (in area order); codes match by prefix, as typed */
	n_named = cinx_search_areas(ds, query, named, n_areas);
	for (size_t a = 0, k = 0; a < n_areas; a++) {
		const cinx_area *ar = cinx_dataset_area(ds, (int)a);
		bool by_name = k < n_named && named[k] == (int)a;
		int sc = score(ar, query, by_name);
		if (by_name)
			k++;
		if (sc >= 0)
			hits[n++] = (hit){(int)a, sc, ar->level};
	}
	qsort(hits, n, sizeof *hits, cmp_hits);
	for (size_t i = 0; i < n && i < max; i++)
		out[i] = hits[i].area;
	free(hits);
	free(named);
	return n;
}
