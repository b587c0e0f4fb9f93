/* SPDX-License-Identifier: MIT */
/* cinx datasets [SEARCH...]: one row per data set of every publication that
 * matches, in the API's order, so that an id can be passed straight to
 * cinx update --dataset. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/catalogue.h"
#include "cinx/provenance.h"
#include "datasets_cmd.h"

/* The arguments as one search, words joined by spaces. */
static void join_search(const cli_opts *o, char *buf, size_t cap)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int i = 0; i < o->n_args && n < cap; i++)
		n += (size_t)snprintf(buf + n, cap - n, "%s%s", i ? " " : "", o->args[i]);
}

/* Titles named in the note, at most. */
#define NAMED_MAX 5

static bool has_sets(const cinx_catalogue *c, size_t pub)
{
	for (size_t k = 0; k < c->n_sets; k++)
		if (c->sets[k].publication == pub)
			return true;
	return false;
}

/* The notes: how many publications matched, and those without data sets
 * in the API (most publications have none there yet), by title when few. */
static void add_notes(cinx_report *r, const cinx_catalogue *c, const char *search)
{
	char note[2048];
	size_t o, empty = 0, named = 0;

	for (size_t p = 0; p < c->n_pubs; p++)
		empty += !has_sets(c, p);
	o = (size_t)snprintf(note, sizeof note, "%zu publication%s %s%s%s", c->n_pubs, c->n_pubs == 1 ? "" : "s",
			     !search[0] ? "in the catalogue" : c->n_pubs == 1 ? "matches '" : "match '", search,
			     search[0] ? "'" : "");
	if (empty)
		o += (size_t)snprintf(note + o, sizeof note - o, "; %zu ha%s no data sets in the API", empty,
				      empty == 1 ? "s" : "ve");
	for (size_t p = 0; empty <= NAMED_MAX && p < c->n_pubs && o < sizeof note; p++)
		if (!has_sets(c, p))
			o += (size_t)snprintf(note + o, sizeof note - o, "%s%s", named++ ? ", " : " (", c->pubs[p].title);
	if (named && o < sizeof note)
		o += (size_t)snprintf(note + o, sizeof note - o, ")");
	if (o < sizeof note)
		snprintf(note + o, sizeof note - o, ". 'cinx update --dataset ID' downloads a data set; "
			 "'cinx --dataset ID' opens it.");
	cinx_report_add_note(r, note);
}

cinx_status cmd_datasets(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	cinx_catalogue c;
	cinx_report *r;
	char search[1024], title[1200], when[64];
	cinx_status st;

	(void)ds;
	(void)vo;
	join_search(o, search, sizeof search);
	if ((st = cinx_catalogue_search(o->api_base, search, true, &c, &res->err)))
		return st;
	if (!(r = cinx_report_new())) {
		cinx_catalogue_free(&c);
		return cinx_error_set(&res->err, CINX_E_NOMEM, "out of memory");
	}
	if (search[0])
		snprintf(title, sizeof title, "EES data sets matching '%s'", search);
	else
		snprintf(title, sizeof title, "EES data sets");
	cinx_report_set_title(r, title);
	cinx_report_add_column(r, "publication", "Publication", CINX_COL_TEXT, 0);
	cinx_report_add_column(r, "id", "Data set id", CINX_COL_TEXT, 0);
	cinx_report_add_column(r, "title", "Title", CINX_COL_TEXT, 0);
	cinx_report_add_column(r, "version", "Version", CINX_COL_TEXT, 0);
	cinx_report_add_column(r, "published", "Published", CINX_COL_TEXT, 0);
	for (size_t i = 0; i < c.n_sets && !cinx_report_add_row(r); i++) {
		const cinx_catalogue_entry *e = &c.sets[i];
		cinx_report_set_text(r, 0, c.pubs[e->publication].title);
		cinx_report_set_text(r, 1, e->id);
		cinx_report_set_text(r, 2, e->title);
		cinx_report_set_text(r, 3, e->version);
		/* the day is what a reader wants */
		cinx_report_set_text(r, 4, cinx_stamp_day(e->published, when, sizeof when));
	}
	add_notes(r, &c, search);
	cinx_catalogue_free(&c);
	return cli_emit(CINX_OK, &r, o, &res->err);
}
