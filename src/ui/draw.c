/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/sparkline.h"
#include "cinx/text.h"
#include "draw.h"

static bool ascii_mode;
static attr_t attrs[UI_ROLE_COUNT];

static const char *const glyphs_utf8[UI_G_COUNT] = {
	[UI_G_SELECT] = "\xE2\x96\xB6", [UI_G_DRILL] = "\xE2\x80\xBA",
	[UI_G_HLINE] = "\xE2\x94\x80", [UI_G_VLINE] = "\xE2\x94\x82",
	[UI_G_TL] = "\xE2\x94\x8C", [UI_G_TR] = "\xE2\x94\x90",
	[UI_G_BL] = "\xE2\x94\x94", [UI_G_BR] = "\xE2\x94\x98",
	[UI_G_PREV] = "\xE2\x97\x80", [UI_G_NEXT] = "\xE2\x96\xB6",
	[UI_G_UP] = "\xE2\x86\x91", [UI_G_DOWN] = "\xE2\x86\x93",
	[UI_G_PLAY] = "\xE2\x96\xB6", [UI_G_DOT] = "\xC2\xB7", [UI_G_BULLET] = "\xE2\x80\xA2",
	[UI_G_PIN] = "\xE2\x97\x8F", [UI_G_DERIVED] = "\xE2\x80\xA0",
	[UI_G_HIGH] = "\xE2\x96\xB2", [UI_G_LOW] = "\xE2\x96\xBC", [UI_G_JUMP] = "!",
};
static const char *const glyphs_ascii[UI_G_COUNT] = {
	[UI_G_SELECT] = ">", [UI_G_DRILL] = "+", /* as in tree views: has areas below */
	[UI_G_HLINE] = "-", [UI_G_VLINE] = "|",
	[UI_G_TL] = "+", [UI_G_TR] = "+", [UI_G_BL] = "+", [UI_G_BR] = "+",
	[UI_G_PREV] = "<", [UI_G_NEXT] = ">",
	[UI_G_UP] = "^", [UI_G_DOWN] = "v",
	/* one meaning each: "+" has areas below (and box corners), "*" where
	 * series meet in a chart, the sparklines' levels are their own */
	[UI_G_PLAY] = ">", [UI_G_DOT] = "|", [UI_G_BULLET] = "-",
	[UI_G_PIN] = "@", [UI_G_DERIVED] = "~", [UI_G_HIGH] = "^", [UI_G_LOW] = "v", [UI_G_JUMP] = "!",
};

enum { PAIR_TITLE = 1, PAIR_HEADER, PAIR_SYMBOL, PAIR_MESSAGE, PAIR_BOX, PAIR_SERIES };

static attr_t series_attrs[8];

void ui_draw_setup(bool ascii, bool colour)
{
	ascii_mode = ascii;
	/* without colour, attributes alone; with it, meaning still never rests
	 * on colour: markers and letters carry it */
	attrs[UI_ROLE_NORMAL] = A_NORMAL;
	attrs[UI_ROLE_TITLE] = A_REVERSE;
	attrs[UI_ROLE_HEADER] = A_BOLD;
	attrs[UI_ROLE_STRONG] = A_BOLD;
	attrs[UI_ROLE_SELECTED] = A_REVERSE | A_BOLD;
	attrs[UI_ROLE_MARK] = A_REVERSE;
	attrs[UI_ROLE_SYMBOL] = A_BOLD;
	attrs[UI_ROLE_DIM] = A_DIM;
	attrs[UI_ROLE_MESSAGE] = A_BOLD;
	attrs[UI_ROLE_BOX] = A_NORMAL;
	if (colour && has_colors() && start_color() == OK) {
		use_default_colors();
		init_pair(PAIR_TITLE, COLOR_BLACK, COLOR_CYAN);
		init_pair(PAIR_HEADER, COLOR_CYAN, -1);
		init_pair(PAIR_SYMBOL, COLOR_YELLOW, -1);
		init_pair(PAIR_MESSAGE, COLOR_GREEN, -1);
		init_pair(PAIR_BOX, COLOR_CYAN, -1);
		attrs[UI_ROLE_TITLE] = COLOR_PAIR(PAIR_TITLE);
		attrs[UI_ROLE_HEADER] = A_BOLD | COLOR_PAIR(PAIR_HEADER);
		attrs[UI_ROLE_SYMBOL] = A_BOLD | COLOR_PAIR(PAIR_SYMBOL);
		attrs[UI_ROLE_MESSAGE] = A_BOLD | COLOR_PAIR(PAIR_MESSAGE);
		attrs[UI_ROLE_BOX] = COLOR_PAIR(PAIR_BOX);
		/* chart series: a colour each as well as their markers */
		static const short series_colours[8] = {COLOR_CYAN, COLOR_YELLOW, COLOR_MAGENTA, COLOR_GREEN,
							COLOR_RED, COLOR_BLUE, COLOR_WHITE, COLOR_CYAN};
		for (int k = 0; k < 8; k++) {
			init_pair((short)(PAIR_SERIES + k), series_colours[k], -1);
			series_attrs[k] = COLOR_PAIR(PAIR_SERIES + k) | (k == 7 ? A_BOLD : A_NORMAL);
		}
	} else {
		for (int k = 0; k < 8; k++)
			series_attrs[k] = A_NORMAL;
	}
}

