/* SPDX-License-Identifier: MIT */
/* Any EES file: periods other than years, filters and attributes, levels
 * beyond the drill-down, and the rows that must be refused. Invented
 * values throughout. */
#include "testutil.h"

#include "cinx/lookup.h"

#define GEO "geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name"
#define HDR "time_period,time_identifier," GEO ",sex,phase,la_type,pupils,absence_rate\n"
#define NAT(tp, sex, phase, type, n, r) tp ",Academic year,National,E92000001,England,,,,,," sex "," phase "," \
	type "," n "," r "\n"
#define LA(tp, sex, phase, type, n, r) tp ",Academic year,Local authority,E92000001,England,E12000001,North East," \
	"841,E06000005,Darlington," sex "," phase "," type "," n "," r "\n"

/* The attribute's first value is a symbol: it is still text. */
static const char two_filters[] = HDR
	NAT("202324", "Total", "Total", "z", "1000", "5.5") NAT("202324", "Boys", "Total", "z", "510", "5.9")
	NAT("202324", "Girls", "Total", "z", "490", "5.1") NAT("202324", "Total", "Primary", "z", "600", "4.5")
	NAT("202425", "Total", "Total", "z", "1100", "5.2") NAT("202425", "Boys", "Total", "z", "560", "5.6")
	LA("202425", "Total", "Total", "Unitary", "100", "6.1") LA("202425", "Boys", "Total", "Unitary", "52", "6.3")
	LA("202324", "Total", "Total", "Unitary", "90", "c");

static void expect_error(const char *csv, const char *message)
{
	cinx_dataset *ds = NULL;
	cinx_error err;

	cinx_error_clear(&err);
	assert_int_equal(cinx_dataset_load_memory("bad.csv", csv, strlen(csv), &ds, &err), CINX_E_DATA);
	assert_null(ds);
	assert_string_equal(err.message, message);
}

static double value(const cinx_dataset *ds, int area, const char *period, const char *ind)
{
	cinx_error err;
	int y = cinx_dataset_find_period(ds, period, &err);
	int i = cinx_dataset_find_indicator(ds, ind, &err);
	cinx_value v;

	assert_true(y >= 0 && i >= 0);
	v = cinx_dataset_value(ds, area, (size_t)y, (size_t)i);
	return v.kind == CINX_NUM ? v.num : -1;
}

static void academic_years_are_labelled_and_keyed_by_start_year(void **state)
{
	cinx_dataset *ds = load_str(two_filters);
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dataset_n_years(ds), 2);
	assert_int_equal(cinx_dataset_year(ds, 0), 2023);
	assert_string_equal(cinx_dataset_period_label(ds, 0), "2023/24");
	assert_string_equal(cinx_dataset_period_code(ds, 1), "202425");
	assert_string_equal(cinx_dataset_period_identifier(ds, 1), "Academic year");
	assert_string_equal(cinx_dataset_period_noun(ds), "Academic year");
	assert_string_equal(cinx_dataset_key_label(ds, 2024), "2024/25");
	/* the shown form, the file's form and the start year all name it */
	assert_int_equal(cinx_dataset_find_period(ds, "2024/25", &err), 1);
	assert_int_equal(cinx_dataset_find_period(ds, "202425", &err), 1);
	assert_int_equal(cinx_dataset_find_period(ds, "202425 academic year", &err), 1);
	assert_int_equal(cinx_dataset_find_period(ds, "2024", &err), 1);
	assert_int_equal(cinx_dataset_find_period(ds, "2026", &err), -1);
	assert_string_equal(err.message, "no period '2026' in fixture.csv; it has 2023/24 to 2024/25");
	cinx_dataset_free(ds);
}

static void filters_and_attributes_are_told_apart(void **state)
{
	cinx_dataset *ds = load_str(two_filters);
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dataset_n_filters(ds), 2);
	assert_string_equal(cinx_dataset_filter_name(ds, 0), "sex");
	assert_int_equal(cinx_dataset_filter_n_values(ds, 0), 3);
	assert_string_equal(cinx_dataset_filter_value(ds, 0, 2), "Girls");
	assert_int_equal(cinx_dataset_filter_total(ds, 1), 0);
	assert_true(cinx_dataset_at_totals(ds));
	assert_int_equal(cinx_dataset_n_attributes(ds), 1);
	assert_string_equal(cinx_dataset_attribute_name(ds, 0), "la_type");
	assert_int_equal(cinx_dataset_n_indicators(ds), 2);
	int eng = cinx_dataset_england(ds), dar = -1;
	assert_int_equal(cinx_lookup_area(ds, "Darlington", &dar, &err), CINX_OK);
	assert_string_equal(cinx_dataset_attribute_value(ds, dar, 1, 0), "Unitary");
	assert_string_equal(cinx_dataset_attribute_value(ds, eng, 1, 0), "z");
	assert_true(value(ds, eng, "2023/24", "pupils") == 1000);
	assert_true(value(ds, dar, "2023/24", "absence_rate") == -1); /* c */
	cinx_dataset_free(ds);
}

