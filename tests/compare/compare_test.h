/* SPDX-License-Identifier: MIT */
/* Helpers for the comparison suites, on top of the shared test helpers. */
#ifndef CINX_COMPARE_TEST_H
#define CINX_COMPARE_TEST_H

/* setenv, open_memstream, mkdtemp: include this header first */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include <math.h>

#include "../unit/testutil.h"
#include "cinx/lookup.h"

#define assert_near(a, b, eps)                                                                  \
	do {                                                                                    \
		double a_ = (a), b_ = (b);                                                      \
		if (!(fabs(a_ - b_) <= (eps)))                                                  \
			fail_msg("%s is %.10g, expected %.10g", #a, a_, b_);                   \
	} while (0)

/* A file in tests/compare. */
static inline const char *compare_path(const char *name)
{
	static char path[4096];
	const char *top = getenv("top_srcdir");

	snprintf(path, sizeof path, "%s/tests/compare/%s", top ? top : ".", name);
	return path;
}

static inline int area_of(const cinx_dataset *ds, const char *q)
{
	int a = -1;
	cinx_error err;

	if (cinx_lookup_area(ds, q, &a, &err))
		fail_msg("lookup of '%s' failed: %s", q, err.message);
	return a;
}

static inline size_t ind_of(const cinx_dataset *ds, const char *name)
{
	cinx_error err;
	int i = cinx_dataset_find_indicator(ds, name, &err);

	if (i < 0)
		fail_msg("%s", err.message);
	return (size_t)i;
}

static inline size_t year_of(const cinx_dataset *ds, int year)
{
	int i = cinx_dataset_year_index(ds, year);

	if (i < 0)
		fail_msg("no year %d", year);
	return (size_t)i;
}

#endif
