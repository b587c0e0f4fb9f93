/* SPDX-License-Identifier: MIT */
/* The C1 data set (or any EES file in the same tidy layout), indexed by
 * area and year. Loaded once, then read-only. */
#ifndef CINX_DATASET_H
#define CINX_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/error.h"
#include "cinx/value.h"

/* The drill-down's three levels, then every other geographic level of the
 * EES standard (local authority district, parliamentary constituency...),
 * each a flat table of its own: CINX_LEVEL_OTHER, told apart by the area's
 * other_level. */
typedef enum cinx_level {
	CINX_LEVEL_NATIONAL = 0,
	CINX_LEVEL_REGIONAL,
	CINX_LEVEL_LA,
	CINX_LEVEL_COUNT,
	CINX_LEVEL_OTHER = CINX_LEVEL_COUNT
} cinx_level;

/* "National", "Regional", "Local authority" as EES writes them ("?" for
 * CINX_LEVEL_OTHER: ask cinx_dataset_other_level). */
const char *cinx_level_ees_name(cinx_level l);

typedef enum cinx_unit { CINX_UNIT_COUNT, CINX_UNIT_PERCENT, CINX_UNIT_RATE } cinx_unit;

typedef struct cinx_indicator {
	const char *name;        /* EES column name, e.g. "rereferral_percent" */
	const char *label;       /* the data set's description */
	const char *short_label; /* a few words for table headers */
	cinx_unit unit;
	/* what the metadata's indicator_unit shows beside a figure: "%", "£",
	 * "£m", "pp" (static strings); NULL when none */
	const char *unit_symbol;
	int decimals;            /* the metadata's decimal places, else the most seen in the file */
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
	int other_level;         /* CINX_LEVEL_OTHER: index for cinx_dataset_other_level; else -1 */
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

/* How a load is watched: tap sees every chunk as read (before the loader),
 * so a caller can hash the very bytes loaded; progress is told the bytes
 * read so far and the file's size (0 when unknown, as on a pipe) after
 * each chunk. Any may be NULL. */
typedef void (*cinx_load_tap)(void *ctx, const void *buf, size_t len);
typedef void (*cinx_load_progress)(void *ctx, unsigned long long done, unsigned long long total);
typedef struct cinx_load_opts {
	const cinx_requirement *req;
	/* Reopen from a snapshot of the file when one matches it, and keep one
	 * after parsing it (cinx/snapshot.h); never for standard input or
	 * with a requirement. */
	bool snapshot;
	cinx_load_tap tap;
	void *tap_ctx;
	cinx_load_progress progress;
	void *progress_ctx;
} cinx_load_opts;
CINX_MUST_CHECK cinx_status cinx_dataset_load_file_with(const char *path, const cinx_load_opts *opts,
					cinx_dataset **out, cinx_error *err);

/* Any load of a file reads the metadata beside it (NAME.meta.csv) when
 * there is one: labels, units and decimals, and which columns are filters.
 * path "-" reads standard input. */
CINX_MUST_CHECK cinx_status cinx_dataset_load_file(const char *path, cinx_dataset **out, cinx_error *err);
/* The same with a cinx_loader_require requirement (NULL: none). */
CINX_MUST_CHECK cinx_status cinx_dataset_load_file_requiring(const char *path, const cinx_requirement *req, cinx_dataset **out,
					     cinx_error *err);
/* The same with a tap (see cinx_load_opts). */
CINX_MUST_CHECK cinx_status cinx_dataset_load_file_tapped(const char *path, const cinx_requirement *req, cinx_load_tap tap,
					  void *tap_ctx, cinx_dataset **out, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_dataset_load_memory(const char *source_name, const void *buf, size_t len,
				     cinx_dataset **out, cinx_error *err);
void cinx_dataset_free(cinx_dataset *ds);

const char *cinx_dataset_source(const cinx_dataset *ds);
size_t cinx_dataset_n_rows(const cinx_dataset *ds);

/* Time periods ("years" for short), oldest first. A period's key is a
 * sortable int: its start year when every period of the file is a whole
 * year (2025 for "2025", 2024 for academic "202425"), start year * 100 +
 * the part of the year otherwise (terms, quarters, months, weeks). Keys
 * are what year arguments below take; never print one: print the label. */
size_t cinx_dataset_n_years(const cinx_dataset *ds);
int cinx_dataset_year(const cinx_dataset *ds, size_t year_idx);
/* -1 when the year is not in the file. */
int cinx_dataset_year_index(const cinx_dataset *ds, int year);
int cinx_dataset_latest_year(const cinx_dataset *ds);
/* Whether every period is a whole year (true without periods). */
bool cinx_dataset_whole_years(const cinx_dataset *ds);
/* The period a change is taken from: the one before for whole years; the
 * same part of the year before for terms, quarters, months and weeks (the
 * Autumn term against the Autumn term, never against the Summer term or a
 * whole year). -1 when the file has none. */
int cinx_dataset_previous(const cinx_dataset *ds, size_t year_idx);
/* As people read it: "2025", "2024/25" (academic), "2024-25" (financial,
 * tax), "2024/25 Autumn term", "2024 Q3", "2024 March". */
const char *cinx_dataset_period_label(const cinx_dataset *ds, size_t year_idx);
/* The label of a key (cinx_dataset_year); "?" when not a period of ds. */
const char *cinx_dataset_key_label(const cinx_dataset *ds, int key);
/* As the file writes it: time_period ("202425") and time_identifier
 * ("Academic year"), so machine output round-trips. */
const char *cinx_dataset_period_code(const cinx_dataset *ds, size_t year_idx);
const char *cinx_dataset_period_identifier(const cinx_dataset *ds, size_t year_idx);
/* What one period is called in headings: "Year", "Academic year",
 * "Financial year", "Term", "Quarter", "Month", "Week", "Period". */
const char *cinx_dataset_period_noun(const cinx_dataset *ds);
/* The period a user names: its label, its time_period (with or without
 * its time_identifier), or a start year that names one period only.
 * Returns the index, or -1 with err saying what the file has. */
int cinx_dataset_find_period(const cinx_dataset *ds, const char *text, cinx_error *err);

size_t cinx_dataset_n_indicators(const cinx_dataset *ds);
const cinx_indicator *cinx_dataset_indicator(const cinx_dataset *ds, size_t ind);
/* By exact EES column name (any case) or an alias from cinx/metric.h;
 * nothing else. Returns the index, or -1 with err suggesting the closest
 * names and listing the choices. */
int cinx_dataset_find_indicator(const cinx_dataset *ds, const char *query, cinx_error *err);

/* Filters: text columns with more than one value for some area and period
 * (sex, phase_type_grouping...). The figures are of one choice of value
 * per filter at a time; the first choice is each filter's Total (any case)
 * where it has one, its first value otherwise. Values in file order. */
size_t cinx_dataset_n_filters(const cinx_dataset *ds);
const char *cinx_dataset_filter_name(const cinx_dataset *ds, size_t f);  /* column name */
const char *cinx_dataset_filter_label(const cinx_dataset *ds, size_t f); /* metadata's label, else the name */
size_t cinx_dataset_filter_n_values(const cinx_dataset *ds, size_t f);
const char *cinx_dataset_filter_value(const cinx_dataset *ds, size_t f, size_t v);
int cinx_dataset_filter_total(const cinx_dataset *ds, size_t f);  /* -1: no Total */
size_t cinx_dataset_filter_chosen(const cinx_dataset *ds, size_t f);
/* By column name (any case) or label; -1 with err listing the filters. */
int cinx_dataset_find_filter(const cinx_dataset *ds, const char *name, cinx_error *err);
/* A value of filter f by its text (any case); -1 with err listing them. */
int cinx_dataset_find_filter_value(const cinx_dataset *ds, size_t f, const char *text, cinx_error *err);
/* Makes the figures those of choice[f] for every filter f. Derived
 * indicators (rates) are dropped: add them again for the new choice. */
CINX_MUST_CHECK cinx_status cinx_dataset_choose(cinx_dataset *ds, const size_t *choice, cinx_error *err);
/* ", sex: Boys, school_phase: Primary": every filter off its Total, as
 * titles end ("" when all are at it). */
void cinx_dataset_describe_choice(const cinx_dataset *ds, char *buf, size_t cap);
/* Whether every filter is at its Total (true with no filters). */
bool cinx_dataset_at_totals(const cinx_dataset *ds);

/* Attributes: text columns with one value per area and period (C1's
 * category): shown beside the figures, never chosen. */
size_t cinx_dataset_n_attributes(const cinx_dataset *ds);
const char *cinx_dataset_attribute_name(const cinx_dataset *ds, size_t at);
/* The value in the row of area and year under the current choice; "" when
 * there is no row. */
const char *cinx_dataset_attribute_value(const cinx_dataset *ds, int area, size_t year_idx, size_t at);

/* Whether any area is of level (CINX_LEVEL_OTHER: of any other level). */
bool cinx_dataset_has_level(const cinx_dataset *ds, cinx_level level);
/* Geographic levels beyond the drill-down, in the order first seen. */
size_t cinx_dataset_n_other_levels(const cinx_dataset *ds);
const char *cinx_dataset_other_level(const cinx_dataset *ds, size_t i);  /* EES name */
/* The EES name of an area's level, whatever it is. */
const char *cinx_area_level_name(const cinx_dataset *ds, const cinx_area *a);

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
