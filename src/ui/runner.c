/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cinx/cache.h"
#include "cinx/catalogue.h"
#include "cinx/export.h"
#include "cinx/provenance.h"
#include "cinx/rates.h"
#include "cinx/update.h"
#include "cinx/paths.h"
#include "curses_wide.h"
#include "frame.h"
#include "runner.h"
#include "state_filter.h"
#include "term.h"
#include "view.h"

static const explorer_launch *opts;
static bool on_terminal;
static cinx_dataset *opened; /* the data on screen, when opened here */
static cinx_dataset *shown;  /* the data on screen, whoever opened it */

void ui_runner_setup(const explorer_launch *o, bool terminal, cinx_dataset *ds)
{
	opts = o;
	on_terminal = terminal;
	shown = ds;
}

void ui_runner_finish(void)
{
	cinx_dataset_free(opened);
	opened = shown = NULL;
}

/* Adds the rates, then shows ds instead of the data on screen (which is
 * freed when it was opened here: nothing refers to it any more). */
static bool switch_to(ui_state *s, cinx_dataset *ds, cinx_error *err)
{
	if ((opts->population && cinx_rates_add_file(ds, opts->population, err)) || ui_state_set_dataset(s, ds, err)) {
		cinx_dataset_free(ds);
		return false;
	}
	cinx_dataset_free(opened);
	opened = shown = ds;
	return true;
}

/* A failure shows in the view when it has room (the first-run screen),
 * else on the status line. */
static void failed(ui_state *s, const char *what, const cinx_error *err)
{
	char text[UI_MESSAGE_MAX];

	snprintf(text, sizeof text, "%s: %s", what, err->message);
	if (!s->view->show_error || !s->view->show_error(s, text))
		ui_state_say(s, "%s", text);
}

static void say_opened(ui_state *s, const char *what)
{
	const cinx_dataset *ds = s->ds;

	ui_state_say(s, "%s: %zu rows, %s to %s%s", what, cinx_dataset_n_rows(ds), cinx_dataset_period_label(ds, 0),
		     cinx_dataset_period_label(ds, cinx_dataset_n_years(ds) - 1),
		     cinx_dataset_n_warnings(ds) ? " (with warnings: 'cinx info' lists them)" : "");
}

/* ---- loading ---------------------------------------------------------------------- */

/* A load that takes more than half a second says how far it has got on
 * the status line: a file opened here, or the copy just downloaded. */
#define LOAD_QUIET_S 0.5

typedef struct loading {
	ui_state *s;
	const char *what;
	struct timespec start;
	bool shown;
} loading;

static void load_progress(void *ctx, unsigned long long done, unsigned long long total)
{
	loading *l = ctx;
	struct timespec now;
	ui_layout lay;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!l->shown &&
	    (double)(now.tv_sec - l->start.tv_sec) + (double)(now.tv_nsec - l->start.tv_nsec) / 1e9 < LOAD_QUIET_S)
		return;
	l->shown = true;
	if (total)
		ui_state_say(l->s, "Loading %s: %llu%% of %.1f MB", l->what, done * 100 / total, (double)total / 1e6);
	else
		ui_state_say(l->s, "Loading %s: %.1f MB", l->what, (double)done / 1e6);
	ui_frame(l->s, &lay, l->s->env.ascii);
}

/* The file at path, else the cached copy of data set id, else the cached
 * C1, opened with its progress on screen. */
static cinx_status open_watched(ui_state *s, const char *path, const char *id, cinx_dataset **ds, cinx_error *err)
{
	loading l = {.s = s, .what = path ? path : id ? id : "the downloaded copy"};
	cinx_status st;

	clock_gettime(CLOCK_MONOTONIC, &l.start);
	cinx_data_watch(load_progress, &l);
	st = path ? cinx_data_open_file(path, CINX_ORIGIN_FILE, ds, err)
	     : id ? cinx_data_open_dataset(id, ds, err) : cinx_data_open_cache(ds, err);
	cinx_data_watch(NULL, NULL);
	if (l.shown) /* what comes next says how it went */
		s->message[0] = '\0';
	return st;
}

/* ---- downloading ------------------------------------------------------------- */

/* Esc, q or Ctrl-C while downloading cancels it. */
static bool cancel_pressed(void)
{
	wint_t ch;
	int r;

	timeout(0);
	while ((r = get_wch(&ch)) != ERR)
		if (r == OK && (ch == 27 || ch == 'q' || ch == 3))
			return true;
	return false;
}

static bool progress(void *ctx, unsigned long long done, unsigned long long total)
{
	ui_state *s = ctx;
	ui_layout l;

	s->progress_done = done;
	s->progress_total = total;
	ui_frame(s, &l, s->env.ascii);
	return !(on_terminal && (ui_term_signal() || cancel_pressed()));
}

