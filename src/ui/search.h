/* SPDX-License-Identifier: MIT */
/* Search as you type: areas by name or code, best matches first. */
#ifndef CINX_UI_SEARCH_H
#define CINX_UI_SEARCH_H

#include <stddef.h>
#include "cinx/dataset.h"

/* Every area whose name contains query, or whose code or old code starts
 * with it (case-insensitive). Order: exact name or code, name prefix, word
 * prefix, code prefix, anywhere else; then England, regions, authorities.
 * Returns the count, filling at most max. */
size_t ui_search(const cinx_dataset *ds, const char *query, int *out, size_t max);

#endif
