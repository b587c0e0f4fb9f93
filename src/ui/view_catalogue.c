/* SPDX-License-Identifier: MIT */
/* The catalogue screen's painting: the publications a search found, or a
 * publication's data sets with their versions and whether a copy is cached;
 * a download's progress, or why the last request failed, below them. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/provenance.h"
#include "draw.h"
#include "wrap.h"

#define DAY_W 10     /* 2025-03-20 */
#define VERSION_W 7
#define CACHED_W 6

static void row(const ui_catalogue *c, int i, int y, int w)
{
	const cinx_catalogue_entry *e = c->sets ? &c->cat.sets[i] : &c->cat.pubs[i];
	bool sel = i == c->sel, cached = c->sets && c->cached && c->cached[i];
	int right = c->sets ? DAY_W + VERSION_W + CACHED_W + 6 : DAY_W + 2;
	int name_w = w - 3 - right;
	char when[64];

	if (sel) {
		ui_text(y, 0, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
		ui_fill(y, 2, name_w, UI_ROLE_SELECTED);
	}
	ui_text(y, 2, name_w, e->title, sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	ui_text(y, w - 1 - right + 2, DAY_W, cinx_stamp_day(e->published, when, sizeof when), UI_ROLE_NORMAL);
	if (!c->sets)
		return;
	ui_text(y, w - 1 - VERSION_W - CACHED_W - 2, VERSION_W, e->version, UI_ROLE_NORMAL);
	if (cached)
		ui_text(y, w - 1 - CACHED_W, CACHED_W, "cached", UI_ROLE_STRONG);
}

static void headings(const ui_catalogue *c, int y, int w)
{
	int right = c->sets ? DAY_W + VERSION_W + CACHED_W + 6 : DAY_W + 2;
	char what[64];

	snprintf(what, sizeof what, "%s (%zu)", c->sets ? "Data set" : "Publication", ui_catalogue_n_rows(c));
	ui_text(y, 2, w - 3 - right, what, UI_ROLE_HEADER);
	ui_text(y, w - 1 - right + 2, DAY_W, "Published", UI_ROLE_HEADER);
	if (c->sets)
		ui_text(y, w - 1 - VERSION_W - CACHED_W - 2, VERSION_W, "Version", UI_ROLE_HEADER);
}

/* Text wrapped from line y on; returns the line after it. */
static int para(int y, int bottom, int w, const char *text, ui_role role)
{
	ui_span spans[8];
	size_t n = ui_wrap(text, w - 4, spans, 8);
	char buf[UI_MESSAGE_MAX];

	for (size_t i = 0; i < n && i < 8 && y < bottom; i++, y++) {
		snprintf(buf, sizeof buf, "%.*s", (int)spans[i].len, text + spans[i].start);
		ui_text(y, 2, w - 4, buf, role);
	}
	return y;
}

void ui_draw_catalogue(const ui_state *s, const ui_layout *l)
{
	const ui_catalogue *c = ui_catalogue_of(s);
	int bottom = l->table.y + l->table.h, y = l->table.y + 1;
	size_t n = ui_catalogue_n_rows(c);

	if (c->searched)
		headings(c, l->table.y, l->w);
	for (int i = c->top; i < (int)n && y < bottom - (s->downloading || c->error[0] ? 2 : 0); i++, y++)
		row(c, i, y, l->w);
	if (c->searched && !n)
		y = para(y, bottom, l->w, c->sets ? "This publication has no data sets in the API yet."
						  : "No publication matches: / searches again.", UI_ROLE_DIM);
	if (!c->searched && !c->error[0])
		y = para(y, bottom, l->w, "Search the publications of explore education statistics: / and a few "
					  "words of a title, or just Enter for every one.", UI_ROLE_DIM);
	if (s->downloading && y + 1 < bottom)
		ui_draw_progress(s, y + 1, 2, l->w - 3);
	else if (c->error[0])
		para(y + 1 < bottom ? y + 1 : y, bottom, l->w, c->error, UI_ROLE_MESSAGE);
}

void ui_draw_catalogue_heading(const ui_state *s, const ui_layout *l)
{
	const ui_catalogue *c = ui_catalogue_of(s);
	char what[300], rule[300];

	if (c->sets) {
		snprintf(what, sizeof what, "%s", c->cat.pubs[c->pub].title);
		snprintf(rule, sizeof rule, "  %s its data sets in the EES catalogue", ui_glyph_str(UI_G_DOT));
	} else {
		snprintf(what, sizeof what, "EES catalogue");
		if (c->searched && c->search[0])
			snprintf(rule, sizeof rule, "  %s publications matching '%s'", ui_glyph_str(UI_G_DOT), c->search);
		else
			snprintf(rule, sizeof rule, "  %s %s", ui_glyph_str(UI_G_DOT),
				 c->searched ? "every publication" : "explore education statistics");
	}
	ui_draw_heading(l, what, rule);
}
