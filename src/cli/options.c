/* SPDX-License-Identifier: MIT */
/* The table of commands and options, the checks of their values, and the
 * help and man page text made from them. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/update.h"
#include "options.h"

#define B(c) (1u << (c))
#define VIEWS (B(OPT_SHOW) | B(OPT_TABLE) | B(OPT_TREND) | B(OPT_COMPARE) | B(OPT_NEIGHBOURS) | \
	       B(OPT_SIMILAR) | B(OPT_NOTABLE))
#define REPORTS (VIEWS | B(OPT_INFO))
#define CATALOGUE (B(OPT_UPDATE) | B(OPT_DATASETS))
#define EXPLORER B(OPT_EXPLORER)
#define EVERY ((1u << OPT_CMD_COUNT) - 1)

const opt_command opt_commands[OPT_CMD_COUNT] = {
	{OPT_EXPLORER, "", "", 0, 0, true, "open the explorer",
	 "The full-screen explorer: England, its regions and their authorities, year by year.",
	 "cinx --region London --sort-by change"},
	{OPT_SHOW, "show", "AREA", 1, 1, true, "every indicator for one area",
	 "Every indicator for one area in a year: value, change, rank, band, its region's and England's "
	 "values, and the notes that apply.",
	 "cinx show Leeds"},
	{OPT_TABLE, "table", "", 0, 0, true, "one row per area for a year",
	 "One row per area for a year: the metric's value, change from the year before, rank and trend.",
	 "cinx table --year 2025"},
	{OPT_TREND, "trend", "AREA...", 1, 1000, true, "one row per year per area",
	 "One row per year for each area, for one metric or every one.", "cinx trend Leeds Bradford"},
	{OPT_UPDATE, "update", "", 0, 0, false, "download the latest official data",
	 "Downloads the latest official C1 file into the cache when it is newer than the cached copy; with "
	 "--dataset ID, any EES data set (see cinx datasets), with its metadata.",
	 "cinx update --force"},
	{OPT_INFO, "info", "", 0, 0, true, "which data is open, and where it came from",
	 "Which data is open, where it came from, and where the cache is.", "cinx info"},
	{OPT_COMPARE, "compare", "AREA...", 1, 1000, true, "up to 8 areas side by side for one metric",
	 "Up to 8 areas side by side for one metric: value, change, rank, band and trend on one scale.",
	 "cinx compare Leeds Bradford Kirklees"},
	{OPT_NEIGHBOURS, "neighbours", "AREA", 1, 1, true, "an authority's statistical neighbours",
	 "An authority's statistical neighbours from the DfE model file, then their mean and median.",
	 "cinx neighbours Leeds --neighbours SN_FILE"},
	{OPT_SIMILAR, "similar", "AREA", 1, 1, true, "the authorities most like it in the data",
	 "The authorities whose own figures are most like the area's over the last three years.",
	 "cinx similar Leeds"},
	{OPT_NOTABLE, "notable", "", 0, 0, true, "big changes and outliers in a year",
	 "Year-on-year changes at or beyond a threshold, and authorities far outside the others.",
	 "cinx notable --year 2025"},
	{OPT_DATASETS, "datasets", "[SEARCH...]", 0, 100, false, "the EES catalogue: publications and their data sets",
	 "The publications on explore education statistics that match SEARCH (its words, 3 characters "
	 "or more; every one without it), and their data sets: id, title, latest version and when it was published. "
	 "Download one with 'cinx update --dataset=ID', then open it with 'cinx --dataset=ID'.",
	 "cinx datasets absence"},
};

static const char *const format_words[] = {"text", "csv", "tsv", "json", "markdown", NULL};
static const opt_alias format_aliases[] = {{"md", "markdown"}, {NULL, NULL}};
static const char *const level_words[] = {"national", "regional", "la", NULL};
/* what people type, and the words EES uses ("Local authority") */
static const opt_alias level_aliases[] = {
	{"england", "national"}, {"region", "regional"}, {"local", "la"}, {"local authority", "la"},
	{"local-authority", "la"}, {"authority", "la"}, {NULL, NULL},
};
static const char *const sort_words[] = {"asc", "desc", NULL};
static const char *const sort_by_words[] = {"value", "change", "change_percent", "name", "rank", "standard",
					    NULL};
static const char *const view_words[] = {"areas", "compare", "notable", NULL};
static const char *const la_type_words[] = {"london", "metropolitan", "unitary", "county", NULL};

