/* SPDX-License-Identifier: MIT */
/* cinx update and cinx info on the command line. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cinx/cache.h"
#include "cinx/format.h"
#include "cinx/metric.h"
#include "cinx/provenance.h"
#include "cinx/update.h"
#include "update_cmd.h"

#define BAR_WIDTH 30

/* The progress line on a terminal: redrawn only when what it shows changes. */
typedef struct progress {
	bool drawn;
	unsigned long long last;
} progress;

static bool draw_progress(void *ctx, unsigned long long done, unsigned long long total)
{
	static const char fill[BAR_WIDTH + 1] = "==============================";
	progress *p = ctx;
	unsigned long long key;

	if (total && done > total)
		done = total;
	key = total ? done * 1000 / total : done >> 14;
	if (p->drawn && key == p->last)
		return true;
	p->last = key;
	p->drawn = true;
	if (total)
		fprintf(stderr, "\r\033[KDownloading [%-*.*s] %3llu%%  %llu of %llu kB", BAR_WIDTH,
			(int)(done * BAR_WIDTH / total), fill, done * 100 / total, done / 1024, total / 1024);
	else
		fprintf(stderr, "\r\033[KDownloading %llu kB", done / 1024);
	fflush(stderr);
	return true;
}

/* After a failure, what to do: the steps by hand when this build cannot
 * download, and whether the good copy is still there, and which, as
 * cinx_update found it before letting another update in. */
static void advise(const cli_opts *o, const cinx_update_result *got, char *buf, size_t cap)
{
	size_t n = 0;

	/* the steps by hand are C1's */
	if (!cinx_update_supported() && !o->dataset)
		n = cinx_update_manual_steps(o->api_base, buf, cap);
	if (n >= cap || !got->has_copy)
		return;
	if (got->prov.recorded)
		snprintf(buf + n, cap - n, "cinx: the cached copy is unchanged (version %s, downloaded %s)\n",
			 got->prov.version, got->prov.downloaded);
	else
		snprintf(buf + n, cap - n, "cinx: the cached copy is unchanged\n");
}

cinx_status cmd_update(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	cinx_update_opts uo = {.api_base = o->api_base, .dataset_id = o->dataset, .force = o->force,
			       .system = o->system};
	cinx_update_result got;
	progress bar = {0};
	char base[1024], rows[32], again[64] = "";
	cinx_status st;

	(void)ds;
	(void)vo;
	if ((st = cinx_api_base(o->api_base, base, sizeof base, &res->err)))
		return st;
	if (cinx_update_supported() && isatty(STDERR_FILENO)) {
		fprintf(stderr, "Checking %s for the latest version...", base);
		bar.drawn = true;
		uo.progress = draw_progress;
		uo.progress_ctx = &bar;
	}
	st = cinx_update(&uo, &got, &res->err);
	if (bar.drawn)
		fputs("\r\033[K", stderr);
	if (st) {
		advise(o, &got, res->advice, sizeof res->advice);
		return st;
	}
	if (o->dataset)
		snprintf(again, sizeof again, " --dataset %s", got.prov.dataset_id[0] ? got.prov.dataset_id : o->dataset);
	if (!got.downloaded) {
		printf("Already up to date: version %s (published %s), downloaded %s.\n"
		       "Use --force%s%s to download it again.\n",
		       got.prov.version, got.prov.published, got.prov.downloaded, o->system ? " --system" : "", again);
		return CINX_OK;
	}
	cinx_format_number((double)got.n_rows, 0, CINX_FMT_GROUP, rows, sizeof rows);
	if (o->dataset && got.prov.title[0])
		printf("%s\n", got.prov.title);
	printf("Downloaded version %s (published %s): %s rows, %s to %s.\nSaved to %s%s\n", got.prov.version,
	       got.prov.published, rows, got.first_period, got.last_period, got.prov.path,
	       !got.kept_previous ? "."
	       : o->dataset ? "; the copy it replaced is kept as data.previous.csv."
			    : "; the copy it replaced is kept as c1.previous.csv.");
	if (o->dataset)
		printf("Open it with: cinx%s\n", again);
	return CINX_OK;
}

static void add(cinx_report *r, const char *field, const char *value)
{
	if (cinx_report_add_row(r))
		return;
	cinx_report_set_text(r, 0, field);
	cinx_report_set_text(r, 1, value);
}

