/* cinx: command-line entry point. Parses options, opens the data, and runs
 * a print-mode command or the explorer. */
#include <config.h>

#include <getopt.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/dataset.h"
#include "cinx/lookup.h"
#include "cinx/views.h"
#include "cli.h"
#include "cmd_analysis.h"

static const char usage_text[] =
	"Usage: cinx [OPTIONS]                 open the explorer\n"
	"       cinx show AREA [OPTIONS]       every indicator for one area\n"
	"       cinx table [OPTIONS]           one row per area for a year\n"
	"       cinx trend AREA... [OPTIONS]   one row per year per area\n"
	"       cinx update [--force]          download the latest official data\n"
	"       cinx info                      which data is open, and where it came from\n"
	"       cinx compare AREA... [OPTIONS] up to 8 areas side by side for one metric\n"
	"       cinx neighbours AREA [OPTIONS] an authority's statistical neighbours\n"
	"       cinx similar AREA [OPTIONS]    the authorities most like it in the data\n"
	"       cinx notable [OPTIONS]         big changes and outliers in a year\n"
	"\n"
	"Explore England's statistics on referrals to children's social care\n"
	"(DfE C1 referrals and re-referrals, 2013 to 2025).\n"
	"\n"
	"Data:\n"
	"  --data FILE           the C1 CSV file ('-' for standard input);\n"
	"                        default $CINX_DATA, else the copy 'cinx update'\n"
	"                        keeps in $XDG_CACHE_HOME/cinx, else demo data\n"
	"  --api-base URL        update: the EES API before /v1/ (default\n"
	"                        $CINX_API_BASE, else the official one)\n"
	"  --force               update: download even when already up to date\n"
	"  --population FILE     ONS mid-year estimates of children aged 0-17 (EES\n"
	"                        layout): adds rates per 10,000 children\n"
	"                        (the year ending March Y uses mid-Y-1)\n"
	"  --neighbours FILE     the DfE statistical neighbours model (wide file):\n"
	"                        neighbour means and medians in show\n"
	"Selection:\n"
	"  --year Y              reporting year ending March Y (default: latest)\n"
	"  --metric M            indicator by exact EES column name or an alias\n"
	"                        (default referral_count); table and trend also\n"
	"                        take 'all': every indicator, one row per area\n"
	"  --level L             table: national, regional or la (default la)\n"
	"  --region R            table: only areas within region R;\n"
	"                        explorer: open R's table\n"
	"  --sort asc|desc       table: order by value (symbols always last)\n"
	"  --limit N             table: at most N rows; similar: N authorities\n"
	"  --with-predecessors   trend: the years of the authorities it replaced\n"
	"  --threshold T         notable: change in points for percentages, in %\n"
	"                        for counts and rates (default 5 and 25)\n"
	"Output:\n"
	"  --format F            text, csv, tsv, json or markdown (default text)\n"
	"  --ascii               ASCII only, no UTF-8 sparklines or lines\n"
	"Explorer:\n"
	"  --no-color            no colour (also when NO_COLOR is set)\n"
	"  --no-mouse            leave the mouse to the terminal\n"
	"  --view V              areas (the table), compare or notable\n"
	"  --area AREA           select AREA in the table\n"
	"  --pin AREA            pin AREA to compare (repeat, up to 8)\n"
	"  --sort-by K           standard, name, value or change (with --sort)\n"
	"  --keys SCRIPT         replay keys, e.g. 'jj<Enter>]]' (for tests)\n"
	"  --screen WxH          with --keys: virtual screen size (default 80x24)\n"
	"  --dump                with --keys: print the final screen as text\n"
	"Other:\n"
	"  -h, --help            show this help and exit\n"
	"  -V, --version         show the version and exit\n"
	"\n";

static const char usage_tail[] =
	"\nSymbols: c confidential, x or : not available,\n"
	"z not applicable, u low reliability, k or low rounds to zero; '-' means\n"
	"the area has no row that year. Ranks are among local authorities, 1 =\n"
	"highest value.\n"
	"\n"
	"Bands are quartiles among local authorities with a number. Indicators\n"
	"with a direction (re-referral percentages: lower is better) get A to D:\n"
	"A when fewer than a quarter of authorities are strictly better, B fewer\n"
	"than half, C fewer than three quarters, else D. Others get Q1 to Q4 by\n"
	"value the same way from the lowest. Ties share a band.\n"
	"\n"
	"Defaults come from $XDG_CONFIG_HOME/cinx/config (else ~/.config/cinx/config):\n"
	"'key = value' lines for data, population, neighbours and the options\n"
	"above (see config.example); the command line wins.\n"
	"\n"
	"Exit status: 0 success, 2 usage error, 65 bad data file, 69 download\n"
	"failed, 74 I/O error, 78 bad configuration file.\n"
	"\n"
	"Contains public sector information licensed under the Open Government\n"
	"Licence v3.0. Source: Department for Education.\n";

int main(int argc, char **argv)
{
	cli_opts o;
	cinx_error err;
	int rc;

	/* only the character type: numbers are always written with a "." */
	setlocale(LC_CTYPE, "");
	if ((rc = cli_config_args(&argc, &argv)) >= 0)
		return rc;
	rc = cli_parse(argc, argv, &o, &err);
	if (rc >= 0)
		return rc;
	if (o.help) {
		fputs(usage_text, stdout);
		cli_help_names(stdout);
		fputs(usage_tail, stdout);
		return 0;
	}
	if (o.version) {
		printf("cinx %s\n", PACKAGE_VERSION);
		return 0;
	}
	return cli_run(&o);
}
