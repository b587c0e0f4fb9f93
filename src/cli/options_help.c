/* SPDX-License-Identifier: MIT */
/* `cinx --help`, `cinx COMMAND --help` and the man page's OPTIONS section,
 * all written from the table in options.c. */
#include <config.h>

#include <string.h>

#include "cli.h"
#include "options.h"

#define WIDTH 79
#define HELP_COL 24

#define B(c) (1u << (c))
#define EVERY ((1u << OPT_CMD_COUNT) - 1)

static const char *const group_names[OPT_G_COUNT] = {"Data", "Selection", "Output", "Explorer", "Other"};

static const char description[] =
	"Explore England's statistics on referrals to children's social care\n"
	"(DfE C1 referrals and re-referrals, 2013 to 2025).\n";

static const char command_help[] =
	"'cinx COMMAND --help' shows one command's options; an option a command\n"
	"does not take is an error.\n"
	"\n";

static const char afterword[] =
	"Symbols: c confidential, x or : not available,\n"
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
	"'key = value' lines for the options marked * above (see config.example);\n"
	"the command line wins. A key only counts for the commands that take it.\n"
	"\n"
	"Exit status: 0 success, 2 usage error, 65 bad data file, 69 download\n"
	"failed, 74 I/O error, 78 bad configuration file.\n"
	"\n"
	"Contains public sector information licensed under the Open Government\n"
	"Licence v3.0. Source: Department for Education.\n";

/* The value's placeholder: the arg, else an enumeration's words. */
static void placeholder(const opt_def *d, char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	if (d->arg)
		snprintf(buf, cap, "%s", d->arg);
	else if (d->type == OPT_T_ENUM || d->type == OPT_T_LEVEL)
		for (size_t i = 0; d->words[i] && o < cap; i++)
			o += (size_t)snprintf(buf + o, cap - o, "%s%s", i ? "|" : "", d->words[i]);
}

/* Words of text from column col, wrapped at WIDTH with an indent of
 * indent; ends the line. */
static void wrap(FILE *f, const char *text, int col, int indent)
{
	const char *p = text;

	while (*p) {
		size_t len = strcspn(p, " ");
		if (col > indent && col + 1 + (int)len > WIDTH) {
			fprintf(f, "\n%*s", indent, "");
			col = indent;
		} else if (col > indent) {
			fputc(' ', f);
			col++;
		}
		fprintf(f, "%.*s", (int)len, p);
		col += (int)len;
		p += len;
		while (*p == ' ')
			p++;
	}
	fputc('\n', f);
}

/* "[all but update]" or "[table and the explorer]"; "" for every command. */
static void users_short(const opt_def *d, char *buf, size_t cap)
{
	unsigned views = 0;
	const char *missing[OPT_CMD_COUNT + 1];
	size_t n = 0, o;

	buf[0] = '\0';
	if (d->commands == EVERY)
		return;
	for (int c = 1; c < OPT_CMD_COUNT; c++)
		if (!opt_applies(d, (opt_cmd)c))
			views++;
	if (views > 2) {
		char list[256];
		opt_users(d, false, list, sizeof list);
		snprintf(buf, cap, "[%s]", list);
		return;
	}
	for (int c = 1; c < OPT_CMD_COUNT; c++)
		if (!opt_applies(d, (opt_cmd)c))
			missing[n++] = opt_commands[c].name;
	if (!opt_applies(d, OPT_EXPLORER))
		missing[n++] = "the explorer";
	o = (size_t)snprintf(buf, cap, "[all but");
	for (size_t i = 0; i < n && o < cap; i++)
		o += (size_t)snprintf(buf + o, cap - o, "%s %s", i == 0 ? "" : i + 1 == n ? " and" : ",", missing[i]);
	if (o < cap)
		snprintf(buf + o, cap - o, "]");
}

