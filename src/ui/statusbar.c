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
		if (!footnote(s, area, buf, cap))
			snprintf(buf, cap, "%s was formed from others in %d; P shows their years in trends",
				 cinx_dataset_area(s->ds, area)->name,
				 cinx_dataset_area(s->ds, area)->predecessors[0].year);
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
	if (jump && o < cap)
		snprintf(buf + o, cap - o, "%s%s big change", o ? "  " : "", ui_glyph_str(UI_G_JUMP));
	return buf[0] != '\0';
}

/* As many hints as fit, most useful first. */
static void hints(const ui_state *s, const ui_layout *l)
{
	const char *const *items = s->view->hints;
	char buf[256];
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; items[i]; i++) {
		if (o + 2 + strlen(items[i]) > (size_t)l->w - 2)
			continue;
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", o ? "  " : "", items[i]);
	}
	ui_text(l->status_y, 1, l->w - 2, buf, UI_ROLE_DIM);
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

void ui_draw_statusbar(const ui_state *s, const ui_layout *l)
{
	char note[640], legend[640];
	bool has_note = note_text(s, note, sizeof note);
	bool has_legend = legend_text(s, l, legend, sizeof legend);

	if (l->note_y >= 0) {
		if (has_note)
			ui_text(l->note_y, 1, l->w - 2, note, UI_ROLE_NORMAL);
		if (has_legend)
			ui_text(l->legend_y, 1, l->w - 2, legend, UI_ROLE_NORMAL);
		if (s->view->marks_drill && (!has_legend || cinx_text_width(legend) + 44 < l->w))
			markers(l, l->legend_y);
	}
	if (s->message[0])
		ui_text(l->status_y, 1, l->w - 2, s->message, UI_ROLE_MESSAGE);
	else if (l->size == UI_SIZE_COMPACT && has_note)
		ui_text(l->status_y, 1, l->w - 2, note, UI_ROLE_NORMAL);
	else if (l->size == UI_SIZE_COMPACT && has_legend)
		ui_text(l->status_y, 1, l->w - 2, legend, UI_ROLE_NORMAL);
	else
		hints(s, l);
}
