/* SPDX-License-Identifier: MIT */
/* The league table on the hand-made fixture: every local authority in one
 * table, filtered by region and by type (from the GSS code), sorted like the
 * drill-down, and left for the drill-down with the authority selected. */
#include "state_test.h"

static void every_authority_in_one_table(void **state)
{
	(void)state;
	press("L");
	assert_true(ui_areas_of(&st)->league);
	/* the fixture's nine authorities with a 2024 row, across four regions */
	assert_int_equal(ui_areas_of(&st)->n_rows, 9);
	for (size_t i = 0; i < 9; i++)
		assert_int_equal(cinx_dataset_area(ds, ui_areas_of(&st)->rows[i])->level, CINX_LEVEL_LA);
	assert_string_equal(row_name(0), "Barnet");
	/* sorted by value like the drill-down: the biggest first */
	press("ss");
	assert_int_equal(st.sort, UI_SORT_VALUE);
	assert_string_equal(row_name(0), "North Yorkshire");
	assert_string_equal(row_name(8), "Hartlepool");
}

static void filtered_by_region_and_type(void **state)
{
	(void)state;
	press("L");
	/* r: the first region, North East */
	press("r");
	assert_int_equal(ui_areas_of(&st)->n_rows, 2);
	assert_string_equal(row_name(0), "Hartlepool");
	assert_string_equal(row_name(1), "Newcastle upon Tyne");
	/* t: London boroughs (E09) only: none in the North East */
	press("t");
	assert_int_equal(ui_areas_of(&st)->n_rows, 0);
	/* metropolitan districts (E08), then unitary authorities (E06) */
	press("t");
	assert_int_equal(ui_areas_of(&st)->n_rows, 1);
	assert_string_equal(row_name(0), "Newcastle upon Tyne");
	press("t");
	assert_int_equal(ui_areas_of(&st)->n_rows, 1);
	assert_string_equal(row_name(0), "Hartlepool");
	/* R back to all regions: every unitary authority */
	press("R");
	assert_int_equal(ui_areas_of(&st)->league_at.area, -1);
	assert_int_equal(ui_areas_of(&st)->n_rows, 5);
}

static void types_come_from_the_code(void **state)
{
	(void)state;
	ui_areas *t;

	press("Lt");
	t = ui_areas_of(&st);
	assert_int_equal(t->la_type, UI_LA_LONDON);
	assert_int_equal(t->n_rows, 3); /* Barnet, Camden, Hackney: E09 */
	press("t");
	assert_int_equal(t->n_rows, 1); /* Newcastle upon Tyne: E08 */
	assert_string_equal(row_name(0), "Newcastle upon Tyne");
	press("t");
	assert_int_equal(t->n_rows, 5); /* E06, North Yorkshire by its latest code */
	press("t");
	assert_int_equal(t->n_rows, 0); /* no county has a 2024 row */
	press("[[["); /* Northamptonshire (E10) in 2021 */
	assert_int_equal(t->n_rows, 1);
	assert_string_equal(row_name(0), "Northamptonshire");
	press("t");
	assert_int_equal(t->la_type, UI_LA_ANY);
}

static void back_to_the_drill_down_with_the_authority(void **state)
{
	(void)state;
	press("Ljjj");
	assert_string_equal(selected(), "Hartlepool");
	press("L");
	assert_false(ui_areas_of(&st)->league);
	assert_string_equal(selected(), "Hartlepool");
	assert_string_equal(cinx_dataset_area(ds, ui_areas_level(&st))->name, "North East");
	/* Backspace leaves it too */
	press("L<BS>");
	assert_false(ui_areas_of(&st)->league);
	assert_string_equal(selected(), "Hartlepool");
}

static void pins_and_search_stay_in_it(void **state)
{
	(void)state;
	press("Lj<Space>");
	assert_int_equal(st.n_pins, 1);
	assert_true(ui_state_pinned(&st, ui_areas_of(&st)->rows[1]));
	/* a match it lists is selected in it */
	press("/hack<Enter>");
	assert_true(ui_areas_of(&st)->league);
	assert_string_equal(selected(), "Hackney");
	/* a region is not in it: the drill-down shows it */
	press("/north east<Enter>");
	assert_false(ui_areas_of(&st)->league);
}

static void opened_from_the_command_line(void **state)
{
	(void)state;
	ui_start s;

	ui_state_free(&st);
	ui_start_defaults(&s);
	s.league = true;
	s.la_type = UI_LA_UNITARY;
	s.level = cinx_dataset_area(ds, cinx_dataset_england(ds))->children[0];
	start_state(&s);
	assert_true(ui_areas_of(&st)->league);
	assert_int_equal(ui_areas_of(&st)->n_rows, 1);
	assert_string_equal(row_name(0), "Hartlepool");
}

static void the_keys_say_where_they_work(void **state)
{
	(void)state;
	press("r");
	assert_false(ui_areas_of(&st)->league);
	assert_string_equal(st.message, "r filters the league table: L opens it");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(every_authority_in_one_table, setup, teardown),
		cmocka_unit_test_setup_teardown(filtered_by_region_and_type, setup, teardown),
		cmocka_unit_test_setup_teardown(types_come_from_the_code, setup, teardown),
		cmocka_unit_test_setup_teardown(back_to_the_drill_down_with_the_authority, setup, teardown),
		cmocka_unit_test_setup_teardown(pins_and_search_stay_in_it, setup, teardown),
		cmocka_unit_test_setup_teardown(opened_from_the_command_line, setup, teardown),
		cmocka_unit_test_setup_teardown(the_keys_say_where_they_work, setup, teardown),
	};
	return cmocka_run_group_tests_name("league", tests, NULL, NULL);
}
