/* SPDX-License-Identifier: MIT */
/* Finding areas by what users type. */
#ifndef CINX_LOOKUP_H
#define CINX_LOOKUP_H

#include <stddef.h>
#include "cinx/dataset.h"

/* An area is named by one of, in this order:
 *  - a code: any GSS code it ever had (E10000023 and E06000065 are both
 *    North Yorkshire) or its old 3-digit LA code (815);
 *  - its exact name, in any case (an exact name beats longer names that
 *    contain it: "London" is the region, not Inner London);
 *  - a part of its name, in any case, that matches no other area; or that
 *    starts a word in exactly one area's name and is only inside words in
 *    the others' ("hull" is Kingston upon Hull, City of, not Solihull).
 * Anything else that matches several areas is ambiguous: err lists them
 * (CINX_E_AMBIGUOUS); nothing matching is CINX_E_NOTFOUND with the closest
 * names. Areas sharing one name (the Dorset county to 2019, the Dorset
 * unitary from 2020) resolve to the current one (a row in the latest year;
 * else the one that ended last), and note receives a sentence naming the
 * others for the caller to show; note is "" when there is nothing to say. */
CINX_MUST_CHECK cinx_status cinx_lookup_area_noted(const cinx_dataset *ds, const char *query, int *area, char *note,
				   size_t note_cap, cinx_error *err);
/* The same without the note. */
CINX_MUST_CHECK cinx_status cinx_lookup_area(const cinx_dataset *ds, const char *query, int *area, cinx_error *err);

/* Looks up every query; an area named by several queries is kept once, at
 * its first place. *n_areas receives how many areas remain; notes receives
 * one line per thing worth saying (a shared name resolved, queries that
 * named the same area), each ending in '\n', or "". */
CINX_MUST_CHECK cinx_status cinx_lookup_areas(const cinx_dataset *ds, const char *const *queries, size_t n, int *areas,
			      size_t *n_areas, char *notes, size_t notes_cap, cinx_error *err);

/* Every area whose name or code contains query (case-insensitive), in
 * area order: the explorer's forgiving search, which shows what it found.
 * Returns the count, filling at most max. */
size_t cinx_search_areas(const cinx_dataset *ds, const char *query, int *out, size_t max);

/* Edit distance between two strings, ignoring case; used for suggestions. */
size_t cinx_edit_distance(const char *a, const char *b);

#endif
