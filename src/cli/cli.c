/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <getopt.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/analysis_queries.h"
#include "cinx/dataset.h"
#include "cinx/lookup.h"
#include "cinx/queries.h"
#include "cinx/provenance.h"
#include "cli.h"
#include "cmd_analysis.h"
#include "ui/explorer.h"
#include "datasets_cmd.h"
#include "update_cmd.h"

static cli_command_fn cmd_show, cmd_table, cmd_trend, cmd_neighbours, cmd_similar;

/* What each command runs; the rest of it is in the table (options.c). */
static cli_command_fn *const runs[OPT_CMD_COUNT] = {
	[OPT_SHOW] = cmd_show, [OPT_TABLE] = cmd_table, [OPT_TREND] = cmd_trend,
	[OPT_UPDATE] = cmd_update, [OPT_INFO] = cmd_info, [OPT_COMPARE] = cmd_compare,
	[OPT_NEIGHBOURS] = cmd_neighbours, [OPT_SIMILAR] = cmd_similar, [OPT_NOTABLE] = cmd_notable,
	[OPT_DATASETS] = cmd_datasets,
};

static const char *closest_option(const char *arg)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	char name[64];

	snprintf(name, sizeof name, "%s", arg);
	name[strcspn(name, "=")] = '\0';
	for (size_t i = 0; i < opt_n_defs; i++) {
		char full[64];
		snprintf(full, sizeof full, "--%s", opt_defs[i].name);
		size_t d = cinx_edit_distance(name, full);
		if (d < best_d) {
			best_d = d;
			best = opt_defs[i].name;
		}
	}
	return best_d <= 4 ? best : NULL;
}

cinx_status cli_set_option(cli_opts *o, const opt_def *d, const char *v, cinx_error *err)
{
	bool on = !v || strcmp(v, "yes") == 0;

	switch (d->id) {
	case OPT_DATA: o->data = v; break;
	case OPT_DATASET: o->dataset = v; break;
	case OPT_POPULATION: o->population = v; break;
	case OPT_NEIGHBOURS_FILE: o->neighbours = v; break;
	case OPT_API_BASE: o->api_base = v; break;
	case OPT_FORCE: o->force = on; break;
	case OPT_SYSTEM: o->system = on; break;
	case OPT_NO_SNAPSHOT: o->no_snapshot = on; break;
	case OPT_YEAR: o->year = v; break;
	case OPT_FILTER:
		if (o->n_filters == CLI_MAX_FILTERS)
			return cinx_error_set(err, CINX_E_USAGE, "--filter: at most %d filters", CLI_MAX_FILTERS);
		o->filters[o->n_filters++] = v;
		break;
	case OPT_METRIC: o->metric = v; break;
	case OPT_LEVEL: o->level = v; break;
	case OPT_REGION: o->region = v; break;
	case OPT_SORT: o->sort = v; break;
	case OPT_SORT_BY: o->sort_by = v; break;
	case OPT_LIMIT: o->limit = strtol(v, NULL, 10); break;
	case OPT_WITH_PREDECESSORS: o->with_predecessors = on; break;
	case OPT_WITH_SUCCESSORS: o->with_successors = on; break;
	case OPT_WIDE: o->wide = on; break;
	case OPT_LA_TYPE: o->la_type = v; break;
	case OPT_THRESHOLD: o->threshold = v; break;
	case OPT_FORMAT: cinx_format_parse(v, &o->format); break;
	case OPT_ASCII: o->ascii = on; o->utf8 = o->utf8 && !on; break;
	case OPT_UTF8: o->utf8 = on; o->ascii = o->ascii && !on; break;
	case OPT_RAW: o->raw = on; break;
	case OPT_NO_COLOR: o->no_color = on; break;
	case OPT_NO_MOUSE: o->no_mouse = on; break;
	case OPT_VIEW: o->view = v; break;
	case OPT_AREA: o->area = v; break;
	case OPT_PIN:
		if (o->n_pins == CINX_COMPARE_MAX)
			return cinx_error_set(err, CINX_E_USAGE, "--pin: at most %d areas can be pinned",
					      CINX_COMPARE_MAX);
		o->pins[o->n_pins++] = v;
		break;
	case OPT_KEYS: o->keys = v; break;
	case OPT_SCREEN: sscanf(v, "%dx%d", &o->screen_w, &o->screen_h); break;
	case OPT_DUMP: o->dump = on; break;
	case OPT_HELP: o->help = on; break;
	case OPT_VERSION: o->version = on; break;
	case OPT_ID_COUNT: break;
	}
	return CINX_OK;
}

