/* SPDX-License-Identifier: MIT */
/* Everything the explorer shows, as plain data: where the user is, what is
 * selected, which year, indicator, sort and overlays. Keys become actions
 * (keys.h) and actions change this state; drawing only reads it. No curses
 * here, so tests can drive it directly. */
#ifndef CINX_UI_STATE_H
#define CINX_UI_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/compare.h"
#include "cinx/dataset.h"
#include "cinx/neighbours.h"
#include "cinx/notable.h"
#include "keys.h"

#define UI_MAX_DEPTH 8
#define UI_QUERY_MAX 64
#define UI_MESSAGE_MAX 1200
#define UI_MAX_PINS CINX_COMPARE_MAX
#define UI_PATH_MAX 1024
#define UI_COMPLETIONS_MAX 64

/* The main views, named where they are registered (view_registry.c) and where the
 * command line chooses one; overlays (help, lists, search, prompts) open on
 * top. What each view does is in its class (view.h). */
typedef enum ui_view {
	UI_VIEW_AREAS,   /* the drill-down table and detail pane */
	UI_VIEW_COMPARE, /* the pinned areas side by side, and their chart */
	UI_VIEW_NOTABLE, /* authorities with notable changes or outliers */
	UI_VIEW_WELCOME, /* first run: nothing downloaded yet */
	UI_VIEW_CATALOGUE, /* the EES catalogue: another data set to open */
	UI_VIEW_COUNT
} ui_view;

typedef enum ui_overlay {
	UI_OVERLAY_NONE, UI_OVERLAY_HELP, UI_OVERLAY_METRICS, UI_OVERLAY_SEARCH,
	UI_OVERLAY_PROMPT,  /* a file name on the status line */
	UI_OVERLAY_COMMAND, /* the command line that reopens the view */
	UI_OVERLAY_FILTERS  /* the filters, then one filter's values */
} ui_overlay;

/* What the explorer's runner must do that the state cannot: it has no
 * terminal and owns no data set. */
typedef enum ui_request {
	UI_REQ_NONE,
	UI_REQ_DOWNLOAD,  /* cinx update, then open the cached copy */
	UI_REQ_OPEN_FILE, /* open prompt.text as the data */
	UI_REQ_CLIPBOARD, /* send clip to the terminal's clipboard */
	UI_REQ_CHOOSE,    /* make the figures those of filter.choice */
	UI_REQ_CATALOGUE_SEARCH, /* the catalogue's search (ui_catalogue) */
	UI_REQ_CATALOGUE_SETS,   /* the selected publication's data sets */
	UI_REQ_OPEN_DATASET      /* the selected data set: its copy, downloaded first when asked or absent */
} ui_request;

typedef enum ui_prompt_kind { UI_PROMPT_EXPORT, UI_PROMPT_OPEN, UI_PROMPT_CATALOGUE } ui_prompt_kind;

/* A file name being typed, with Tab completion over the file system; or
 * the words of a catalogue search. */
typedef struct ui_prompt {
	ui_prompt_kind kind;
	char text[UI_PATH_MAX];
	char confirm[UI_PATH_MAX]; /* an existing file Enter would replace */
	char *completions[UI_COMPLETIONS_MAX]; /* shown after an ambiguous Tab */
	size_t n_completions, more_completions;
} ui_prompt;

/* An authority in the notable list: why it is there. */
typedef struct ui_notable_row {
	int area;
	bool changed;  /* year-on-year change at or beyond the threshold */
	int outlier;   /* -1 below the lower fence, +1 above the upper */
} ui_notable_row;

/* What the explorer was started with, beyond the data: for statistical
 * neighbours and for the command line that reopens a view. */
typedef struct ui_env {
	const cinx_neighbours *neighbours; /* NULL without a model */
	const char *population, *neighbours_path; /* as given, or NULL */
	const char *api_base;              /* --api-base, or NULL */
	bool ascii;                        /* ASCII only: --ascii or a non-UTF-8 locale */
	bool ascii_opt;                    /* --ascii was given */
	bool raw;                          /* --raw: exports keep formula-like names as they are */
	bool can_download;                 /* cinx_update_supported() */
} ui_env;

