/* SPDX-License-Identifier: MIT */
/* `cinx --complete WORD...`: the one place that knows how to complete a
 * cinx command line, so that the bash, zsh and fish scripts in
 * assets/completion/ stay a few lines each. Commands, options and their words
 * come from the option table; metrics, years and areas from the data the
 * command would open: --data on the line, else $CINX_DATA, else the
 * configuration file's, else the cache, the system-wide copy or the demo. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/dataset.h"
#include "cinx/metric.h"
#include "cinx/provenance.h"
#include "cinx/rates.h"
#include "cmd_analysis.h"
#include "complete_cmd.h"

/* What the words before the cursor say. */
typedef struct line {
	const opt_command *cmd;   /* the command, or NULL */
	bool bad_cmd;             /* a word that names no command stands there */
	int n_args;               /* the command's arguments before the cursor */
	bool given[OPT_ID_COUNT]; /* options already on the line */
	const char *data;         /* --data's value as typed, or NULL */
	const char *population;   /* --population's, which adds the rates */
	const opt_def *value_of;  /* the cursor is on this option's value */
	bool options_end;         /* "--" came: only arguments follow */
} line;

/* The candidates, kept to be sorted and printed once each. */
typedef struct cands {
	const char *prefix;
	size_t prefix_len, n, cap;
	const char **v;
	char **owned;          /* words made here (COLUMN=VALUE), freed at the end */
	size_t n_owned;
} cands;

static void add(cands *c, const char *word)
{
	if (!word[0] || strncasecmp(word, c->prefix, c->prefix_len) != 0)
		return;
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 64;
		const char **v = realloc(c->v, cap * sizeof *v);
		if (!v)
			return; /* fewer candidates, never a broken line */
		c->v = v;
		c->cap = cap;
	}
	c->v[c->n++] = word;
}