/* The names --metric takes: the file's columns and the aliases. */
static void add_metric_rows(cinx_report *r, const cinx_dataset *ds)
{
	size_t n, o = 0;
	const cinx_metric_alias *al = cinx_metric_aliases(&n);
	char buf[1200];

	buf[0] = '\0';
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds) && o < sizeof buf; i++)
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? ", " : "",
				      cinx_dataset_indicator(ds, i)->name);
	add(r, "Metrics", buf);
	add(r, "Default metric", cinx_metric_default(ds) >= 0 ? CINX_METRIC_DEFAULT
			    : "none: the file has no " CINX_METRIC_DEFAULT " (commands ask for --metric)");
	o = 0;
	for (size_t k = 0; k < n && o < sizeof buf; k++) {
		cinx_error err;
		bool here = cinx_dataset_find_indicator(ds, al[k].column, &err) >= 0;
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s = %s%s", k ? ", " : "", al[k].alias,
				      al[k].column, here ? "" : " (not in this file)");
	}
	add(r, "Metric aliases", buf);
}

/* The periods: "Years: 2013 to 2025", then how many. */
static void add_period_rows(cinx_report *r, const cinx_dataset *ds)
{
	size_t n = cinx_dataset_n_years(ds);
	char field[96], buf[256];

	snprintf(field, sizeof field, "%ss", cinx_dataset_period_noun(ds));
	snprintf(buf, sizeof buf, "%s to %s", n ? cinx_dataset_period_label(ds, 0) : "-",
		 n ? cinx_dataset_period_label(ds, n - 1) : "-");
	add(r, field, buf);
	snprintf(field, sizeof field, "%ss in the file", cinx_dataset_period_noun(ds));
	snprintf(buf, sizeof buf, "%zu", n);
	add(r, field, buf);
}

/* Each filter: its label, values, Total and the value in use (--filter). */
static void add_filter_rows(cinx_report *r, const cinx_dataset *ds)
{
	char field[160], buf[1200];

	for (size_t f = 0; f < cinx_dataset_n_filters(ds); f++) {
		size_t nv = cinx_dataset_filter_n_values(ds, f), o;
		int total = cinx_dataset_filter_total(ds, f);
		snprintf(field, sizeof field, "Filter %s", cinx_dataset_filter_name(ds, f));
		o = (size_t)snprintf(buf, sizeof buf, "%s%s%zu values; Total: %s; in use: %s; values: ",
				     strcmp(cinx_dataset_filter_label(ds, f), cinx_dataset_filter_name(ds, f))
					     ? cinx_dataset_filter_label(ds, f) : "",
				     strcmp(cinx_dataset_filter_label(ds, f), cinx_dataset_filter_name(ds, f)) ? ": " : "", nv,
				     total >= 0 ? cinx_dataset_filter_value(ds, f, (size_t)total) : "none (--filter needed)",
				     cinx_dataset_filter_value(ds, f, cinx_dataset_filter_chosen(ds, f)));
		for (size_t v = 0; v < nv && o < sizeof buf; v++)
			o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", v ? ", " : "", cinx_dataset_filter_value(ds, f, v));
		add(r, field, buf);
	}
}

/* Attributes by name, and the levels beyond the drill-down with their
 * number of areas (each a table of its own with --level). */
static void add_attribute_and_level_rows(cinx_report *r, const cinx_dataset *ds)
{
	size_t o = 0;
	char buf[1200], field[160];

	buf[0] = '\0';
	for (size_t at = 0; at < cinx_dataset_n_attributes(ds) && o < sizeof buf; at++)
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", at ? ", " : "", cinx_dataset_attribute_name(ds, at));
	if (o)
		add(r, "Attributes", buf);
	for (size_t l = 0; l < cinx_dataset_n_other_levels(ds); l++) {
		size_t n = 0;
		for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
			const cinx_area *ar = cinx_dataset_area(ds, (int)a);
			n += ar->level == CINX_LEVEL_OTHER && ar->other_level == (int)l;
		}
		snprintf(field, sizeof field, "Level %s", cinx_dataset_other_level(ds, l));
		snprintf(buf, sizeof buf, "%zu areas (--level '%s')", n, cinx_dataset_other_level(ds, l));
		add(r, field, buf);
	}
}

static const char *origin_words(const cinx_provenance *p)
{
	if (!p)
		return "a file loaded directly";
	switch (p->origin) {
	case CINX_ORIGIN_FILE: return "the file given with --data";
	case CINX_ORIGIN_ENV: return "the file named by CINX_DATA";
	case CINX_ORIGIN_CACHE:
		if (p->dataset_id[0])
			return "your copy downloaded by cinx update --dataset";
		return p->recorded ? "your copy downloaded by cinx update"
				   : "your cached copy (not downloaded by cinx update: version unknown)";
	case CINX_ORIGIN_SYSTEM:
		return p->recorded ? "the system-wide copy (cinx update --system), shared by every user"
				   : "the system-wide copy (not downloaded by cinx update: version unknown)";
	case CINX_ORIGIN_DEMO: return "built-in demo data: nothing downloaded yet (run 'cinx update')";
	}
	return "?";
}

/* "version 1.0, downloaded ..." for a copy in the cache, when its record
 * is of these very bytes. */
