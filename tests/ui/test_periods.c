/* SPDX-License-Identifier: MIT */
/* Periods as the explorer shows them: each kind of EES period's label, and
 * the shorter forms it takes where room is short (hand-made files). */
#include "../unit/testutil.h"

#include "ui/periods.h"

#define HEAD "time_period,time_identifier,geographic_level,country_code,country_name,n\n"
#define ROW(tp, id) tp "," id ",National,E92000001,England,1\n"

static void form_is(const cinx_dataset *ds, size_t i, ui_period_form f, const char *want)
{
	char buf[128];

	ui_period_form_text(ds, i, f, buf, sizeof buf);
	assert_string_equal(buf, want);
}

static void whole_years(void **state)
{
	cinx_dataset *ds = load_str(HEAD ROW("2013", "Calendar year") ROW("2025", "Calendar year"));

	(void)state;
	/* C1's: the four digits, then the last two (the slider's "13") */
	form_is(ds, 1, UI_PERIOD_FULL, "2025");
	form_is(ds, 1, UI_PERIOD_SHORT, "2025");
	form_is(ds, 1, UI_PERIOD_TINY, "25");
	cinx_dataset_free(ds);
}

static void academic_and_financial_years(void **state)
{
	cinx_dataset *ds = load_str(HEAD ROW("202324", "Academic year") ROW("202425", "Academic year"));
	cinx_dataset *fy = load_str(HEAD ROW("202425", "Financial year"));
	char buf[128];

	(void)state;
	form_is(ds, 1, UI_PERIOD_FULL, "2024/25");
	form_is(ds, 1, UI_PERIOD_SHORT_YEAR, "24/25");
	form_is(ds, 1, UI_PERIOD_TINY, "24/25");
	form_is(fy, 0, UI_PERIOD_SHORT, "24-25");
	/* the heading's phrase names the kind of year */
	ui_period_phrase(ds, 1, true, 80, buf, sizeof buf);
	assert_string_equal(buf, "Academic year 2024/25");
	ui_period_phrase(ds, 1, false, 80, buf, sizeof buf);
	assert_string_equal(buf, "academic year 2024/25");
	cinx_dataset_free(ds);
	cinx_dataset_free(fy);
}

static void parts_of_years(void **state)
{
	cinx_dataset *terms = load_str(HEAD ROW("202425", "Autumn term") ROW("202425", "Autumn and spring term"));
	cinx_dataset *weeks = load_str(HEAD ROW("2024", "Week 12"));
	cinx_dataset *months = load_str(HEAD ROW("2024", "September"));
	cinx_dataset *halves = load_str(HEAD ROW("202425", "Part 1 (April to September)"));
	cinx_dataset *quarters = load_str(HEAD ROW("202425", "Financial year Q1-Q3"));
	char buf[128];

	(void)state;
	form_is(terms, 1, UI_PERIOD_FULL, "2024/25 Autumn and spring term");
	form_is(terms, 1, UI_PERIOD_SHORT_PART, "2024/25 Aut+Spr");
	form_is(terms, 1, UI_PERIOD_SHORT, "24/25 Aut+Spr");
	form_is(terms, 0, UI_PERIOD_SHORT, "24/25 Aut");
	form_is(weeks, 0, UI_PERIOD_SHORT, "2024 W12");
	form_is(months, 0, UI_PERIOD_SHORT, "2024 Sep");
	form_is(halves, 0, UI_PERIOD_SHORT, "24-25 P1");
	form_is(quarters, 0, UI_PERIOD_SHORT, "24-25 Q1-Q3");
	/* the longest form that fits, else the shortest */
	ui_period_fit(terms, 1, 30, buf, sizeof buf);
	assert_string_equal(buf, "2024/25 Autumn and spring term");
	ui_period_fit(terms, 1, 16, buf, sizeof buf);
	assert_string_equal(buf, "2024/25 Aut+Spr");
	ui_period_fit(terms, 1, 9, buf, sizeof buf);
	assert_string_equal(buf, "24/25 Aut+Spr");
	/* a label that names its part is its own phrase, shortened to fit */
	ui_period_phrase(terms, 1, false, 40, buf, sizeof buf);
	assert_string_equal(buf, "2024/25 Autumn and spring term");
	ui_period_phrase(terms, 1, false, 20, buf, sizeof buf);
	assert_string_equal(buf, "2024/25 Aut+Spr");
	cinx_dataset_free(terms);
	cinx_dataset_free(weeks);
	cinx_dataset_free(months);
	cinx_dataset_free(halves);
	cinx_dataset_free(quarters);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(whole_years),
		cmocka_unit_test(academic_and_financial_years),
		cmocka_unit_test(parts_of_years),
	};
	return cmocka_run_group_tests_name("periods", tests, NULL, NULL);
}