/* getopt's options, made from the table: each returns its opt_id. */
static void getopt_table(struct option *longs, char *shorts)
{
	size_t n = 0, k = 0;

	shorts[k++] = ':';
	for (size_t i = 0; i < opt_n_defs; i++) {
		const opt_def *d = &opt_defs[i];
		int has_arg = d->type == OPT_T_FLAG ? no_argument : required_argument;
		longs[n++] = (struct option){d->name, has_arg, NULL, (int)d->id};
		if (d->alt)
			longs[n++] = (struct option){d->alt, has_arg, NULL, (int)d->id};
		if (d->short_name)
			shorts[k++] = d->short_name;
	}
	longs[n] = (struct option){NULL, 0, NULL, 0};
	shorts[k] = '\0';
}

static cinx_status unknown_option(const char *bad, cinx_error *err)
{
	const char *near = bad[0] == '-' && bad[1] == '-' ? closest_option(bad) : NULL;

	if (near)
		return cinx_error_set(err, CINX_E_USAGE, "unknown option '%s'; did you mean '--%s'?", bad, near);
	return cinx_error_set(err, CINX_E_USAGE, "unknown option '%s'; see 'cinx --help'", bad);
}

static cinx_status find_command(const char *name, const cli_command **out, cinx_error *err)
{
	const char *best = opt_commands[1].name;
	size_t best_d = (size_t)-1, lo = 0;
	char list[256];

	if ((*out = opt_find_command(name)))
		return CINX_OK;
	for (int i = 1; i < OPT_CMD_COUNT; i++) {
		size_t d = cinx_edit_distance(name, opt_commands[i].name);
		if (d < best_d) {
			best_d = d;
			best = opt_commands[i].name;
		}
		lo += (size_t)snprintf(list + lo, sizeof list - lo, "%s%s", i > 1 ? ", " : "", opt_commands[i].name);
	}
	return cinx_error_set(err, CINX_E_USAGE, "unknown command '%s'; did you mean '%s'? (commands: %s)", name,
			      best, list);
}

typedef struct given {
	const opt_def *d;
	const char *value;
} given;

/* Reads argv's options into g[] (checked values), then the command. */
static cinx_status read_argv(int argc, char **argv, cli_opts *o, given *g, int *n_given, cinx_error *err)
{
	struct option longs[2 * OPT_ID_COUNT + 1];
	char shorts[OPT_ID_COUNT + 2], why[256];
	int c;

	getopt_table(longs, shorts);
	opterr = 0;
	while ((c = getopt_long(argc, argv, shorts, longs, NULL)) != -1) {
		const opt_def *d = NULL;
		for (size_t i = 0; i < opt_n_defs && !d; i++)
			if (c == (int)opt_defs[i].id || c == opt_defs[i].short_name)
				d = &opt_defs[i];
		if (c == ':')
			return cinx_error_set(err, CINX_E_USAGE, "option '%s' needs a value", argv[optind - 1]);
		if (!d || c == '?')
			return unknown_option(argv[optind - 1], err);
		const char *keep = NULL;
		if (optarg && !opt_check(d, optarg, &keep, why, sizeof why))
			return cinx_error_set(err, CINX_E_USAGE, "--%s expects %s, not '%s'", d->name, why, optarg);
		g[(*n_given)++] = (given){d, keep};
	}
	if (optind < argc) {
		cinx_status st = find_command(argv[optind++], &o->command, err);
		if (st)
			return st;
	}
	o->args = argv + optind;
	o->n_args = argc - optind;
	return CINX_OK;
}