static void choosing_a_filter_value_changes_every_figure(void **state)
{
	cinx_dataset *ds = load_str(two_filters);
	cinx_error err;
	size_t choice[2];
	int dar = -1;

	(void)state;
	assert_int_equal(cinx_lookup_area(ds, "Darlington", &dar, &err), CINX_OK);
	int sex = cinx_dataset_find_filter(ds, "SEX", &err);
	assert_int_equal(sex, 0);
	choice[0] = (size_t)cinx_dataset_find_filter_value(ds, 0, "boys", &err);
	choice[1] = 0;
	assert_int_equal(cinx_dataset_choose(ds, choice, &err), CINX_OK);
	assert_false(cinx_dataset_at_totals(ds));
	assert_int_equal(cinx_dataset_filter_chosen(ds, 0), 1);
	assert_true(value(ds, cinx_dataset_england(ds), "2024/25", "pupils") == 560);
	assert_true(value(ds, dar, "2024/25", "absence_rate") == 6.3);
	/* no Boys row for Darlington in 2023/24: no row, not the Total's */
	assert_int_equal(cinx_dataset_value(ds, dar, 0, 0).kind, CINX_NO_ROW);
	assert_string_equal(cinx_dataset_attribute_value(ds, dar, 0, 0), "");
	assert_int_equal(cinx_dataset_find_filter_value(ds, 0, "Other", &err), -1);
	assert_string_equal(err.message, "filter 'sex' has no value 'Other'; its values are 'Total', 'Boys', 'Girls'");
	assert_int_equal(cinx_dataset_find_filter(ds, "region", &err), -1);
	assert_string_equal(err.message, "no filter 'region' in fixture.csv; its filters are 'sex', 'phase'");
	cinx_dataset_free(ds);
}

#define THDR "time_period,time_identifier," GEO ",ethnicity_major,pupils\n"
#define T(tp, id, eth, n) tp "," id ",National,E92000001,England,,,,,," eth "," n "\n"

static void terms_sort_within_their_year_and_filters_without_total_start_at_the_first(void **state)
{
	cinx_dataset *ds = load_str(THDR T("202324", "Summer term", "White", "3") T("202324", "Academic year", "White", "9")
		T("202324", "Autumn term", "White", "1") T("202324", "Spring term", "White", "2")
		T("202324", "Autumn term", "Asian", "5"));
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dataset_n_years(ds), 4);
	assert_string_equal(cinx_dataset_period_label(ds, 0), "2023/24 Autumn term");
	assert_string_equal(cinx_dataset_period_label(ds, 2), "2023/24 Summer term");
	assert_string_equal(cinx_dataset_period_label(ds, 3), "2023/24");
	assert_true(cinx_dataset_year(ds, 0) < cinx_dataset_year(ds, 1));
	assert_string_equal(cinx_dataset_period_noun(ds), "Period");
	assert_int_equal(cinx_dataset_find_period(ds, "202324 Spring term", &err), 1);
	/* the time_period alone is every term of the year: refused, never the first */
	assert_int_equal(cinx_dataset_find_period(ds, "202324", &err), -1);
	assert_int_equal(err.status, CINX_E_AMBIGUOUS);
	assert_int_equal(cinx_dataset_find_period(ds, "2023", &err), -1);
	assert_int_equal(err.status, CINX_E_AMBIGUOUS);
	assert_int_equal(cinx_dataset_n_filters(ds), 1);
	assert_int_equal(cinx_dataset_filter_total(ds, 0), -1);
	assert_int_equal(cinx_dataset_filter_chosen(ds, 0), 0);
	assert_false(cinx_dataset_at_totals(ds));
	assert_true(value(ds, cinx_dataset_england(ds), "2023/24 Autumn term", "pupils") == 1);
	/* a term's change is from the same term a year before: none here */
	assert_int_equal(cinx_dataset_previous(ds, 1), -1);
	assert_int_equal(cinx_dataset_previous(ds, 3), -1);
	cinx_dataset_free(ds);
	ds = load_str(THDR T("202324", "Autumn term", "White", "1") T("202324", "Summer term", "White", "3")
		T("202425", "Autumn term", "White", "4") T("202324", "Academic year", "White", "9"));
	assert_int_equal(cinx_dataset_previous(ds, 3), 0);
	assert_int_equal(cinx_dataset_previous(ds, 2), -1);
	cinx_dataset_free(ds);
	/* whole years: the year before */
	ds = load_str(two_filters);
	assert_int_equal(cinx_dataset_previous(ds, 1), 0);
	assert_int_equal(cinx_dataset_previous(ds, 0), -1);
	cinx_dataset_free(ds);
}

