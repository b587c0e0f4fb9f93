/* SPDX-License-Identifier: MIT */
/* The help overlay: every key, straight from the key table, then what the
 * symbols and markers mean. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/value.h"
#include "draw.h"
#include "wrap.h"

#define MAX_LINES 200
#define KEYS_W 18

typedef struct help_line {
	char keys[48];
	char text[128];
	ui_role role;
} help_line;

/* A view's keys are headed by its class's help title (NULL here). */
static const struct {
	ui_mode mode;
	const char *title;
} sections[] = {
	{UI_MODE_BROWSE, NULL},
	{UI_MODE_COMMON, "In the table and the other main views"},
	{UI_MODE_COMPARE, NULL},
	{UI_MODE_NOTABLE, NULL},
	{UI_MODE_SEARCH, "While searching"},
	{UI_MODE_METRICS, "In the indicator list"},
	{UI_MODE_PROMPT, "Typing a file name"},
	{UI_MODE_COMMAND, "With the command line shown"},
	{UI_MODE_FILTERS, "In the list of filters"},
	{UI_MODE_FILTER_VALUES, "In a filter's values"},
	{UI_MODE_WELCOME, NULL},
	{UI_MODE_CATALOGUE, NULL},
};

/* Keys for what the data set has: filters, other geographic levels. */
static bool applies(const cinx_dataset *ds, ui_mode mode, ui_action a)
{
	if (mode == UI_MODE_FILTERS || mode == UI_MODE_FILTER_VALUES || a == UI_ACT_FILTER)
		return cinx_dataset_n_filters(ds) > 0;
	if (a == UI_ACT_LEVEL_NEXT || a == UI_ACT_LEVEL_PREV)
		return cinx_dataset_n_other_levels(ds) > 0;
	return true;
}

/* The text column's width, where the help's lines wrap. */
static int wrap_w;

/* A line of help, its text wrapped to the text column (the keys on the
 * first line only). */
static int add(help_line *lines, int n, const char *keys, const char *text, ui_role role)
{
	ui_span spans[8];
	size_t k, parts = text[0] ? ui_wrap(text, wrap_w > 8 ? wrap_w : 8, spans, 8) : 0;

	for (k = 0; (k < parts && k < 8) || (k == 0 && !parts); k++, n++) {
		if (n >= MAX_LINES)
			return n;
		snprintf(lines[n].keys, sizeof lines[n].keys, "%s", k ? "" : keys);
		if (parts)
			snprintf(lines[n].text, sizeof lines[n].text, "%.*s", (int)spans[k].len, text + spans[k].start);
		else
			lines[n].text[0] = '\0';
		lines[n].role = role;
	}
	return n;
}

