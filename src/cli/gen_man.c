/* SPDX-License-Identifier: MIT */
/* Writes the man page: its template (standard input) with @VERSION@, @DATE@
 * (the first argument), @SYSTEM_DATA_DIR@ (as configured), the OPTIONS
 * made from the option table and the metric aliases from theirs. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/metric.h"
#include "options.h"

/* "\fBreferrals\fR (referral_count), ...;" from the alias table */
static void print_aliases(void)
{
	size_t n;
	const cinx_metric_alias *al = cinx_metric_aliases(&n);

	for (size_t k = 0; k < n; k++)
		printf("\\fB%s\\fR (%s)%s\n", al[k].alias, al[k].column, k + 1 < n ? "," : ";");
}

int main(int argc, char **argv)
{
	char line[4096];

	if (argc != 2) {
		fputs("usage: gen_man DATE <cinx.1.in >cinx.1\n", stderr);
		return 2;
	}
	while (fgets(line, sizeof line, stdin)) {
		char *p = line, *at;
		if (strcmp(line, "@OPTIONS@\n") == 0) {
			opt_print_man_options(stdout);
			continue;
		}
		if (strcmp(line, "@METRIC_ALIASES@\n") == 0) {
			print_aliases();
			continue;
		}
		while ((at = strchr(p, '@'))) {
			fwrite(p, 1, (size_t)(at - p), stdout);
			if (strncmp(at, "@VERSION@", 9) == 0) {
				fputs(PACKAGE_VERSION, stdout);
				p = at + 9;
			} else if (strncmp(at, "@DATE@", 6) == 0) {
				fputs(argv[1], stdout);
				p = at + 6;
			} else if (strncmp(at, "@SYSTEM_DATA_DIR@", 17) == 0) {
				fputs(CINX_SYSTEM_DATA_DIR, stdout);
				p = at + 17;
			} else {
				fputc('@', stdout);
				p = at + 1;
			}
		}
		fputs(p, stdout);
	}
	return ferror(stdout) ? 1 : 0;
}
