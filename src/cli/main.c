/* cinx: command-line entry point. Parses options, opens the data, and runs
 * a print-mode command or the explorer. */
#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/dataset.h"
#include "cinx/lookup.h"
#include "cinx/queries.h"
#include "cli.h"
#include "cmd_analysis.h"
#include "complete_cmd.h"

int main(int argc, char **argv)
{
	cli_opts o;
	int rc;

	/* only the character type: numbers are always written with a "." */
	setlocale(LC_CTYPE, "");
	/* for the shell completion scripts, not for people: not in --help */
	if (argc > 1 && strcmp(argv[1], "--complete") == 0)
		return cli_complete(argc - 2, argv + 2, stdout);
	rc = cli_parse(argc, argv, &o);
	if (rc >= 0)
		return rc;
	if (o.help) {
		if (o.command)
			opt_print_command_help(stdout, o.command);
		else
			opt_print_help(stdout);
		return 0;
	}
	if (o.version) {
		printf("cinx %s\n", PACKAGE_VERSION);
		return 0;
	}
	return cli_run(&o);
}
