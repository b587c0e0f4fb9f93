/* SPDX-License-Identifier: MIT */
/* Painting helpers shared by every view and pane: text fitted by display
 * width, lines and boxes, the glyph set (UTF-8 or ASCII, chosen once) and
 * the attributes for each role (colour or monochrome, chosen once). */
#ifndef CINX_UI_DRAW_H
#define CINX_UI_DRAW_H

#include <stdbool.h>

#include "curses_wide.h"
#include "layout.h"
#include "state.h"
#include "view.h"

typedef enum ui_role {
	UI_ROLE_NORMAL,
	UI_ROLE_TITLE,    /* the top line */
	UI_ROLE_HEADER,   /* column headers */
	UI_ROLE_STRONG,   /* the level's own row, labels */
	UI_ROLE_SELECTED, /* the selected row's name, the chosen item */
	UI_ROLE_MARK,     /* the selected year in the slider and sparklines */
	UI_ROLE_SYMBOL,   /* c, x, u... */
	UI_ROLE_DIM,      /* years without data, hints */
	UI_ROLE_MESSAGE,
	UI_ROLE_BOX,      /* overlays */
	UI_ROLE_COUNT
} ui_role;

typedef enum ui_glyph {
	UI_G_SELECT,  /* marks the selected row: never shown by colour alone */
	UI_G_DRILL,   /* after a name with areas below it */
	UI_G_HLINE, UI_G_VLINE,
	UI_G_TL, UI_G_TR, UI_G_BL, UI_G_BR,
	UI_G_PREV, UI_G_NEXT, /* around a year */
	UI_G_UP, UI_G_DOWN,   /* sort direction */
	UI_G_PLAY,
	UI_G_DOT,     /* separates items on a line */
	UI_G_BULLET,
	UI_G_PIN,     /* a pinned area */
	UI_G_DERIVED, /* an indicator computed by cinx */
	UI_G_HIGH, UI_G_LOW, /* above the upper fence, below the lower */
	UI_G_JUMP,    /* a change at or beyond the threshold */
	UI_G_COUNT
} ui_glyph;

void ui_draw_setup(bool ascii, bool colour);
bool ui_draw_ascii(void);
const char *ui_glyph_str(ui_glyph g);

/* Draws s cut to w columns at (y, x); returns the columns used. In ASCII
 * mode every non-ASCII character becomes '?'. */
int ui_text(int y, int x, int w, const char *s, ui_role r);
int ui_text_attr(int y, int x, int w, const char *s, attr_t a);
/* Until ui_clip_off: rows y drawn at y - shift, and only within [top,
 * bottom) (a pane that scrolls); top == bottom measures without drawing. */
void ui_clip_rows(int top, int bottom, int shift);
void ui_clip_off(void);
/* Right-aligned in w columns. */
int ui_text_right(int y, int x, int w, const char *s, ui_role r);
void ui_fill(int y, int x, int w, ui_role r);
void ui_hline(int y, int x, int w, ui_role r);
void ui_vline(int y, int x, int h, ui_role r);
/* A blank bordered box with a title; returns the inside. */
ui_rect ui_box(ui_rect r, const char *title);
/* One sparkline glyph per year, the selected year marked; years flagged in
 * faint (may be NULL) are dimmed. */
void ui_spark(int y, int x, int w, const int *levels, const bool *faint, size_t n, int sel, attr_t base);
/* The attribute of chart series k (a colour when colour is on). */
attr_t ui_series_attr(int k);

/* A view's drawing, beside its class (view.h): its body in the main area
 * and the line under the title (NULL when its layout has none). */
typedef struct ui_view_paint {
	void (*draw)(const ui_state *s, const ui_layout *l);
	void (*heading)(const ui_state *s, const ui_layout *l);
} ui_view_paint;
const ui_view_paint *ui_view_paint_of(const ui_view_class *v);

/* An indicator's label (or short label), marked when cinx computed it. */
void ui_metric_label(const cinx_indicator *in, bool short_form, char *buf, size_t cap);

/* The selected period heading a column of values at x, w columns wide,
 * right-aligned, with after (an arrow; may be NULL) after it: a label too
 * long for the column reaches left as far as from, shortened to fit. */
void ui_draw_period_head(const ui_state *s, int y, int x, int w, int from, const char *after);

/* The panes, bars and overlays (one file each). */
void ui_draw_header(const ui_state *s, const ui_layout *l);
/* The line under the title: the breadcrumbs of the table; or a heading and
 * a dimmed rule (the other views). */
void ui_draw_crumbs(const ui_state *s, const ui_layout *l);
void ui_draw_heading(const ui_layout *l, const char *what, const char *rule);
void ui_draw_slider(const ui_state *s, const ui_layout *l);
void ui_draw_table(const ui_state *s, const ui_layout *l);
void ui_draw_detail(const ui_state *s, const ui_layout *l);
/* How far the detail pane scrolls: its lines less those that fit. */
int ui_detail_max_top(const ui_state *s, const ui_layout *l);
void ui_draw_statusbar(const ui_state *s, const ui_layout *l);
/* The lines the note, the legend and the status line take wrapped. */
void ui_status_lines(const ui_state *s, const ui_layout *l, int *note_h, int *legend_h, int *status_h);
void ui_draw_help(const ui_state *s, const ui_layout *l);
/* Help lines its box shows; *max_top receives how far it scrolls. */
int ui_help_room(const ui_state *s, const ui_layout *l, int *max_top);
void ui_draw_metrics(const ui_state *s, const ui_layout *l);
/* The filter bar under the header, and the lists that change a filter. */
void ui_draw_filter_bar(const ui_state *s, const ui_layout *l);
void ui_draw_filters(const ui_state *s, const ui_layout *l);
void ui_draw_search(const ui_state *s, const ui_layout *l);
void ui_draw_prompt(const ui_state *s, const ui_layout *l);
void ui_draw_command(const ui_state *s, const ui_layout *l);
void ui_draw_compare(const ui_state *s, const ui_layout *l);
void ui_draw_compare_heading(const ui_state *s, const ui_layout *l);
void ui_draw_notable(const ui_state *s, const ui_layout *l);
void ui_draw_notable_heading(const ui_state *s, const ui_layout *l);
void ui_draw_welcome(const ui_state *s, const ui_layout *l);
/* A download's progress on one line at y, x, w wide (welcome, catalogue). */
void ui_draw_progress(const ui_state *s, int y, int x, int w);
void ui_draw_catalogue(const ui_state *s, const ui_layout *l);
void ui_draw_catalogue_heading(const ui_state *s, const ui_layout *l);
/* The notable marks of a table row: a glyph after the value and after the
 * change, or NULL. */
void ui_notable_marks(const ui_state *s, int area, const char **value_mark, const char **change_mark);
/* The benchmark lines of the detail pane for area; returns the lines used. */
int ui_draw_standing(const ui_state *s, int area, int y, int x, int w, int max_lines);

/* Erases and paints a whole frame into stdscr (not yet sent). */
void ui_draw_frame(const ui_state *s, const ui_layout *l);

#endif
