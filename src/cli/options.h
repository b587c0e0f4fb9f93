/* SPDX-License-Identifier: MIT */
/* The one table of cinx's commands and options. It drives getopt, the
 * checks of option values (the command line and the configuration file use
 * the same ones), which commands take which option, `cinx --help`,
 * `cinx COMMAND --help` and the man page's OPTIONS section. */
#ifndef CINX_OPTIONS_H
#define CINX_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

/* The commands; OPT_EXPLORER is no command at all. */
typedef enum opt_cmd {
	OPT_EXPLORER = 0, OPT_SHOW, OPT_TABLE, OPT_TREND, OPT_UPDATE, OPT_INFO, OPT_COMPARE,
	OPT_NEIGHBOURS, OPT_SIMILAR, OPT_NOTABLE, OPT_DATASETS, OPT_CMD_COUNT
} opt_cmd;

typedef struct opt_command {
	opt_cmd id;
	const char *name;     /* "show"; "" for the explorer */
	const char *args;     /* "AREA", "AREA...", or "" */
	int min_args, max_args;
	bool needs_data;      /* else it runs without the data set */
	const char *summary;  /* one line for the command list */
	const char *about;    /* a sentence or two for COMMAND --help */
	const char *example;  /* for usage errors and COMMAND --help */
} opt_command;

/* Every command, by opt_cmd (the explorer first). */
extern const opt_command opt_commands[OPT_CMD_COUNT];

typedef enum opt_type {
	OPT_T_FLAG,     /* no value; yes/no in the configuration file */
	OPT_T_INT,      /* a whole number in [lo, hi] */
	OPT_T_NUMBER,   /* a positive decimal number up to hi */
	OPT_T_ENUM,     /* one of words (or an alias of one) */
	OPT_T_LEVEL,    /* one of words (or an alias), else a geographic level of the data: checked later */
	OPT_T_YEAR,     /* a period: starts with its year; checked against the data later */
	OPT_T_FILTER,   /* COLUMN=VALUE: checked against the data later */
	OPT_T_AREA,     /* any area: checked against the data later */
	OPT_T_REGION,   /* a region, Inner or Outer London: checked later */
	OPT_T_METRIC,   /* an indicator: checked against the data later */
	OPT_T_PATH,     /* a file; in the configuration file ~/ and relative paths expand */
	OPT_T_TEXT,     /* free text (a URL, a key script) */
	OPT_T_SIZE,     /* WIDTHxHEIGHT */
	OPT_T_DATASET   /* an EES data set id (a UUID) */
} opt_type;

typedef enum opt_group { OPT_G_DATA, OPT_G_SELECT, OPT_G_OUTPUT, OPT_G_EXPLORER, OPT_G_OTHER, OPT_G_COUNT } opt_group;

/* An alternative word and the word it stands for (--level local -> la). */
typedef struct opt_alias {
	const char *in, *canon;
} opt_alias;

/* Every option, in the table's order. */
typedef enum opt_id {
	OPT_DATA, OPT_DATASET, OPT_POPULATION, OPT_NEIGHBOURS_FILE, OPT_API_BASE, OPT_FORCE, OPT_SYSTEM, OPT_NO_SNAPSHOT,
	OPT_YEAR, OPT_METRIC,
	OPT_LEVEL, OPT_REGION, OPT_SORT, OPT_SORT_BY, OPT_LIMIT, OPT_WITH_PREDECESSORS, OPT_WITH_SUCCESSORS, OPT_WIDE,
	OPT_THRESHOLD, OPT_FILTER, OPT_FORMAT, OPT_ASCII, OPT_UTF8, OPT_RAW, OPT_NO_COLOR, OPT_NO_MOUSE, OPT_VIEW, OPT_LA_TYPE,
	OPT_AREA, OPT_PIN, OPT_KEYS,
	OPT_SCREEN, OPT_DUMP, OPT_HELP, OPT_VERSION, OPT_ID_COUNT
} opt_id;

typedef struct opt_def {
	opt_id id;
	const char *name;        /* the long name, without -- */
	const char *alt;         /* another spelling (no-colour), or NULL */
	char short_name;         /* 'h', or 0 */
	opt_type type;
	const char *const *words; /* OPT_T_ENUM: the words, NULL-terminated */
	const opt_alias *aliases; /* OPT_T_ENUM: more words accepted, or NULL */
	long lo, hi;             /* OPT_T_INT range; OPT_T_NUMBER upper bound */
	unsigned commands;       /* bit (1u << opt_cmd) for each command that takes it */
	bool config;             /* a key of the configuration file */
	opt_group group;
	const char *arg;         /* the value's placeholder in help, or NULL */
	const char *help;        /* one sentence for --help and the man page */
} opt_def;

/* Every option, by opt_id. */
extern const opt_def opt_defs[OPT_ID_COUNT];
#define opt_n_defs ((size_t)OPT_ID_COUNT)

/* The option named name (either spelling), or NULL. */
const opt_def *opt_find(const char *name);
/* The command named name (not the explorer), or NULL. */
const opt_command *opt_find_command(const char *name);

static inline bool opt_applies(const opt_def *d, opt_cmd c) { return d->commands & (1u << c); }

/* Checks a value given to d. On success *keep is what to use (the
 * canonical word for an alias, "yes" or "no" for a flag in the
 * configuration file, else value). On failure returns false and writes
 * what was expected ("a year such as 2025") to why: the command line and
 * the configuration file word their errors around it. */
bool opt_check(const opt_def *d, const char *value, const char **keep, char *why, size_t cap);

/* "show, table and the explorer": the commands that take d ("the explorer
 * (no command)" when no_command). */
void opt_users(const opt_def *d, bool no_command, char *buf, size_t cap);

/* The help: every command and option; one command's usage and options. */
void opt_print_help(FILE *f);
void opt_print_command_help(FILE *f, const opt_command *c);
/* The man page's OPTIONS section, as roff. */
void opt_print_man_options(FILE *f);

#endif
