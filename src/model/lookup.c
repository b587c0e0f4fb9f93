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

static cinx_status ambiguous(const cinx_dataset *ds, const char *q, const int *hits, size_t n,
			     cinx_error *err)
{
	char list[640];
	size_t o = 0;

	list[0] = '\0';
	for (size_t i = 0; i < n && i < 12; i++) {
		char item[160];
		snprintf(item, sizeof item, "%s (%s)", ds->areas[hits[i]].name, ds->areas[hits[i]].code);
		o = append(list, o, sizeof list, item);
	}
	return cinx_error_set(err, CINX_E_AMBIGUOUS, "area '%s' is ambiguous: it matches %s%s", q, list,
			      n > 12 ? "; ..." : "");
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

/* Whether q occurs in name at the start of a word. */
static bool word_match(const char *name, const char *q)
{
	for (const char *p = name; *p; p++)
		if ((p == name || !isalnum((unsigned char)p[-1])) && cinx_text_iprefix(p, q))
			return true;
	return false;
}

cinx_status cinx_lookup_area(const cinx_dataset *ds, const char *q, int *area, cinx_error *err)
{
	int *hits;
	size_t n = 0;
	int pass;

	if (!q[0])
		return cinx_error_set(err, CINX_E_USAGE, "empty area name; expected a name or code such as Leeds");
	/* codes: any GSS code the area ever had, or its old LA code */
	for (size_t a = 0; a < ds->n_areas; a++) {
		const cinx_area *ar = &ds->areas[a];
		if (ar->old_code[0] && strcasecmp(ar->old_code, q) == 0) {
			*area = (int)a;
			return CINX_OK;
		}
		for (size_t s = 0; s < ar->n_codes; s++)
			if (strcasecmp(ar->codes[s].code, q) == 0) {
				*area = (int)a;
				return CINX_OK;
			}
		if (ar->n_codes == 0 && strcasecmp(ar->code, q) == 0) {
			*area = (int)a;
			return CINX_OK;
		}
	}
	hits = malloc(ds->n_areas * sizeof *hits);
	if (!hits)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	/* exact name, then prefix, then substring: the first pass with hits wins */
	for (pass = 0; pass < 3 && n == 0; pass++)
		for (size_t a = 0; a < ds->n_areas; a++) {
			const char *name = ds->areas[a].name;
			bool m = pass == 0 ? strcasecmp(name, q) == 0
				 : pass == 1 ? cinx_text_iprefix(name, q)
				 : cinx_text_icontains(name, q);
			if (m)
				hits[n++] = (int)a;
		}
	/* "hull": Kingston upon Hull, where a word starts, before Solihull */
	if (n > 1 && pass == 3) {
		size_t words = 0;
		for (size_t i = 0; i < n; i++)
			if (word_match(ds->areas[hits[i]].name, q))
				hits[words++] = hits[i];
		if (words >= 1)
			n = words;
	}
	cinx_status st = CINX_OK;
	if (n == 1)
		*area = hits[0];
	else if (n > 1)
		st = ambiguous(ds, q, hits, n, err);
	else
		st = unknown(ds, q, err);
	free(hits);
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
