#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/analysis_views.h"
#include "cinx/dataset.h"
#include "cinx/lookup.h"
#include "cinx/views.h"
#include "cinx/provenance.h"
#include "cli.h"
#include "cmd_analysis.h"
#include "ui/explorer.h"
#include "update_cmd.h"

enum {
	OPT_DATA = 256, OPT_FORMAT, OPT_ASCII, OPT_YEAR, OPT_METRIC, OPT_LEVEL, OPT_REGION,
	OPT_SORT, OPT_LIMIT, OPT_NO_COLOR, OPT_NO_MOUSE, OPT_KEYS, OPT_SCREEN, OPT_DUMP,
	OPT_API_BASE, OPT_FORCE
};

/* options of the comparison commands (cmd_analysis.h) */
enum { OPT_NEIGHBOURS = 512, OPT_POPULATION, OPT_WITH_PREDECESSORS, OPT_THRESHOLD };

/* options of the explorer: what a shared command line reopens */
enum { OPT_PIN = 768, OPT_VIEW, OPT_AREA, OPT_SORT_BY };

static const struct option long_opts[] = {
	{"data", required_argument, NULL, OPT_DATA},
	{"format", required_argument, NULL, OPT_FORMAT},
	{"ascii", no_argument, NULL, OPT_ASCII},
	{"year", required_argument, NULL, OPT_YEAR},
	{"metric", required_argument, NULL, OPT_METRIC},
	{"level", required_argument, NULL, OPT_LEVEL},
	{"region", required_argument, NULL, OPT_REGION},
	{"sort", required_argument, NULL, OPT_SORT},
	{"limit", required_argument, NULL, OPT_LIMIT},
	{"no-color", no_argument, NULL, OPT_NO_COLOR},
	{"no-colour", no_argument, NULL, OPT_NO_COLOR},
	{"no-mouse", no_argument, NULL, OPT_NO_MOUSE},
	{"keys", required_argument, NULL, OPT_KEYS},
	{"screen", required_argument, NULL, OPT_SCREEN},
	{"dump", no_argument, NULL, OPT_DUMP},
	{"api-base", required_argument, NULL, OPT_API_BASE},
	{"force", no_argument, NULL, OPT_FORCE},
	{"neighbours", required_argument, NULL, OPT_NEIGHBOURS},
	{"population", required_argument, NULL, OPT_POPULATION},
	{"with-predecessors", no_argument, NULL, OPT_WITH_PREDECESSORS},
	{"threshold", required_argument, NULL, OPT_THRESHOLD},
	{"pin", required_argument, NULL, OPT_PIN},
	{"view", required_argument, NULL, OPT_VIEW},
	{"area", required_argument, NULL, OPT_AREA},
	{"sort-by", required_argument, NULL, OPT_SORT_BY},
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

static int cmd_show(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo);
static int cmd_table(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo);
static int cmd_trend(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo);
static int cmd_neighbours(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo);
static int cmd_similar(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo);

/* Every command: its name, how many areas or arguments it takes, an example
 * for usage errors, and whether it needs the data set loaded first. */
static const cli_command commands[] = {
	{"show", 1, 1, "cinx show Leeds", true, cmd_show},
	{"table", 0, 0, "cinx table --year 2025", true, cmd_table},
	{"trend", 1, 1000, "cinx trend Leeds Bradford", true, cmd_trend},
	{"update", 0, 0, "cinx update --force", false, cmd_update},
	{"info", 0, 0, "cinx info", true, cmd_info},
	{"compare", 1, 1000, "cinx compare Leeds Bradford Kirklees", true, cmd_compare},
	{"neighbours", 1, 1, "cinx neighbours Leeds --neighbours SN_FILE", true, cmd_neighbours},
	{"similar", 1, 1, "cinx similar Leeds", true, cmd_similar},
	{"notable", 0, 0, "cinx notable --year 2025", true, cmd_notable},
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

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
	for (const struct option *op = long_opts; op->name; op++) {
		char full[64];
		snprintf(full, sizeof full, "--%s", op->name);
		size_t d = cinx_edit_distance(name, full);
		if (d < best_d) {
			best_d = d;
			best = op->name;
		}
	}
	return best_d <= 4 ? best : NULL;
}

static bool parse_long(const char *s, long lo, long hi, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < lo || v > hi)
		return false;
	*out = v;
	return true;
}

/* The canonical level for what people type: any case, and the words EES
 * uses ("Local authority"). NULL when it is none of them. */