/* An option of another command is an error, naming the ones that take it. */
static cinx_status check_applies(const cli_opts *o, const given *g, int n, cinx_error *err)
{
	opt_cmd cmd = o->command ? o->command->id : OPT_EXPLORER;
	char users[512];

	for (int i = 0; i < n; i++)
		if (!opt_applies(g[i].d, cmd)) {
			opt_users(g[i].d, true, users, sizeof users);
			return cinx_error_set(err, CINX_E_USAGE, "--%s does not apply to %s; it is used by %s",
					      g[i].d->name, o->command ? o->command->name : "the explorer (no command)",
					      users);
		}
	return CINX_OK;
}

static cinx_status check_args(const cli_opts *o, cinx_error *err)
{
	const cli_command *c = o->command;

	if (!c && o->n_args)
		return cinx_error_set(err, CINX_E_USAGE, "unexpected argument '%s'; see 'cinx --help'", o->args[0]);
	if (!c || (o->n_args >= c->min_args && o->n_args <= c->max_args))
		return CINX_OK;
	if (c->max_args == 0)
		return cinx_error_set(err, CINX_E_USAGE, "%s takes no arguments (got '%s'), e.g. %s", c->name,
				      o->args[0], c->example);
	return cinx_error_set(err, CINX_E_USAGE, "%s takes %s, e.g. %s", c->name,
			      c->max_args == 1 ? "one area" : "one or more areas", c->example);
}

/* --help and --version, wherever they are, stop the checks of the rest. */
static cinx_status check_given(cli_opts *o, const given *g, int n, cinx_error *err)
{
	cinx_status st = CINX_OK;

	for (int i = 0; !st && i < n; i++)
		if (g[i].d->id == OPT_HELP || g[i].d->id == OPT_VERSION)
			st = cli_set_option(o, g[i].d, NULL, err);
	if (st || o->help || o->version)
		return st;
	if ((st = check_args(o, err)) || (st = check_applies(o, g, n, err)))
		return st;
	return cli_config_apply(o, o->command ? o->command->id : OPT_EXPLORER, err);
}

cinx_status cli_parse(int argc, char **argv, cli_opts *o, cinx_error *err)
{
	given *g = calloc((size_t)argc + 1, sizeof *g);
	cinx_status st;
	int n = 0;

	memset(o, 0, sizeof *o);
	o->screen_w = 80;
	o->screen_h = 24;
	if (!g)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	st = read_argv(argc, argv, o, g, &n, err);
	if (!st)
		st = check_given(o, g, n, err);
	for (int i = 0; !st && i < n; i++)
		st = cli_set_option(o, g[i].d, g[i].value, err);
	free(g);
	return st;
}

/* --dataset ID, else --data FILE, else $CINX_DATA, else the downloaded
 * copy, else the demo. */
static cinx_status load(const cli_opts *o, cinx_dataset **ds, cinx_error *err)
{
	cinx_status st;

	if (o->dataset && o->data)
		return cinx_error_set(err, CINX_E_USAGE, "--data and --dataset each name the data to open; choose one");
	cinx_data_snapshots(!o->no_snapshot);
	/* the explorer's screen is not up while its data loads: the same line
	 * on a terminal's stderr serves both, and is gone before it draws */
	cli_progress_begin();
	st = o->dataset ? cinx_data_open_dataset(o->dataset, ds, err) : cinx_data_open(o->data, ds, err);
	cli_progress_end();
	for (size_t i = 0; !st && i < cinx_dataset_n_warnings(*ds); i++)
		cli_say("cinx: warning: ", cinx_dataset_warning(*ds, i));
	return st;
}

/* --region takes a region (Inner and Outer London count): the others are
 * listed when it is given an authority or England. */
