#include <config.h>

#include <getopt.h>
#include <stdarg.h>
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
#include "update_cmd.h"

static int cmd_show(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);
static int cmd_table(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);
static int cmd_trend(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);
static int cmd_neighbours(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);
static int cmd_similar(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);

/* What each command runs; the rest of it is in the table (options.c). */
static int (*const runs[OPT_CMD_COUNT])(const cli_opts *, const cinx_dataset *, const cinx_query_opts *) = {
	[OPT_SHOW] = cmd_show, [OPT_TABLE] = cmd_table, [OPT_TREND] = cmd_trend,
	[OPT_UPDATE] = cmd_update, [OPT_INFO] = cmd_info, [OPT_COMPARE] = cmd_compare,
	[OPT_NEIGHBOURS] = cmd_neighbours, [OPT_SIMILAR] = cmd_similar, [OPT_NOTABLE] = cmd_notable,
};

int cli_usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("cinx: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return 2;
}

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

int cli_set_option(cli_opts *o, const opt_def *d, const char *v)
{
	bool on = !v || strcmp(v, "yes") == 0;

	switch (d->id) {
	case OPT_DATA: o->data = v; break;
	case OPT_POPULATION: o->population = v; break;
	case OPT_NEIGHBOURS_FILE: o->neighbours = v; break;
	case OPT_API_BASE: o->api_base = v; break;
	case OPT_FORCE: o->force = on; break;
	case OPT_SYSTEM: o->system = on; break;
	case OPT_YEAR: o->year = atoi(v); break;
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
	case OPT_ASCII: o->ascii = on; break;
	case OPT_NO_COLOR: o->no_color = on; break;
	case OPT_NO_MOUSE: o->no_mouse = on; break;
	case OPT_VIEW: o->view = v; break;
	case OPT_AREA: o->area = v; break;
	case OPT_PIN:
		if (o->n_pins == CINX_COMPARE_MAX)
			return cli_usage_error("--pin: at most %d areas can be pinned", CINX_COMPARE_MAX);
		o->pins[o->n_pins++] = v;
		break;
	case OPT_KEYS: o->keys = v; break;
	case OPT_SCREEN: sscanf(v, "%dx%d", &o->screen_w, &o->screen_h); break;
	case OPT_DUMP: o->dump = on; break;
	case OPT_HELP: o->help = on; break;
	case OPT_VERSION: o->version = on; break;
	case OPT_ID_COUNT: break;
	}
	return -1;
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

static int unknown_option(const char *bad)
{
	const char *near = bad[0] == '-' && bad[1] == '-' ? closest_option(bad) : NULL;

	if (near)
		return cli_usage_error("unknown option '%s'; did you mean '--%s'?", bad, near);
	return cli_usage_error("unknown option '%s'; see 'cinx --help'", bad);
}

static int find_command(const char *name, const cli_command **out)
{
	const char *best = opt_commands[1].name;
	size_t best_d = (size_t)-1, lo = 0;
	char list[256];

	if ((*out = opt_find_command(name)))
		return -1;
	for (int i = 1; i < OPT_CMD_COUNT; i++) {
		size_t d = cinx_edit_distance(name, opt_commands[i].name);
		if (d < best_d) {
			best_d = d;
			best = opt_commands[i].name;
		}
		lo += (size_t)snprintf(list + lo, sizeof list - lo, "%s%s", i > 1 ? ", " : "", opt_commands[i].name);
	}
	return cli_usage_error("unknown command '%s'; did you mean '%s'? (commands: %s)", name, best, list);
}

typedef struct given {
	const opt_def *d;
	const char *value;
} given;

/* Reads argv's options into g[] (checked values), then the command. */
static int read_argv(int argc, char **argv, cli_opts *o, given *g, int *n_given)
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
			return cli_usage_error("option '%s' needs a value", argv[optind - 1]);
		if (!d || c == '?')
			return unknown_option(argv[optind - 1]);
		const char *keep = NULL;
		if (optarg && !opt_check(d, optarg, &keep, why, sizeof why))
			return cli_usage_error("--%s expects %s, not '%s'", d->name, why, optarg);
		g[(*n_given)++] = (given){d, keep};
	}
	if (optind < argc) {
		int rc = find_command(argv[optind++], &o->command);
		if (rc >= 0)
			return rc;
	}
	o->args = argv + optind;
	o->n_args = argc - optind;
	return -1;
}

/* An option of another command is an error, naming the ones that take it. */
static int check_applies(const cli_opts *o, const given *g, int n)
{
	opt_cmd cmd = o->command ? o->command->id : OPT_EXPLORER;
	char users[512];

	for (int i = 0; i < n; i++)
		if (!opt_applies(g[i].d, cmd)) {
			opt_users(g[i].d, true, users, sizeof users);
			return cli_usage_error("--%s does not apply to %s; it is used by %s", g[i].d->name,
					       o->command ? o->command->name : "the explorer (no command)", users);
		}
	return -1;
}

