/* SPDX-License-Identifier: MIT */
/* Finishing a load: periods in order, rows grouped by area and period,
 * text columns told apart as filters (several values in one area and
 * period) or attributes (one), duplicates refused, and the figures of one
 * choice of filter values laid out as the [area][year][indicator] table. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dataset_internal.h"
#include "loader_build.h"
#include "strhash.h"

cinx_status cinx_build_set_texts(build *b, const char *const *names, const size_t *cols, const bool *is_filter,
				 const bool *guessed, size_t n)
{
	b->texts = calloc(n ? n : 1, sizeof *b->texts);
	if (!b->texts)
		return CINX_E_NOMEM;
	b->n_texts = n;
	for (size_t t = 0; t < n; t++) {
		b->texts[t].name = cinx_arena_strndup(&b->strings, names[t], strlen(names[t]));
		b->texts[t].is_filter = is_filter && is_filter[t];
		b->texts[t].guessed = guessed && guessed[t];
		b->texts[t].col = cols ? cols[t] : 0;
		if (!b->texts[t].name)
			return CINX_E_NOMEM;
	}
	return CINX_OK;
}

static cinx_status grow_text(build_text *c)
{
	size_t n = c->n_slots ? c->n_slots * 2 : 16;
	uint32_t *slots = malloc(n * sizeof *slots);
	const char **values = realloc(c->values, n / 2 * sizeof *values);

	if (values)
		c->values = values;
	if (!slots || !values) {
		free(slots);
		return CINX_E_NOMEM;
	}
	memset(slots, 0xff, n * sizeof *slots);
	for (size_t v = 0; v < c->n_values; v++) {
		size_t i = cinx_strhash(c->values[v], strlen(c->values[v]), 0) & (n - 1);
		while (slots[i] != UINT32_MAX)
			i = (i + 1) & (n - 1);
		slots[i] = (uint32_t)v;
	}
	free(c->slots);
	c->slots = slots;
	c->n_slots = n;
	c->cap_values = n / 2;
	return CINX_OK;
}

cinx_status cinx_build_intern_text(build *b, size_t t, const char *s, size_t len, uint32_t *id)
{
	build_text *c = &b->texts[t];

	if (c->n_values + 1 > c->cap_values && grow_text(c) != CINX_OK)
		return CINX_E_NOMEM;
	size_t i = cinx_strhash(s, len, 0) & (c->n_slots - 1);
	for (; c->slots[i] != UINT32_MAX; i = (i + 1) & (c->n_slots - 1)) {
		const char *v = c->values[c->slots[i]];
		if (strncmp(v, s, len) == 0 && v[len] == '\0') {
			*id = c->slots[i];
			return CINX_OK;
		}
	}
	if (!(c->values[c->n_values] = cinx_arena_strndup(&b->strings, s, len)))
		return CINX_E_NOMEM;
	c->slots[i] = (uint32_t)c->n_values;
	*id = (uint32_t)c->n_values++;
	return CINX_OK;
}

int cinx_build_other_level(build *b, const char *name)
{
	for (size_t i = 0; i < b->n_other_levels; i++)
		if (strcasecmp(b->other_levels[i], name) == 0)
			return (int)i;
	const char **p = realloc(b->other_levels, (b->n_other_levels + 1) * sizeof *p);
	if (!p)
		return -1;
	b->other_levels = p;
	if (!(p[b->n_other_levels] = cinx_arena_strndup(&b->strings, name, strlen(name))))
		return -1;
	return (int)b->n_other_levels++;
}

static bool same_period(const build_period *p, const char *code, const char *id)
{
	return strcmp(p->code, code) == 0 && strcmp(p->id, id ? id : "") == 0;
}

int cinx_build_period(build *b, const char *code, const char *id, unsigned long line, char *why, size_t n)
{
	cinx_period p;

	/* rows come period by period: the last one nearly always matches */
	if (b->n_periods && same_period(&b->periods[b->last_period], code, id))
		return (int)b->last_period;
	for (size_t i = 0; i < b->n_periods; i++)
		if (same_period(&b->periods[i], code, id))
			return (int)(b->last_period = i);
	if (!cinx_period_parse(code, id, &p, why, n))
		return -1;
	int order = p.year * PERIOD_SCALE + p.part;
	for (size_t i = 0; i < b->n_periods; i++)
		if (b->periods[i].order == order) {
			snprintf(why, n, "time_period %s with time_identifier '%.60s' is the same period as %s '%.60s' "
				 "on line %lu; expected one kind of year in a file", code, id ? id : "", b->periods[i].code,
				 b->periods[i].id, (unsigned long)b->periods[i].line);
			return -1;
		}
	build_period *ps = realloc(b->periods, (b->n_periods + 1) * sizeof *ps);
	if (!ps)
		return -2;
	b->periods = ps;
	build_period *np = &ps[b->n_periods];
	np->p = p;
	np->code = cinx_arena_strndup(&b->strings, code, strlen(code));
	np->id = cinx_arena_strndup(&b->strings, id ? id : "", id ? strlen(id) : 0);
	if (!np->code || !np->id)
		return -2;
	/* a part's name may point into the row's text: keep a copy */
	if (p.part_name[0] && !(np->p.part_name = cinx_arena_strndup(&b->strings, p.part_name, strlen(p.part_name))))
		return -2;
	np->order = order;
	np->line = (uint32_t)line;
	return (int)(b->last_period = b->n_periods++);
}

