/* SPDX-License-Identifier: MIT */
/* The print-mode views: each builds a report from the dataset, so the same
 * rows serve the command line, exports and tests. */
#ifndef CINX_QUERIES_H
#define CINX_QUERIES_H

#include <stdbool.h>
#include "cinx/dataset.h"
#include "cinx/neighbours.h"
#include "cinx/report.h"
#include "cinx/sort.h"

#define CINX_METRIC_ALL (-2)

typedef struct cinx_query_opts {
	cinx_format format;  /* shapes the report: wide rows for machine formats */
	bool ascii;          /* ASCII sparklines */
	int year;            /* 0: the latest year */
	int metric;          /* indicator index; -1: the view's default (cinx/metric.h);
	                        CINX_METRIC_ALL: every indicator (table, trend) */
	int level;           /* cinx_level, or -1: the view's default */
	int other_level;     /* level CINX_LEVEL_OTHER: which (cinx_dataset_other_level) */
	int region;          /* area index to restrict to, or -1 */
	int sort;            /* 0: the key's own direction, 1 ascending, -1 descending */
	cinx_sort_key sort_key; /* table: what orders the rows; NONE: area order
	                        (with sort set, by value) */
	long limit;          /* 0: no limit */
	const cinx_neighbours *neighbours; /* statistical neighbours model, or NULL */
} cinx_query_opts;

void cinx_query_opts_init(cinx_query_opts *o);

/* Resolves o->year (0 → latest) to an index, or fails naming the years. */
CINX_MUST_CHECK cinx_status cinx_query_year_index(const cinx_dataset *ds, int year, size_t *idx, cinx_error *err);

CINX_MUST_CHECK cinx_status cinx_query_show(const cinx_dataset *ds, int area, const cinx_query_opts *o,
			   cinx_report **out, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_query_table(const cinx_dataset *ds, const cinx_query_opts *o,
			    cinx_report **out, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_query_trend(const cinx_dataset *ds, const int *areas, size_t n,
			    const cinx_query_opts *o, cinx_report **out, cinx_error *err);
/* The same series wide: one row per area (per area and indicator with every
 * indicator), one column per year. */
cinx_status cinx_query_trend_wide(const cinx_dataset *ds, const int *areas, size_t n,
				 const cinx_query_opts *o, cinx_report **out, cinx_error *err);
/* The same, then, when o->neighbours lists subject (an area, or -1 for
 * none), rows for its neighbours' mean and median in each year: the series
 * the explorer exports. */
CINX_MUST_CHECK cinx_status cinx_query_series(const cinx_dataset *ds, const int *areas, size_t n, int subject,
			     const cinx_query_opts *o, cinx_report **out, cinx_error *err);
/* England and its regions: what the explorer opens on. */
CINX_MUST_CHECK cinx_status cinx_query_overview(const cinx_dataset *ds, const cinx_query_opts *o,
			       cinx_report **out, cinx_error *err);
/* The given areas in the given order, for o->metric and o->year, with the
 * columns of table: what the explorer's table shows, for its exports. */
CINX_MUST_CHECK cinx_status cinx_query_areas(const cinx_dataset *ds, const int *areas, size_t n, const cinx_query_opts *o,
			    const char *title, cinx_report **out, cinx_error *err);

#endif