/* The help's lines for a layout l->w wide. */
static int build(const cinx_dataset *ds, help_line *lines, int width)
{
	size_t nb;
	const ui_binding *b = ui_keys_bindings(&nb);
	bool ascii = ui_draw_ascii();
	int n = 0;
	char keys[48], text[128];

	wrap_w = width;

	for (size_t sec = 0; sec < sizeof sections / sizeof sections[0]; sec++) {
		if (!applies(ds, sections[sec].mode, UI_ACT_NONE))
			continue;
		if (sec)
			n = add(lines, n, "", "", UI_ROLE_NORMAL);
		const char *title = sections[sec].title;
		n = add(lines, n, title ? title : ui_view_for_mode(sections[sec].mode)->help_title, "", UI_ROLE_HEADER);
		for (size_t i = 0; i < nb; i++) {
			size_t o = 0;
			if (b[i].mode != sections[sec].mode || !applies(ds, b[i].mode, b[i].action))
				continue;
			for (int k = 0; k < UI_KEYS_PER_BINDING && b[i].keys[k] && o < sizeof keys; k++) {
				if (k)
					o += (size_t)snprintf(keys + o, sizeof keys - o, " ");
				o += ui_key_label(b[i].keys[k], ascii, keys + o, sizeof keys - o);
			}
			n = add(lines, n, keys, b[i].help, UI_ROLE_NORMAL);
		}
	}
	n = add(lines, n, "", "", UI_ROLE_NORMAL);
	n = add(lines, n, "Symbols", "", UI_ROLE_HEADER);
	for (int k = CINX_SYM_C; k < CINX_NO_ROW; k++)
		n = add(lines, n, cinx_kind_symbol((cinx_kind)k), cinx_kind_meaning((cinx_kind)k), UI_ROLE_NORMAL);
	n = add(lines, n, "-", "no row for the area that year", UI_ROLE_NORMAL);
	n = add(lines, n, ui_glyph_str(UI_G_SELECT), "the selected row; [year] the selected year", UI_ROLE_NORMAL);
	n = add(lines, n, ui_glyph_str(UI_G_DRILL), "the area has areas below it (Enter opens them)", UI_ROLE_NORMAL);
	n = add(lines, n, ui_glyph_str(UI_G_PIN), "a pinned area: c compares the pinned areas", UI_ROLE_NORMAL);
	n = add(lines, n, ui_glyph_str(UI_G_HIGH), "above the upper fence: the upper quartile plus 1.5 times the "
		"interquartile range, over local authorities that year", UI_ROLE_NORMAL);
	n = add(lines, n, ui_glyph_str(UI_G_LOW), "below the lower fence: the lower quartile less 1.5 times it",
		UI_ROLE_NORMAL);
	n = add(lines, n, ui_glyph_str(UI_G_JUMP), "a change from the year before of 5 points or more "
		"(percentages), or of 25% or more (counts from 100, rates)", UI_ROLE_NORMAL);
	n = add(lines, n, ui_glyph_str(UI_G_DERIVED), "an indicator computed by cinx (rates from --population)",
		UI_ROLE_NORMAL);
	snprintf(text, sizeof text, "ranks among local authorities, 1 = highest value, e.g. 12/153");
	n = add(lines, n, "Rank", text, UI_ROLE_NORMAL);
	n = add(lines, n, "Band", "quartile among local authorities: A to D, A the better end, for indicators "
		"with a direction (re-referrals: lower is better); Q1 to Q4 by value (Q1 lowest) otherwise",
		UI_ROLE_NORMAL);
	n = add(lines, n, "Trend", "one mark per year; z scales them to each row's own range (own), one "
		"range for every row on screen (same) or from zero (zero), as the column's header says; the "
		"comparison has one scale for every row (from zero with zero); dimmed years are predecessors' "
		"combined figures (P)", UI_ROLE_NORMAL);
	n = add(lines, n, "Chart", "1 to 8 mark each pinned area's years; * where several meet; a gap is a "
		"year with a symbol or no row", UI_ROLE_NORMAL);
	n = add(lines, n, "Neighbours", "mean and median of the statistical neighbours' values (symbols left "
		"out) in the detail pane, with --neighbours", UI_ROLE_NORMAL);
	return n;
}

/* The box is as tall as the help, or the screen less a line above and below. */
static int box_height(const ui_layout *l, int n)
{
	return l->h - 2 < n + 2 ? l->h - 2 : n + 2;
}

static int box_width(const ui_layout *l)
{
	return l->w - 4 < 78 ? l->w - 4 : 78;
}

/* Inside the box's border and margins, after the keys. */
static int text_width(const ui_layout *l)
{
	return box_width(l) - 4 - KEYS_W;
}

int ui_help_room(const ui_state *s, const ui_layout *l, int *max_top)
{
	help_line lines[MAX_LINES];
	int n = build(s->ds, lines, text_width(l));
	int shown = box_height(l, n) - 2;

	*max_top = n - shown;
	return shown;
}

void ui_draw_help(const ui_state *s, const ui_layout *l)
{
	help_line lines[MAX_LINES];
	int n = build(s->ds, lines, text_width(l));
	int w = box_width(l);
	int h = box_height(l, n);
	ui_rect in = ui_box((ui_rect){(l->h - h) / 2, (l->w - w) / 2, h, w}, "Keys");
	char foot[96];

	for (int i = 0; i < in.h && s->help_top + i < n; i++) {
		const help_line *hl = &lines[s->help_top + i];
		if (hl->role == UI_ROLE_HEADER) {
			ui_text(in.y + i, in.x, in.w, hl->keys, UI_ROLE_HEADER);
			continue;
		}
		ui_text(in.y + i, in.x, KEYS_W, hl->keys, UI_ROLE_STRONG);
		ui_text(in.y + i, in.x + KEYS_W, in.w - KEYS_W, hl->text, hl->role);
	}
	if (n > in.h)
		snprintf(foot, sizeof foot, " %d-%d of %d  j k scroll  Esc close ", s->help_top + 1,
			 s->help_top + in.h, n);
	else
		snprintf(foot, sizeof foot, " Esc close ");
	ui_text(in.y + in.h, in.x, in.w, foot, UI_ROLE_BOX);
}
