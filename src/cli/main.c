/* SPDX-License-Identifier: MIT */
/* cinx: command-line entry point. Parses options, opens the data, and runs
 * a print-mode command or the explorer; the one place that says why a run
 * failed and chooses the exit status. */
#include <config.h>

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sysexits.h>

#include "cli.h"
#include "complete_cmd.h"

/* Usage errors exit 2, as most Unix tools do, rather than EX_USAGE (64). */
#define CINX_EXIT_USAGE 2

static int exit_status(cinx_status st)
{
	switch (st) {
	case CINX_OK: return EXIT_SUCCESS;
	case CINX_E_USAGE:
	case CINX_E_NOTFOUND:
	case CINX_E_AMBIGUOUS: return CINX_EXIT_USAGE;
	case CINX_E_DATA: return EX_DATAERR;
	case CINX_E_IO: return EX_IOERR;
	case CINX_E_NETWORK:
	case CINX_E_UNAVAILABLE: return EX_UNAVAILABLE;
	case CINX_E_CONFIG: return EX_CONFIG;
	case CINX_E_NOMEM: return EX_OSERR;
	}
	return EXIT_FAILURE;
}

static int failed(cinx_status st, const cli_result *res)
{
	cli_say("cinx: ", res->err.message);
	cli_say("", res->advice);
	return exit_status(st);
}

/* Whatever went to standard output reached it: a full disk or a file size
 * limit is a write error (exit 74), never a silent success. */
static int finish(int status, cli_result *res)
{
	if (fflush(stdout) == 0 && !ferror(stdout))
		return status;
	if (status == EXIT_SUCCESS) {
		cinx_error_set(&res->err, CINX_E_IO, "cannot write output: %s", strerror(errno ? errno : EIO));
		res->advice[0] = '\0';
		return failed(CINX_E_IO, res);
	}
	return status;
}

int main(int argc, char **argv)
{
	cli_result res = {.signal = 0};
	cinx_status st;
	cli_opts o;

	/* only the character type: numbers are always written with a "." */
	setlocale(LC_CTYPE, "");
	/* past a file size limit (ulimit -f) a write fails with EFBIG and is
	 * reported, instead of the process dying without a word */
	signal(SIGXFSZ, SIG_IGN);
	/* for the shell completion scripts, not for people: not in --help */
	if (argc > 1 && strcmp(argv[1], "--complete") == 0)
		return finish(cli_complete(argc - 2, argv + 2, stdout), &res);
	if ((st = cli_parse(argc, argv, &o, &res.err)))
		return failed(st, &res);
	if (o.help) {
		if (o.command)
			opt_print_command_help(stdout, o.command);
		else
			opt_print_help(stdout);
		return finish(EXIT_SUCCESS, &res);
	}
	if (o.version) {
		printf("cinx %s\n", PACKAGE_VERSION);
		return finish(EXIT_SUCCESS, &res);
	}
	if ((st = cli_run(&o, &res)))
		return failed(st, &res);
	/* the explorer ended by a signal: as a shell reports it */
	return finish(res.signal ? 128 + res.signal : EXIT_SUCCESS, &res);
}
