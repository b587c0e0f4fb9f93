/* SPDX-License-Identifier: MIT */
/* For the tests of the explorer's state on the hand-made fixture: a state
 * started as the command line would start it, keys pressed as typed, and its
 * table's rows by name. */
#ifndef CINX_TEST_UI_STATE_TEST_H
#define CINX_TEST_UI_STATE_TEST_H

#include "../unit/testutil.h"

#include "cinx/keyscript.h"
#include "cinx/lookup.h"
#include "ui/state.h"
#include "ui/view.h"

static cinx_dataset *ds;
static ui_state st;

static inline void start_state(const ui_start *start)
{
	cinx_error err;

	if (ui_state_init(&st, ds, start, &err))
		fail_msg("%s", err.message);
	ui_state_viewport(&st, 20, false, 0);
}

/* The fixture, opened as cinx with no options opens it. */
static inline int setup(void **state)
{
	ui_start start;

	(void)state;
	ds = load_fixture("mini.csv");
	ui_start_defaults(&start);
	start_state(&start);
	return 0;
}

static inline int teardown(void **state)
{
	(void)state;
	ui_state_free(&st);
	cinx_dataset_free(ds);
	return 0;
}

/* Presses each key of a script. */
static inline void press(const char *script)
{
	cinx_key *keys;
	size_t n;
	cinx_error err;

	if (cinx_keyscript_parse(script, &keys, &n, &err))
		fail_msg("%s", err.message);
	for (size_t i = 0; i < n; i++)
		ui_state_key(&st, keys[i].code);
	free(keys);
}

static inline const char *row_name(size_t i)
{
	assert_true(i < ui_areas_of(&st)->n_rows);
	return cinx_dataset_area(ds, ui_areas_of(&st)->rows[i])->name;
}

/* The area q finds, as the command line finds it. */
static inline int area(const char *q)
{
	int a = -1;
	cinx_error err;

	if (cinx_lookup_area(ds, q, &a, &err))
		fail_msg("%s", err.message);
	return a;
}

static inline const char *selected(void)
{
	return cinx_dataset_area(ds, ui_state_selected_area(&st))->name;
}

#endif