/* How a sparkline is scaled: from its own lowest to highest year, over the
 * lowest and highest of every row on screen, or from zero to its highest. */
typedef enum ui_spark_scale { UI_SCALE_OWN, UI_SCALE_SHARED, UI_SCALE_ZERO, UI_SCALE_COUNT } ui_spark_scale;
/* "own", "same", "zero": what the trends' header calls it */
const char *ui_spark_scale_word(ui_spark_scale scale);

typedef enum ui_sort {
	UI_SORT_STANDARD, /* the publication's order: regions by code, authorities by name */
	UI_SORT_NAME, UI_SORT_VALUE, UI_SORT_CHANGE, UI_SORT_CHANGE_PERCENT, UI_SORT_RANK, UI_SORT_COUNT
} ui_sort;

/* A local authority's type, from its GSS code (E09, E08, E06, E10); the
 * league table's filter, UI_LA_ANY for all. */
typedef enum ui_la_type {
	UI_LA_ANY, UI_LA_LONDON, UI_LA_METROPOLITAN, UI_LA_UNITARY, UI_LA_COUNTY, UI_LA_TYPE_COUNT
} ui_la_type;
ui_la_type ui_la_type_of(const cinx_area *a);
/* "London boroughs" (plural) or "London borough"; "local authorities" for any. */
const char *ui_la_type_name(ui_la_type t, bool plural);
/* Its word for --la-type: london, metropolitan, unitary, county; NULL for any. */
const char *ui_la_type_word(ui_la_type t);

/* One level of the drill-down: an area, listed first, then its parts. */
typedef struct ui_level {
	int area;
	int sel_area; /* the selected row's area, so sorting and years keep it */
	int top;      /* first row on screen */
} ui_level;

/* Changing a filter: the list of filters, then the values of the one
 * picked, narrowed to those holding what the user types. */
typedef struct ui_filter_pick {
	bool values;           /* the values' list is open */
	int filter;            /* the highlighted filter; then the one changed */
	char query[UI_QUERY_MAX];
	size_t *matches;       /* the values holding the query, in file order */
	size_t n_matches, sel; /* sel: the highlighted match */
	size_t *choice;        /* a value per filter, for UI_REQ_CHOOSE */
} ui_filter_pick;

typedef struct ui_view_class ui_view_class;

typedef struct ui_state {
	const cinx_dataset *ds;
	const ui_view_class *view;      /* the main view on screen */
	void *view_data[UI_VIEW_COUNT]; /* each view's own state (ui_view_data) */
	ui_overlay overlay;
	size_t year;           /* year index */
	size_t metric;         /* indicator index */
	ui_sort sort;
	bool descending;
	ui_spark_scale spark_scale;
	bool detail_flipped;   /* Tab flips the pane's default for the width */
	bool wide;             /* set by the layout: the pane fits beside the table */
	int detail_top;        /* the detail pane's first line on screen */
	int detail_max;        /* set by the layout: how far it scrolls */
	int page;              /* set by the layout: table rows on screen */
	int help_top, help_max;
	int help_page;         /* set by the layout: help lines in its box */
	int list_sel;          /* highlighted indicator in the list */
	bool playing, mouse, quit, redraw;
	char query[UI_QUERY_MAX];
	int *matches;          /* search results, best first */
	size_t n_matches, match;
	bool searched;         /* n and N walk the last search's matches */
	char message[UI_MESSAGE_MAX];

	ui_env env;
	char data_path[4096];  /* --data or the file opened; "" otherwise */
	int pins[UI_MAX_PINS]; /* pinned areas, in the order pinned */
	size_t n_pins;
	bool predecessors;     /* trends include predecessors' combined figures */
	cinx_fences fences;    /* of the selected year and indicator */
	size_t fences_of;      /* the indicator they are of: a count's rate per
	                          10,000 children when there is one */
	unsigned long long progress_done, progress_total; /* a download under way */
	bool downloading;
	ui_prompt prompt;
	ui_filter_pick filter;
	char *command;         /* the command line shown, or NULL */
	ui_request request;
	char *clip;            /* text for the clipboard request */
} ui_state;

