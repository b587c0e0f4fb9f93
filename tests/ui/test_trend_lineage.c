/* SPDX-License-Identifier: MIT */
/* P on the hand-made fixture: a trend across boundary changes, before an
 * authority was formed (its predecessor) and after a county was split (its
 * successors added up), dimmed and said to be so. */
#include "state_test.h"

static void a_split_county_continues_with_its_successors_added_up(void **state)
{
	int county = area("Northamptonshire");
	size_t y2021 = (size_t)cinx_dataset_year_index(ds, 2021), y2022 = y2021 + 1;
	cinx_value v;

	(void)state;
	assert_int_equal(ui_state_trend_value(&st, county, y2022, 0).kind, CINX_NO_ROW);
	press("P");
	assert_false(ui_state_predecessor_year(&st, county, y2021));
	assert_true(ui_state_predecessor_year(&st, county, y2022));
	/* North (3,150) and West (3,675) Northamptonshire in 2022 */
	v = ui_state_trend_value(&st, county, y2022, 0);
	assert_int_equal(v.kind, CINX_NUM);
	assert_true(v.num == 6825);
	/* a percentage from the summed counts: (693 + 956) / 6,825 = 24.16% */
	v = ui_state_trend_value(&st, county, y2022, 2);
	assert_int_equal(v.kind, CINX_NUM);
	assert_true(v.num == 24.2);
	press("/northamptonshire<Enter>");
	assert_string_equal(selected(), "Northamptonshire");
}

static void the_message_names_the_successors(void **state)
{
	(void)state;
	press("/northamptonshire<Enter>P");
	assert_string_equal(st.message, "Successors in trends, dimmed: Northamptonshire: from 2022, North "
					 "Northamptonshire + West Northamptonshire combined");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(a_split_county_continues_with_its_successors_added_up, setup, teardown),
		cmocka_unit_test_setup_teardown(the_message_names_the_successors, setup, teardown),
	};
	return cmocka_run_group_tests_name("trend lineage", tests, NULL, NULL);
}