static int check_args(const cli_opts *o)
{
	if (!o->command && o->n_args)
		return cli_usage_error("unexpected argument '%s'; see 'cinx --help'", o->args[0]);
	if (o->command && (o->n_args < o->command->min_args || o->n_args > o->command->max_args)) {
		if (o->command->max_args == 0)
			return cli_usage_error("%s takes no arguments (got '%s'), e.g. %s", o->command->name,
					       o->args[0], o->command->example);
		return cli_usage_error("%s takes %s, e.g. %s", o->command->name,
				       o->command->max_args == 1 ? "one area" : "one or more areas",
				       o->command->example);
	}
	return -1;
}

int cli_parse(int argc, char **argv, cli_opts *o)
{
	given *g = calloc((size_t)argc + 1, sizeof *g);
	int n = 0, rc;

	memset(o, 0, sizeof *o);
	o->screen_w = 80;
	o->screen_h = 24;
	if (!g)
		return 71;
	rc = read_argv(argc, argv, o, g, &n);
	for (int i = 0; rc < 0 && i < n; i++)
		if (g[i].d->id == OPT_HELP || g[i].d->id == OPT_VERSION)
			rc = cli_set_option(o, g[i].d, NULL);
	if (rc < 0 && !o->help && !o->version && (rc = check_args(o)) < 0 && (rc = check_applies(o, g, n)) < 0)
		rc = cli_config_apply(o, o->command ? o->command->id : OPT_EXPLORER);
	for (int i = 0; rc < 0 && i < n; i++)
		rc = cli_set_option(o, g[i].d, g[i].value);
	free(g);
	return rc;
}

int cli_fail(const cinx_error *err)
{
	fprintf(stderr, "cinx: %s\n", err->message);
	return cinx_status_exit_code(err->status);
}

/* --data FILE, else $CINX_DATA, else the downloaded copy, else the demo. */
static int load(const cli_opts *o, cinx_dataset **ds)
{
	cinx_error err;

	if (cinx_data_open(o->data, ds, &err))
		return cli_fail(&err);
	for (size_t i = 0; i < cinx_dataset_n_warnings(*ds); i++)
		fprintf(stderr, "cinx: warning: %s\n", cinx_dataset_warning(*ds, i));
	return 0;
}

/* --region takes a region (Inner and Outer London count): the others are
 * listed when it is given an authority or England. */
static int resolve_region(const cli_opts *o, const cinx_dataset *ds, int *region)
{
	const cinx_area *a;
	char list[1024];
	size_t n = 0;
	int rc;

	if ((rc = cli_area(ds, "--region", o->region, region)) >= 0)
		return rc;
	a = cinx_dataset_area(ds, *region);
	if (a->level == CINX_LEVEL_REGIONAL)
		return -1;
	list[0] = '\0';
	for (size_t i = 0; i < cinx_dataset_n_areas(ds) && n < sizeof list; i++) {
		const cinx_area *r = cinx_dataset_area(ds, (int)i);
		if (r->level == CINX_LEVEL_REGIONAL)
			n += (size_t)snprintf(list + n, sizeof list - n, "%s%s", n ? ", " : "", r->name);
	}
	return cli_usage_error("--region expects a region, not %s (%s); the regions are %s", a->name,
			       a->level == CINX_LEVEL_LA ? "a local authority" : "the country", list);
}

/* What orders the table: --sort alone orders by value. */
static int resolve_sort(const cli_opts *o, cinx_query_opts *vo)
{
	vo->sort = !o->sort ? 0 : strcmp(o->sort, "asc") == 0 ? 1 : -1;
	if (!o->sort_by || !o->command)
		return -1; /* the explorer reads o->sort_by itself */
	if (!cinx_sort_key_parse(o->sort_by, &vo->sort_key))
		return cli_usage_error("--sort-by %s is the explorer's order; table takes value, change, "
				       "change_percent, name or rank", o->sort_by);
	return -1;
}

static int resolve(const cli_opts *o, const cinx_dataset *ds, cinx_query_opts *vo)
{
	cinx_error err;
	int rc;

	cinx_query_opts_init(vo);
	vo->format = o->format;
	vo->ascii = o->ascii;
	vo->year = o->year;
	vo->limit = o->limit;
	if ((rc = resolve_sort(o, vo)) >= 0)
		return rc;
	if (o->year && cinx_dataset_year_index(ds, o->year) < 0)
		return cli_usage_error("no data for year %d; the file has %d to %d", o->year,
				       cinx_dataset_year(ds, 0), cinx_dataset_latest_year(ds));
	if (o->metric && strcmp(o->metric, "all") == 0) {
		/* every indicator: the wide rows of table and trend */
		if (!o->command || (o->command->id != OPT_TABLE && o->command->id != OPT_TREND))
			return cli_usage_error("--metric all works with table and trend; name one metric here");
		if ((o->sort || vo->sort_key) && vo->sort_key != CINX_SORT_NAME)
			return cli_usage_error("%s needs one metric to sort by, not --metric all",
					       o->sort ? "--sort" : "--sort-by");
		vo->metric = o->command->id == OPT_TABLE ? CINX_METRIC_ALL : -1;
	} else if (o->metric && (vo->metric = cinx_dataset_find_indicator(ds, o->metric, &err)) < 0) {
		return cli_usage_error("%s", err.message);
	}
	if (o->level)
		vo->level = strcmp(o->level, "national") == 0 ? CINX_LEVEL_NATIONAL
			    : strcmp(o->level, "regional") == 0 ? CINX_LEVEL_REGIONAL : CINX_LEVEL_LA;
	if (o->region)
		return resolve_region(o, ds, &vo->region);
	return -1;
}

