/* SPDX-License-Identifier: MIT */
/* Naming a metric: its exact EES column name (in any case) or one of a few
 * aliases, and nothing else, so that a slip of the keyboard can never open a
 * different figure. An alias whose column the file lacks is unknown. */
#ifndef CINX_METRIC_H
#define CINX_METRIC_H

#include <stddef.h>
#include "cinx/dataset.h"

/* What a view shows when no metric is asked for. */
#define CINX_METRIC_DEFAULT "referral_count"

typedef struct cinx_metric_alias {
	const char *alias;  /* what users may type, e.g. "referrals" */
	const char *column; /* the EES column it names */
} cinx_metric_alias;

/* The aliases, in the order help lists them; *n receives how many. */
const cinx_metric_alias *cinx_metric_aliases(size_t *n);

/* The default metric's index, or -1 when the file has no such column. */
int cinx_metric_default(const cinx_dataset *ds);

/* The indicator a single-metric view shows: metric when it is an index,
 * else the default; fails (CINX_E_USAGE) asking for --metric when the file
 * has no referral_count, rather than show another figure unasked. */
CINX_MUST_CHECK cinx_status cinx_metric_for_view(const cinx_dataset *ds, int metric, size_t *ind, cinx_error *err);

#endif