/* A word made for the line: kept (and freed at the end) or freed now. */
static void add_made(cands *c, char *word)
{
	char **o = realloc(c->owned, (c->n_owned + 1) * sizeof *o);

	if (!o) {
		free(word);
		return;
	}
	c->owned = o;
	c->owned[c->n_owned++] = word;
	add(c, word);
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A word as the shell would pass it: quotes and backslashes removed, a
 * leading ~/ made $HOME/. Malloc'd; NULL when out of memory. */
static char *dequote(const char *s)
{
	const char *home = getenv("HOME");
	bool tilde = s[0] == '~' && (s[1] == '/' || !s[1]) && home;
	char *out = malloc(strlen(s) + (tilde ? strlen(home) : 0) + 1), *o = out, q = 0;

	if (!out)
		return NULL;
	if (tilde) {
		o = stpcpy(out, home);
		s++;
	}
	for (; *s; s++) {
		if (q == '\'' ? *s == '\'' : q == '"' ? *s == '"' : (*s == '\'' || *s == '"')) {
			q = q ? 0 : *s;
			continue;
		}
		if (*s == '\\' && s[1] && q != '\'' && (!q || strchr("\"\\$`", s[1])))
			s++;
		*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* The option a word names: --name, --name=value or -h. */
static const opt_def *option_named(const char *w)
{
	char name[64];

	if (w[1] != '-') {
		for (size_t i = 0; i < opt_n_defs && !w[2]; i++)
			if (opt_defs[i].short_name == w[1])
				return &opt_defs[i];
		return NULL;
	}
	snprintf(name, sizeof name, "%.*s", (int)strcspn(w + 2, "="), w + 2);
	return opt_find(name);
}

static void keep_file(line *l, const opt_def *d, const char *value)
{
	if (d->id == OPT_DATA)
		l->data = value;
	else if (d->id == OPT_POPULATION)
		l->population = value;
}

/* The words before the cursor, read as getopt reads them: options anywhere
 * until "--", a value in the next word unless given with '=', and the first
 * other word the command. */
static void read_line(int n, char **words, line *l)
{
	memset(l, 0, sizeof *l);
	for (int i = 0; i < n - 1; i++) {
		const char *w = words[i];
		if (!l->options_end && strcmp(w, "--") == 0) {
			l->options_end = true;
		} else if (!l->options_end && w[0] == '-' && w[1]) {
			const opt_def *d = option_named(w);
			const char *eq = w[1] == '-' ? strchr(w, '=') : NULL;
			if (!d)
				continue;
			l->given[d->id] = true;
			if (eq)
				keep_file(l, d, eq + 1);
			if (eq || d->type == OPT_T_FLAG)
				continue;
			if (i + 1 == n - 1)
				l->value_of = d;
			else
				keep_file(l, d, words[i + 1]);
			i++;
		} else if (!l->cmd && !l->bad_cmd) {
			char *name = dequote(w);
			l->cmd = name ? opt_find_command(name) : NULL;
			l->bad_cmd = !l->cmd;
			free(name);
		} else {
			l->n_args++;
		}
	}
}

/* A file named on the line, else in the configuration file; malloc'd. */
static char *file_of(const char *on_line, const char *configured)
{
	return on_line ? dequote(on_line) : configured ? strdup(configured) : NULL;
}

/* Why there are no metrics or areas, for someone running --complete by
 * hand: the scripts send standard error away. */
static void say(const cinx_error *err)
{
	cli_say("cinx: ", err->message);
}

/* The data the command would open (never standard input), with the rates
 * when a population file is named, or NULL. */
static cinx_dataset *open_data(const line *l)
{
	cinx_dataset *ds = NULL;
	cinx_error err;
	cli_opts o;
	char *data, *population;

	memset(&o, 0, sizeof o);
	if (cli_config_apply(&o, l->cmd ? l->cmd->id : OPT_EXPLORER, &err)) {
		say(&err);
		memset(&o, 0, sizeof o); /* a bad file counts for nothing */
	}
	data = file_of(l->data, o.data);
	population = file_of(l->population, o.population);
	/* standard input is the user's, not the completion's */
	if (!(data && strcmp(data, "-") == 0) && cinx_data_open(data, &ds, &err)) {
		say(&err);
		ds = NULL;
	}
	/* a population file that fails adds no rates, and the rest completes */
	if (ds && population && cinx_rates_add_file(ds, population, &err))
		say(&err);
	free(data);
	free(population);
	return ds;
}

static void add_metrics(cands *c, const cinx_dataset *ds, const line *l)
{
	size_t n;
	const cinx_metric_alias *al = cinx_metric_aliases(&n);
	cinx_error err;

	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		add(c, cinx_dataset_indicator(ds, i)->name);
	for (size_t k = 0; k < n; k++)
		if (cinx_dataset_find_indicator(ds, al[k].alias, &err) >= 0)
			add(c, al[k].alias);
	if (l->cmd && (l->cmd->id == OPT_TABLE || l->cmd->id == OPT_TREND))
		add(c, "all");
}

/* Names, and codes once something is typed (else every name comes twice). */
static void add_areas(cands *c, const cinx_dataset *ds, bool regions_only)
{
	for (size_t i = 0; i < cinx_dataset_n_areas(ds); i++) {
		const cinx_area *a = cinx_dataset_area(ds, (int)i);
		if (regions_only && a->level != CINX_LEVEL_REGIONAL)
			continue;
		add(c, a->name);
		if (c->prefix_len) {
			add(c, a->code);
			add(c, a->old_code);
		}
	}
}

/* Periods as shown, and as the file writes them where that differs. */
static void add_years(cands *c, const cinx_dataset *ds)
{
	for (size_t i = 0; i < cinx_dataset_n_years(ds); i++) {
		add(c, cinx_dataset_period_label(ds, i));
		add(c, cinx_dataset_period_code(ds, i));
	}
}

/* COLUMN=VALUE for every filter and value. */
static void add_filters(cands *c, const cinx_dataset *ds)
{
	for (size_t f = 0; f < cinx_dataset_n_filters(ds); f++)
		for (size_t v = 0; v < cinx_dataset_filter_n_values(ds, f); v++) {
			const char *name = cinx_dataset_filter_name(ds, f), *value = cinx_dataset_filter_value(ds, f, v);
			size_t len = strlen(name) + strlen(value) + 2;
			char *w = malloc(len);
			if (!w)
				return;
			snprintf(w, len, "%s=%s", name, value);
			add_made(c, w);
		}
}

static void add_levels(cands *c, const cinx_dataset *ds)
{
	for (size_t i = 0; i < cinx_dataset_n_other_levels(ds); i++)
		add(c, cinx_dataset_other_level(ds, i));
}

static void add_options(cands *c, const line *l)
{
	static char names[2 * OPT_ID_COUNT][40];
	opt_cmd cmd = l->cmd ? l->cmd->id : OPT_EXPLORER;
	size_t k = 0;

	for (size_t i = 0; i < opt_n_defs; i++) {
		const opt_def *d = &opt_defs[i];
		if (!opt_applies(d, cmd) || (l->given[d->id] && d->id != OPT_PIN && d->id != OPT_FILTER))
			continue;
		snprintf(names[k], sizeof names[k], "--%s", d->name);
		add(c, names[k++]);
		if (d->alt) {
			snprintf(names[k], sizeof names[k], "--%s", d->alt);
			add(c, names[k++]);
		}
	}
}

/* An option's value: prints "files" and returns false for a file. */
static bool add_values(cands *c, const opt_def *d, const line *l, cinx_dataset **ds)
{
	if (d->type == OPT_T_PATH)
		return false;
	for (size_t i = 0; (d->type == OPT_T_ENUM || d->type == OPT_T_LEVEL) && d->words[i]; i++)
		add(c, d->words[i]);
	if (d->type != OPT_T_METRIC && d->type != OPT_T_AREA && d->type != OPT_T_REGION && d->type != OPT_T_YEAR &&
	    d->type != OPT_T_FILTER && d->type != OPT_T_LEVEL)
		return true;
	if (!(*ds = open_data(l)))
		return true;
	if (d->type == OPT_T_METRIC)
		add_metrics(c, *ds, l);
	else if (d->type == OPT_T_YEAR)
		add_years(c, *ds);
	else if (d->type == OPT_T_FILTER)
		add_filters(c, *ds);
	else if (d->type == OPT_T_LEVEL)
		add_levels(c, *ds);
	else
		add_areas(c, *ds, d->type == OPT_T_REGION);
	return true;
}

/* The candidates for cur; false when the shell should complete a file. */
static bool candidates(const line *l, const char *raw, cands *c, cinx_dataset **ds)
{
	const char *eq = strchr(raw, '=');

	if (l->value_of)
		return add_values(c, l->value_of, l, ds);
	if (!l->options_end && strncmp(raw, "--", 2) == 0 && eq) {
		const opt_def *d = option_named(raw);
		return d && d->type != OPT_T_FLAG ? add_values(c, d, l, ds) : true;
	}
	if (!l->options_end && (raw[0] == '-' || (l->cmd && l->n_args >= l->cmd->max_args && !raw[0]))) {
		add_options(c, l);
	} else if (!l->cmd && !l->bad_cmd) {
		for (int k = 1; k < OPT_CMD_COUNT; k++)
			add(c, opt_commands[k].name);
	} else if (l->cmd && l->n_args < l->cmd->max_args && (*ds = open_data(l))) {
		add_areas(c, *ds, false);
	}
	return true;
}

int cli_complete(int n, char **words, FILE *out)
{
	char *empty[] = {""};
	const char *raw = n ? words[n - 1] : "";
	const char *eq = strchr(raw, '=');
	cinx_dataset *ds = NULL;
	cands c = {0};
	char *cur;
	line l;

	if (!n) {
		words = empty;
		n = 1;
	}
	read_line(n, words, &l);
	/* --option=part is completed as part */
	cur = dequote(!l.value_of && !l.options_end && strncmp(raw, "--", 2) == 0 && eq ? eq + 1 : raw);
	c.prefix = cur ? cur : "";
	c.prefix_len = strlen(c.prefix);
	if (!candidates(&l, raw, &c, &ds)) {
		fputs("files\n", out);
	} else {
		fputs("words\n", out);
		if (c.n)
			qsort(c.v, c.n, sizeof *c.v, by_text);
		for (size_t i = 0; i < c.n; i++)
			if (i == 0 || strcmp(c.v[i], c.v[i - 1]) != 0)
				fprintf(out, "%s\n", c.v[i]);
	}
	free(c.v);
	for (size_t i = 0; i < c.n_owned; i++)
		free(c.owned[i]);
	free(c.owned);
	free(cur);
	cinx_dataset_free(ds);
	return 0;
}