static void financial_quarters_and_weeks(void **state)
{
	cinx_error err;
	cinx_dataset *ds = load_str("time_period,time_identifier," GEO ",spend\n"
		"202425,Financial year Q2,National,E92000001,England,,,,,,7\n"
		"202425,Financial year Q1,National,E92000001,England,,,,,,6\n");
	cinx_dataset *wk = load_str("time_period,time_identifier," GEO ",n\n"
		"2024,Week 10,National,E92000001,England,,,,,,7\n2024,Week 9,National,E92000001,England,,,,,,6\n");

	(void)state;
	assert_string_equal(cinx_dataset_period_label(ds, 0), "2024-25 Q1");
	assert_string_equal(cinx_dataset_period_noun(ds), "Quarter");
	assert_string_equal(cinx_dataset_period_label(wk, 1), "2024 Week 10");
	/* "2024" is both weeks' time_period */
	assert_int_equal(cinx_dataset_find_period(wk, "2024", &err), -1);
	assert_string_equal(err.message, "2024 names 2 periods of fixture.csv, 2024 Week 9 to 2024 Week 10; expected "
			    "one, such as '2024 Week 10'");
	assert_int_equal(cinx_dataset_find_period(wk, "2024 week 9", &err), 0);
	cinx_dataset_free(ds);
	cinx_dataset_free(wk);
}

static void other_levels_are_flat_tables(void **state)
{
	cinx_dataset *ds = load_str("time_period,time_identifier," GEO ",pcon_code,pcon_name,lad_code,lad_name,n\n"
		"2024,Calendar year,National,E92000001,England,,,,,,,,,,10\n"
		"2024,Calendar year,Parliamentary constituency,E92000001,England,,,,,,E14001000,Beta Hills,,,4\n"
		"2024,Calendar year,Parliamentary constituency,E92000001,England,,,,,,E14000999,Alpha Vale,,,6\n"
		"2024,Calendar year,Local authority district,E92000001,England,,,,,,,,E07000001,Gamma,3\n");
	cinx_error err;
	int a = -1;

	(void)state;
	assert_int_equal(cinx_dataset_n_other_levels(ds), 2);
	assert_string_equal(cinx_dataset_other_level(ds, 0), "Parliamentary constituency");
	assert_int_equal(cinx_lookup_area(ds, "E14000999", &a, &err), CINX_OK);
	const cinx_area *ar = cinx_dataset_area(ds, a);
	assert_int_equal(ar->level, CINX_LEVEL_OTHER);
	assert_int_equal(ar->parent, -1);
	assert_string_equal(ar->name, "Alpha Vale");
	assert_string_equal(cinx_area_level_name(ds, ar), "Parliamentary constituency");
	/* flat tables sort by name, after the drill-down */
	assert_string_equal(cinx_dataset_area(ds, a + 1)->name, "Beta Hills");
	assert_int_equal(cinx_dataset_area(ds, cinx_dataset_england(ds))->n_children, 0);
	cinx_dataset_free(ds);
}

static void a_name_shared_by_two_levels_needs_its_level(void **state)
{
	cinx_dataset *ds = load_str("time_period,time_identifier," GEO ",lad_code,lad_name,n\n"
		"2024,Calendar year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,,,1\n"
		"2024,Calendar year,Local authority district,E92000001,England,,,,,,E06000005,Darlington,2\n");
	cinx_error err;
	int a = -1;

	(void)state;
	assert_int_equal(cinx_lookup_area(ds, "Darlington", &a, &err), CINX_E_AMBIGUOUS);
	assert_string_equal(err.message, "area 'Darlington' is ambiguous: it matches Darlington (E06000005, local "
		"authority, 2024); Darlington (E06000005, Local authority district, 2024); name one by its code or full name, with "
		"its level when they share them, such as 'Darlington (Local authority district)'");
	assert_int_equal(cinx_lookup_area(ds, "E06000005", &a, &err), CINX_E_AMBIGUOUS);
	assert_int_equal(cinx_lookup_area(ds, "Darlington (local authority district)", &a, &err), CINX_OK);
	assert_int_equal(cinx_dataset_area(ds, a)->level, CINX_LEVEL_OTHER);
	assert_int_equal(cinx_lookup_area(ds, "E06000005 (Local authority)", &a, &err), CINX_OK);
	assert_int_equal(cinx_dataset_area(ds, a)->level, CINX_LEVEL_LA);
	cinx_dataset_free(ds);
}

