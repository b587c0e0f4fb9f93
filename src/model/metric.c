/* SPDX-License-Identifier: MIT */
/* Metrics by exact column name or documented alias; anything else is an
 * error that suggests the closest names. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cinx/lookup.h"
#include "cinx/metric.h"
#include "cinx/text.h"

/* Only names whose meaning is unmistakable: "rate" means per 10,000 children
 * here, so "rereferral_rate" is not an alias of rereferral_percent. */
static const cinx_metric_alias aliases[] = {
	{"referrals", "referral_count"},
	{"rereferrals", "rereferral_count"},
	{"re-referrals", "rereferral_count"},
	{"children_referred", "referral_child_count"},
	{"children_rereferred", "rereferral_child_count"},
};
#define N_ALIASES (sizeof aliases / sizeof aliases[0])
#define MAX_SUGGESTIONS 3

const cinx_metric_alias *cinx_metric_aliases(size_t *n)
{
	*n = N_ALIASES;
	return aliases;
}

static int column(const cinx_dataset *ds, const char *name)
{
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (strcasecmp(cinx_dataset_indicator(ds, i)->name, name) == 0)
			return (int)i;
	return -1;
}

int cinx_metric_default(const cinx_dataset *ds) { return column(ds, CINX_METRIC_DEFAULT); }

/* Columns, then the aliases the file can honour: what a user may type. */
static size_t choices(const cinx_dataset *ds, char *out, size_t cap)
{
	size_t o = (size_t)snprintf(out, cap, "columns: ");

	for (size_t i = 0; i < cinx_dataset_n_indicators(ds) && o < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, "%s%s", i ? ", " : "", cinx_dataset_indicator(ds, i)->name);
	for (size_t k = 0, shown = 0; k < N_ALIASES && o < cap; k++)
		if (column(ds, aliases[k].column) >= 0)
			o += (size_t)snprintf(out + o, cap - o, "%s%s = %s", shown++ ? ", " : "; aliases: ",
					      aliases[k].alias, aliases[k].column);
	return o;
}

/* How far q is from name; a misspelt start of a name counts too
 * ("rerefferal" is near rereferral_count), when it is long enough to say
 * something. */
static size_t distance(const char *q, const char *name)
{
	char head[128];
	size_t d = cinx_edit_distance(q, name), dh;

	if (strlen(q) < 6)
		return d;
	snprintf(head, sizeof head, "%.*s", (int)strlen(q), name);
	dh = cinx_edit_distance(q, head) + 1;
	return dh < d ? dh : d;
}

static void consider(const char *q, const char *name, const char **best, size_t *dist)
{
	size_t d = distance(q, name);

	if (d > 2 + strlen(q) / 4)
		return;
	for (int k = 0; k < MAX_SUGGESTIONS; k++) {
		if (best[k] && strcmp(best[k], name) == 0)
			return;
		if (!best[k] || d < dist[k]) {
			for (int m = MAX_SUGGESTIONS - 1; m > k; m--) {
				best[m] = best[m - 1];
				dist[m] = dist[m - 1];
			}
			best[k] = name;
			dist[k] = d;
			return;
		}
	}
}

static bool has_rates(const cinx_dataset *ds)
{
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (cinx_dataset_indicator(ds, i)->unit == CINX_UNIT_RATE)
			return true;
	return false;
}

static int unknown(const cinx_dataset *ds, const char *q, cinx_error *err)
{
	const char *best[MAX_SUGGESTIONS] = {NULL};
	size_t dist[MAX_SUGGESTIONS] = {0}, n = 0, o;
	char msg[CINX_ERROR_MAX], list[CINX_ERROR_MAX];

	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		consider(q, cinx_dataset_indicator(ds, i)->name, best, dist);
	for (size_t k = 0; k < N_ALIASES; k++)
		if (column(ds, aliases[k].column) >= 0)
			consider(q, aliases[k].alias, best, dist);
	while (n < MAX_SUGGESTIONS && best[n])
		n++;
	o = (size_t)snprintf(msg, sizeof msg, "unknown metric '%s'", q);
	if (!has_rates(ds) && (cinx_text_icontains(q, "rate") || cinx_text_icontains(q, "10k")))
		o += (size_t)snprintf(msg + o, sizeof msg - o, "; rates per 10,000 children "
				      "(referral_rate_per_10k, referral_child_rate_per_10k, "
				      "rereferral_rate_per_10k) need --population FILE");
	for (size_t k = 0; k < n && o < sizeof msg; k++)
		o += (size_t)snprintf(msg + o, sizeof msg - o, "%s'%s'%s", k == 0 ? "; did you mean " :
				      k + 1 == n ? " or " : ", ", best[k], k + 1 == n ? "?" : "");
	choices(ds, list, sizeof list);
	cinx_error_set(err, CINX_E_NOTFOUND, "%s (%s)", msg, list);
	return -1;
}

int cinx_dataset_find_indicator(const cinx_dataset *ds, const char *q, cinx_error *err)
{
	int i = column(ds, q);

	if (i >= 0)
		return i;
	for (size_t k = 0; k < N_ALIASES; k++)
		if (strcasecmp(aliases[k].alias, q) == 0 && (i = column(ds, aliases[k].column)) >= 0)
			return i;
	return unknown(ds, q, err);
}

cinx_status cinx_metric_for_view(const cinx_dataset *ds, int metric, size_t *ind, cinx_error *err)
{
	char list[CINX_ERROR_MAX];
	int d = metric >= 0 ? metric : cinx_metric_default(ds);

	if (d >= 0) {
		*ind = (size_t)d;
		return CINX_OK;
	}
	choices(ds, list, sizeof list);
	return cinx_error_set(err, CINX_E_USAGE, "%s has no column '%s', the metric shown by default; "
			      "choose one with --metric (%s)", cinx_dataset_source(ds), CINX_METRIC_DEFAULT, list);
}
