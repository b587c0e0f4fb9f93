/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/lookup.h"
#include "cinx/text.h"
#include "dataset_internal.h"

size_t cinx_edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), prev[128], cur[128];

	if (lb >= 128)
		lb = 127;
	if (la >= 128)
		la = 127;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		cur[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]);
			size_t best = prev[j - 1] + cost;
			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			cur[j] = best;
		}
		memcpy(prev, cur, (lb + 1) * sizeof *prev);
	}
	return prev[lb];
}

static size_t append(char *out, size_t o, size_t cap, const char *s)
{
	if (o < cap)
		o += (size_t)snprintf(out + o, cap - o, "%s%s", o ? "; " : "", s);
	return o;
}

static const char *level_word(const cinx_dataset *ds, const cinx_area *a)
{
	return a->level == CINX_LEVEL_NATIONAL ? "country" : a->level == CINX_LEVEL_REGIONAL ? "region"
	       : a->level == CINX_LEVEL_LA ? "local authority" : cinx_area_level_name(ds, a);
}

/* An area's place among levels: its level, or past them its other level. */
static int geo_of(const cinx_area *a)
{
	return a->level == CINX_LEVEL_OTHER ? CINX_LEVEL_OTHER + a->other_level : (int)a->level;
}

/* The level a "(local authority district)" names; -1 when none. */
static int level_named(const cinx_dataset *ds, const char *s, size_t len)
{
	static const char *const words[] = {"country", "region", "local authority"};

	for (int l = 0; l < CINX_LEVEL_COUNT; l++)
		if ((strlen(words[l]) == len && strncasecmp(words[l], s, len) == 0) ||
		    (strlen(cinx_level_ees_name((cinx_level)l)) == len &&
		     strncasecmp(cinx_level_ees_name((cinx_level)l), s, len) == 0))
			return l;
	for (size_t i = 0; i < cinx_dataset_n_other_levels(ds); i++) {
		const char *name = cinx_dataset_other_level(ds, i);
		if (strlen(name) == len && strncasecmp(name, s, len) == 0)
			return CINX_LEVEL_OTHER + (int)i;
	}
	return -1;
}

static void years(const cinx_area *a, char *out, size_t cap)
{
	if (a->first_year == a->last_year && a->first_year)
		snprintf(out, cap, "%d", a->first_year);
	else if (a->first_year)
		snprintf(out, cap, "%d-%d", a->first_year, a->last_year);
	else
		snprintf(out, cap, "no rows");
}

/* "Name (code)", with the level when the list mixes levels and the years
 * when the area has ended or shares its name: what tells them apart. */
static cinx_status ambiguous(const cinx_dataset *ds, const char *q, const int *hits, size_t n,
			     cinx_error *err)
{
	bool mixed = false;
	char list[800];
	size_t o = 0, shown = n < 12 ? n : 12;

	for (size_t i = 1; i < n; i++)
		mixed |= ds->areas[hits[i]].level != ds->areas[hits[0]].level;
	list[0] = '\0';
	for (size_t i = 0; i < shown; i++) {
		const cinx_area *a = &ds->areas[hits[i]];
		bool twin = false;
		char item[200], ys[32];
		for (size_t j = 0; j < n; j++)
			twin |= j != i && strcasecmp(ds->areas[hits[j]].name, a->name) == 0;
		years(a, ys, sizeof ys);
		snprintf(item, sizeof item, "%s (%s%s%s%s%s)", a->name, a->code, mixed ? ", " : "",
			 mixed ? level_word(ds, a) : "", twin || !a->current ? ", " : "",
			 twin || !a->current ? ys : "");
		o = append(list, o, sizeof list, item);
	}
	if (n > shown) {
		char more[32];
		snprintf(more, sizeof more, "and %zu more", n - shown);
		o = append(list, o, sizeof list, more);
	}
	bool shared = false;
	for (size_t i = 1; i < n; i++)
		shared |= geo_of(&ds->areas[hits[i]]) != geo_of(&ds->areas[hits[0]]) &&
			  strcasecmp(ds->areas[hits[i]].name, ds->areas[hits[0]].name) == 0;
	if (shared) {
		const cinx_area *a = &ds->areas[hits[n - 1]];
		return cinx_error_set(err, CINX_E_AMBIGUOUS, "area '%s' is ambiguous: it matches %s; name one by its "
				      "code or full name, with its level when they share them, such as '%s (%s)'",
				      q, list, a->name, level_word(ds, a));
	}
	return cinx_error_set(err, CINX_E_AMBIGUOUS, "area '%s' is ambiguous: it matches %s; name one by its "
			      "code or full name", q, list);
}

