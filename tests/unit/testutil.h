/* SPDX-License-Identifier: MIT */
/* Shared helpers for the cmocka suites. */
#ifndef CINX_TESTUTIL_H
#define CINX_TESTUTIL_H

#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "cinx/dataset.h"

/* Loads a CSV held in a string; fails the test on error. */
static inline cinx_dataset *load_str(const char *csv)
{
	cinx_dataset *ds = NULL;
	cinx_error err;

	if (cinx_dataset_load_memory("fixture.csv", csv, strlen(csv), &ds, &err) != CINX_OK)
		fail_msg("fixture failed to load: %s", err.message);
	return ds;
}

/* Path of a file in tests/fixtures (the suite runs from the build tree). */
static inline const char *fixture_path(const char *name)
{
	static char path[4096];
	const char *top = getenv("top_srcdir");

	snprintf(path, sizeof path, "%s/tests/fixtures/%s", top ? top : ".", name);
	return path;
}

static inline cinx_dataset *load_fixture(const char *name)
{
	cinx_dataset *ds = NULL;
	cinx_error err;

	if (cinx_dataset_load_file(fixture_path(name), &ds, &err) != CINX_OK)
		fail_msg("fixture %s failed to load: %s", name, err.message);
	return ds;
}

/* A file in ../shared/data, or NULL: the caller then prints a TAP plan of
 * "1..0 # SKIP reason" so the skip shows in the test log. */
static inline const char *shared_data(const char *name)
{
	static char path[4096];
	const char *dir = getenv("CINX_SHARED_DATA");

	snprintf(path, sizeof path, "%s/%s", dir ? dir : "../shared/data", name);
	if (access(path, R_OK) != 0)
		return NULL;
	return path;
}

#define C1_FILE "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"

#endif
