/* SPDX-License-Identifier: MIT */
/* Command-line options and the print-mode commands. */
#ifndef CINX_CLI_H
#define CINX_CLI_H

#include <stdbool.h>
#include <stdio.h>
#include "cinx/error.h"
#include "cinx/report.h"

#include "cinx/compare.h"
#include "cinx/dataset.h"
#include "cinx/queries.h"
#include "options.h"

typedef struct cli_opts cli_opts;
/* More filters than any EES data set has. */
#define CLI_MAX_FILTERS 32
/* A command: its name, arguments, help and example (options.h). */
typedef struct opt_command cli_command;

struct cli_opts {
	const cli_command *command; /* NULL: the explorer */
	char **args;          /* positional arguments after the command */
	int n_args;
	const char *data;
	const char *dataset;  /* --dataset ID: that data set's cached copy, not C1 */
	cinx_format format;
	bool ascii, utf8;      /* asked for: --ascii, --utf8 (the last one given wins) */
	bool raw;              /* --raw: CSV and TSV text cells not defused */
	bool no_color, no_mouse, dump, help, version;
	const char *year;     /* --year as typed (NULL: the latest), resolved by cli_run */
	const char *filters[CLI_MAX_FILTERS]; /* --filter COLUMN=VALUE, in order */
	int n_filters;
	char choice[512];     /* set by cli_run: ", sex: Boys" when a filter is off its Total */
	const char *rates_note; /* set by cli_run: why there are no rates, or NULL */
	const char *metric, *level, *region, *sort;
	long limit;
	const char *keys;
	const char *population, *neighbours, *threshold; /* cmd_analysis.h */
	bool with_predecessors;
	bool with_successors; /* trend: continue a split authority */
	bool wide;            /* trend: one column per year */
	int screen_w, screen_h;
	const char *api_base; /* cinx update: --api-base URL */
	bool force;           /* cinx update: download even when current */
	bool system;          /* cinx update: into the system-wide copy */
	bool no_snapshot;     /* --no-snapshot: parse the data file every time */
	bool demo_data;       /* set by cli_run: the open data are the demo */
	bool ascii_glyphs;    /* set by cli_run: draw in ASCII (asked, or the locale) */
	const char *pins[CINX_COMPARE_MAX]; /* explorer: --pin AREA, in order */
	int n_pins;
	const char *view;     /* explorer: --view areas|compare|notable */
	const char *la_type;  /* explorer: --la-type, the league table's filter */
	const char *area;     /* explorer: --area AREA, selected */
	const char *sort_by;  /* table and explorer: --sort-by KEY */
};

/* What a run leaves for main, which reports it: why it failed and what the
 * user can do next, or the signal that ended the explorer. */
typedef struct cli_result {
	cinx_error err;
	char advice[4096]; /* printed after the error, lines as they are */
	int signal;        /* 0, or the signal that ended the explorer */
} cli_result;

/* A print-mode command: ds and vo are NULL for those that need no data. */
typedef cinx_status cli_command_fn(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
				   cli_result *res);

/* Reads the command line, then the configuration file's settings that apply
 * to the command (the command line wins). Usage errors are CINX_E_USAGE. */
CINX_MUST_CHECK cinx_status cli_parse(int argc, char **argv, cli_opts *o, cinx_error *err);
/* Sets option d to a value it was checked for (NULL for a flag on the
 * command line). */
CINX_MUST_CHECK cinx_status cli_set_option(cli_opts *o, const opt_def *d, const char *value, cinx_error *err);
/* Opens the data and runs the command or the explorer. */
CINX_MUST_CHECK cinx_status cli_run(const cli_opts *o, cli_result *res);

/* Writes a query's report to stdout in o->format and frees it; st is the
 * query's status (r is read only when it is CINX_OK). */
CINX_MUST_CHECK cinx_status cli_emit(cinx_status st, cinx_report **r, const cli_opts *o, cinx_error *err);
/* Looks up an area given as option's value (NULL: an argument), printing
 * the look-up's note. */
CINX_MUST_CHECK cinx_status cli_area(const cinx_dataset *ds, const char *option, const char *query, int *area,
				     cinx_error *err);
/* Looks up o->args as areas (room for o->n_args), each area once, in order;
 * *n receives how many. Notes say which arguments named the same area. */
CINX_MUST_CHECK cinx_status cli_areas(const cli_opts *o, const cinx_dataset *ds, int *areas, size_t *n,
				      cinx_error *err);

/* A query on a list of areas (trend, compare). */
typedef cinx_status cli_areas_query(const cinx_dataset *ds, const int *areas, size_t n, const cinx_query_opts *vo,
				    cinx_report **out, cinx_error *err);
/* Runs query on the areas o->args name, each once, in order, at most max of
 * them, and writes its report. */
CINX_MUST_CHECK cinx_status cli_emit_areas(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
					   size_t max, cli_areas_query *query, cinx_error *err);

/* Applies o->filters to ds (every filter not named at its Total): the
 * figures from then on are of that choice. print: a filter without a Total
 * must be named (the explorer opens at its first value instead). Fills
 * o->choice and, when a filter is off its Total while a population file is
 * named, o->rates_note. Usage errors name the filter and list the choices. */
CINX_MUST_CHECK cinx_status cli_choose_filters(cli_opts *o, cinx_dataset *ds, bool print, cinx_error *err);
/* Resolves --year through the data set's periods into vo->year (a key). */
CINX_MUST_CHECK cinx_status cli_resolve_period(const cli_opts *o, const cinx_dataset *ds, cinx_query_opts *vo,
					       cinx_error *err);

/* The paragraph of --help on naming areas and metrics (with the aliases). */
void cli_help_names(FILE *f);

/* Writes each line of text to stderr after prefix ("cinx: ", "cinx: note: ",
 * or ""), with control characters, invalid UTF-8 and bidi marks neutralised
 * (lines longer than an error message are cut). */
void cli_say(const char *prefix, const char *text);

/* Progress of the data's load on stderr while it lasts (print mode, on a
 * terminal, past half a second); end clears the line. */
void cli_progress_begin(void);
void cli_progress_end(void);

#endif
