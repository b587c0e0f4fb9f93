/* SPDX-License-Identifier: MIT */
/* Choosing among a data set's filters and periods by name. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dataset_internal.h"

/* "a, b, c" of up to max names, then "and N more". */
static void list_names(char *out, size_t n, const char *const *names, size_t count, size_t max)
{
	size_t at = 0;

	out[0] = '\0';
	for (size_t i = 0; i < count && i < max && at < n; i++)
		at += (size_t)snprintf(out + at, n - at, "%s'%s'", i ? ", " : "", names[i]);
	if (count > max && at < n)
		snprintf(out + at, n - at, " and %zu more", count - max);
}

int cinx_dataset_find_filter(const cinx_dataset *ds, const char *name, cinx_error *err)
{
	const char *names[64];
	char list[1024];
	size_t n = 0;

	for (size_t f = 0; f < ds->n_filters; f++)
		if (strcasecmp(ds->filters[f].name, name) == 0 || strcasecmp(ds->filters[f].label, name) == 0)
			return (int)f;
	for (size_t f = 0; f < ds->n_filters && n < 64; f++)
		names[n++] = ds->filters[f].name;
	if (!ds->n_filters) {
		cinx_error_set(err, CINX_E_USAGE, "no filter '%s': %s has no filters", name, ds->source);
		return -1;
	}
	list_names(list, sizeof list, names, ds->n_filters < 64 ? ds->n_filters : 64, 64);
	cinx_error_set(err, CINX_E_USAGE, "no filter '%s' in %s; its filters are %s", name, ds->source, list);
	return -1;
}

int cinx_dataset_find_filter_value(const cinx_dataset *ds, size_t f, const char *text, cinx_error *err)
{
	const ds_column *c = &ds->filters[f];
	char list[2048];

	for (size_t v = 0; v < c->n_values; v++)
		if (strcasecmp(c->values[v], text) == 0)
			return (int)v;
	list_names(list, sizeof list, c->values, c->n_values, 30);
	cinx_error_set(err, CINX_E_USAGE, "filter '%s' has no value '%s'; its values are %s", c->name, text, list);
	return -1;
}

void cinx_dataset_describe_choice(const cinx_dataset *ds, char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t f = 0; f < ds->n_filters && o < cap; f++)
		if (ds->filters[f].total != (int)ds->chosen[f])
			o += (size_t)snprintf(buf + o, cap - o, ", %s: %s", ds->filters[f].name,
					      ds->filters[f].values[ds->chosen[f]]);
}

cinx_status cinx_dataset_choose(cinx_dataset *ds, const size_t *choice, cinx_error *err)
{
	for (size_t f = 0; f < ds->n_filters; f++)
		if (choice[f] >= ds->filters[f].n_values)
			return cinx_error_set(err, CINX_E_USAGE, "filter '%s' has no value number %zu", ds->filters[f].name,
					      choice[f] + 1);
	return cinx_dataset_refill(ds, choice, err);
}

/* Whether text is the period's code and identifier, "202425 Autumn term". */
static bool is_code_and_id(const char *text, const char *code, const char *id)
{
	size_t n = strlen(code);

	return strncmp(text, code, n) == 0 && text[n] == ' ' && strcasecmp(text + n + 1, id) == 0;
}

int cinx_dataset_find_period(const cinx_dataset *ds, const char *text, cinx_error *err)
{
	int found = -1, n_found = 0;
	size_t len = strlen(text);

	/* a label, or a time_period with its time_identifier, names one period */
	for (size_t i = 0; i < ds->n_years; i++)
		if (strcasecmp(text, ds->period_labels[i]) == 0 ||
		    is_code_and_id(text, ds->period_codes[i], ds->period_ids[i]))
			return (int)i;
	/* a time_period alone ("202425" of terms, "2024" of months), or a
	 * start year, may name several: only one will do */
	for (size_t i = 0; i < ds->n_years; i++)
		if (strcmp(text, ds->period_codes[i]) == 0 || (len == 4 && strncmp(text, ds->period_codes[i], 4) == 0)) {
			found = (int)i;
			n_found++;
		}
	if (n_found == 1)
		return found;
	if (n_found > 1)
		cinx_error_set(err, CINX_E_AMBIGUOUS, "%s names %d periods of %s, %s to %s; expected one, such as '%s'",
			       text, n_found, ds->source, ds->period_labels[found - n_found + 1],
			       ds->period_labels[found], ds->period_labels[found]);
	else
		cinx_error_set(err, CINX_E_NOTFOUND, "no period '%s' in %s; it has %s to %s",
			       text, ds->source, ds->period_labels[0],
			       ds->period_labels[ds->n_years - 1]);
	return -1;
}
