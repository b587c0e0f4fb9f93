/* SPDX-License-Identifier: MIT */
/* The bottom lines: the footnote for the selected row, the legend of the
 * symbols on screen, and hints or a message. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/sparkline.h"
#include "cinx/text.h"
#include "draw.h"
#include "rowfmt.h"
#include "state_views.h"
#include "wrap.h"

/* The first footnote for the focused area, year and indicator. */
static bool footnote(const ui_state *s, int area, char *buf, size_t cap)
{
	const char *notes[8];
	size_t n;

	n = cinx_dataset_footnotes(s->ds, area, cinx_dataset_year(s->ds, s->year), (int)s->metric, notes, 8);
	if (!n)
		return false;
	if (n > 1)
		snprintf(buf, cap, "Note: %s (+%zu more in the detail pane)", notes[0], n - 1);
	else
		snprintf(buf, cap, "Note: %s", notes[0]);
	return true;
}

/* Whether area's trend shows years of its predecessors now. */
static bool shows_predecessors(const ui_state *s, int area)
{
	for (size_t y = 0; y < cinx_dataset_n_years(s->ds); y++)
		if (ui_state_predecessor_year(s, area, y) &&
		    ui_state_trend_value(s, area, y, s->metric).kind != CINX_NO_ROW)
			return true;
	return false;
}

static bool note_text(const ui_state *s, char *buf, size_t cap)
{
	int area = ui_state_focus_area(s);
	char lineage[384];

	if (s->view->note)
		return s->view->note(s, buf, cap);
	if (area < 0)
		return false;
	if (ui_lineage_note(s, area, lineage, sizeof lineage)) {
		if (shows_predecessors(s, area)) {
			snprintf(buf, cap, "Trend, dimmed: %s", lineage);
			return true;
		}
		const cinx_area *a = cinx_dataset_area(s->ds, area);
		if (footnote(s, area, buf, cap))
			return true;
		if (a->n_predecessors)
			snprintf(buf, cap, "%s was formed from others in %s; P shows their years in trends", a->name,
				 cinx_dataset_key_label(s->ds, a->predecessors[0].year));
		else
			snprintf(buf, cap, "%s was split in %s; P continues its trend with its successors combined",
				 a->name, cinx_dataset_key_label(s->ds, a->successors[0].year));
		return true;
	}
	return footnote(s, area, buf, cap);
}

/* The symbols and marks in the rows on screen, in values, changes and trends. */
static bool legend_text(const ui_state *s, const ui_layout *l, char *buf, size_t cap)
{
	bool seen[CINX_KIND_COUNT] = {false}, trend_gap = false, pinned = false, high = false, low = false,
	     jump = false;
	int rows[256];
	size_t n = s->view->visible(s, ui_layout_page(l), rows, 256), o = 0;
	char list[512];

	for (size_t i = 0; i < n; i++) {
		const char *vm, *cm;
		ui_cells c;
		ui_cells_fill(s, rows[i], s->metric, &c);
		seen[c.value.kind] = true;
		if (c.change.kind != CINX_NO_ROW)
			seen[c.change.kind] = true;
		trend_gap |= c.spark_symbol;
		pinned |= s->view->marks_pins && ui_state_pinned(s, rows[i]);
		ui_notable_marks(s, rows[i], &vm, &cm);
		high |= vm && vm == ui_glyph_str(UI_G_HIGH);
		low |= vm && vm == ui_glyph_str(UI_G_LOW);
		jump |= cm != NULL;
	}
	seen[CINX_NUM] = false;
	buf[0] = '\0';
	if (ui_legend(seen, ", ", list, sizeof list))
		o += (size_t)snprintf(buf, cap, "Symbols: %s.", list);
	if (trend_gap && o < cap)
		o += (size_t)snprintf(buf + o, cap - o, "%sIn trends %s marks a year with a symbol.", o ? "  " : "",
				      cinx_spark_glyph(CINX_SPARK_SYMBOL,
						       ui_draw_ascii() ? CINX_GLYPHS_ASCII : CINX_GLYPHS_UTF8));
	if (pinned && o < cap)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s pinned", o ? "  " : "", ui_glyph_str(UI_G_PIN));
	if (high && o < cap)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s above the upper fence", o ? "  " : "",
				      ui_glyph_str(UI_G_HIGH));
	if (low && o < cap)
		o += (size_t)snprintf(buf + o, cap - o, "%s%s below the lower fence", o ? "  " : "",
				      ui_glyph_str(UI_G_LOW));
	if ((high || low) && o < cap)
		o += (size_t)snprintf(buf + o, cap - o, "%s", s->fences_of != s->metric ? " (by rate per 10,000 children)"
			: cinx_dataset_indicator(s->ds, s->metric)->unit == CINX_UNIT_COUNT ? " (counts reflect size)" : "");
	if (jump && o < cap)
		snprintf(buf + o, cap - o, "%s%s big change", o ? "  " : "", ui_glyph_str(UI_G_JUMP));
	return buf[0] != '\0';
}

/* Whole hints packed into lines of w columns, most useful first; with
 * draw, the lines from y. Returns the lines they take. */