/* cinx update (id: another data set than C1) with the progress on screen;
 * false when it failed, which the view then shows. */
static bool update(ui_state *s, const char *id, cinx_update_result *res)
{
	cinx_update_opts uo = {.api_base = opts->api_base, .dataset_id = id, .progress = progress, .progress_ctx = s};
	cinx_error err;
	ui_layout l;
	bool ok;

	s->downloading = true;
	s->progress_done = s->progress_total = 0;
	ui_frame(s, &l, s->env.ascii);
	ok = cinx_update(&uo, res, &err) == CINX_OK;
	s->downloading = false;
	if (!ok)
		failed(s, "Download failed", &err);
	return ok;
}

static void download(ui_state *s)
{
	cinx_update_result res;
	cinx_dataset *ds = NULL;
	cinx_error err;
	char what[256];

	if (!update(s, NULL, &res))
		return;
	if (open_watched(s, NULL, NULL, &ds, &err) || !switch_to(s, ds, &err)) {
		failed(s, "The downloaded copy did not open", &err);
		return;
	}
	s->data_path[0] = '\0';
	snprintf(what, sizeof what, "Downloaded the official data%s%s", res.prov.version[0] ? " v" : "",
		 res.prov.version);
	say_opened(s, what);
}

/* ---- the catalogue ------------------------------------------------------------ */

/* Which of the data sets listed have a copy in the cache. */
static void mark_cached(ui_catalogue *c)
{
	free(c->cached);
	if (!(c->cached = calloc(c->cat.n_sets ? c->cat.n_sets : 1, sizeof *c->cached)))
		return;
	for (size_t i = 0; i < c->cat.n_sets; i++) {
		cinx_cache one;
		c->cached[i] = (cinx_cache_locate_dataset(&one, c->cat.sets[i].id, false, NULL) == CINX_OK &&
				cinx_cache_has_data(&one)) ||
			       (cinx_cache_locate_dataset(&one, c->cat.sets[i].id, true, NULL) == CINX_OK &&
				cinx_cache_has_data(&one));
	}
}

/* The frame while the API is asked: what is being asked. */
static void asking(ui_state *s, const char *what)
{
	ui_layout l;

	ui_state_say(s, "%s", what);
	ui_frame(s, &l, s->env.ascii);
	s->message[0] = '\0';
}

static void catalogue_search(ui_state *s)
{
	ui_catalogue *c = ui_catalogue_of(s);
	cinx_error err;

	asking(s, "Asking the EES catalogue...");
	cinx_catalogue_free(&c->cat);
	c->searched = c->sets = false;
	c->sel = c->top = 0;
	if (cinx_catalogue_search(opts->api_base, c->search, false, &c->cat, &err)) {
		failed(s, "The catalogue did not answer", &err);
		return;
	}
	c->searched = true;
}

static void catalogue_sets(ui_state *s)
{
	ui_catalogue *c = ui_catalogue_of(s);
	cinx_error err;

	asking(s, "Asking the EES catalogue for the publication's data sets...");
	if (cinx_catalogue_data_sets(opts->api_base, &c->cat, c->pub, &err)) {
		failed(s, "The catalogue did not answer", &err);
		return;
	}
	mark_cached(c);
	c->sets = true;
	c->sel = c->top = 0;
}

/* The selected data set: its cached copy, downloaded first when there is
 * none or the latest version was asked for; then it is on screen. */
static void open_dataset(ui_state *s)
{
	ui_catalogue *c = ui_catalogue_of(s);
	const cinx_catalogue_entry *e = &c->cat.sets[c->sel];
	cinx_update_result res = {0};
	cinx_dataset *ds = NULL;
	cinx_error err;
	char what[400];

	if ((c->fresh || !c->cached || !c->cached[c->sel]) && !update(s, e->id, &res))
		return;
	if (c->cached)
		c->cached[c->sel] = true;
	if (open_watched(s, NULL, e->id, &ds, &err) || !switch_to(s, ds, &err)) {
		failed(s, "The data set did not open", &err);
		return;
	}
	s->data_path[0] = '\0'; /* the command line says --dataset */
	snprintf(what, sizeof what, "%s %s", res.downloaded ? "Downloaded" : "Opened", e->title);
	say_opened(s, what);
}

/* ---- opening a file ----------------------------------------------------------- */