static const char *level_name(const char *s)
{
	static const struct {
		const char *in, *level;
	} names[] = {
		{"national", "national"}, {"england", "national"}, {"regional", "regional"},
		{"region", "regional"}, {"la", "la"}, {"local", "la"}, {"local authority", "la"},
		{"local-authority", "la"}, {"authority", "la"},
	};

	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(s, names[i].in) == 0)
			return names[i].level;
	return NULL;
}

int cli_parse(int argc, char **argv, cli_opts *o, cinx_error *err)
{
	int c;
	long n;

	(void)err;
	memset(o, 0, sizeof *o);
	o->screen_w = 80;
	o->screen_h = 24;
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":hV", long_opts, NULL)) != -1) {
		switch (c) {
		case OPT_DATA: o->data = optarg; break;
		case OPT_FORMAT:
			if (!cinx_format_parse(optarg, &o->format))
				return cli_usage_error("unknown --format '%s'; choose text, csv, tsv, json or markdown",
						       optarg);
			break;
		case OPT_ASCII: o->ascii = true; break;
		case OPT_YEAR:
			if (!parse_long(optarg, 1900, 2100, &n))
				return cli_usage_error("--year expects a year such as 2025, not '%s'", optarg);
			o->year = (int)n;
			break;
		case OPT_METRIC: o->metric = optarg; break;
		case OPT_LEVEL:
			if (!(o->level = level_name(optarg)))
				return cli_usage_error("unknown --level '%s'; choose national, regional or la", optarg);
			break;
		case OPT_REGION: o->region = optarg; break;
		case OPT_SORT:
			if (strcmp(optarg, "asc") && strcmp(optarg, "desc"))
				return cli_usage_error("unknown --sort '%s'; choose asc or desc", optarg);
			o->sort = optarg;
			break;
		case OPT_LIMIT:
			if (!parse_long(optarg, 1, 1000000000L, &o->limit))
				return cli_usage_error("--limit expects a positive whole number, not '%s'", optarg);
			break;
		case OPT_NO_COLOR: o->no_color = true; break;
		case OPT_NO_MOUSE: o->no_mouse = true; break;
		case OPT_KEYS: o->keys = optarg; break;
		case OPT_SCREEN: {
			int w, h;
			char extra;
			if (sscanf(optarg, "%dx%d%c", &w, &h, &extra) != 2 || w < 1 || h < 1 || w > 1000 || h > 1000)
				return cli_usage_error("--screen expects WIDTHxHEIGHT such as 80x24, not '%s'", optarg);
			o->screen_w = w;
			o->screen_h = h;
			break;
		}
		case OPT_DUMP: o->dump = true; break;
		case OPT_API_BASE: o->api_base = optarg; break;
		case OPT_FORCE: o->force = true; break;
		case OPT_NEIGHBOURS: o->neighbours = optarg; break;
		case OPT_POPULATION: o->population = optarg; break;
		case OPT_WITH_PREDECESSORS: o->with_predecessors = true; break;
		case OPT_THRESHOLD: o->threshold = optarg; break;
		case OPT_PIN:
			if (o->n_pins == CINX_COMPARE_MAX)
				return cli_usage_error("--pin: at most %d areas can be pinned", CINX_COMPARE_MAX);
			o->pins[o->n_pins++] = optarg;
			break;
		case OPT_VIEW:
			if (strcmp(optarg, "areas") && strcmp(optarg, "compare") && strcmp(optarg, "notable"))
				return cli_usage_error("unknown --view '%s'; choose areas, compare or notable", optarg);
			o->view = optarg;
			break;
		case OPT_AREA: o->area = optarg; break;
		case OPT_SORT_BY:
			if (strcmp(optarg, "standard") && strcmp(optarg, "name") && strcmp(optarg, "value") &&
			    strcmp(optarg, "change"))
				return cli_usage_error("unknown --sort-by '%s'; choose standard, name, value or change",
						       optarg);
			o->sort_by = optarg;
			break;
		case 'h': o->help = true; break;
		case 'V': o->version = true; break;
		case ':':
			return cli_usage_error("option '%s' needs a value", argv[optind - 1]);
		default: {
			const char *bad = argv[optind - 1];
			const char *near = bad[0] == '-' && bad[1] == '-' ? closest_option(bad) : NULL;
			if (near)
				return cli_usage_error("unknown option '%s'; did you mean '--%s'?", bad, near);
			return cli_usage_error("unknown option '%s'; see 'cinx --help'", bad);
		}
		}
	}
	if (o->help || o->version)
		return -1;
	if (optind < argc) {
		const char *name = argv[optind++];
		const char *best = commands[0].name;
		size_t best_d = (size_t)-1;
		char list[256];
		size_t lo = 0;
		for (size_t i = 0; i < N_COMMANDS; i++) {
			size_t d = cinx_edit_distance(name, commands[i].name);
			if (d == 0)
				o->command = &commands[i];
			if (d < best_d) {
				best_d = d;
				best = commands[i].name;
			}
			lo += (size_t)snprintf(list + lo, sizeof list - lo, "%s%s", i ? ", " : "", commands[i].name);
		}
		if (!o->command)
			return cli_usage_error("unknown command '%s'; did you mean '%s'? (commands: %s)", name, best,
					       list);
	}
	o->args = argv + optind;
	o->n_args = argc - optind;
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

