/* SPDX-License-Identifier: MIT */
/* Ordering areas for a table: by value, change, percentage change, name or
 * rank, the same in print mode and in the explorer. */
#ifndef CINX_SORT_H
#define CINX_SORT_H

#include <stdbool.h>
#include "cinx/dataset.h"

typedef enum cinx_sort_key {
	CINX_SORT_NONE = 0, /* the table's own order */
	CINX_SORT_VALUE,
	CINX_SORT_CHANGE,         /* value minus the year before's */
	CINX_SORT_CHANGE_PERCENT, /* that change over the year before's value, in % */
	CINX_SORT_NAME,
	CINX_SORT_RANK            /* among local authorities, 1 = highest value */
} cinx_sort_key;

/* "value", "change", "change_percent", "name" or "rank"; false for others. */
bool cinx_sort_key_parse(const char *word, cinx_sort_key *out);

/* The direction a key sorts in when none is asked for: the biggest
 * numbers first (-1); names from A and ranks from 1 (1). */
int cinx_sort_default_dir(cinx_sort_key key);

/* Sorts areas[0..n) by key for indicator ind in year yi, ascending when
 * dir > 0, descending when dir < 0. Areas without a number for the key
 * (a symbol, no row, no year before, a year before of 0 for the percentage,
 * no rank) come after the others whatever the direction: symbols, then no
 * row. Ties keep the order areas were given in. False when out of memory
 * (areas unchanged). */
bool cinx_sort_areas(const cinx_dataset *ds, size_t yi, size_t ind, cinx_sort_key key, int dir, int *areas,
		     size_t n);

#endif