/* r is read after st is computed: the view fills it. */
int cli_emit(cinx_status st, cinx_report **r, const cli_opts *o, cinx_error *err)
{
	/* the one place every print-mode output passes: demo data says so,
	 * on stderr for CSV and TSV so that the rows still load elsewhere */
	if (!st && o->demo_data) {
		if (o->format == CINX_FORMAT_CSV || o->format == CINX_FORMAT_TSV)
			fputs("cinx: " CINX_DEMO_LABEL "\n", stderr);
		else
			cinx_report_set_notice(*r, CINX_DEMO_LABEL);
	}
	if (!st)
		st = cinx_report_write(*r, o->format, o->ascii ? CINX_REPORT_ASCII : 0, stdout, err);
	cinx_report_free(*r);
	*r = NULL;
	return st ? cli_fail(err) : 0;
}

/* The commands that show one view of one area (show, neighbours, similar). */
static int area_view(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
		     cinx_status (*view)(const cinx_dataset *, int, const cinx_query_opts *, cinx_report **,
					 cinx_error *))
{
	cinx_report *r = NULL;
	cinx_error err;
	int area, rc;

	if ((rc = cli_area(ds, NULL, o->args[0], &area)) >= 0)
		return rc;
	return cli_emit(view(ds, area, vo, &r, &err), &r, o, &err);
}

static int cmd_show(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	return area_view(o, ds, vo, cinx_query_show);
}

static int cmd_neighbours(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	return area_view(o, ds, vo, cinx_query_neighbours);
}

static int cmd_similar(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	return area_view(o, ds, vo, cinx_query_similar);
}

static int cmd_table(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;

	return cli_emit(cinx_query_table(ds, vo, &r, &err), &r, o, &err);
}

static int cmd_trend(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;
	int *areas;
	size_t n;
	int rc;

	if (o->with_predecessors + o->with_successors + o->wide > 1)
		return cli_usage_error("--with-predecessors, --with-successors and --wide each shape the trend "
				       "their own way; choose one");
	if (o->with_predecessors || o->with_successors)
		return cmd_trend_lineage(o, ds, vo);
	if (!(areas = calloc((size_t)o->n_args, sizeof *areas)))
		return 71;
	rc = cli_areas(o, ds, areas, &n);
	if (rc < 0)
		rc = cli_emit((o->wide ? cinx_query_trend_wide : cinx_query_trend)(ds, areas, n, vo, &r, &err), &r, o,
			      &err);
	free(areas);
	return rc;
}

/* The explorer, opened as the command line asks. */
static int explore(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	explorer_launch l = {
		.data = o->data, .population = o->population, .neighbours = o->neighbours,
		.api_base = o->api_base, .year = o->year, .area = -1, .n_pins = o->n_pins,
		.sort_by = o->sort_by, .sort = o->sort, .view = o->view, .region = o->region != NULL,
		.la_type = o->la_type,
		.with_predecessors = o->with_predecessors, .ascii = o->ascii, .no_color = o->no_color,
		.no_mouse = o->no_mouse, .dump = o->dump, .keys = o->keys,
		.screen_w = o->screen_w, .screen_h = o->screen_h,
	};
	int rc;

	/* areas are found as everywhere on the command line: notes, ambiguity */
	if (o->area && (rc = cli_area(ds, "--area", o->area, &l.area)) >= 0)
		return rc;
	for (int i = 0; i < o->n_pins; i++)
		if ((rc = cli_area(ds, "--pin", o->pins[i], &l.pins[i])) >= 0)
			return rc;
	return explorer_main(ds, &l, vo);
}

int cli_run(const cli_opts *o)
{
	cinx_dataset *ds = NULL;
	cinx_query_opts vo;
	int rc;

	if (o->command && !o->command->needs_data)
		return runs[o->command->id](o, NULL, NULL);
	rc = load(o, &ds);
	if (rc)
		return rc;
	cli_opts run = *o;
	run.demo_data = cinx_dataset_is_demo(ds);
	cinx_neighbours *nb = NULL;
	rc = cli_load_extras(o, ds, &nb);
	if (rc < 0)
		rc = resolve(&run, ds, &vo);
	vo.neighbours = nb;
	if (rc < 0)
		rc = o->command ? runs[o->command->id](&run, ds, &vo) : explore(&run, ds, &vo);
	cinx_neighbours_free(nb);
	cinx_dataset_free(ds);
	return rc;
}