const opt_def opt_defs[OPT_ID_COUNT] = {
	/* data */
	[OPT_DATA] = {OPT_DATA, "data", NULL, 0, OPT_T_PATH, NULL, NULL, 0, 0, REPORTS | EXPLORER, true, OPT_G_DATA, "FILE",
	 "The C1 CSV file ('-' for standard input); default $CINX_DATA, else the copy 'cinx update' keeps "
	 "in $XDG_CACHE_HOME/cinx, else the system-wide copy, else demo data."},
	[OPT_DATASET] = {OPT_DATASET, "dataset", NULL, 0, OPT_T_DATASET, NULL, NULL, 0, 0, REPORTS | EXPLORER | B(OPT_UPDATE), false,
	 OPT_G_DATA, "ID",
	 "The EES data set ID (see cinx datasets), not C1."},
	[OPT_POPULATION] = {OPT_POPULATION, "population", NULL, 0, OPT_T_PATH, NULL, NULL, 0, 0, VIEWS | EXPLORER, true, OPT_G_DATA, "FILE",
	 "ONS mid-year estimates of children aged 0 to 17 (EES layout): adds rates per 10,000 children "
	 "(the year ending March Y uses mid-Y-1)."},
	[OPT_NEIGHBOURS_FILE] = {OPT_NEIGHBOURS_FILE, "neighbours", NULL, 0, OPT_T_PATH, NULL, NULL, 0, 0, B(OPT_SHOW) | B(OPT_NEIGHBOURS) | EXPLORER, true,
	 OPT_G_DATA, "FILE", "The DfE statistical neighbours model (wide file): neighbour means and medians."},
	[OPT_API_BASE] = {OPT_API_BASE, "api-base", NULL, 0, OPT_T_TEXT, NULL, NULL, 0, 0, CATALOGUE | B(OPT_INFO) | EXPLORER, false,
	 OPT_G_DATA, "URL", "The EES API before /v1/ (default $CINX_API_BASE, else the official one)."},
	[OPT_FORCE] = {OPT_FORCE, "force", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, B(OPT_UPDATE), false, OPT_G_DATA, NULL,
	 "Download even when the cached copy is up to date."},
	[OPT_SYSTEM] = {OPT_SYSTEM, "system", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, B(OPT_UPDATE), false, OPT_G_DATA, NULL,
	 "Download into the system-wide copy that every user without a copy of their own reads "
	 "(an administrator's job; see FILES)."},
	[OPT_NO_SNAPSHOT] = {OPT_NO_SNAPSHOT, "no-snapshot", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, REPORTS | EXPLORER, true,
	 OPT_G_DATA, NULL,
	 "Parse the data file every time: neither read nor write the snapshot that a reopen maps instead "
	 "(kept in $XDG_CACHE_HOME/cinx/snapshots, at most $CINX_SNAPSHOT_MAX_MB MiB, default 1024)."},
	/* selection */
	[OPT_YEAR] = {OPT_YEAR, "year", NULL, 0, OPT_T_YEAR, NULL, NULL, 0, 0,
	 B(OPT_SHOW) | B(OPT_TABLE) | B(OPT_COMPARE) | B(OPT_NEIGHBOURS) | B(OPT_SIMILAR) | B(OPT_NOTABLE) |
		 EXPLORER,
	 true, OPT_G_SELECT, "Y",
	 "A period: 2025, 2024/25, 202425 (default: the latest)."},
	[OPT_METRIC] = {OPT_METRIC, "metric", NULL, 0, OPT_T_METRIC, NULL, NULL, 0, 0,
	 B(OPT_TABLE) | B(OPT_TREND) | B(OPT_COMPARE) | B(OPT_NEIGHBOURS) | B(OPT_NOTABLE) | EXPLORER, true,
	 OPT_G_SELECT, "M",
	 "The indicator, by its exact EES column name or an alias (see AREAS AND METRICS; default "
	 "referral_count); table and trend also take 'all': "
	 "every indicator, one row per area."},
	[OPT_LEVEL] = {OPT_LEVEL, "level", NULL, 0, OPT_T_LEVEL, level_words, level_aliases, 0, 0, B(OPT_TABLE) | EXPLORER, true, OPT_G_SELECT, NULL,
	 "Which areas (default la), or another level of the data ('parliamentary constituency')."},
	[OPT_REGION] = {OPT_REGION, "region", NULL, 0, OPT_T_REGION, NULL, NULL, 0, 0, B(OPT_TABLE) | EXPLORER, true, OPT_G_SELECT, "R",
	 "Only the areas within region R (one of the 9 regions, Inner London or Outer London); the "
	 "explorer opens R's table."},
	[OPT_SORT] = {OPT_SORT, "sort", NULL, 0, OPT_T_ENUM, sort_words, NULL, 0, 0, B(OPT_TABLE) | EXPLORER, true, OPT_G_SELECT, NULL,
	 "The direction; alone, it orders the table by value."},
	[OPT_SORT_BY] = {OPT_SORT_BY, "sort-by", NULL, 0, OPT_T_ENUM, sort_by_words, NULL, 0, 0, B(OPT_TABLE) | EXPLORER, false, OPT_G_SELECT,
	 "K",
	 "Order by value, change, change_percent (the change as a % of the year before), name or "
	 "rank; the explorer also takes standard, its own order. Areas without a figure come last."},
	[OPT_LIMIT] = {OPT_LIMIT, "limit", NULL, 0, OPT_T_INT, NULL, NULL, 1, 1000000000L, B(OPT_TABLE) | B(OPT_SIMILAR), true,
	 OPT_G_SELECT, "N", "At most N rows (table), or the N most similar authorities (similar)."},
	[OPT_WITH_PREDECESSORS] = {OPT_WITH_PREDECESSORS, "with-predecessors", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, B(OPT_TREND) | EXPLORER, false, OPT_G_SELECT,
	 NULL, "Add the years of the authorities an authority replaced."},
	[OPT_WITH_SUCCESSORS] = {OPT_WITH_SUCCESSORS, "with-successors", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, B(OPT_TREND), false, OPT_G_SELECT,
	 NULL, "Continue a split authority's series with its successors' figures added up (rows marked "
	 "combined: counts summed, percentages and rates recomputed from the sums)."},
	[OPT_WIDE] = {OPT_WIDE, "wide", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, B(OPT_TREND), false, OPT_G_OUTPUT,
	 NULL, "One row per area (per area and indicator with --metric all), one column per year."},
	[OPT_THRESHOLD] = {OPT_THRESHOLD, "threshold", NULL, 0, OPT_T_NUMBER, NULL, NULL, 0, 1000000L, B(OPT_NOTABLE), false, OPT_G_SELECT, "T",
	 "The change that counts: points for percentages, % for counts and rates (default 5 and 25)."},
	[OPT_FILTER] = {OPT_FILTER, "filter", NULL, 0, OPT_T_FILTER, NULL, NULL, 0, 0, REPORTS | EXPLORER, false, OPT_G_SELECT,
	 "COL=VALUE",
	 "COL's figures for VALUE (repeat); others stay at Total. Rates need every Total."},
	/* output */
	[OPT_FORMAT] = {OPT_FORMAT, "format", NULL, 0, OPT_T_ENUM, format_words, format_aliases, 0, 0, REPORTS | B(OPT_DATASETS), true, OPT_G_OUTPUT, NULL,
	 "The output format (default text)."},
	[OPT_ASCII] = {OPT_ASCII, "ascii", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, REPORTS | B(OPT_DATASETS) | EXPLORER, true, OPT_G_OUTPUT, NULL,
	 "ASCII only: no UTF-8 sparklines or lines; the default when the locale is not UTF-8 (LANG=C)."},
	[OPT_UTF8] = {OPT_UTF8, "utf8", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, REPORTS | B(OPT_DATASETS), true, OPT_G_OUTPUT, NULL,
	 "UTF-8 sparklines and lines whatever the locale."},
	[OPT_RAW] = {OPT_RAW, "raw", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, REPORTS | B(OPT_DATASETS) | EXPLORER, true, OPT_G_OUTPUT, NULL,
	 "CSV and TSV names as they are: by default one starting =, +, - or @ gets a leading ' "
	 "so that a spreadsheet shows it instead of running it."},
	/* the explorer */
	[OPT_NO_COLOR] = {OPT_NO_COLOR, "no-color", "no-colour", 0, OPT_T_FLAG, NULL, NULL, 0, 0, EXPLORER, true, OPT_G_EXPLORER, NULL,
	 "No colour (also when NO_COLOR is set)."},
	[OPT_NO_MOUSE] = {OPT_NO_MOUSE, "no-mouse", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, EXPLORER, true, OPT_G_EXPLORER, NULL,
	 "Leave the mouse to the terminal."},
	[OPT_VIEW] = {OPT_VIEW, "view", NULL, 0, OPT_T_ENUM, view_words, NULL, 0, 0, EXPLORER, false, OPT_G_EXPLORER, NULL,
	 "The view to open on: the table of areas, the comparison or the notable list."},
	[OPT_LA_TYPE] = {OPT_LA_TYPE, "la-type", NULL, 0, OPT_T_ENUM, la_type_words, NULL, 0, 0, EXPLORER, false, OPT_G_EXPLORER, NULL,
	 "With --level la: only London boroughs, metropolitan districts, unitary authorities or counties "
	 "(by GSS code: E09, E08, E06, E10)."},
	[OPT_AREA] = {OPT_AREA, "area", NULL, 0, OPT_T_AREA, NULL, NULL, 0, 0, EXPLORER, false, OPT_G_EXPLORER, "AREA",
	 "Select AREA in the table."},
	[OPT_PIN] = {OPT_PIN, "pin", NULL, 0, OPT_T_AREA, NULL, NULL, 0, 0, EXPLORER, false, OPT_G_EXPLORER, "AREA",
	 "Pin AREA to compare (repeat, up to 8)."},
	[OPT_KEYS] = {OPT_KEYS, "keys", NULL, 0, OPT_T_TEXT, NULL, NULL, 0, 0, EXPLORER, false, OPT_G_EXPLORER, "SCRIPT",
	 "Replay keys on a virtual screen, e.g. 'jj<Enter>]]' (for tests and scripts)."},
	[OPT_SCREEN] = {OPT_SCREEN, "screen", NULL, 0, OPT_T_SIZE, NULL, NULL, 0, 0, EXPLORER, false, OPT_G_EXPLORER, "WxH",
	 "With --keys: the virtual screen's size (default 80x24)."},
	[OPT_DUMP] = {OPT_DUMP, "dump", NULL, 0, OPT_T_FLAG, NULL, NULL, 0, 0, EXPLORER, false, OPT_G_EXPLORER, NULL,
	 "With --keys: print the final screen as text."},
	/* other */
	[OPT_HELP] = {OPT_HELP, "help", NULL, 'h', OPT_T_FLAG, NULL, NULL, 0, 0, EVERY, false, OPT_G_OTHER, NULL,
	 "Show this help and exit; after a command, that command's help."},
	[OPT_VERSION] = {OPT_VERSION, "version", NULL, 'V', OPT_T_FLAG, NULL, NULL, 0, 0, EVERY, false, OPT_G_OTHER, NULL,
	 "Show the version and exit."},
};