static void bad_periods_and_repeated_rows_are_refused_where_they_are(void **state)
{
	(void)state;
	expect_error(THDR T("202324", "Academic year", "White", "1") T("202324", "Autumn half", "White", "1"),
		"bad.csv:3:2: unknown time_identifier 'Autumn half'; expected a year (Calendar year, Reporting year, "
		"Academic year, Financial year, Tax year), one of them with a quarter (Financial year Q1), a term "
		"(Autumn term), a month (January) or a week (Week 1 to Week 53)");
	expect_error(THDR T("202326", "Academic year", "White", "1"),
		"bad.csv:2:1: found '202326' in column 'time_period'; expected the second year to follow the first, "
		"such as 202324");
	expect_error(THDR T("2023", "Calendar year", "White", "1") T("202324", "Academic year", "White", "1"),
		"bad.csv:3:1: time_period 202324 with time_identifier 'Academic year' is the same period as 2023 "
		"'Calendar year' on line 2; expected one kind of year in a file");
	expect_error(THDR T("202324", "Academic year", "White", "1") T("202324", "Academic year", "Asian", "1")
		T("202324", "Academic year", "White", "2"),
		"bad.csv:4:1: duplicate row for England in 2023/24 with ethnicity_major 'White' (first seen on line 2); "
		"expected one row per area and period for each set of filter values");
	/* without metadata a filter of numbers reads as figures: the message says so */
	expect_error("time_period,time_identifier," GEO ",age,n\n2024,Calendar year,National,E92000001,England,,,,,,16,1\n"
		     "2024,Calendar year,National,E92000001,England,,,,,,17,2\n",
		"bad.csv:3:1: duplicate row for England in 2024 (first seen on line 2); expected one row per area and "
		"year; a column of numbers that tells such rows apart (a filter such as an age) is read as figures "
		"unless the data set's .meta.csv beside the file calls it a Filter");
	expect_error("time_period,time_identifier," GEO ",n\n2024,Calendar year,Ward,E92000001,England,,,,,,1\n",
		"bad.csv:2:3: geographic_level 'Ward' needs its code and name columns; the header has neither");
}

/* A word where figures were expected is refused, never a lost indicator;
 * a filter of a few numbers (ages) stays a filter. */
static void a_word_among_figures_is_refused_where_it_is(void **state)
{
	char *csv = malloc(64 * 1024), *at = csv;
	cinx_dataset *ds = NULL;
	cinx_error err;

	(void)state;
	at += sprintf(at, "time_period,time_identifier," GEO ",age,rate,n\n");
	for (int i = 0; i < 150; i++) {
		char rate[16];
		snprintf(rate, sizeof rate, i ? "%d.5" : "lots", i);
		at += sprintf(at, "%d,Calendar year,National,E92000001,England,,,,,,Total,%s,7\n", 1900 + i, rate);
		at += sprintf(at, "%d,Calendar year,National,E92000001,England,,,,,,%d,1,7\n", 1900 + i, i % 18);
	}
	assert_int_equal(cinx_dataset_load_memory("bad.csv", csv, strlen(csv), &ds, &err), CINX_E_DATA);
	assert_string_equal(err.message, "bad.csv:2:12: found 'lots' in column 'rate'; expected a number or a symbol "
			    "(c, x, :, z, u, k, low), as in 150 of its 151 values");
	memcpy(strstr(csv, "lots"), "2.25", 4);
	ds = load_str(csv);
	assert_int_equal(cinx_dataset_n_filters(ds), 1);
	assert_string_equal(cinx_dataset_filter_name(ds, 0), "age");
	assert_int_equal(cinx_dataset_filter_n_values(ds, 0), 19);
	cinx_dataset_free(ds);
	free(csv);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(academic_years_are_labelled_and_keyed_by_start_year),
		cmocka_unit_test(filters_and_attributes_are_told_apart),
		cmocka_unit_test(choosing_a_filter_value_changes_every_figure),
		cmocka_unit_test(terms_sort_within_their_year_and_filters_without_total_start_at_the_first),
		cmocka_unit_test(financial_quarters_and_weeks),
		cmocka_unit_test(other_levels_are_flat_tables),
		cmocka_unit_test(a_name_shared_by_two_levels_needs_its_level),
		cmocka_unit_test(a_word_among_figures_is_refused_where_it_is),
		cmocka_unit_test(bad_periods_and_repeated_rows_are_refused_where_they_are),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