typedef struct ui_start {
	int year_idx;   /* -1: the latest */
	int metric;     /* -1: the first */
	int level;      /* -1: England and its regions; else open this area's table */
	int area;       /* -1: the level's first row; else select this area */
	ui_sort sort;
	int descending; /* -1: the sort's own direction */
	int pins[UI_MAX_PINS];
	size_t n_pins;
	ui_view view;
	bool predecessors;
	bool mouse;
	bool league;    /* open on the league table: of level's region when set */
	int league_level; /* its level: -1 local authorities, else this other level */
	ui_la_type la_type;
} ui_start;

/* A start as with no options: England and its regions, the latest year. */
void ui_start_defaults(ui_start *start);

CINX_MUST_CHECK cinx_status ui_state_init(ui_state *s, const cinx_dataset *ds, const ui_start *start, cinx_error *err);
void ui_state_free(ui_state *s);
/* Another data set (downloaded or opened): back to the table at the top.
 * On failure the state is as it was. */
CINX_MUST_CHECK cinx_status ui_state_set_dataset(ui_state *s, const cinx_dataset *ds, cinx_error *err);
/* The data set's figures changed in place (another filter value, rates
 * added or dropped): the same views, year and areas; the indicator named
 * metric when the data set still has it (true), else the default. */
bool ui_state_refigured(ui_state *s, const char *metric);

ui_mode ui_state_mode(const ui_state *s);
/* One key press: its action in the current mode, or typed text. */
void ui_state_key(ui_state *s, int key);
void ui_state_apply(ui_state *s, ui_action a);
/* One step of playing through the years. */
void ui_state_tick(ui_state *s);

/* The layout tells the state how much fits. */
void ui_state_viewport(ui_state *s, int page, bool wide, int help_max);
bool ui_state_detail_shown(const ui_state *s);
/* The detail pane in place of the table (narrow screens). */
bool ui_state_detail_only(const ui_state *s);
/* The layout tells how far the detail pane scrolls; delta scrolls it. */
void ui_state_detail_room(ui_state *s, int max_top);
/* The layout tells the state how many help lines its box shows, so that a
 * page in help is a page of help, whatever view is under it. */
void ui_state_help_page(ui_state *s, int lines);
void ui_state_detail_scroll(ui_state *s, int delta);

/* Mouse-sized operations: on the current view's rows (scrolling only where
 * the view scrolls apart from its cursor). */
void ui_state_select_row(ui_state *s, int row);
void ui_state_scroll(ui_state *s, int delta);
void ui_state_set_year(ui_state *s, size_t year);
/* Back up the table's path to depth (a breadcrumb). */
void ui_state_back_to(ui_state *s, int depth);
/* Opens the level that lists area and selects it (as search does). */
void ui_state_goto(ui_state *s, int area);

int ui_state_selected_area(const ui_state *s);
/* The area the main view's selection stands for: a table row, a pinned
 * area, a notable authority; -1 for none. */
int ui_state_focus_area(const ui_state *s);
bool ui_state_pinned(const ui_state *s, int area);
/* Whether a trend shows year for area from other areas: trends show them
 * (P), and area was formed from others after that year, or was split after
 * it and its successors' sum continues it. */
bool ui_state_predecessor_year(const ui_state *s, int area, size_t year);
/* The value a trend shows for area: its own, or with P on and no row of its
 * own, its predecessors' or its successors' combined figure. */
cinx_value ui_state_trend_value(const ui_state *s, int area, size_t year, size_t ind);
/* Sets the message on the status line until the next key. */
void ui_state_say(ui_state *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *ui_sort_name(ui_sort sort);
/* Its word for --sort-by. */
const char *ui_sort_word(ui_sort sort);
/* Whether a sort starts with the biggest first. */
bool ui_sort_descending(ui_sort sort);
/* What an area's parts are called: "regions", "local authorities", "areas". */
const char *ui_parts_name(const ui_state *s, int area);

#endif