const opt_def *opt_find(const char *name)
{
	for (size_t i = 0; i < opt_n_defs; i++)
		if (strcmp(opt_defs[i].name, name) == 0 || (opt_defs[i].alt && strcmp(opt_defs[i].alt, name) == 0))
			return &opt_defs[i];
	return NULL;
}

const opt_command *opt_find_command(const char *name)
{
	for (int c = 1; c < OPT_CMD_COUNT; c++)
		if (strcmp(opt_commands[c].name, name) == 0)
			return &opt_commands[c];
	return NULL;
}

/* ---- checking values -------------------------------------------------------- */

static const char *bool_word(const char *v)
{
	static const char *const yes[] = {"yes", "true", "on", "1"}, *const no[] = {"no", "false", "off", "0"};

	for (size_t i = 0; i < 4; i++) {
		if (strcasecmp(v, yes[i]) == 0)
			return "yes";
		if (strcasecmp(v, no[i]) == 0)
			return "no";
	}
	return NULL;
}

/* "a, b or c" */
static void join_words(const char *const *w, const char *last_sep, char *buf, size_t cap)
{
	size_t n = 0, o = 0;

	while (w[n])
		n++;
	buf[0] = '\0';
	for (size_t i = 0; i < n && o < cap; i++)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s", i == 0 ? "" : i + 1 == n ? last_sep : ", ", w[i]);
}