static cinx_status unknown(const cinx_dataset *ds, const char *q, cinx_error *err)
{
	int best[3] = {-1, -1, -1};
	size_t dist[3] = {(size_t)-1, (size_t)-1, (size_t)-1};
	char list[512];
	size_t o = 0;

	for (size_t a = 0; a < ds->n_areas; a++) {
		const char *name = ds->areas[a].name;
		size_t d = cinx_edit_distance(q, name);
		/* a typo in a prefix should not lose to short unrelated names */
		size_t pl = strlen(q) < strlen(name) ? strlen(q) : strlen(name);
		char prefix[128];
		snprintf(prefix, sizeof prefix, "%.*s", (int)(pl < 127 ? pl : 127), name);
		size_t dp = cinx_edit_distance(q, prefix) + 1;
		if (dp < d)
			d = dp;
		for (int k = 0; k < 3; k++)
			if (d < dist[k]) {
				for (int m = 2; m > k; m--) {
					dist[m] = dist[m - 1];
					best[m] = best[m - 1];
				}
				dist[k] = d;
				best[k] = (int)a;
				break;
			}
	}
	list[0] = '\0';
	for (int k = 0; k < 3 && best[k] >= 0; k++)
		o = append(list, o, sizeof list, ds->areas[best[k]].name);
	return cinx_error_set(err, CINX_E_NOTFOUND, "unknown area '%s'; did you mean: %s?", q, list);
}

/* Areas that share one name: the current one (a row in the latest year),
 * else the one that ended last; note names the others. */
static cinx_status same_name(const cinx_dataset *ds, const char *q, const int *hits, size_t n, int *area,
			     char *note, size_t cap, cinx_error *err)
{
	int best = -1;
	size_t ties = 0, o;
	char ys[32];

	for (size_t i = 0; i < n; i++) {
		const cinx_area *a = &ds->areas[hits[i]], *b = best >= 0 ? &ds->areas[best] : NULL;
		if (!b || a->current > b->current || (a->current == b->current && a->last_year > b->last_year)) {
			best = hits[i];
			ties = 1;
		} else if (a->current == b->current && a->last_year == b->last_year) {
			ties++;
		}
	}
	if (ties > 1)
		return ambiguous(ds, q, hits, n, err);
	*area = best;
	if (!note)
		return CINX_OK;
	years(&ds->areas[best], ys, sizeof ys);
	bool exact = strcasecmp(q, ds->areas[best].name) == 0;
	o = (size_t)snprintf(note, cap, "'%s' is %s%s%s (%s)", q, exact ? "" : ds->areas[best].name, exact ? "" : " ",
			     ds->areas[best].code, ys);
	for (size_t i = 0; i < n && o < cap; i++) {
		const cinx_area *a = &ds->areas[hits[i]];
		if (hits[i] == best)
			continue;
		years(a, ys, sizeof ys);
		o += (size_t)snprintf(note + o, cap - o, "; the %s %s is %s (%s)",
				      a->last_year < ds->areas[best].first_year ? "earlier" : "other", a->name, a->code, ys);
	}
	if (o < cap)
		snprintf(note + o, cap - o, ": name %s by its code", n > 2 ? "another" : "it");
	return CINX_OK;
}

/* The one area hits name, the current one of areas sharing a name, or an
 * ambiguity listing them. */
static cinx_status pick(const cinx_dataset *ds, const char *q, const int *hits, size_t n, int *area,
			char *note, size_t cap, cinx_error *err)
{
	bool one_name = true;

	if (n == 1) {
		*area = hits[0];
		return CINX_OK;
	}
	/* namesakes of one level are eras of a place; of two levels, two places */
	for (size_t i = 1; i < n; i++)
		one_name &= strcasecmp(ds->areas[hits[i]].name, ds->areas[hits[0]].name) == 0 &&
			    geo_of(&ds->areas[hits[i]]) == geo_of(&ds->areas[hits[0]]);
	if (one_name)
		return same_name(ds, q, hits, n, area, note, cap, err);
	return ambiguous(ds, q, hits, n, err);
}

static bool has_code(const cinx_area *ar, const char *q)
{
	if (ar->old_code[0] && strcasecmp(ar->old_code, q) == 0)
		return true;
	for (size_t s = 0; s < ar->n_codes; s++)
		if (strcasecmp(ar->codes[s].code, q) == 0)
			return true;
	return ar->n_codes == 0 && strcasecmp(ar->code, q) == 0;
}

/* Areas of level geo (-1: any) by code, else by exact name, else
 * containing q (narrowed to those where q starts a word, when any). */
