/* SPDX-License-Identifier: MIT */
/* Export, copy and the command line: each starts from the view's report
 * or from the state, so what is shared is what is on screen. */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cinx/compare.h"
#include "cinx/export.h"
#include "cinx/notable.h"
#include "cinx/provenance.h"
#include "cinx/paths.h"
#include "state_prompt.h"
#include "state_share.h"
#include "view.h"


/* The next filter after f whose value is not its Total, or -1. */
static int next_chosen(const cinx_dataset *ds, int f)
{
	for (f++; f < (int)cinx_dataset_n_filters(ds); f++)
		if (cinx_dataset_filter_total(ds, (size_t)f) != (int)cinx_dataset_filter_chosen(ds, (size_t)f))
			return f;
	return -1;
}

cinx_status ui_view_report(const ui_state *s, cinx_format f, const char **what, cinx_report **out, cinx_error *err)
{
	char choice[1024];

	cinx_query_opts vo;
	cinx_status st;

	cinx_query_opts_init(&vo);
	vo.format = f;
	vo.ascii = s->env.ascii;
	vo.year = cinx_dataset_year(s->ds, s->year);
	vo.metric = (int)s->metric;
	vo.neighbours = s->env.neighbours;
	if (what)
		*what = s->view->what;
	if (what && s->view->series)
		st = s->view->series(s, &vo, out, what, err);
	else
		st = s->view->report(s, &vo, out, err);
	/* as in print mode: demo data says so wherever the format has room,
	 * and the title which figures they are (the rows have a column per
	 * filter) */
	if (!st && cinx_dataset_is_demo(s->ds) && f != CINX_FORMAT_CSV && f != CINX_FORMAT_TSV)
		cinx_report_set_notice(*out, CINX_DEMO_LABEL);
	cinx_dataset_describe_choice(s->ds, choice, sizeof choice);
	if (!st && choice[0])
		cinx_report_append_title(*out, choice);
	return st;
}

/* ---- export -------------------------------------------------------------------- */

void ui_export_begin(ui_state *s)
{
	char stem[128], what[160], name[256];
	const char *demo = cinx_dataset_is_demo(s->ds) ? "demo-" : "";
	const char *metric = cinx_dataset_indicator(s->ds, s->metric)->name;
	const char *why = s->view->nothing_to_share ? s->view->nothing_to_share(s) : NULL;

	if (why) {
		ui_state_say(s, "Nothing to export: %s", why);
		return;
	}
	if (s->view->file_stem)
		s->view->file_stem(s, stem, sizeof stem);
	else
		snprintf(stem, sizeof stem, "%s", s->view->word);
	snprintf(what, sizeof what, "%s%s-%s", demo, stem, metric);
	/* the file's time_period ("202425"), never a key; C1's is the year */
	cinx_export_default_name(what, atoi(cinx_dataset_period_code(s->ds, s->year)), CINX_FORMAT_CSV, name,
				 sizeof name);
	ui_prompt_begin(s, UI_PROMPT_EXPORT, name);
}

static size_t count_lines(const char *text)
{
	size_t n = 0;

	for (const char *p = text; *p; p++)
		n += *p == '\n';
	return n;
}

void ui_export_write(ui_state *s)
{
	char path[UI_PATH_MAX], full[PATH_MAX];
	cinx_report *r = NULL;
	const char *what;
	struct stat st;
	cinx_format f;
	cinx_error err;

	/* without HOME, "~" stays as typed and the file is not found */
	cinx_expand_home(s->prompt.text, path, sizeof path);
	if (!cinx_export_format_for(path, &f)) {
		ui_state_say(s, "Name the file .csv, .json, .md, .tsv or .txt: the extension picks the format");
		return;
	}
	if (stat(path, &st) == 0 && strcmp(s->prompt.confirm, s->prompt.text) != 0) {
		snprintf(s->prompt.confirm, sizeof s->prompt.confirm, "%s", s->prompt.text);
		ui_state_say(s, "%s exists: Enter again replaces it", s->prompt.text);
		return;
	}
	if (ui_view_report(s, f, &what, &r, &err) || cinx_export_write(r, f, (s->env.ascii ? CINX_REPORT_ASCII : 0) | (s->env.raw ? CINX_REPORT_RAW : 0), path, &err)) {
		cinx_report_free(r);
		ui_state_say(s, "Not saved: %s", err.message);
		return;
	}
	s->overlay = UI_OVERLAY_NONE;
	ui_state_say(s, "Saved %s (%zu rows, %s) to %s%s", what, cinx_report_n_rows(r), cinx_format_name(f),
		     realpath(path, full) ? full : path,
		     cinx_dataset_is_demo(s->ds) ? "; demo data, not official statistics" : "");
	cinx_report_free(r);
}

/* ---- copy --------------------------------------------------------------------- */

static void clip(ui_state *s, char *text, const char *what)
{
	free(s->clip);
	s->clip = text;
	s->request = UI_REQ_CLIPBOARD;
	ui_state_say(s, "Copied %s as text (%zu lines) via OSC 52, if the terminal allows it",
		     what, count_lines(text) + (text[0] && text[strlen(text) - 1] != '\n'));
}

