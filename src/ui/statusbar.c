/* The bottom lines: the footnote for the selected row, the legend of the
 * symbols on screen, and hints or a message. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/sparkline.h"
#include "cinx/text.h"
#include "draw.h"
#include "rowfmt.h"

/* The first footnote for the selected area, year and indicator. */
static bool note_text(const ui_state *s, char *buf, size_t cap)
{
	const char *notes[8];
	int area = ui_state_selected_area(s);
	size_t n;

	if (area < 0)
		return false;
	n = cinx_dataset_footnotes(s->ds, area, cinx_dataset_year(s->ds, s->year), (int)s->metric, notes, 8);
	if (!n)
		return false;
	if (n > 1)
		snprintf(buf, cap, "Note: %s (+%zu more in the detail pane)", notes[0], n - 1);
	else
		snprintf(buf, cap, "Note: %s", notes[0]);
	return true;
}

/* The symbols in the rows on screen, in values, changes and trends. */
static bool legend_text(const ui_state *s, const ui_layout *l, char *buf, size_t cap)
{
	bool seen[CINX_KIND_COUNT] = {false}, trend_gap = false;
	int top = s->path[s->depth - 1].top, page = ui_layout_page(l);
	char list[512];
	size_t o = 0;

	for (int i = top; i < (int)s->n_rows && i < top + page; i++) {
		ui_cells c;
		ui_cells_fill(s->ds, s->rows[i], s->year, s->metric, &c);
		seen[c.value.kind] = true;
		if (c.change.kind != CINX_NO_ROW)
			seen[c.change.kind] = true;
		trend_gap |= c.spark_symbol;
	}
	seen[CINX_NUM] = false;
	buf[0] = '\0';
	if (ui_legend(seen, ", ", list, sizeof list))
		o += (size_t)snprintf(buf, cap, "Symbols: %s.", list);
	if (trend_gap && o < cap)
		snprintf(buf + o, cap - o, "%sIn trends %s marks a year with a symbol.", o ? "  " : "",
			 cinx_spark_glyph(CINX_SPARK_SYMBOL, ui_draw_ascii() ? CINX_GLYPHS_ASCII : CINX_GLYPHS_UTF8));
	return buf[0] != '\0';
}

/* As many hints as fit, most useful first. */
static void hints(const ui_layout *l)
{
	static const char *const items[] = {
		"Enter open", "BS back", "[ ] year", "m indicator", "s sort", "/ search", "? help", "q quit",
		"Tab detail", "p play",
	};
	char buf[256];
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof items / sizeof items[0]; i++) {
		if (o + 2 + strlen(items[i]) > (size_t)l->w - 2)
			continue;
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? "  " : "", items[i]);
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

	if (l->size == UI_SIZE_FULL) {
		if (has_note)
			ui_text(l->note_y, 1, l->w - 2, note, UI_ROLE_NORMAL);
		if (has_legend)
			ui_text(l->legend_y, 1, l->w - 2, legend, UI_ROLE_NORMAL);
		if (!has_legend || cinx_text_width(legend) + 44 < l->w)
			markers(l, l->legend_y);
	}
	if (s->message[0])
		ui_text(l->status_y, 1, l->w - 2, s->message, UI_ROLE_MESSAGE);
	else if (l->size == UI_SIZE_COMPACT && has_note)
		ui_text(l->status_y, 1, l->w - 2, note, UI_ROLE_NORMAL);
	else if (l->size == UI_SIZE_COMPACT && has_legend)
		ui_text(l->status_y, 1, l->w - 2, legend, UI_ROLE_NORMAL);
	else
		hints(l);
}
