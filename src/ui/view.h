/* SPDX-License-Identifier: MIT */
/* The explorer's main views as objects, after tig's view_ops: each view is
 * a class (a table of operations, below) with its own state, which only it
 * and its drawing reach, through ui_view_data. The frame, header, status
 * bar, layout, mouse, sharing and the runner ask the current view through
 * its class and never test which view it is. Adding a view: a class in a
 * file of its own, a line in the table of views (view_registry.c), for its drawing
 * (its body and the line under the title) a line in draw.c's table, its
 * mode and keys in keys.c, its --view word in explorer.c. No curses here. */
#ifndef CINX_UI_VIEW_H
#define CINX_UI_VIEW_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/catalogue.h"
#include "cinx/error.h"
#include "cinx/queries.h"
#include "layout.h"
#include "state.h"

struct ui_view_class {
	ui_view id;             /* its slot in the table of views */
	const char *word;       /* the --view word that reopens it */
	const char *what;       /* what it is called in messages: "the table" */
	const char *help_title; /* the help screen's heading for its keys */
	ui_mode mode;           /* the keys it takes */
	const char *const *hints; /* status-bar hints, most useful first; NULL ends */
	bool sorted;            /* its rows follow the sort (the header says how) */
	bool marks_pins;        /* its rows mark pinned areas */
	bool marks_drill;       /* its rows mark areas with areas below */
	size_t data_size;       /* its own state, zeroed at the start */

	/* Room for a data set of n areas; NULL when nothing is sized by it. */
	cinx_status (*room)(ui_state *s, size_t n_areas, cinx_error *err);
	void (*free)(ui_state *s);
	/* Another data set is open; and the year or indicator changed. */
	void (*reset)(ui_state *s);
	void (*refresh)(ui_state *s);
	/* Entered by its key; NULL: nothing to do. */
	void (*open)(ui_state *s);
	/* Its own actions: true when handled, false lets the common ones act. */
	bool (*apply)(ui_state *s, ui_action a);
	/* The cursor: by delta (clamped), to a row on screen (a click; NULL:
	 * no rows to click), and the mouse wheel (NULL: the wheel moves the
	 * cursor). */
	void (*move)(ui_state *s, int delta);
	void (*select)(ui_state *s, int row);
	void (*scroll)(ui_state *s, int delta);
	/* Enter, or a double click. */
	void (*accept)(ui_state *s);
	/* The area its selection stands for, or -1. */
	int (*focus)(const ui_state *s);
	/* Its rows: how many, the first on screen, and the areas on screen. */
	size_t (*n_rows)(const ui_state *s);
	int (*top)(const ui_state *s);
	size_t (*visible)(const ui_state *s, int page, int *out, size_t max);
	/* Its part of the layout, below the title; the common lines are set. */
	void (*layout)(ui_layout *l, const ui_state *s, int spark_w, bool ascii);
	/* The note above the legend; false for none. NULL: the focused area's
	 * footnote or where it came from. */
	bool (*note)(const ui_state *s, char *buf, size_t cap);
	/* Shares, exports and copies: its rows as a report; the stem of the
	 * default file name (NULL: its word); why there is nothing to share
	 * (NULL, or returning NULL: there is). */
	cinx_status (*report)(const ui_state *s, cinx_query_opts *vo, cinx_report **out, cinx_error *err);
	/* Exports only: every year of the series behind its rows, wide, and
	 * what the saved message calls it (left as it is: what); NULL: its
	 * report, as copied. */
	cinx_status (*series)(const ui_state *s, cinx_query_opts *vo, cinx_report **out, const char **what,
			      cinx_error *err);
	void (*file_stem)(const ui_state *s, char *buf, size_t cap);
	const char *(*nothing_to_share)(const ui_state *s);
	/* A failure of the runner's to show in the view; false: the status line. */
	bool (*show_error)(ui_state *s, const char *text);
};

extern const ui_view_class ui_view_areas, ui_view_compare, ui_view_notable, ui_view_welcome, ui_view_catalogue;

const ui_view_class *ui_view_of(ui_view id);
/* The view that takes the keys of mode, or NULL. */
const ui_view_class *ui_view_for_mode(ui_mode mode);
/* The view's own state in s. */
void *ui_view_data(const ui_state *s, const ui_view_class *v);

/* Every view's state: made, sized for a data set, reset, refreshed, freed. */
CINX_MUST_CHECK cinx_status ui_views_create(ui_state *s, cinx_error *err);
CINX_MUST_CHECK cinx_status ui_views_room(ui_state *s, size_t n_areas, cinx_error *err);
void ui_views_reset(ui_state *s);
void ui_views_refresh(ui_state *s);
void ui_views_free(ui_state *s);

/* Shows v (entering nothing); ui_view_toggle enters v by its key, or when
 * it is showing, goes back to the table. */
