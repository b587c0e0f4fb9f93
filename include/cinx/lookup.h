/* Finding areas by what users type. */
#ifndef CINX_LOOKUP_H
#define CINX_LOOKUP_H

#include <stddef.h>
#include "cinx/dataset.h"

/* By GSS code (any code the area ever had), old LA code, exact name, or a
 * unique case-insensitive prefix or substring of the name. On failure err
 * lists the candidates (ambiguous) or the closest names (unknown). */
cinx_status cinx_lookup_area(const cinx_dataset *ds, const char *query, int *area, cinx_error *err);

/* Every area whose name or code contains query (case-insensitive), in
 * area order. Returns the count, filling at most max. */
size_t cinx_search_areas(const cinx_dataset *ds, const char *query, int *out, size_t max);

/* Edit distance between two strings, ignoring case; used for suggestions. */
size_t cinx_edit_distance(const char *a, const char *b);

#endif
