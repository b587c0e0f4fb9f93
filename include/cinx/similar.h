/* SPDX-License-Identifier: MIT */
/* Similar authorities found from the data itself, with no model file.
 *
 * Each local authority gets a profile: the average over the last three
 * years (up to the selected one) of a few features: the referral rate per
 * 10,000 children when rates are loaded, else log10 of the number of
 * referrals (size); the re-referral, no further action and not in need
 * percentages. Each feature is standardised to a z-score over the
 * authorities that have every feature. The distance between two authorities
 * is the root mean square of their z-score differences: 0 for identical
 * profiles, about 1.4 between two authorities picked at random. */
#ifndef CINX_SIMILAR_H
#define CINX_SIMILAR_H

#include <stdbool.h>
#include "cinx/dataset.h"

#define CINX_SIMILAR_FEATURES 4

typedef struct cinx_similar_profile {
	size_t n_features;
	size_t ind[CINX_SIMILAR_FEATURES];
	bool log_scale[CINX_SIMILAR_FEATURES]; /* standardised as log10 */
	double mean[CINX_SIMILAR_FEATURES], sd[CINX_SIMILAR_FEATURES];
	int from_year, to_year;
	size_t n_pool;                         /* authorities compared */
	double self[CINX_SIMILAR_FEATURES];    /* the area's averages */
} cinx_similar_profile;

typedef struct cinx_similar_match {
	int area;
	double distance;
	double value[CINX_SIMILAR_FEATURES];   /* its three-year averages */
	double dz[CINX_SIMILAR_FEATURES];      /* |z difference| per feature */
} cinx_similar_match;

/* The nearest authorities to area (closest first, ties by area order):
 * fills at most max matches and *n. Fails when area is not a local
 * authority with every feature in those years. */
CINX_MUST_CHECK cinx_status cinx_similar_find(const cinx_dataset *ds, int area, size_t year_idx, cinx_similar_profile *p,
			      cinx_similar_match *out, size_t max, size_t *n, cinx_error *err);

/* The feature indices of a match ordered by |z difference|, closest first. */
void cinx_similar_order(const cinx_similar_profile *p, const cinx_similar_match *m, size_t *order);

#endif
