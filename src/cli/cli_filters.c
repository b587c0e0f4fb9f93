/* SPDX-License-Identifier: MIT */
/* --filter COLUMN=VALUE: which figures of a data set with filters are
 * shown. A filter not named stays at its Total; one without a Total must be
 * named in print mode, where a silent choice would be a figure of the
 * wrong children. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cli.h"

/* "'Primary', 'Secondary' or 'Special'" (the first 30, then how many
 * more): quoted, since a value may hold a comma or an "or". */
static void list_values(const cinx_dataset *ds, size_t f, char *buf, size_t cap)
{
	size_t n = cinx_dataset_filter_n_values(ds, f), shown = n > 30 ? 30 : n, o = 0;

	buf[0] = '\0';
	for (size_t v = 0; v < shown && o < cap; v++)
		o += (size_t)snprintf(buf + o, cap - o, "%s'%s'", v == 0 ? "" : v + 1 == n ? " or " : ", ",
				      cinx_dataset_filter_value(ds, f, v));
	if (shown < n && o < cap)
		snprintf(buf + o, cap - o, " and %zu more", n - shown);
}

/* One --filter COLUMN=VALUE into choice[]; named[] catches a filter twice. */
static cinx_status apply_one(const cinx_dataset *ds, const char *given, size_t *choice, const char **named,
			     cinx_error *err)
{
	char col[256];
	const char *eq = strchr(given, '=');
	cinx_error why;
	int f, v;

	snprintf(col, sizeof col, "%.*s", (int)(eq - given), given);
	if ((f = cinx_dataset_find_filter(ds, col, &why)) < 0)
		return cinx_error_set(err, CINX_E_USAGE, "--filter %s: %s", given, why.message);
	if (named[f])
		return cinx_error_set(err, CINX_E_USAGE, "--filter: %s is named twice (%s and %s); choose one value",
				      cinx_dataset_filter_name(ds, (size_t)f), named[f], given);
	if ((v = cinx_dataset_find_filter_value(ds, (size_t)f, eq + 1, &why)) < 0)
		return cinx_error_set(err, CINX_E_USAGE, "--filter %s: %s", given, why.message);
	named[f] = given;
	choice[f] = (size_t)v;
	return CINX_OK;
}

cinx_status cli_choose_filters(cli_opts *o, cinx_dataset *ds, bool print, cinx_error *err)
{
	size_t n = cinx_dataset_n_filters(ds), choice[CLI_MAX_FILTERS];
	const char *named[CLI_MAX_FILTERS] = {NULL};
	bool change = false;
	char list[2048];
	cinx_status st;

	o->choice[0] = '\0';
	o->rates_note = NULL;
	if (o->n_filters && !n)
		return cinx_error_set(err, CINX_E_USAGE, "--filter %s: %s has no filters (one row per area and "
				      "period)", o->filters[0], cinx_dataset_source(ds));
	if (n > CLI_MAX_FILTERS)
		return cinx_error_set(err, CINX_E_DATA, "%s has %zu filters; cinx handles up to %d",
				      cinx_dataset_source(ds), n, CLI_MAX_FILTERS);
	for (size_t f = 0; f < n; f++) {
		int total = cinx_dataset_filter_total(ds, f);
		choice[f] = total >= 0 ? (size_t)total : cinx_dataset_filter_chosen(ds, f);
	}
	for (int i = 0; i < o->n_filters; i++)
		if ((st = apply_one(ds, o->filters[i], choice, named, err)))
			return st;
	for (size_t f = 0; f < n; f++) {
		if (print && !named[f] && cinx_dataset_filter_total(ds, f) < 0) {
			list_values(ds, f, list, sizeof list);
			return cinx_error_set(err, CINX_E_USAGE, "filter %s has no Total: choose one of its values with "
					      "--filter %s=VALUE (%s)", cinx_dataset_filter_name(ds, f),
					      cinx_dataset_filter_name(ds, f), list);
		}
		change |= choice[f] != cinx_dataset_filter_chosen(ds, f);
	}
	if (change && (st = cinx_dataset_choose(ds, choice, err)))
		return st;
	cinx_dataset_describe_choice(ds, o->choice, sizeof o->choice);
	if (o->population && !cinx_dataset_at_totals(ds))
		o->rates_note = "No rates per 10,000 children: the population is of every child, and these figures "
				"are not (a filter is off its Total).";
	return CINX_OK;
}