static cinx_status resolve_region(const cli_opts *o, const cinx_dataset *ds, int *region, cinx_error *err)
{
	const cinx_area *a;
	char list[1024];
	size_t n = 0;
	cinx_status st;

	if ((st = cli_area(ds, "--region", o->region, region, err)))
		return st;
	a = cinx_dataset_area(ds, *region);
	if (a->level == CINX_LEVEL_REGIONAL)
		return CINX_OK;
	list[0] = '\0';
	for (size_t i = 0; i < cinx_dataset_n_areas(ds) && n < sizeof list; i++) {
		const cinx_area *r = cinx_dataset_area(ds, (int)i);
		if (r->level == CINX_LEVEL_REGIONAL)
			n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "", r->name);
	}
	return cinx_error_set(err, CINX_E_USAGE, "--region expects a region, not %s (%s); the regions are %s",
			      a->name, a->level == CINX_LEVEL_LA ? "a local authority" : "the country", list);
}

/* What orders the table: --sort alone orders by value. */
static cinx_status resolve_sort(const cli_opts *o, cinx_query_opts *vo, cinx_error *err)
{
	vo->sort = !o->sort ? 0 : strcmp(o->sort, "asc") == 0 ? 1 : -1;
	if (!o->sort_by || !o->command)
		return CINX_OK; /* the explorer reads o->sort_by itself */
	if (!cinx_sort_key_parse(o->sort_by, &vo->sort_key))
		return cinx_error_set(err, CINX_E_USAGE, "--sort-by %s is the explorer's order; table takes value, "
				      "change, change_percent, name or rank", o->sort_by);
	return CINX_OK;
}

/* --level: the drill-down's words, else another level of the data by its
 * EES name or the start of one only. */
static cinx_status resolve_level(const char *level, const cinx_dataset *ds, cinx_query_opts *vo, cinx_error *err)
{
	size_t n = cinx_dataset_n_other_levels(ds), len = strlen(level), o = 0;
	int found = -1, starts = 0, started = -1;
	char list[1024];

	if (strcmp(level, "national") == 0 || strcmp(level, "regional") == 0 || strcmp(level, "la") == 0) {
		vo->level = level[0] == 'n' ? CINX_LEVEL_NATIONAL : level[0] == 'r' ? CINX_LEVEL_REGIONAL : CINX_LEVEL_LA;
		return CINX_OK;
	}
	for (size_t i = 0; i < n && found < 0; i++) {
		if (strcasecmp(level, cinx_dataset_other_level(ds, i)) == 0)
			found = (int)i;
		else if (strncasecmp(level, cinx_dataset_other_level(ds, i), len) == 0)
			started = (int)i, starts++;
	}
	if (found < 0 && starts == 1)
		found = started;
	if (found >= 0) {
		vo->level = CINX_LEVEL_OTHER;
		vo->other_level = found;
		return CINX_OK;
	}
	list[0] = '\0';
	for (size_t i = 0; i < n && o < sizeof list; i++)
		o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", i ? ", " : "", cinx_dataset_other_level(ds, i));
	if (!n)
		return cinx_error_set(err, CINX_E_USAGE, "--level expects national, regional or la, not '%s'", level);
	return cinx_error_set(err, starts > 1 ? CINX_E_AMBIGUOUS : CINX_E_USAGE,
			      "--level expects national, regional, la or a level of %s (%s), not '%s'%s",
			      cinx_dataset_source(ds), list, level, starts > 1 ? ", which starts several" : "");
}

