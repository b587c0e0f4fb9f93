/* SPDX-License-Identifier: MIT */
/* Names on the command line: areas (the look-up's notes go to stderr, and
 * an area named twice is used once) and what --help says of names. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/lookup.h"
#include "cinx/metric.h"
#include "cli.h"


/* A name that finds no area, or several, is a usage error. */
cinx_status cli_area(const cinx_dataset *ds, const char *option, const char *query, int *area, cinx_error *err)
{
	cinx_error why;
	char note[512];

	if (cinx_lookup_area_noted(ds, query, area, note, sizeof note, &why))
		return cinx_error_set(err, CINX_E_USAGE, "%s%s%s", option ? option : "", option ? ": " : "",
				      why.message);
	cli_say("cinx: note: ", note);
	return CINX_OK;
}

cinx_status cli_areas(const cli_opts *o, const cinx_dataset *ds, int *areas, size_t *n, cinx_error *err)
{
	cinx_error why;
	char notes[2048];

	if (cinx_lookup_areas(ds, (const char *const *)o->args, (size_t)o->n_args, areas, n, notes, sizeof notes,
			      &why))
		return cinx_error_set(err, CINX_E_USAGE, "%s", why.message);
	cli_say("cinx: note: ", notes);
	return CINX_OK;
}

void cli_help_names(FILE *f)
{
	size_t n;
	const cinx_metric_alias *al = cinx_metric_aliases(&n);

	fputs("Areas are found by GSS code of any era (E08000035), old LA code (383),\n"
	      "exact name, or a part of a name that matches one area (or starts a\n"
	      "word in only one: 'hull' is Kingston upon Hull, City of); several\n"
	      "matches are listed, never picked. Of two areas with one name (Dorset)\n"
	      "the current one opens, with a note.\n"
	      "Metrics are exact column names (any case) or these aliases:", f);
	for (size_t k = 0; k < n; k++)
		fprintf(f, "%s%s = %s", k % 2 ? ", " : "\n  ", al[k].alias, al[k].column);
	fputs("\n", f);
}

/* --year names a period as shown, as the file writes it, or by the one
 * period starting in a year; a year naming several is ambiguous. */
cinx_status cli_resolve_period(const cli_opts *o, const cinx_dataset *ds, cinx_query_opts *vo, cinx_error *err)
{
	cinx_error why;
	int i;

	vo->year = 0;
	if (!o->year)
		return CINX_OK;
	if ((i = cinx_dataset_find_period(ds, o->year, &why)) < 0)
		return cinx_error_set(err, why.status == CINX_E_AMBIGUOUS ? CINX_E_AMBIGUOUS : CINX_E_USAGE, "--year: %s",
				      why.message);
	vo->year = cinx_dataset_year(ds, (size_t)i);
	return CINX_OK;
}