static int hints(const ui_state *s, int y, int w, int max_lines, bool draw)
{
	const char *const *items = s->view->hints;
	char buf[256];
	size_t o = 0;
	int line = 0;

	buf[0] = '\0';
	for (size_t i = 0; items[i]; i++) {
		if (o && o + 2 + strlen(items[i]) > (size_t)w) {
			if (draw && line < max_lines)
				ui_text(y + line, 1, w, buf, UI_ROLE_DIM);
			line++;
			o = 0;
		}
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", o ? "  " : "", items[i]);
	}
	if (draw && line < max_lines)
		ui_text(y + line, 1, w, buf, UI_ROLE_DIM);
	return line + 1;
}

/* text wrapped to w columns; with draw, its first max_lines lines from y
 * (the last of them ends in ... when there is more). Returns the lines it takes. */
static int wrapped(const char *text, int y, int w, int max_lines, ui_role role, bool draw)
{
	ui_span spans[16];
	size_t n = ui_wrap(text, w > 8 ? w : 8, spans, 16);
	char line[768];

	for (size_t i = 0; draw && i < n && i < 16 && (int)i < max_lines; i++) {
		bool last = (int)i + 1 == max_lines && i + 1 < n;
		size_t len = last ? strlen(text) - spans[i].start : spans[i].len;
		snprintf(line, sizeof line, "%.*s", (int)len, text + spans[i].start);
		ui_text(y + (int)i, 1, w, line, role);
	}
	return n ? (int)n : 1;
}

static void markers(const ui_layout *l, int y)
{
	char buf[96];
	int w;

	snprintf(buf, sizeof buf, "%s selected  %s has areas below", ui_glyph_str(UI_G_SELECT),
		 ui_glyph_str(UI_G_DRILL));
	w = cinx_text_width(buf);
	if (l->w > w + 40)
		ui_text(y, l->w - w - 1, w, buf, UI_ROLE_DIM);
}

/* The overlays that type on the status line own it. */
static bool status_taken(const ui_state *s)
{
	return s->overlay == UI_OVERLAY_SEARCH || s->overlay == UI_OVERLAY_PROMPT;
}

/* What the status line says: a message, or in the compact layout the note
 * or legend, or NULL for the hints. */
static const char *status_text(const ui_state *s, const ui_layout *l, const char *note, const char *legend)
{
	if (s->message[0])
		return s->message;
	if (l->size == UI_SIZE_COMPACT && note[0])
		return note;
	if (l->size == UI_SIZE_COMPACT && legend[0])
		return legend;
	return NULL;
}

#define MAX_NOTE_LINES 3
#define MAX_LEGEND_LINES 2
#define MAX_STATUS_LINES 3

static int at_most(int n, int max)
{
	return n < max ? n : max;
}

void ui_status_lines(const ui_state *s, const ui_layout *l, int *note_h, int *legend_h, int *status_h)
{
	char note[640] = "", legend[640] = "";
	const char *text;
	int w = l->w - 2;

	if (!note_text(s, note, sizeof note))
		note[0] = '\0';
	if (!legend_text(s, l, legend, sizeof legend))
		legend[0] = '\0';
	*note_h = note[0] ? at_most(wrapped(note, 0, w, 0, UI_ROLE_NORMAL, false), MAX_NOTE_LINES) : 1;
	*legend_h = legend[0] ? at_most(wrapped(legend, 0, w, 0, UI_ROLE_NORMAL, false), MAX_LEGEND_LINES) : 1;
	text = status_text(s, l, note, legend);
	if (status_taken(s))
		*status_h = 1;
	else if (text)
		*status_h = at_most(wrapped(text, 0, w, 0, UI_ROLE_NORMAL, false), MAX_STATUS_LINES);
	else
		*status_h = at_most(hints(s, 0, w, 0, false), MAX_STATUS_LINES);
}

void ui_draw_statusbar(const ui_state *s, const ui_layout *l)
{
	char note[640] = "", legend[640] = "";
	bool has_note = note_text(s, note, sizeof note);
	bool has_legend = legend_text(s, l, legend, sizeof legend);
	int w = l->w - 2, first = l->status_y - l->status_h + 1;
	const char *text;

	if (!has_note)
		note[0] = '\0';
	if (!has_legend)
		legend[0] = '\0';
	if (l->note_y >= 0) {
		int last = l->legend_y + l->legend_h - 1;
		if (has_note)
			wrapped(note, l->note_y, w, l->note_h, UI_ROLE_NORMAL, true);
		if (has_legend)
			wrapped(legend, l->legend_y, w, l->legend_h, UI_ROLE_NORMAL, true);
		/* beside a legend of one short line */
		if (s->view->marks_drill && (!has_legend || (l->legend_h == 1 && cinx_text_width(legend) + 44 < l->w)))
			markers(l, last);
	}
	if (status_taken(s))
		return;
	text = status_text(s, l, note, legend);
	if (text)
		wrapped(text, first, w, l->status_h, s->message[0] ? UI_ROLE_MESSAGE : UI_ROLE_NORMAL, true);
	else
		hints(s, first, w, l->status_h, true);
}
