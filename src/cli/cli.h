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
/* A command: its name, arguments, help and example (options.h). */
typedef struct opt_command cli_command;

struct cli_opts {
	const cli_command *command; /* NULL: the explorer */
	char **args;          /* positional arguments after the command */
	int n_args;
	const char *data;
	cinx_format format;
	bool ascii, no_color, no_mouse, dump, help, version;
	int year;             /* 0: latest */
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
	bool demo_data;       /* set by cli_run: the open data are the demo */
	const char *pins[CINX_COMPARE_MAX]; /* explorer: --pin AREA, in order */
	int n_pins;
	const char *view;     /* explorer: --view areas|compare|notable */
	const char *la_type;  /* explorer: --la-type, the league table's filter */
	const char *area;     /* explorer: --area AREA, selected */
	const char *sort_by;  /* table and explorer: --sort-by KEY */
};

/* Reads the command line, then the configuration file's settings that apply
 * to the command (the command line wins). Returns -1 to go on, or an exit
 * status (usage and configuration errors are reported). */
int cli_parse(int argc, char **argv, cli_opts *o);
/* Sets option d to a value it was checked for (NULL for a flag on the
 * command line); returns -1 or an exit status after reporting. */
int cli_set_option(cli_opts *o, const opt_def *d, const char *value);
/* Runs the command; returns the exit status. */
int cli_run(const cli_opts *o);

/* Writes a view's report to stdout in o->format, frees it, and returns the
 * exit status. */
int cli_emit(cinx_status st, cinx_report **r, const cli_opts *o, cinx_error *err);
/* Prints "cinx: <message>" and returns the status's exit code. */
int cli_fail(const cinx_error *err);
/* Looks up an area given as option's value (NULL: an argument), printing
 * the look-up's note; returns -1 on success or an exit status. */
int cli_area(const cinx_dataset *ds, const char *option, const char *query, int *area);
/* Looks up o->args as areas (room for o->n_args), each area once, in order;
 * *n receives how many. Notes say which arguments named the same area.
 * Returns -1 on success or an exit status. */
int cli_areas(const cli_opts *o, const cinx_dataset *ds, int *areas, size_t *n);

/* The paragraph of --help on naming areas and metrics (with the aliases). */
void cli_help_names(FILE *f);

/* Prints "cinx: message" and returns 2. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
