/* SPDX-License-Identifier: MIT */
/* Print-mode views of the comparison features: each builds a report, so the
 * same rows serve the command line, exports and the explorer. */
#ifndef CINX_ANALYSIS_QUERIES_H
#define CINX_ANALYSIS_QUERIES_H

#include "cinx/queries.h"

/* An authority's statistical neighbours in model order with their closeness
 * and value, then rows `mean` and `median` over those with a number. Needs
 * o->neighbours. */
CINX_MUST_CHECK cinx_status cinx_query_neighbours(const cinx_dataset *ds, int area, const cinx_query_opts *o,
				 cinx_report **out, cinx_error *err);

/* The nearest authorities by the data's own profile (see similar.h), at most
 * o->limit (default 10), with the features that make them close. */
CINX_MUST_CHECK cinx_status cinx_query_similar(const cinx_dataset *ds, int area, const cinx_query_opts *o,
			      cinx_report **out, cinx_error *err);

#endif
