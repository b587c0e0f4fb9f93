/* SPDX-License-Identifier: MIT */
/* The full-screen explorer. */
#ifndef CINX_EXPLORER_H
#define CINX_EXPLORER_H

#include <stdbool.h>
#include "cinx/compare.h"
#include "cinx/dataset.h"
#include "cinx/queries.h"

/* What the command line asks of the explorer: where to open, how to draw,
 * and the files and API its actions use. Strings may be NULL. */
typedef struct explorer_launch {
	const char *data;       /* the file on screen, for reopening and sharing */
	const char *population, *neighbours, *api_base;
	int year;               /* 0: the latest */
	int area;               /* the area to select, or -1 */
	int pins[CINX_COMPARE_MAX]; /* areas to pin, in order */
	int n_pins;
	const char *sort_by;    /* standard, name, value, change */
	const char *sort;       /* asc or desc */
	const char *view;       /* areas, compare or notable */
	bool region;            /* --region was given (vo->region holds it) */
	const char *la_type;    /* --la-type: the league table's filter, or NULL */
	bool ascii;             /* --ascii was given (the reopen command line says so) */
	bool ascii_glyphs;      /* draw in ASCII: asked, or the locale is not UTF-8 */
	bool raw;               /* exports: CSV and TSV text cells not defused */
	bool with_predecessors, no_color, no_mouse, dump;
	const char *keys;       /* replay these keys headless */
	int screen_w, screen_h; /* the headless screen */
} explorer_launch;

/* Runs the explorer (or, with o->keys, replays keys headless) on ds with
 * the options resolved in vo (indicator, region, neighbours model). Its
 * filters change as the user asks (and its rates with them). When a
 * signal ends it, *signal receives the signal's number (else 0). */
CINX_MUST_CHECK cinx_status explorer_main(cinx_dataset *ds, const explorer_launch *o,
					  const cinx_query_opts *vo, int *signal, cinx_error *err);

#endif