void ui_view_show(ui_state *s, const ui_view_class *v);
void ui_view_toggle(ui_state *s, const ui_view_class *v);
/* For the views over the table: Esc and Backspace go back to it (an apply). */
bool ui_view_close_to_table(ui_state *s, ui_action a);
/* Enter in a list of areas: the focused area in the table. */
void ui_view_show_focus(ui_state *s);
/* The top of a view that does not scroll. */
int ui_view_top_none(const ui_state *s);
/* For the views of no area (the first-run screen, the catalogue): no area
 * focused or on screen, and no note (the screen says everything). */
int ui_view_focus_none(const ui_state *s);
size_t ui_view_visible_none(const ui_state *s, int page, int *out, size_t max);
bool ui_view_note_none(const ui_state *s, char *buf, size_t cap);
/* Rows that move the cursor: clamped to [0, n). */
int ui_view_clamp(long to, size_t n);
/* A list's cursor to row to (clamped to its n rows), its top moved just
 * enough to keep the cursor on a page of page rows. */
void ui_view_list_select(int *sel, int *top, long to, size_t n, int page);

/* ---- what the views share with the rest of the explorer ------------------ */

/* The drill-down: the path from the top, the table and its selection; or,
 * in its place, the league table of every local authority. */
typedef struct ui_areas {
	ui_level path[UI_MAX_DEPTH];
	int depth;             /* path[depth - 1] is on screen */
	bool league;           /* the league table is on screen instead */
	ui_level league_at;    /* its selection and scroll; area: the region it
	                          is filtered to, or -1 */
	ui_la_type la_type;    /* the type it is filtered to */
	int league_level;      /* -1: it lists local authorities; else the
	                          areas of this other geographic level */
	int *rows;             /* the table: the level's area, then its parts */
	size_t n_rows;
	int sel;               /* selected row */
} ui_areas;
ui_areas *ui_areas_of(const ui_state *s);
/* The level on screen: the path's last, or the league table's. */
ui_level *ui_areas_here(ui_areas *t);
/* The area whose table is on screen (the league table's region, or -1). */
int ui_areas_level(const ui_state *s);
/* Rebuilds the rows for the level, year, indicator and sort (state.c). */
void ui_areas_refresh(ui_state *s);
/* Selects a row (clamped) and keeps it on screen. */
void ui_areas_select(ui_state *s, int row);
void ui_areas_keep_visible(ui_state *s);
/* The table as a report (also the first-run screen's: the demo's table). */
CINX_MUST_CHECK cinx_status ui_areas_report(const ui_state *s, cinx_query_opts *vo, cinx_report **out, cinx_error *err);

/* The league table (league.c). Whether it lists area in the year on screen
 * (an authority of its region and type, with a row). */
bool ui_league_lists(const ui_state *s, int area);
/* L: the league table, with the selected authority selected; again: that
 * authority in the drill-down. */
void ui_league_toggle(ui_state *s);
/* r and t: the next (dir 1) or previous (-1) region or type filter. */
void ui_league_next_region(ui_state *s, int dir);
void ui_league_next_type(ui_state *s, int dir);
/* v: the next (dir 1) or previous (-1) geographic level it lists: local
 * authorities, then each other level of the data set. */
void ui_league_next_level(ui_state *s, int dir);
/* Shows area, of another geographic level, in its level's table. */
void ui_league_show(ui_state *s, int area);
/* "London boroughs in Inner London", "all local authorities", ... */
void ui_league_describe(const ui_state *s, char *buf, size_t cap);

/* The notable list, by name, and its selection. */
typedef struct ui_notable {
	ui_notable_row *rows;
	size_t n;
	int sel, top;
} ui_notable;
const ui_notable *ui_notable_of(const ui_state *s);
/* The notable row for area, or NULL. */
const ui_notable_row *ui_notable_find(const ui_state *s, int area);

/* The comparison's selected row (an index into the pins). */
int ui_compare_sel(const ui_state *s);
void ui_compare_select(ui_state *s, int row);

/* The first-run screen's highlighted choice and why the last one failed. */
typedef struct ui_welcome {
	int sel;
	char error[UI_MESSAGE_MAX];
} ui_welcome;
const ui_welcome *ui_welcome_of(const ui_state *s);

/* The catalogue (D): the last search's publications or one publication's
 * data sets, filled by the runner (runner.c) at the view's requests. */
typedef struct ui_catalogue {
	cinx_catalogue cat;
	bool *cached;           /* per data set: a copy is in the cache */
	char search[UI_QUERY_MAX]; /* the last search ("": every publication) */
	bool searched;          /* cat holds its answer */
	bool sets;              /* the data sets of publication pub are listed */
	size_t pub;
	int sel, top;
	bool fresh;             /* the data set to open: its latest version first */
	char error[UI_MESSAGE_MAX];
} ui_catalogue;
ui_catalogue *ui_catalogue_of(const ui_state *s);
/* Rows listed: data sets, or publications. */
size_t ui_catalogue_n_rows(const ui_catalogue *c);
/* The search typed in the prompt: asked of the runner. */
void ui_catalogue_search(ui_state *s, const char *words);

#endif