static const char *enum_word(const opt_def *d, const char *v)
{
	for (size_t i = 0; d->words[i]; i++)
		if (strcasecmp(v, d->words[i]) == 0)
			return d->words[i];
	for (const opt_alias *a = d->aliases; a && a->in; a++)
		if (strcasecmp(v, a->in) == 0)
			return a->canon;
	return NULL;
}

static bool whole_number(const char *v, long lo, long hi, long *out)
{
	char *end;

	if (!(v[0] >= '0' && v[0] <= '9') && v[0] != '-')
		return false;
	errno = 0;
	*out = strtol(v, &end, 10);
	return !errno && !*end && *out >= lo && *out <= hi;
}

/* What a value of d looks like, for messages. */
static void expected(const opt_def *d, char *why, size_t cap)
{
	switch (d->type) {
	case OPT_T_FLAG: snprintf(why, cap, "yes or no"); break;
	case OPT_T_INT:
		if (d->lo == 1)
			snprintf(why, cap, "a positive whole number");
		else
			snprintf(why, cap, "a whole number from %ld to %ld", d->lo, d->hi);
		break;
	case OPT_T_NUMBER: snprintf(why, cap, "a positive number such as 5"); break;
	case OPT_T_ENUM:
	case OPT_T_LEVEL: join_words(d->words, " or ", why, cap); break;
	case OPT_T_YEAR: snprintf(why, cap, "a period such as 2025 or 2024/25"); break;
	case OPT_T_FILTER: snprintf(why, cap, "COL=VALUE such as sex=Boys"); break;
	case OPT_T_AREA: snprintf(why, cap, "an area's name or code"); break;
	case OPT_T_REGION: snprintf(why, cap, "a region such as London"); break;
	case OPT_T_METRIC: snprintf(why, cap, "an indicator such as referral_count"); break;
	case OPT_T_PATH: snprintf(why, cap, "a file name"); break;
	case OPT_T_TEXT: snprintf(why, cap, "some text"); break;
	case OPT_T_SIZE: snprintf(why, cap, "WIDTHxHEIGHT such as 80x24"); break;
	case OPT_T_DATASET: snprintf(why, cap, "a data set id such as %s (cinx datasets lists them)", CINX_DATA_SET_ID); break;
	}
}