/* --metric: one indicator, or all of them for table and trend. */
static cinx_status resolve_metric(const cli_opts *o, const cinx_dataset *ds, cinx_query_opts *vo,
				  cinx_error *err)
{
	cinx_error why;

	if (o->metric && strcmp(o->metric, "all") == 0) {
		/* every indicator: the wide rows of table and trend */
		if (!o->command || (o->command->id != OPT_TABLE && o->command->id != OPT_TREND))
			return cinx_error_set(err, CINX_E_USAGE,
					      "--metric all works with table and trend; name one metric here");
		if ((o->sort || vo->sort_key) && vo->sort_key != CINX_SORT_NAME)
			return cinx_error_set(err, CINX_E_USAGE, "%s needs one metric to sort by, not --metric all",
					      o->sort ? "--sort" : "--sort-by");
		vo->metric = o->command->id == OPT_TABLE ? CINX_METRIC_ALL : -1;
	} else if (o->metric && (vo->metric = cinx_dataset_find_indicator(ds, o->metric, &why)) < 0) {
		/* a rate asked for off a filter's Total: say why there is none */
		if (o->rates_note && strstr(o->metric, "_per_10k"))
			return cinx_error_set(err, CINX_E_USAGE, "--metric %s: %s", o->metric, o->rates_note);
		return cinx_error_set(err, CINX_E_USAGE, "%s", why.message);
	}
	return CINX_OK;
}

static cinx_status resolve(const cli_opts *o, const cinx_dataset *ds, cinx_query_opts *vo, cinx_error *err)
{
	cinx_status st;

	cinx_query_opts_init(vo);
	vo->format = o->format;
	vo->ascii = o->ascii_glyphs;
	vo->limit = o->limit;
	if ((st = resolve_sort(o, vo, err)) || (st = cli_resolve_period(o, ds, vo, err)))
		return st;
	if ((st = resolve_metric(o, ds, vo, err)))
		return st;
	if (o->level && (st = resolve_level(o->level, ds, vo, err)))
		return st;
	if (o->region)
		return resolve_region(o, ds, &vo->region, err);
	return CINX_OK;
}

/* r is read after st is computed: the view fills it. */
cinx_status cli_emit(cinx_status st, cinx_report **r, const cli_opts *o, cinx_error *err)
{
	/* the one place every print-mode output passes: demo data says so,
	 * on stderr for CSV and TSV so that the rows still load elsewhere */
	bool delimited = o->format == CINX_FORMAT_CSV || o->format == CINX_FORMAT_TSV;

	if (!st && o->demo_data) {
		if (delimited)
			fputs("cinx: " CINX_DEMO_LABEL "\n", stderr);
		else
			cinx_report_set_notice(*r, CINX_DEMO_LABEL);
	}
	/* what the figures are of: the title says so (rows carry a column
	 * per filter) */
	if (!st && o->choice[0])
		cinx_report_append_title(*r, o->choice);
	if (!st && o->rates_note) {
		if (delimited)
			cli_say("cinx: note: ", o->rates_note);
		else
			cinx_report_add_note(*r, o->rates_note);
	}
	if (!st)
		st = cinx_report_write(*r, o->format,
				       (o->ascii_glyphs ? CINX_REPORT_ASCII : 0) | (o->raw ? CINX_REPORT_RAW : 0), stdout, err);
	cinx_report_free(*r);
	*r = NULL;
	return st;
}

/* The commands that show one view of one area (show, neighbours, similar). */
static cinx_status area_view(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
			     cinx_status (*view)(const cinx_dataset *, int, const cinx_query_opts *, cinx_report **,
						 cinx_error *),
			     cinx_error *err)
{
	cinx_report *r = NULL;
	cinx_status st;
	int area;

	if ((st = cli_area(ds, NULL, o->args[0], &area, err)))
		return st;
	return cli_emit(view(ds, area, vo, &r, err), &r, o, err);
}

static cinx_status cmd_show(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	return area_view(o, ds, vo, cinx_query_show, &res->err);
}

static cinx_status cmd_neighbours(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
				  cli_result *res)
{
	return area_view(o, ds, vo, cinx_query_neighbours, &res->err);
}

static cinx_status cmd_similar(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
			       cli_result *res)
{
	return area_view(o, ds, vo, cinx_query_similar, &res->err);
}

static cinx_status cmd_table(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
			     cli_result *res)
{
	cinx_report *r = NULL;

	return cli_emit(cinx_query_table(ds, vo, &r, &res->err), &r, o, &res->err);
}

