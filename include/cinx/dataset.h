/* SPDX-License-Identifier: MIT */
/* The C1 data set (or any EES file in the same tidy layout), indexed by
 * area and year. Loaded once, then read-only. */
#ifndef CINX_DATASET_H
#define CINX_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/error.h"
#include "cinx/value.h"

typedef enum cinx_level {
	CINX_LEVEL_NATIONAL = 0,
	CINX_LEVEL_REGIONAL,
	CINX_LEVEL_LA,
	CINX_LEVEL_COUNT
} cinx_level;

/* "National", "Regional", "Local authority" as EES writes them. */
const char *cinx_level_ees_name(cinx_level l);

typedef enum cinx_unit { CINX_UNIT_COUNT, CINX_UNIT_PERCENT, CINX_UNIT_RATE } cinx_unit;

typedef struct cinx_indicator {
	const char *name;        /* EES column name, e.g. "rereferral_percent" */
	const char *label;       /* the data set's description */
	const char *short_label; /* a few words for table headers */
	cinx_unit unit;
	int decimals;            /* most decimals seen in the file */
	int direction;           /* -1 lower is better, +1 higher, 0 no direction */
	bool derived;            /* computed by cinx, not published */
} cinx_indicator;

typedef struct cinx_code_span {
	const char *code;        /* GSS code used in these years */
	int from_year, to_year;
} cinx_code_span;

typedef struct cinx_link {
	int area;                /* the other area's index */
	int year;                /* first year of the successor */
} cinx_link;

/* Read-only view of one area. An authority that only changed its GSS code
 * (same old code) is one area with several code spans. */
typedef struct cinx_area {
	int id;
	cinx_level level;
	const char *name;        /* as written in its latest year */
	const char *code;        /* GSS code in its latest year */
	const char *old_code;    /* old 3-digit LA code; "" when none */
	int parent;              /* -1 for England */
	const int *children;     /* regions by code, authorities by name */
	size_t n_children;
	int first_year, last_year; /* years with a row; 0 when none */
	bool current;            /* has a row in the latest year */
	const cinx_code_span *codes;
	size_t n_codes;
	const cinx_link *predecessors;
	size_t n_predecessors;
	const cinx_link *successors;
	size_t n_successors;
} cinx_area;

typedef struct cinx_dataset cinx_dataset;

/* Streaming loader: feed any chunks, then finish. */
typedef struct cinx_loader cinx_loader;
CINX_MUST_CHECK cinx_status cinx_loader_new(const char *source_name, cinx_loader **out, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_loader_feed(cinx_loader *l, const void *buf, size_t len, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_loader_finish(cinx_loader *l, cinx_dataset **out, cinx_error *err);
void cinx_loader_free(cinx_loader *l);

/* Every data row must hold value in column (in any case), or the load fails
 * at that row and column; a header without the column fails too. For a
 * breakdown the figures only mean what they claim for, such as age_group;
 * why ends the message. Call before the first feed. */
CINX_MUST_CHECK cinx_status cinx_loader_require(cinx_loader *l, const char *column, const char *value, const char *why,
				cinx_error *err);
typedef struct cinx_requirement {
	const char *column, *value, *why;
} cinx_requirement;

/* path "-" reads standard input. */
CINX_MUST_CHECK cinx_status cinx_dataset_load_file(const char *path, cinx_dataset **out, cinx_error *err);
/* The same with a cinx_loader_require requirement (NULL: none). */
CINX_MUST_CHECK cinx_status cinx_dataset_load_file_requiring(const char *path, const cinx_requirement *req, cinx_dataset **out,
					     cinx_error *err);
/* The same, showing tap every chunk as it is read (before the loader sees
 * it), so a caller can hash the very bytes loaded. */
typedef void (*cinx_load_tap)(void *ctx, const void *buf, size_t len);
CINX_MUST_CHECK cinx_status cinx_dataset_load_file_tapped(const char *path, const cinx_requirement *req, cinx_load_tap tap,
					  void *tap_ctx, cinx_dataset **out, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_dataset_load_memory(const char *source_name, const void *buf, size_t len,
				     cinx_dataset **out, cinx_error *err);
void cinx_dataset_free(cinx_dataset *ds);

const char *cinx_dataset_source(const cinx_dataset *ds);
size_t cinx_dataset_n_rows(const cinx_dataset *ds);

size_t cinx_dataset_n_years(const cinx_dataset *ds);
int cinx_dataset_year(const cinx_dataset *ds, size_t year_idx);
/* -1 when the year is not in the file. */
int cinx_dataset_year_index(const cinx_dataset *ds, int year);
int cinx_dataset_latest_year(const cinx_dataset *ds);

size_t cinx_dataset_n_indicators(const cinx_dataset *ds);
const cinx_indicator *cinx_dataset_indicator(const cinx_dataset *ds, size_t ind);
/* By exact EES column name (any case) or an alias from cinx/metric.h;
 * nothing else. Returns the index, or -1 with err suggesting the closest
 * names and listing the choices. */
int cinx_dataset_find_indicator(const cinx_dataset *ds, const char *query, cinx_error *err);

size_t cinx_dataset_n_areas(const cinx_dataset *ds);
const cinx_area *cinx_dataset_area(const cinx_dataset *ds, int area);
/* Whether year is in the area's own life: it has a code then (England and
 * the regions, without codes by era, have none). */
bool cinx_area_lives_in(const cinx_area *a, int year);
int cinx_dataset_england(const cinx_dataset *ds);
/* Nearest ancestor at the given level, or -1. */
int cinx_dataset_ancestor(const cinx_dataset *ds, int area, cinx_level level);
cinx_value cinx_dataset_value(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

/* Derived indicators (rates, ...) are added once, after loading and before
 * the dataset is shared: pointers from cinx_dataset_indicator move. vals
 * holds [area][year] for every area and year of ds; meta's strings are
 * copied. Fails when an indicator of that name exists. */
CINX_MUST_CHECK cinx_status cinx_dataset_add_indicator(cinx_dataset *ds, const cinx_indicator *meta,
				       const cinx_value *vals, cinx_error *err);
/* The population the derived rates per 10,000 are of, [area][year] like
 * vals above (read at decimals), kept so that rates of areas added up can be
 * recomputed from added-up populations; copied. */
cinx_status cinx_dataset_set_population(cinx_dataset *ds, const cinx_value *vals, int decimals,
					cinx_error *err);
/* That population for area in year_idx (no row without one), and the
 * decimals it was read at. */
cinx_value cinx_dataset_population(const cinx_dataset *ds, int area, size_t year_idx);
int cinx_dataset_population_decimals(const cinx_dataset *ds);
/* A footnote on area (-1: every area), years from..to (0: every year) and the
 * named indicators (none: every indicator). text is copied. */
CINX_MUST_CHECK cinx_status cinx_dataset_add_footnote(cinx_dataset *ds, int area, int from_year, int to_year,
				      const char *const *inds, size_t n_inds, const char *text,
				      cinx_error *err);

/* Odd but loadable input (negative counts, percentages over 100). */
size_t cinx_dataset_n_warnings(const cinx_dataset *ds);
const char *cinx_dataset_warning(const cinx_dataset *ds, size_t i);

/* Published footnotes that apply to this area and year (year 0: any year)
 * and indicator (-1: any). Fills up to max texts; returns how many apply. */
size_t cinx_dataset_footnotes(const cinx_dataset *ds, int area, int year, int ind,
			      const char **out, size_t max);

#endif
