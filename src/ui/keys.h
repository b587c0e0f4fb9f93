/* SPDX-License-Identifier: MIT */
/* Which key does what: a table of bindings per mode, read by the state
 * machine and by the help screen. Keys are cinx_key codes (keyscript.h). */
#ifndef CINX_UI_KEYS_H
#define CINX_UI_KEYS_H

#include <stdbool.h>
#include <stddef.h>

/* The mode decides which bindings apply: the open overlay, else the view.
 * The main views (table, comparison, notable list, catalogue) also take the
 * keys of UI_MODE_COMMON that they do not bind themselves. */
typedef enum ui_mode {
	UI_MODE_COMMON,  /* every main view: years, indicators, pins, sharing */
	UI_MODE_BROWSE,  /* the area table and detail pane */
	UI_MODE_COMPARE, /* the comparison of pinned areas */
	UI_MODE_NOTABLE, /* the list of notable changes */
	UI_MODE_WELCOME, /* the first-run screen */
	UI_MODE_CATALOGUE, /* the EES catalogue */
	UI_MODE_HELP,
	UI_MODE_METRICS, /* the list of indicators */
	UI_MODE_SEARCH,  /* typing a search */
	UI_MODE_PROMPT,  /* typing a file name */
	UI_MODE_COMMAND, /* the command line that reopens the view */
	UI_MODE_FILTERS, /* the list of filters */
	UI_MODE_FILTER_VALUES, /* one filter's values, narrowed as the user types */
	UI_MODE_COUNT
} ui_mode;

typedef enum ui_action {
	UI_ACT_NONE = 0,
	UI_ACT_UP, UI_ACT_DOWN, UI_ACT_PAGE_UP, UI_ACT_PAGE_DOWN, UI_ACT_FIRST_ROW, UI_ACT_LAST_ROW,
	UI_ACT_DRILL, UI_ACT_BACK,
	UI_ACT_YEAR_PREV, UI_ACT_YEAR_NEXT, UI_ACT_YEAR_FIRST, UI_ACT_YEAR_LAST, UI_ACT_PLAY,
	UI_ACT_METRIC_NEXT, UI_ACT_METRIC_PREV, UI_ACT_METRIC_LIST,
	UI_ACT_SORT_NEXT, UI_ACT_SORT_REVERSE, UI_ACT_SPARK_SCALE,
	UI_ACT_SEARCH, UI_ACT_SEARCH_NEXT, UI_ACT_SEARCH_PREV,
	UI_ACT_DETAIL, UI_ACT_DETAIL_HALF_UP, UI_ACT_DETAIL_HALF_DOWN, UI_ACT_DETAIL_LINE_UP, UI_ACT_DETAIL_LINE_DOWN,
	UI_ACT_MOUSE, UI_ACT_HELP, UI_ACT_REDRAW,
	UI_ACT_PIN, UI_ACT_PIN_NEIGHBOURS, UI_ACT_UNPIN_ALL,
	UI_ACT_COMPARE, UI_ACT_NOTABLE, UI_ACT_PREDECESSORS,
	UI_ACT_LEAGUE, UI_ACT_REGION_NEXT, UI_ACT_REGION_PREV, UI_ACT_TYPE_NEXT, UI_ACT_TYPE_PREV,
	UI_ACT_LEVEL_NEXT, UI_ACT_LEVEL_PREV, UI_ACT_FILTER,
	UI_ACT_EXPORT, UI_ACT_COPY, UI_ACT_COMMAND_LINE,
	UI_ACT_DOWNLOAD, UI_ACT_OPEN_FILE, UI_ACT_EXPLORE_DEMO,
	UI_ACT_CATALOGUE, UI_ACT_UPDATE_DATASET,
	UI_ACT_CLOSE,  /* close the overlay; leave a view for the table */
	UI_ACT_ACCEPT, /* choose the highlighted item */
	UI_ACT_ERASE,  /* delete the last character typed */
	UI_ACT_CLEAR_LINE, UI_ACT_COMPLETE,
	UI_ACT_QUIT,
	UI_ACT_COUNT
} ui_action;

#define UI_KEYS_PER_BINDING 4

typedef struct ui_binding {
	ui_mode mode;
	ui_action action;
	int keys[UI_KEYS_PER_BINDING]; /* 0 ends the list early */
	const char *help;
} ui_binding;

/* The action bound to key in mode, or UI_ACT_NONE. */
ui_action ui_keys_action(ui_mode mode, int key);

/* Every binding, in the order the help screen lists them. */
const ui_binding *ui_keys_bindings(size_t *n);

/* A key as people write it: "j", "Enter", "PgDn", "C-c"; arrows as
 * arrows unless ascii. Returns the length written. */
size_t ui_key_label(int key, bool ascii, char *buf, size_t cap);

#endif