bool opt_check(const opt_def *d, const char *value, const char **keep, char *why, size_t cap)
{
	bool ok = value[0] != '\0';
	long n;

	*keep = value;
	switch (d->type) {
	case OPT_T_FLAG: ok = (*keep = bool_word(value)) != NULL; break;
	case OPT_T_INT: ok = whole_number(value, d->lo, d->hi, &n); break;
	case OPT_T_NUMBER: {
		char *end;
		errno = 0;
		double x = strtod(value, &end);
		ok = ok && !errno && !*end && x > 0 && x <= (double)d->hi && ((value[0] >= '0' && value[0] <= '9') || value[0] == '.');
		break;
	}
	case OPT_T_ENUM: ok = (*keep = enum_word(d, value)) != NULL; break;
	case OPT_T_LEVEL: /* a word of the table, else the data decide */
		*keep = enum_word(d, value);
		ok = *keep || (ok && !bool_word(value));
		*keep = *keep ? *keep : value;
		break;
	case OPT_T_YEAR: { /* every EES period starts with its year */
		char start[5] = "";
		snprintf(start, sizeof start, "%s", value);
		ok = whole_number(start, 1900, 2100, &n) && strlen(start) == 4;
		break;
	}
	case OPT_T_FILTER: {
		const char *eq = strchr(value, '=');
		ok = eq && eq > value && eq[1];
		break;
	}
	case OPT_T_SIZE: {
		int w, h;
		char extra;
		ok = sscanf(value, "%dx%d%c", &w, &h, &extra) == 2 && w >= 1 && h >= 1 && w <= 1000 && h <= 1000;
		break;
	}
	case OPT_T_DATASET: {
		char id[CINX_DATA_SET_ID_SIZE];
		ok = cinx_dataset_id_check(value, id, NULL) == CINX_OK;
		break;
	}
	case OPT_T_TEXT: /* a key script may be empty */
	case OPT_T_AREA:
	case OPT_T_REGION:
	case OPT_T_METRIC:
	case OPT_T_PATH:
		/* a yes/no word here is a flag's value given to the wrong key */
		ok = (ok || d->type == OPT_T_TEXT) && (!bool_word(value) || (value[0] >= '0' && value[0] <= '9'));
		break;
	}
	if (!ok) {
		*keep = NULL;
		expected(d, why, cap);
	}
	return ok;
}

void opt_users(const opt_def *d, bool no_command, char *buf, size_t cap)
{
	const char *names[OPT_CMD_COUNT + 1];
	size_t n = 0;

	for (int c = 1; c < OPT_CMD_COUNT; c++)
		if (opt_applies(d, (opt_cmd)c))
			names[n++] = opt_commands[c].name;
	if (opt_applies(d, OPT_EXPLORER))
		names[n++] = no_command ? "the explorer (no command)" : "the explorer";
	names[n] = NULL;
	join_words(names, " and ", buf, cap);
}