static void open_file(ui_state *s)
{
	char path[UI_PATH_MAX], what[UI_PATH_MAX + 16];
	cinx_dataset *ds = NULL;
	cinx_error err;

	/* without HOME, "~" stays as typed and the file is not found */
	cinx_expand_home(s->prompt.text, path, sizeof path);
	if (open_watched(s, path, NULL, &ds, &err) || !switch_to(s, ds, &err)) {
		failed(s, "Not opened", &err);
		return;
	}
	snprintf(s->data_path, sizeof s->data_path, "%s", path);
	snprintf(what, sizeof what, "Opened %s", path);
	say_opened(s, what);
}

/* ---- another value of a filter ----------------------------------------------------- */

/* The figures of s->filter.choice, with the rates per 10,000 children again
 * when every filter is at its Total (the population is of all children). */
static void choose(ui_state *s)
{
	size_t f = (size_t)s->filter.filter;
	bool rates, kept;
	char metric[256], what[512];
	cinx_error err;

	snprintf(metric, sizeof metric, "%s", cinx_dataset_indicator(s->ds, s->metric)->name);
	if (cinx_dataset_choose(shown, s->filter.choice, &err)) {
		ui_state_refigured(s, metric);
		failed(s, "Not changed", &err);
		return;
	}
	rates = opts->population && cinx_dataset_at_totals(shown);
	if (rates && cinx_rates_add_file(shown, opts->population, &err)) {
		ui_state_refigured(s, metric);
		failed(s, "Rates not added", &err);
		return;
	}
	kept = ui_state_refigured(s, metric);
	ui_filter_describe(shown, f, what, sizeof what);
	if (!kept)
		ui_state_say(s, "Showing %s: %s is of the totals only (every filter at Total); showing %s", what,
			     metric, cinx_dataset_indicator(s->ds, s->metric)->name);
	else if (opts->population && !rates)
		ui_state_say(s, "Showing %s: rates per 10,000 children are of the totals only", what);
	else
		ui_state_say(s, "Showing %s", what);
}

/* ---- the clipboard ---------------------------------------------------------------- */

/* GNU screen passes a sequence on to the terminal outside it in DCS
 * strings, which it takes only so long: the sequence goes in pieces.
 * (tmux takes OSC 52 itself, as it is, and forwards it when set-clipboard
 * is on: wrapping it for tmux's passthrough only loses it.) */
#define SCREEN_PIECE 76

static char *screen_wrap(const char *seq)
{
	size_t n = strlen(seq), o = 0;
	char *out = malloc(n + (n / SCREEN_PIECE + 1) * 4 + 1);

	if (!out)
		return NULL;
	for (size_t at = 0; at < n; at += SCREEN_PIECE) {
		size_t len = n - at < SCREEN_PIECE ? n - at : SCREEN_PIECE;
		o += (size_t)sprintf(out + o, "\033P%.*s\033\\", (int)len, seq + at);
	}
	out[o] = '\0';
	return out;
}

/* Inside tmux (which sets TMUX) the sequence goes as it is; inside screen
 * (STY, and TERM screen...) in screen's pieces. */
static bool in_screen(void)
{
	const char *sty = getenv("STY"), *tmux = getenv("TMUX");

	return sty && sty[0] && !(tmux && tmux[0]);
}

static void clipboard(ui_state *s)
{
	char *seq = cinx_osc52(s->clip, strlen(s->clip)), *wrapped = NULL;
	const char *tmux = getenv("TMUX");
	size_t len = strlen(s->message);

	if (seq && on_terminal && in_screen())
		wrapped = screen_wrap(seq);
	if (seq && on_terminal && tmux && tmux[0])
		snprintf(s->message + len, sizeof s->message - len, "; tmux passes it on with set-clipboard on");
	if (seq && on_terminal) {
		const char *out = wrapped ? wrapped : seq;
		fflush(stdout);
		if (write(STDOUT_FILENO, out, strlen(out)) < 0)
			ui_state_say(s, "Nothing copied: the terminal could not be written to");
	}
	free(wrapped);
	free(seq);
	free(s->clip);
	s->clip = NULL;
}

void ui_runner_handle(ui_state *s)
{
	ui_request r = s->request;

	s->request = UI_REQ_NONE;
	switch (r) {
	case UI_REQ_DOWNLOAD: download(s); break;
	case UI_REQ_OPEN_FILE: open_file(s); break;
	case UI_REQ_CLIPBOARD: clipboard(s); break;
	case UI_REQ_CHOOSE: choose(s); break;
	case UI_REQ_CATALOGUE_SEARCH: catalogue_search(s); break;
	case UI_REQ_CATALOGUE_SETS: catalogue_sets(s); break;
	case UI_REQ_OPEN_DATASET: open_dataset(s); break;
	case UI_REQ_NONE: break;
	}
}
