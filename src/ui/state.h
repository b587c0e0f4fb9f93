/* Everything the explorer shows, as plain data: where the user is, what is
 * selected, which year, indicator, sort and overlays. Keys become actions
 * (keys.h) and actions change this state; drawing only reads it. No curses
 * here, so tests can drive it directly. */
#ifndef CINX_UI_STATE_H
#define CINX_UI_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/dataset.h"
#include "keys.h"

#define UI_MAX_DEPTH 8
#define UI_QUERY_MAX 64
#define UI_MESSAGE_MAX 256

/* The main views; overlays (help, lists, search) open on top of them. */
typedef enum ui_view { UI_VIEW_AREAS, UI_VIEW_COUNT } ui_view;

typedef enum ui_overlay {
	UI_OVERLAY_NONE, UI_OVERLAY_HELP, UI_OVERLAY_METRICS, UI_OVERLAY_SEARCH
} ui_overlay;

typedef enum ui_sort {
	UI_SORT_STANDARD, /* the publication's order: regions by code, authorities by name */
	UI_SORT_NAME, UI_SORT_VALUE, UI_SORT_CHANGE, UI_SORT_COUNT
} ui_sort;

/* One level of the drill-down: an area, listed first, then its parts. */
typedef struct ui_level {
	int area;
	int sel_area; /* the selected row's area, so sorting and years keep it */
	int top;      /* first row on screen */
} ui_level;

typedef struct ui_state {
	const cinx_dataset *ds;
	ui_view view;
	ui_overlay overlay;
	ui_level path[UI_MAX_DEPTH];
	int depth;             /* path[depth - 1] is on screen */
	int *rows;             /* the table: the level's area, then its parts */
	size_t n_rows;
	int sel;               /* selected row */
	size_t year;           /* year index */
	size_t metric;         /* indicator index */
	ui_sort sort;
	bool descending;
	bool detail_flipped;   /* Tab flips the pane's default for the width */
	bool wide;             /* set by the layout: the pane fits beside the table */
	int page;              /* set by the layout: table rows on screen */
	int help_top, help_max;
	int list_sel;          /* highlighted indicator in the list */
	bool playing, mouse, quit, redraw;
	char query[UI_QUERY_MAX];
	int *matches;          /* search results, best first */
	size_t n_matches, match;
	bool searched;         /* n and N walk the last search's matches */
	char message[UI_MESSAGE_MAX];
} ui_state;

typedef struct ui_start {
	int year_idx;   /* -1: the latest */
	int metric;     /* -1: the first */
	int area;       /* -1: England and its regions; else open at this area */
	bool mouse;
} ui_start;

cinx_status ui_state_init(ui_state *s, const cinx_dataset *ds, const ui_start *start, cinx_error *err);
void ui_state_free(ui_state *s);

ui_mode ui_state_mode(const ui_state *s);
/* One key press: its action in the current mode, or typed text. */
void ui_state_key(ui_state *s, int key);
void ui_state_apply(ui_state *s, ui_action a);
/* One step of playing through the years. */
void ui_state_tick(ui_state *s);

/* The layout tells the state how much fits. */
void ui_state_viewport(ui_state *s, int page, bool wide, int help_max);
bool ui_state_detail_shown(const ui_state *s);

/* Mouse-sized operations. */
void ui_state_select_row(ui_state *s, int row);
void ui_state_scroll(ui_state *s, int delta);
void ui_state_set_year(ui_state *s, size_t year);
void ui_state_back_to(ui_state *s, int depth);
/* Opens the level that lists area and selects it (as search does). */
void ui_state_goto(ui_state *s, int area);

int ui_state_selected_area(const ui_state *s);
/* Sets the message on the status line until the next key. */
void ui_state_say(ui_state *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *ui_sort_name(ui_sort sort);

#endif
