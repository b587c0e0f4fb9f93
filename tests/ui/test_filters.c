/* SPDX-License-Identifier: MIT */
/* The explorer on any EES data set, as state (hand-made files of
 * tests/ui/ees): f, the filter lists and what Enter asks for; the command
 * line that reopens the choice; another geographic level's table. */
#include "state_test.h"

#include "cinx/rank.h"
#include "ui/state_share.h"

static int open_file(const char *name)
{
	char path[256];
	ui_start start;

	snprintf(path, sizeof path, "../ui/ees/%s", name);
	ds = load_fixture(path);
	ui_start_defaults(&start);
	start_state(&start);
	return 0;
}

static int filtered(void **state)
{
	(void)state;
	return open_file("filtered.csv");
}

static int one_filter(void **state)
{
	(void)state;
	return open_file("referral_source.csv");
}

static int terms(void **state)
{
	(void)state;
	return open_file("terms.csv");
}

static int other_level(void **state)
{
	(void)state;
	return open_file("other_level.csv");
}

static void a_value_typed_and_picked_is_asked_for(void **state)
{
	(void)state;
	press("f");
	assert_int_equal(ui_state_mode(&st), UI_MODE_FILTERS);
	press("<Enter>");
	assert_int_equal(ui_state_mode(&st), UI_MODE_FILTER_VALUES);
	assert_int_equal(st.filter.n_matches, 3);
	/* typing narrows the values (any case); j is typed, not a move */
	press("BOj");
	assert_int_equal(st.filter.n_matches, 0);
	press("<BS>");
	assert_int_equal(st.filter.n_matches, 1);
	press("<Enter>");
	assert_int_equal(st.overlay, UI_OVERLAY_NONE);
	assert_int_equal(st.request, UI_REQ_CHOOSE);
	assert_string_equal(cinx_dataset_filter_value(ds, 0, st.filter.choice[0]), "Boys");
	assert_string_equal(cinx_dataset_filter_value(ds, 1, st.filter.choice[1]), "Total");
}

static void esc_and_the_value_shown_ask_for_nothing(void **state)
{
	(void)state;
	press("f<Enter>bo<Esc>");
	assert_int_equal(st.overlay, UI_OVERLAY_NONE);
	assert_int_equal(st.request, UI_REQ_NONE);
	press("fj<Enter>tot<Enter>");
	assert_int_equal(st.request, UI_REQ_NONE);
	assert_string_equal(st.message, "Already showing school_phase: Total");
}

static void with_one_filter_f_lists_its_values(void **state)
{
	(void)state;
	press("f");
	assert_int_equal(ui_state_mode(&st), UI_MODE_FILTER_VALUES);
}

static void without_filters_f_says_so(void **state)
{
	(void)state;
	press("f");
	assert_int_equal(st.overlay, UI_OVERLAY_NONE);
	assert_string_equal(st.message, "This data set has no filters: its figures are the only ones");
}

static void the_command_line_reopens_the_choice(void **state)
{
	size_t choice[2] = {1, 2}; /* Boys, Secondary */
	cinx_error err;
	char *line;

	(void)state;
	if (cinx_dataset_choose(ds, choice, &err))
		fail_msg("%s", err.message);
	ui_state_refigured(&st, "pupil_count");
	line = ui_command_line(&st);
	assert_non_null(strstr(line, " --year 2024/25 --filter sex=Boys --filter school_phase=Secondary "));
	free(line);
	/* the period as shown, whichever is selected */
	press("{");
	line = ui_command_line(&st);
	assert_non_null(strstr(line, " --year 2022/23 "));
	free(line);
}

static void a_term_is_quoted_for_the_shell(void **state)
{
	char *line;

	(void)state;
	line = ui_command_line(&st);
	assert_non_null(strstr(line, " --year '2024/25 Autumn and spring term' "));
	free(line);
}

static void v_goes_round_the_levels(void **state)
{
	(void)state;
	press("v");
	assert_string_equal(st.message, "v filters the league table: L opens it");
	press("Lv");
	assert_int_equal(ui_areas_of(&st)->league_level, 0);
	assert_int_equal(ui_areas_of(&st)->n_rows, 4);
	assert_string_equal(row_name(0), "Allerdale");
	/* ranked among the districts, not the authorities */
	assert_int_equal(cinx_rank_la(ds, ui_areas_of(&st)->rows[1], st.year, st.metric).rank, 1);
	assert_int_equal(cinx_rank_la(ds, ui_areas_of(&st)->rows[1], st.year, st.metric).of, 4);
	press("v");
	assert_int_equal(ui_areas_of(&st)->league_level, -1);
	assert_string_equal(row_name(0), "Camden");
	press("V");
	assert_int_equal(ui_areas_of(&st)->league_level, 0);
	/* L leaves for the top of the drill-down */
	press("L");
	assert_false(ui_areas_of(&st)->league);
	assert_string_equal(row_name(0), "England");
}

static void a_district_found_opens_its_table(void **state)
{
	(void)state;
	ui_state_goto(&st, area("Carlisle"));
	assert_true(ui_areas_of(&st)->league);
	assert_int_equal(ui_areas_of(&st)->league_level, 0);
	assert_string_equal(row_name((size_t)ui_areas_of(&st)->sel), "Carlisle");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(a_value_typed_and_picked_is_asked_for, filtered, teardown),
		cmocka_unit_test_setup_teardown(esc_and_the_value_shown_ask_for_nothing, filtered, teardown),
		cmocka_unit_test_setup_teardown(with_one_filter_f_lists_its_values, one_filter, teardown),
		cmocka_unit_test_setup_teardown(without_filters_f_says_so, setup, teardown),
		cmocka_unit_test_setup_teardown(the_command_line_reopens_the_choice, filtered, teardown),
		cmocka_unit_test_setup_teardown(a_term_is_quoted_for_the_shell, terms, teardown),
		cmocka_unit_test_setup_teardown(v_goes_round_the_levels, other_level, teardown),
		cmocka_unit_test_setup_teardown(a_district_found_opens_its_table, other_level, teardown),
	};
	return cmocka_run_group_tests_name("filters and levels", tests, NULL, NULL);
}