static const build *period_ctx;

static int cmp_period(const void *x, const void *y)
{
	int a = period_ctx->periods[*(const int *)x].order, b = period_ctx->periods[*(const int *)y].order;

	return (a > b) - (a < b);
}

int cinx_build_key(const finish_ctx *fc, int order)
{
	return fc->whole_years ? order / PERIOD_SCALE : order;
}

static const char *noun_of(const build *b)
{
	for (size_t i = 1; i < b->n_periods; i++)
		if (strcmp(b->periods[i].p.noun, b->periods[0].p.noun) != 0)
			return "Period";
	return b->periods[0].p.noun;
}

cinx_status cinx_build_index_periods(build *b, cinx_dataset *ds, finish_ctx *fc)
{
	size_t n = b->n_periods;
	int *sorted = malloc(n * sizeof *sorted);

	fc->period_idx = malloc(n * sizeof *fc->period_idx);
	ds->years = malloc(n * sizeof *ds->years);
	ds->period_labels = malloc(n * sizeof *ds->period_labels);
	ds->period_codes = malloc(n * sizeof *ds->period_codes);
	ds->period_ids = malloc(n * sizeof *ds->period_ids);
	if (!sorted || !fc->period_idx || !ds->years || !ds->period_labels || !ds->period_codes || !ds->period_ids) {
		free(sorted);
		return CINX_E_NOMEM;
	}
	fc->whole_years = true;
	for (size_t i = 0; i < n; i++) {
		sorted[i] = (int)i;
		fc->whole_years &= b->periods[i].p.part == PERIOD_WHOLE;
	}
	period_ctx = b;
	qsort(sorted, n, sizeof *sorted, cmp_period);
	for (size_t i = 0; i < n; i++) {
		const build_period *p = &b->periods[sorted[i]];
		char label[128];
		cinx_period_label(&p->p, label, sizeof label);
		fc->period_idx[sorted[i]] = (int)i;
		ds->years[i] = cinx_build_key(fc, p->order);
		ds->period_codes[i] = p->code;
		ds->period_ids[i] = p->id;
		if (!(ds->period_labels[i] = cinx_arena_strndup(&b->strings, label, strlen(label)))) {
			free(sorted);
			return CINX_E_NOMEM;
		}
	}
	ds->n_years = n;
	ds->period_noun = noun_of(b);
	free(sorted);
	return CINX_OK;
}
