/* Command-line options and the print-mode commands. */
#ifndef CINX_CLI_H
#define CINX_CLI_H

#include <stdbool.h>
#include "cinx/error.h"
#include "cinx/report.h"

typedef struct cli_opts {
	const char *command;  /* NULL: the explorer */
	char **args;          /* positional arguments after the command */
	int n_args;
	const char *data;
	cinx_format format;
	bool ascii, no_color, no_mouse, dump, help, version;
	int year;             /* 0: latest */
	const char *metric, *level, *region, *sort;
	long limit;
	const char *keys;
	int screen_w, screen_h;
} cli_opts;

/* Returns -1 to go on, or an exit status (usage errors are reported). */
int cli_parse(int argc, char **argv, cli_opts *o, cinx_error *err);
/* Runs the command; returns the exit status. */
int cli_run(const cli_opts *o);

/* Prints "cinx: message" and returns 2. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
