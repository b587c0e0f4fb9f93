/* Areas named on the command line: the look-up's notes go to stderr, and an
 * area named twice is used once. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/lookup.h"
#include "cli.h"

static void print_notes(const char *notes)
{
	for (const char *p = notes; *p;) {
		size_t len = strcspn(p, "\n");
		fprintf(stderr, "cinx: note: %.*s\n", (int)len, p);
		p += len + (p[len] == '\n');
	}
}

int cli_area(const cinx_dataset *ds, const char *option, const char *query, int *area)
{
	cinx_error err;
	char note[512];

	if (cinx_lookup_area_noted(ds, query, area, note, sizeof note, &err))
		return option ? cli_usage_error("%s: %s", option, err.message) : cli_usage_error("%s", err.message);
	print_notes(note);
	return -1;
}

int cli_areas(const cli_opts *o, const cinx_dataset *ds, int *areas, size_t *n)
{
	cinx_error err;
	char notes[2048];

	if (cinx_lookup_areas(ds, (const char *const *)o->args, (size_t)o->n_args, areas, n, notes, sizeof notes,
			      &err))
		return cli_usage_error("%s", err.message);
	print_notes(notes);
	return -1;
}