/* One option: "  -h, --help   text". */
static void print_option(FILE *f, const opt_def *d, bool with_users)
{
	char ph[128], label[192], text[1024], users[512] = "";
	int col;

	placeholder(d, ph, sizeof ph);
	snprintf(label, sizeof label, "%s%s--%s%s%s%s%s%s", d->short_name ? "-" : "",
		 d->short_name ? (char[]){d->short_name, ',', ' ', '\0'} : "", d->name, d->alt ? ", --" : "",
		 d->alt ? d->alt : "", ph[0] ? " " : "", ph, with_users && d->config ? " *" : "");
	col = fprintf(f, "  %s", label);
	if (col + 2 > HELP_COL) {
		fprintf(f, "\n%*s", HELP_COL, "");
	} else {
		fprintf(f, "%*s", HELP_COL - col, "");
	}
	if (with_users)
		users_short(d, users, sizeof users);
	snprintf(text, sizeof text, "%s%s%s", d->help, users[0] ? " " : "", users);
	wrap(f, text, HELP_COL, HELP_COL);
}

static void usage_line(FILE *f, const opt_command *c, bool first)
{
	char left[64];
	int n;

	n = snprintf(left, sizeof left, "cinx%s%s%s%s [OPTIONS]", c->name[0] ? " " : "", c->name, c->args[0] ? " " : "",
		     c->args);
	fprintf(f, "%s%s%*s%s\n", first ? "Usage: " : "       ", left, n < 31 ? 31 - n : 1, "", c->summary);
}

void opt_print_help(FILE *f)
{
	for (int c = 0; c < OPT_CMD_COUNT; c++)
		usage_line(f, &opt_commands[c], c == 0);
	fprintf(f, "\n%s", description);
	for (int g = 0; g < OPT_G_COUNT; g++) {
		fprintf(f, "\n%s:\n", group_names[g]);
		for (size_t i = 0; i < opt_n_defs; i++)
			if (opt_defs[i].group == (opt_group)g)
				print_option(f, &opt_defs[i], true);
	}
	fprintf(f, "\n%s", command_help);
	cli_help_names(f);
	fprintf(f, "\n%s", afterword);
}

void opt_print_command_help(FILE *f, const opt_command *c)
{
	fprintf(f, "Usage: cinx %s%s%s [OPTIONS]\n", c->name, c->args[0] ? " " : "", c->args);
	wrap(f, c->about, 0, 0);
	fprintf(f, "\nOptions:\n");
	for (size_t i = 0; i < opt_n_defs; i++)
		if (opt_applies(&opt_defs[i], c->id))
			print_option(f, &opt_defs[i], false);
	fprintf(f, "\nExample: %s\n", c->example);
}

/* ---- the man page -------------------------------------------------------------- */

/* Text for roff: backslashes escaped, and minus signs in option names. */
static void roff(FILE *f, const char *s, bool minus)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\e", f);
		else if (*s == '-' && minus)
			fputs("\\-", f);
		else
			fputc(*s, f);
	}
}

void opt_print_man_options(FILE *f)
{
	char ph[128], users[512];

	for (size_t i = 0; i < opt_n_defs; i++) {
		const opt_def *d = &opt_defs[i];
		fputs(".TP\n", f);
		if (d->short_name)
			fprintf(f, "\\fB\\-%c\\fR, ", d->short_name);
		fputs("\\fB\\-\\-", f);
		roff(f, d->name, true);
		fputs("\\fR", f);
		if (d->alt) {
			fputs(", \\fB\\-\\-", f);
			roff(f, d->alt, true);
			fputs("\\fR", f);
		}
		placeholder(d, ph, sizeof ph);
		if (ph[0]) {
			fputs(d->arg ? " \\fI" : " ", f);
			roff(f, ph, false);
			fputs(d->arg ? "\\fR" : "", f);
		}
		fputs("\n\\&", f);
		roff(f, d->help, false);
		if (d->commands != EVERY) {
			opt_users(d, false, users, sizeof users);
			fputs("\nUsed by ", f);
			roff(f, users, false);
			fputs(".", f);
		}
		if (d->config)
			fputs(" Also a key of the configuration file.", f);
		fputc('\n', f);
	}
}