void ui_copy(ui_state *s)
{
	cinx_report *r = NULL;
	cinx_error err;
	char *text;

	if (s->overlay == UI_OVERLAY_COMMAND) {
		if (s->command && (text = strdup(s->command)))
			clip(s, text, "the command line");
		return;
	}
	if (ui_view_report(s, CINX_FORMAT_TEXT, NULL, &r, &err)) {
		ui_state_say(s, "Nothing copied: %s", err.message);
		return;
	}
	text = cinx_report_to_string(r, CINX_FORMAT_TEXT, s->env.ascii ? CINX_REPORT_ASCII : 0, NULL);
	cinx_report_free(r);
	if (!text) {
		ui_state_say(s, "Nothing copied: out of memory");
		return;
	}
	clip(s, text, s->view->what);
}

/* ---- the command line ---------------------------------------------------------------- */

/* " --name value" at the end of a string of length *len, the value quoted
 * for the shell where it needs it. */
static void append(char **buf, size_t *len, const char *name, const char *value)
{
	size_t quoted = cinx_shell_quote(value, NULL, 0);
	size_t need = *len + strlen(name) + quoted + 3;
	char *bigger = *buf ? realloc(*buf, need) : NULL;

	if (!bigger) {
		free(*buf);
		*buf = NULL;
		return;
	}
	*buf = bigger;
	*len += (size_t)snprintf(*buf + *len, need - *len, " %s ", name);
	*len += cinx_shell_quote(value, *buf + *len, need - *len);
}

/* Whether the selected period is a plain year, named by its key (C1's). */
static bool plain_year(const ui_state *s)
{
	char plain[16];

	snprintf(plain, sizeof plain, "%d", cinx_dataset_year(s->ds, s->year));
	return strcmp(plain, cinx_dataset_period_label(s->ds, s->year)) == 0;
}

/* --year for a period that is not a plain year (the library's line names
 * those), then --filter COLUMN=VALUE for every filter away from its Total. */
static void append_choice(const ui_state *s, char **buf, size_t *len)
{
	char choice[1024];

	if (*buf && !plain_year(s))
		append(buf, len, "--year", cinx_dataset_period_label(s->ds, s->year));
	for (int f = next_chosen(s->ds, -1); *buf && f >= 0; f = next_chosen(s->ds, f)) {
		snprintf(choice, sizeof choice, "%s=%s", cinx_dataset_filter_name(s->ds, (size_t)f),
			 cinx_dataset_filter_value(s->ds, (size_t)f, cinx_dataset_filter_chosen(s->ds, (size_t)f)));
		append(buf, len, "--filter", choice);
	}
}

char *ui_command_line(const ui_state *s)
{
	const char *pins[UI_MAX_PINS];
	cinx_query_state v = {0};
	int sel = ui_state_selected_area(s);
	const ui_areas *t = ui_areas_of(s);
	const cinx_provenance *p = cinx_dataset_provenance(s->ds);
	const char *dataset = p && p->dataset_id[0] ? p->dataset_id : NULL;
	size_t len;
	char *buf;

	v.data = s->data_path[0] && !dataset ? s->data_path : NULL;
	v.population = s->env.population;
	v.neighbours = s->env.neighbours_path;
	if (t->league)
		v.level = t->league_level < 0 ? "la" : cinx_dataset_other_level(s->ds, (size_t)t->league_level);
	if ((t->league || t->depth > 1) && t->league_level < 0 && ui_areas_level(s) >= 0)
		v.region = cinx_dataset_area(s->ds, ui_areas_level(s))->code;
	v.metric = cinx_dataset_indicator(s->ds, s->metric)->name;
	if (plain_year(s))
		v.year = cinx_dataset_year(s->ds, s->year);
	for (size_t i = 0; i < s->n_pins; i++)
		pins[i] = cinx_dataset_area(s->ds, s->pins[i])->code;
	v.pins = pins;
	v.n_pins = s->n_pins;
	v.with_predecessors = s->predecessors;
	v.ascii = s->env.ascii_opt;
	if (s->sort != UI_SORT_STANDARD || s->descending)
		v.sort = s->descending ? "desc" : "asc";
	len = cinx_command_line(&v, NULL, 0);
	if (!(buf = malloc(len + 1)))
		return NULL;
	cinx_command_line(&v, buf, len + 1);
	/* what the library's command line has no words for */
	if (dataset)
		append(&buf, &len, "--dataset", dataset);
	append_choice(s, &buf, &len);
	if (buf && v.sort)
		append(&buf, &len, "--sort-by", ui_sort_word(s->sort));
	if (buf && t->league && t->league_level < 0 && ui_la_type_word(t->la_type))
		append(&buf, &len, "--la-type", ui_la_type_word(t->la_type));
	/* the drill-down's first row is its level, which --region opens on */
	if (buf && sel >= 0 && (t->sel > 0 || t->league))
		append(&buf, &len, "--area", cinx_dataset_area(s->ds, sel)->code);
	if (buf)
		append(&buf, &len, "--view", s->view->word);
	return buf;
}

void ui_command_show(ui_state *s)
{
	free(s->command);
	if (!(s->command = ui_command_line(s))) {
		ui_state_say(s, "Out of memory");
		return;
	}
	s->overlay = UI_OVERLAY_COMMAND;
}
