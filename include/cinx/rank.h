/* SPDX-License-Identifier: MIT */
/* Ranks among local authorities (or among the areas of another level). */
#ifndef CINX_RANK_H
#define CINX_RANK_H

#include <stdbool.h>
#include "cinx/dataset.h"

typedef struct cinx_rank {
	int rank; /* 1 = highest value; ties share the best rank; 0 = unranked */
	int of;   /* authorities with a number that year */
} cinx_rank;

/* How many local authorities with a number that year lie strictly above
 * (dir > 0) or below (dir <= 0) x; *of receives how many have a number. */
int cinx_la_count_beyond(const cinx_dataset *ds, size_t year_idx, size_t ind, double x, int dir, int *of);

/* Rank of a local authority's value among all authorities with a number in
 * that year; an area of a level beyond the drill-down (a parliamentary
 * constituency) among the areas of its own level. England, the regions and
 * symbols get rank 0 (with `of` still filled: the authorities, for England
 * and the regions). */
cinx_rank cinx_rank_la(const cinx_dataset *ds, int area, size_t year_idx, size_t ind);

/* The same for every area at once, into ranks[area] (n_areas entries), in
 * O(n log n) rather than O(n) per area: for tables of every authority.
 * Returns false when out of memory. */
bool cinx_rank_la_all(const cinx_dataset *ds, size_t year_idx, size_t ind, cinx_rank *ranks);

#endif