static int resolve(const cli_opts *o, const cinx_dataset *ds, cinx_view_opts *vo)
{
	cinx_error err;

	cinx_view_opts_init(vo);
	vo->format = o->format;
	vo->ascii = o->ascii;
	vo->year = o->year;
	vo->limit = o->limit;
	vo->sort = !o->sort ? 0 : strcmp(o->sort, "asc") == 0 ? 1 : -1;
	if (o->year && cinx_dataset_year_index(ds, o->year) < 0)
		return cli_usage_error("no data for year %d; the file has %d to %d", o->year,
				       cinx_dataset_year(ds, 0), cinx_dataset_latest_year(ds));
	if (o->metric && strcmp(o->metric, "all") == 0) {
		/* every indicator: the wide rows of table and trend */
		if (!o->command || (strcmp(o->command->name, "table") && strcmp(o->command->name, "trend")))
			return cli_usage_error("--metric all works with table and trend; name one metric here");
		if (o->sort)
			return cli_usage_error("--sort needs one metric to sort by, not --metric all");
		vo->metric = strcmp(o->command->name, "table") == 0 ? CINX_METRIC_ALL : -1;
	} else if (o->metric && (vo->metric = cinx_dataset_find_indicator(ds, o->metric, &err)) < 0) {
		return cli_usage_error("%s", err.message);
	}
	if (o->level)
		vo->level = strcmp(o->level, "national") == 0 ? CINX_LEVEL_NATIONAL
			    : strcmp(o->level, "regional") == 0 ? CINX_LEVEL_REGIONAL : CINX_LEVEL_LA;
	if (o->region)
		return cli_area(ds, "--region", o->region, &vo->region);
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
static int area_view(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo,
		     cinx_status (*view)(const cinx_dataset *, int, const cinx_view_opts *, cinx_report **,
					 cinx_error *))
{
	cinx_report *r = NULL;
	cinx_error err;
	int area, rc;

	if ((rc = cli_area(ds, NULL, o->args[0], &area)) >= 0)
		return rc;
	return cli_emit(view(ds, area, vo, &r, &err), &r, o, &err);
}

static int cmd_show(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	return area_view(o, ds, vo, cinx_view_show);
}

static int cmd_neighbours(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	return area_view(o, ds, vo, cinx_view_neighbours);
}

static int cmd_similar(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	return area_view(o, ds, vo, cinx_view_similar);
}

static int cmd_table(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;

	return cli_emit(cinx_view_table(ds, vo, &r, &err), &r, o, &err);
}

static int cmd_trend(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;
	int *areas;
	size_t n;
	int rc;

	if (o->with_predecessors)
		return cmd_trend_lineage(o, ds, vo);
	if (!(areas = calloc((size_t)o->n_args, sizeof *areas)))
		return 71;
	rc = cli_areas(o, ds, areas, &n);
	if (rc < 0)
		rc = cli_emit(cinx_view_trend(ds, areas, n, vo, &r, &err), &r, o, &err);
	free(areas);
	return rc;
}

int cli_run(const cli_opts *o)
{
	cinx_dataset *ds = NULL;
	cinx_view_opts vo;
	int rc;

	if (o->command && !o->command->needs_data)
		return o->command->run(o, NULL, NULL);
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
		rc = o->command ? o->command->run(&run, ds, &vo) : explorer_main(ds, &run, &vo);
	cinx_neighbours_free(nb);
	cinx_dataset_free(ds);
	return rc;
}