static void describe_copy(const char *meta, const char *data, char *buf, size_t cap)
{
	cinx_provenance p;

	if (cinx_cache_read_meta(meta, data, &p, NULL) == CINX_OK && p.recorded && p.version[0])
		snprintf(buf, cap, "version %s, published %s, downloaded %s", p.version, p.published, p.downloaded);
	else
		snprintf(buf, cap, "present, version not recorded");
}

/* One cache's rows: where it is, and its current and previous copies. */
static void add_copy_rows(cinx_report *r, const cinx_cache *c, const char *where, const char *copy,
			  const char *none)
{
	char buf[256];

	add(r, where, c->dir);
	if (cinx_cache_has_data(c))
		describe_copy(c->meta, c->data, buf, sizeof buf);
	else
		snprintf(buf, sizeof buf, "%s", none);
	add(r, copy, buf);
	if (cinx_cache_has_previous(c)) {
		describe_copy(c->prev_meta, c->prev_data, buf, sizeof buf);
		add(r, "Previous copy", buf);
	}
}

/* A row for each other data set with a copy in c's cache: its id, title,
 * version, rows and file. */
static void add_dataset_rows(cinx_report *r, const cinx_cache *c)
{
	char (*ids)[CINX_DATA_SET_ID_SIZE];
	size_t n;
	cinx_error err;

	if (cinx_cache_list_datasets(c, &ids, &n, &err)) {
		add(r, "Data sets", err.message);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		cinx_cache one;
		cinx_provenance p;
		char field[64], buf[5000];
		if (cinx_cache_locate_dataset(&one, ids[i], c->shared, NULL))
			continue;
		snprintf(field, sizeof field, "Data set %s", ids[i]);
		if (cinx_cache_read_meta(one.meta, one.data, &p, NULL) == CINX_OK && p.recorded)
			snprintf(buf, sizeof buf, "%s, version %s, %llu rows: %s", p.title[0] ? p.title : "untitled",
				 p.version, p.rows, one.data);
		else
			snprintf(buf, sizeof buf, "version not recorded: %s", one.data);
		add(r, field, buf);
	}
	free(ids);
}

static void add_cache_rows(cinx_report *r)
{
	cinx_cache c;
	cinx_error err;

	if (cinx_cache_locate(&c, &err))
		add(r, "Cache", err.message);
	else {
		add_copy_rows(r, &c, "Cache", "Cached copy", "none (run 'cinx update')");
		add_dataset_rows(r, &c);
	}
	if (cinx_cache_locate_system(&c, &err))
		add(r, "System-wide data", err.message);
	else {
		add_copy_rows(r, &c, "System-wide data", "System-wide copy",
			      "none (an administrator can run 'cinx update --system')");
		add_dataset_rows(r, &c);
	}
}

cinx_status cmd_info(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	const cinx_provenance *p = cinx_dataset_provenance(ds);
	cinx_report *r = cinx_report_new();
	cinx_error err;
	char buf[1200];

	(void)vo;
	if (!r)
		return cinx_error_set(&res->err, CINX_E_NOMEM, "out of memory");
	cinx_report_set_title(r, "Data in use");
	cinx_report_add_column(r, "field", "Field", CINX_COL_TEXT, 0);
	cinx_report_add_column(r, "value", "Value", CINX_COL_TEXT, 0);
	cinx_provenance_label(ds, buf, sizeof buf);
	add(r, "Data", buf);
	add(r, "Opened from", origin_words(p));
	if (p && p->origin != CINX_ORIGIN_DEMO)
		add(r, "File", strcmp(p->path, "-") ? p->path : "standard input");
	if (p && p->recorded && p->dataset_id[0]) {
		add(r, "Data set", p->dataset_id);
		add(r, "Title", p->title);
	}
	if (p && p->recorded) {
		add(r, "Version", p->version);
		add(r, "Published", p->published);
		add(r, "Downloaded", p->downloaded);
		add(r, "Source", p->url);
		add(r, "SHA-256", p->sha256);
	}
	snprintf(buf, sizeof buf, "%zu", cinx_dataset_n_rows(ds));
	add(r, "Rows", buf);
	add_period_rows(r, ds);
	add_filter_rows(r, ds);
	add_attribute_and_level_rows(r, ds);
	add_metric_rows(r, ds);
	add_cache_rows(r);
	if (cinx_api_base(o->api_base, buf, sizeof buf, &err))
		snprintf(buf, sizeof buf, "%s", err.message);
	add(r, "API base", buf);
	add(r, "Downloads", cinx_update_supported() ? "available (cinx update)"
						     : "not in this build (built without libcurl)");
	if (p && (p->origin == CINX_ORIGIN_CACHE || p->origin == CINX_ORIGIN_SYSTEM))
		cinx_report_add_note(r, "Contains public sector information licensed under the Open Government "
					"Licence v3.0. Source: Department for Education.");
	return cli_emit(CINX_OK, &r, o, &res->err);
}