attr_t ui_series_attr(int k)
{
	return k >= 0 && k < 8 ? series_attrs[k] : A_NORMAL;
}

bool ui_draw_ascii(void)
{
	return ascii_mode;
}

const char *ui_glyph_str(ui_glyph g)
{
	return ascii_mode ? glyphs_ascii[g] : glyphs_utf8[g];
}


/* Plain ASCII: each non-ASCII character becomes '?'. */
static void to_ascii(const char *s, char *out, size_t cap)
{
	size_t o = 0;

	for (const unsigned char *p = (const unsigned char *)s; *p && o + 1 < cap; p++) {
		if (*p < 0x80)
			out[o++] = (char)*p;
		else if ((*p & 0xC0) != 0x80)
			out[o++] = '?';
	}
	out[o] = '\0';
}

/* Rows drawn through a window onto a taller pane: shifted up, and only
 * those that fall within [top, bottom) drawn. */
static struct {
	bool on;
	int top, bottom, shift;
} clip;

void ui_clip_rows(int top, int bottom, int shift)
{
	clip.on = true;
	clip.top = top;
	clip.bottom = bottom;
	clip.shift = shift;
}

void ui_clip_off(void)
{
	clip.on = false;
}

/* Moves y through the window; true when it falls outside. */
static bool clipped(int *y)
{
	if (!clip.on)
		return false;
	*y -= clip.shift;
	return *y < clip.top || *y >= clip.bottom;
}

int ui_text_attr(int y, int x, int w, const char *s, attr_t a)
{
	char clean[1024], plain[1024], fit[1024];
	int used;
	bool hidden = clipped(&y);

	if (w <= 0 || (!hidden && (y < 0 || y >= LINES)) || x < 0 || x >= COLS)
		return 0;
	if (x + w > COLS)
		w = COLS - x;
	/* every string reaches the screen here: file names, typed text and
	 * messages may hold escapes, line breaks or bidi controls */
	snprintf(clean, sizeof clean, "%s", s);
	clean[cinx_text_sanitize(clean, strlen(clean), NULL)] = '\0';
	s = clean;
	if (ascii_mode) {
		to_ascii(s, plain, sizeof plain);
		s = plain;
	}
	used = cinx_text_fit(s, w, ascii_mode, fit, sizeof fit);
	if (hidden) /* measured, as the text after it is placed by it */
		return used;
	attrset(a);
	mvaddstr(y, x, fit);
	attrset(A_NORMAL);
	return used;
}

int ui_text(int y, int x, int w, const char *s, ui_role r)
{
	return ui_text_attr(y, x, w, s, attrs[r]);
}

int ui_text_right(int y, int x, int w, const char *s, ui_role r)
{
	int sw = cinx_text_width(s);

	if (sw < w)
		x += w - sw;
	return ui_text(y, x, sw < w ? sw : w, s, r);
}

void ui_fill(int y, int x, int w, ui_role r)
{
	if (clipped(&y) || y < 0 || y >= LINES || x >= COLS || w <= 0)
		return;
	if (x + w > COLS)
		w = COLS - x;
	attrset(attrs[r]);
	mvhline(y, x, ' ', w);
	attrset(A_NORMAL);
}

void ui_hline(int y, int x, int w, ui_role r)
{
	for (int i = 0; i < w; i++)
		ui_text(y, x + i, 1, ui_glyph_str(UI_G_HLINE), r);
}

void ui_vline(int y, int x, int h, ui_role r)
{
	for (int i = 0; i < h; i++)
		ui_text(y + i, x, 1, ui_glyph_str(UI_G_VLINE), r);
}

