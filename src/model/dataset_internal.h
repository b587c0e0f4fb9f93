/* SPDX-License-Identifier: MIT */
/* The dataset's fields, shared by the loader, the index and the C1 notes. */
#ifndef CINX_DATASET_INTERNAL_H
#define CINX_DATASET_INTERNAL_H

#include "cinx/dataset.h"
#include <stdint.h>

#include "arena.h"

/* A filter or an attribute: its column and values. */
typedef struct ds_column {
	const char *name, *label;
	const char **values;
	size_t n_values;
	int total;               /* filters: index of Total, or -1 */
} ds_column;

typedef struct footnote {
	int area;               /* -1: every area */
	int from_year, to_year; /* 0: every year */
	const char *ind_prefix; /* NULL: every indicator */
	const char *text;
} footnote;

struct cinx_dataset {
	arena strings;
	char *source;
	size_t n_rows;
	int *years;              /* period keys, see cinx_dataset_year */
	size_t n_years;
	const char **period_labels, **period_codes, **period_ids; /* by year index */
	const char *period_noun;
	/* filters and attributes; values interned in strings */
	size_t n_filters, n_attrs, n_other_levels;
	struct ds_column *filters, *attrs;
	const char **other_levels;
	size_t *chosen;          /* by filter */
	unsigned *attr_cells;    /* [area][year][attribute] value index, UINT_MAX: no row */
	size_t n_file_inds;      /* indicators of the file; derived ones follow */
	/* Read from a snapshot: kept open while the data set lives; the cube
	 * (nums, kinds, attr_cells) and the rows may be its mapped pages,
	 * never written nor freed. */
	struct cinx_snapshot *snapshot;
	bool mapped_cube, mapped_rows;
	/* The rows, kept while there are filters to choose among: grouped by
	 * cell ([area][year]), each with its filter and attribute values. */
	struct ds_rows {
		double *nums;          /* [row][file indicator] */
		unsigned char *kinds;
		uint32_t *texts;       /* [row][text column] */
		size_t n_texts;
		int *text_filter;      /* by text column: filter index, or -1 */
		int *text_attr;        /* by text column: attribute index, or -1 */
		uint32_t *by_cell;     /* row numbers, cell by cell */
		size_t *cell_start;    /* [cells + 1] */
	} rows;
	cinx_indicator *inds;
	size_t n_inds;
	cinx_area *areas;
	size_t n_areas;
	/* [area][year][indicator], numbers and kinds apart: 9 bytes a cell,
	 * not 16, which matters for the pages a load touches */
	double *nums;
	unsigned char *kinds;
	char **warnings;
	size_t n_warnings;
	footnote *notes;
	size_t n_notes;
	int england;
	/* backing storage for the areas' arrays */
	int *child_ids;
	cinx_code_span *spans;
	cinx_link *links;
	size_t n_links, cap_links;
	struct cinx_provenance *provenance; /* set by cinx_data_open*; NULL when loaded directly */
	cinx_value *population;  /* [area][year] behind the derived rates, or NULL */
	int population_decimals;
};

/* Applies what the publication says beyond the rows: indicator labels,
 * boundary changes and footnotes. Called once by the loader. */
cinx_status cinx_c1_annotate(cinx_dataset *ds, cinx_error *err);

/* Whether the publication names this column as one of its indicators. */
bool cinx_c1_is_indicator(const char *column);

/* Frees the rows kept for filters (never mapped ones: the caller knows). */
void cinx_dataset_drop_rows(cinx_dataset *ds);

/* Fills the figures (and attributes) of the cells from the rows that match
 * choice, one value per filter, and drops derived indicators. */
CINX_MUST_CHECK cinx_status cinx_dataset_refill(cinx_dataset *ds, const size_t *choice, cinx_error *err);

/* Finds an area by GSS code (any span) or old LA code; -1 when absent. */
int cinx_dataset_find_code(const cinx_dataset *ds, const char *code);

#endif