cinx_status cli_emit_areas(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, size_t max,
			   cli_areas_query *query, cinx_error *err)
{
	int *areas = calloc((size_t)o->n_args, sizeof *areas);
	cinx_report *r = NULL;
	cinx_status st;
	size_t n;

	if (!areas)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	st = cli_areas(o, ds, areas, &n, err);
	if (!st && n > max)
		st = cinx_error_set(err, CINX_E_USAGE, "%s takes at most %zu areas (got %zu), e.g. %s", o->command->name,
				    max, n, o->command->example);
	if (!st)
		st = cli_emit(query(ds, areas, n, vo, &r, err), &r, o, err);
	free(areas);
	return st;
}

static cinx_status cmd_trend(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
			     cli_result *res)
{
	if (o->with_predecessors + o->with_successors + o->wide > 1)
		return cinx_error_set(&res->err, CINX_E_USAGE, "--with-predecessors, --with-successors and --wide each "
				      "shape the trend their own way; choose one");
	if (o->with_predecessors || o->with_successors)
		return cmd_trend_lineage(o, ds, vo, res);
	return cli_emit_areas(o, ds, vo, (size_t)o->n_args, o->wide ? cinx_query_trend_wide : cinx_query_trend,
			      &res->err);
}

/* The explorer, opened as the command line asks. */
static cinx_status explore(const cli_opts *o, cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	explorer_launch l = {
		.data = o->data, .population = o->population, .neighbours = o->neighbours,
		.api_base = o->api_base, .year = vo->year, .area = -1, .n_pins = o->n_pins,
		.sort_by = o->sort_by, .sort = o->sort, .view = o->view, .region = o->region != NULL,
		.la_type = o->la_type,
		.with_predecessors = o->with_predecessors, .ascii = o->ascii, .ascii_glyphs = o->ascii_glyphs, .raw = o->raw, .no_color = o->no_color,
		.no_mouse = o->no_mouse, .dump = o->dump, .keys = o->keys,
		.screen_w = o->screen_w, .screen_h = o->screen_h,
	};
	cinx_status st;

	/* areas are found as everywhere on the command line: notes, ambiguity */
	if (o->area && (st = cli_area(ds, "--area", o->area, &l.area, &res->err)))
		return st;
	for (int i = 0; i < o->n_pins; i++)
		if ((st = cli_area(ds, "--pin", o->pins[i], &l.pins[i], &res->err)))
			return st;
	return explorer_main(ds, &l, vo, &res->signal, &res->err);
}

/* Lines and sparklines are ASCII when asked, or when the locale's character
 * set is not UTF-8 (LANG=C), as lsblk and tree do; --utf8 overrides the
 * locale (main set LC_CTYPE from the environment). */
static bool ascii_glyphs(const cli_opts *o)
{
	const char *cs = nl_langinfo(CODESET);

	return o->ascii || (!o->utf8 && !(strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0));
}

cinx_status cli_run(const cli_opts *o, cli_result *res)
{
	cinx_dataset *ds = NULL;
	cinx_neighbours *nb = NULL;
	cinx_query_opts vo;
	cli_opts run = *o;
	cinx_status st;

	run.ascii_glyphs = ascii_glyphs(o);
	if (o->command && !o->command->needs_data)
		return runs[o->command->id](&run, NULL, NULL, res);
	if ((st = load(o, &ds, &res->err)))
		return st;
	run.demo_data = cinx_dataset_is_demo(ds);
	/* the choice comes before the rates, which are of it */
	st = cli_choose_filters(&run, ds, o->command && o->command->id != OPT_INFO, &res->err);
	if (!st)
		st = cli_load_extras(o, ds, &nb, &res->err);
	if (!st)
		st = resolve(&run, ds, &vo, &res->err);
	vo.neighbours = nb;
	if (!st)
		st = o->command ? runs[o->command->id](&run, ds, &vo, res) : explore(&run, ds, &vo, res);
	cinx_neighbours_free(nb);
	cinx_dataset_free(ds);
	return st;
}