ui_rect ui_box(ui_rect r, const char *title)
{
	for (int i = 0; i < r.h; i++)
		ui_fill(r.y + i, r.x, r.w, UI_ROLE_NORMAL);
	ui_hline(r.y, r.x + 1, r.w - 2, UI_ROLE_BOX);
	ui_hline(r.y + r.h - 1, r.x + 1, r.w - 2, UI_ROLE_BOX);
	ui_vline(r.y + 1, r.x, r.h - 2, UI_ROLE_BOX);
	ui_vline(r.y + 1, r.x + r.w - 1, r.h - 2, UI_ROLE_BOX);
	ui_text(r.y, r.x, 1, ui_glyph_str(UI_G_TL), UI_ROLE_BOX);
	ui_text(r.y, r.x + r.w - 1, 1, ui_glyph_str(UI_G_TR), UI_ROLE_BOX);
	ui_text(r.y + r.h - 1, r.x, 1, ui_glyph_str(UI_G_BL), UI_ROLE_BOX);
	ui_text(r.y + r.h - 1, r.x + r.w - 1, 1, ui_glyph_str(UI_G_BR), UI_ROLE_BOX);
	if (title && title[0]) {
		char t[256];
		snprintf(t, sizeof t, " %s ", title);
		ui_text(r.y, r.x + 2, r.w - 4, t, UI_ROLE_HEADER);
	}
	return (ui_rect){r.y + 1, r.x + 2, r.h - 2, r.w - 4};
}

void ui_spark(int y, int x, int w, const int *levels, const bool *faint, size_t n, int sel, attr_t base)
{
	cinx_glyphs g = ascii_mode ? CINX_GLYPHS_ASCII : CINX_GLYPHS_UTF8;

	for (size_t i = 0; i < n && (int)i < w; i++) {
		attr_t a = base;
		if ((int)i == sel)
			a |= attrs[UI_ROLE_MARK];
		else if (levels[i] == CINX_SPARK_SYMBOL)
			a |= attrs[UI_ROLE_SYMBOL];
		if (faint && faint[i])
			a |= A_DIM;
		ui_text_attr(y, x + (int)i, 1, cinx_spark_glyph(levels[i], g), a);
	}
}

/* ---- views ----------------------------------------------------------------- */

static void draw_areas(const ui_state *s, const ui_layout *l)
{
	if (l->table.w)
		ui_draw_table(s, l);
	if (l->sep_x >= 0)
		ui_vline(l->table.y, l->sep_x, l->table.h, UI_ROLE_DIM);
	if (l->detail.w)
		ui_draw_detail(s, l);
}

static const ui_view_paint paints[UI_VIEW_COUNT] = {
	[UI_VIEW_AREAS] = {draw_areas, ui_draw_crumbs},
	[UI_VIEW_COMPARE] = {ui_draw_compare, ui_draw_compare_heading},
	[UI_VIEW_NOTABLE] = {ui_draw_notable, ui_draw_notable_heading},
	[UI_VIEW_WELCOME] = {ui_draw_welcome, NULL},
	[UI_VIEW_CATALOGUE] = {ui_draw_catalogue, ui_draw_catalogue_heading},
};

const ui_view_paint *ui_view_paint_of(const ui_view_class *v)
{
	return &paints[v->id];
}

/* Below the smallest usable size: say so, in whatever room there is. */
static void too_small(const ui_layout *l)
{
	char size[64], need[64];
	const char *lines[4];
	int n = 0, y;

	snprintf(size, sizeof size, "now %dx%d", l->w, l->h);
	snprintf(need, sizeof need, "need %dx%d", UI_MIN_W, UI_MIN_H);
	lines[n++] = "Terminal too small";
	lines[n++] = size;
	lines[n++] = need;
	lines[n++] = "q quits";
	if (n > l->h)
		n = l->h;
	y = (l->h - n) / 2;
	for (int i = 0; i < n; i++) {
		int tw = cinx_text_width(lines[i]);
		int x = tw < l->w ? (l->w - tw) / 2 : 0;
		ui_text(y + i, x, l->w - x, lines[i], i == 0 ? UI_ROLE_STRONG : UI_ROLE_NORMAL);
	}
}

void ui_draw_frame(const ui_state *s, const ui_layout *l)
{
	werase(stdscr);
	if (l->size == UI_SIZE_TOO_SMALL) {
		too_small(l);
		return;
	}
	ui_draw_header(s, l);
	if (l->slider_y >= 0)
		ui_draw_slider(s, l);
	if (l->filter_y >= 0)
		ui_draw_filter_bar(s, l);
	ui_view_paint_of(s->view)->draw(s, l);
	ui_draw_statusbar(s, l);
	switch (s->overlay) {
	case UI_OVERLAY_HELP: ui_draw_help(s, l); break;
	case UI_OVERLAY_METRICS: ui_draw_metrics(s, l); break;
	case UI_OVERLAY_SEARCH: ui_draw_search(s, l); break;
	case UI_OVERLAY_PROMPT: ui_draw_prompt(s, l); break;
	case UI_OVERLAY_COMMAND: ui_draw_command(s, l); break;
	case UI_OVERLAY_FILTERS: ui_draw_filters(s, l); break;
	case UI_OVERLAY_NONE: break;
	}
}
