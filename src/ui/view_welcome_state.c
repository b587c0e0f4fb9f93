/* SPDX-License-Identifier: MIT */
/* The first-run screen: nothing has been downloaded, so the demo data is
 * open. Download the official data, open a file, or explore the demo. */
#include <config.h>

#include <stdio.h>

#include "state_prompt.h"
#include "view.h"

static ui_welcome *data(const ui_state *s)
{
	return ui_view_data(s, &ui_view_welcome);
}

const ui_welcome *ui_welcome_of(const ui_state *s)
{
	return data(s);
}

static void download(ui_state *s)
{
	data(s)->error[0] = '\0';
	if (!s->env.can_download) {
		ui_state_say(s, "This build cannot download: follow the steps shown, or open a file (f)");
		return;
	}
	s->request = UI_REQ_DOWNLOAD;
}

static void open_file(ui_state *s)
{
	data(s)->error[0] = '\0';
	ui_prompt_begin(s, UI_PROMPT_OPEN, "");
}

static void demo(ui_state *s)
{
	ui_view_show(s, &ui_view_areas);
	ui_state_say(s, "Exploring the demo data; 'cinx update' downloads the official data");
}

static void accept(ui_state *s)
{
	switch (data(s)->sel) {
	case 0: download(s); break;
	case 1: open_file(s); break;
	default: demo(s); break;
	}
}

static bool apply(ui_state *s, ui_action a)
{
	switch (a) {
	case UI_ACT_DOWNLOAD: download(s); return true;
	case UI_ACT_OPEN_FILE: open_file(s); return true;
	case UI_ACT_EXPLORE_DEMO: demo(s); return true;
	default: return false;
	}
}

static void move(ui_state *s, int delta)
{
	data(s)->sel = ui_view_clamp((long)data(s)->sel + delta, 3);
}

static size_t n_rows(const ui_state *s)
{
	(void)s;
	return 0;
}

/* The title, then the whole screen. */
static void layout(ui_layout *l, const ui_state *s, int spark_w, bool ascii)
{
	(void)s, (void)spark_w, (void)ascii;
	l->crumb_y = l->metric_y = l->slider_y = l->filter_y = -1;
	l->note_y = l->legend_y = -1;
	l->slider_x = l->slider_step = 0;
	l->table = (ui_rect){1, 0, l->h - l->status_h - 1, l->w};
}

static bool show_error(ui_state *s, const char *text)
{
	snprintf(data(s)->error, sizeof data(s)->error, "%s", text);
	return true;
}

static const char *const hints[] = {
	"1 download", "2 open a file", "3 explore the demo", "Enter choose", "? help", "q quit", NULL,
};

const ui_view_class ui_view_welcome = {
	.id = UI_VIEW_WELCOME,
	.word = "areas", /* the demo's table is behind it */
	.what = "the table",
	.help_title = "On the first-run screen",
	.mode = UI_MODE_WELCOME,
	.hints = hints,
	.data_size = sizeof(ui_welcome),
	.apply = apply,
	.move = move,
	.accept = accept,
	.focus = ui_view_focus_none,
	.n_rows = n_rows,
	.top = ui_view_top_none,
	.visible = ui_view_visible_none,
	.layout = layout,
	.note = ui_view_note_none,
	.report = ui_areas_report,
	.show_error = show_error,
};