static size_t matches(const cinx_dataset *ds, const char *q, int geo, int *hits)
{
	size_t n = 0, words = 0;

#define AT_LEVEL(a) (geo < 0 || geo_of(&ds->areas[a]) == geo)
	for (size_t a = 0; a < ds->n_areas; a++)
		if (AT_LEVEL(a) && has_code(&ds->areas[a], q))
			hits[n++] = (int)a;
	if (n)
		return n;
	for (size_t a = 0; a < ds->n_areas; a++)
		if (AT_LEVEL(a) && strcasecmp(ds->areas[a].name, q) == 0)
			hits[n++] = (int)a;
	if (n)
		return n;
	for (size_t a = 0; a < ds->n_areas; a++)
		if (AT_LEVEL(a) && cinx_text_icontains(ds->areas[a].name, q))
			hits[n++] = (int)a;
#undef AT_LEVEL
	/* "hull": Kingston upon Hull, where a word starts, before Solihull */
	for (size_t i = 0; i < n && n > 1; i++)
		if (cinx_text_word_iprefix(ds->areas[hits[i]].name, q))
			hits[words++] = hits[i];
	return words ? words : n;
}

cinx_status cinx_lookup_area_noted(const cinx_dataset *ds, const char *q, int *area, char *note, size_t cap,
				   cinx_error *err)
{
	int *hits;
	size_t n;

	if (note && cap)
		note[0] = '\0';
	if (!q[0])
		return cinx_error_set(err, CINX_E_USAGE, "empty area name; expected a name or code such as Leeds");
	hits = malloc((ds->n_areas ? ds->n_areas : 1) * sizeof *hits);
	if (!hits)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	/* "Darlington (local authority district)": a level told apart */
	char name[512];
	const char *open = strrchr(q, '(');
	size_t len = strlen(q);
	int geo = -1;
	if (open && open > q && open[-1] == ' ' && q[len - 1] == ')' &&
	    (geo = level_named(ds, open + 1, (size_t)(q + len - 1 - (open + 1)))) >= 0)
		snprintf(name, sizeof name, "%.*s", (int)(open - 1 - q), q);
	n = matches(ds, geo >= 0 ? name : q, geo, hits);
	cinx_status st = n ? pick(ds, q, hits, n, area, note, cap, err) : unknown(ds, q, err);
	free(hits);
	return st;
}

cinx_status cinx_lookup_area(const cinx_dataset *ds, const char *q, int *area, cinx_error *err)
{
	return cinx_lookup_area_noted(ds, q, area, NULL, 0, err);
}

/* "'815', 'E10000023' and 'North Yorkshire' all name North Yorkshire ...",
 * when more than one query named area. */
static size_t note_repeats(const cinx_dataset *ds, const char *const *queries, const int *found, size_t n,
			   int area, char *notes, size_t o, size_t cap)
{
	size_t count = 0, said = 0;

	for (size_t i = 0; i < n; i++)
		count += found[i] == area;
	if (count < 2)
		return o;
	for (size_t i = 0; i < n && o < cap; i++) {
		if (found[i] != area)
			continue;
		said++;
		o += (size_t)snprintf(notes + o, cap - o, "%s'%s'", said == 1 ? "" : said == count ? " and " : ", ",
				      queries[i]);
	}
	if (o < cap)
		o += (size_t)snprintf(notes + o, cap - o, " %s name %s (%s): it is shown once\n",
				      count == 2 ? "both" : "all", ds->areas[area].name, ds->areas[area].code);
	return o;
}

cinx_status cinx_lookup_areas(const cinx_dataset *ds, const char *const *queries, size_t n, int *areas,
			      size_t *n_areas, char *notes, size_t cap, cinx_error *err)
{
	int *found = malloc((n ? n : 1) * sizeof *found);
	size_t kept = 0, o = 0;
	cinx_status st = CINX_OK;
	char note[512];

	if (cap)
		notes[0] = '\0';
	if (!found)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t i = 0; i < n && !st; i++) {
		size_t k = 0;
		st = cinx_lookup_area_noted(ds, queries[i], &found[i], note, sizeof note, err);
		if (st)
			break;
		if (note[0] && o < cap)
			o += (size_t)snprintf(notes + o, cap - o, "%s\n", note);
		while (k < kept && areas[k] != found[i])
			k++;
		if (k == kept)
			areas[kept++] = found[i];
	}
	for (size_t k = 0; k < kept && !st; k++)
		o = note_repeats(ds, queries, found, n, areas[k], notes, o, cap);
	*n_areas = kept;
	free(found);
	return st;
}

size_t cinx_search_areas(const cinx_dataset *ds, const char *q, int *out, size_t max)
{
	size_t n = 0;

	for (size_t a = 0; a < ds->n_areas; a++) {
		const cinx_area *ar = &ds->areas[a];
		bool m = cinx_text_icontains(ar->name, q) || strcasecmp(ar->code, q) == 0 ||
			 (ar->old_code[0] && strcasecmp(ar->old_code, q) == 0);
		if (!m)
			continue;
		if (n < max)
			out[n] = (int)a;
		n++;
	}
	return n;
}
