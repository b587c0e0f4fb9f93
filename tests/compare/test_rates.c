/* SPDX-License-Identifier: MIT */
/* Rates per 10,000 children: the year offset (year Y uses mid-Y-1),
 * rounding, symbols, and x with a reason where the population is missing. */
#include "compare_test.h"

#include "cinx/rates.h"

#define POP_HDR "time_period,time_identifier,geographic_level,country_code,country_name,region_code," \
	"region_name,old_la_code,new_la_code,la_name,age_group,population_estimate\n"
#define POP_ENG(y, n) y ",Calendar year,National,E92000001,England,,,,,,Children aged 0 to 17 years," n "\n"
#define POP_LA(y, old, code, name, n) y ",Calendar year,Local authority,E92000001,England,E12000001," \
	"North East," old "," code "," name ",Children aged 0 to 17 years," n "\n"

static cinx_dataset *with_rates(const char *pop_csv)
{
	cinx_dataset *ds = load_fixture("mini.csv");
	cinx_dataset *pop;
	cinx_error err;

	if (cinx_dataset_load_memory("pop.csv", pop_csv, strlen(pop_csv), &pop, &err))
		fail_msg("%s", err.message);
	if (cinx_rates_add(ds, pop, &err))
		fail_msg("%s", err.message);
	cinx_dataset_free(pop);
	return ds;
}

static cinx_value at(const cinx_dataset *ds, const char *area, int year, const char *ind)
{
	return cinx_dataset_value(ds, area_of(ds, area), year_of(ds, year), ind_of(ds, ind));
}

static void year_y_uses_the_estimate_of_y_minus_1(void **state)
{
	(void)state;
	cinx_dataset *ds = with_rates(POP_HDR POP_ENG("2020", "12000000") POP_ENG("2021", "12600000")
				      POP_ENG("2022", "13000000") POP_ENG("2023", "13800000")
				      POP_ENG("2024", "99000000"));

	/* mini.csv: England referrals 600,000 in 2021 ... 690,000 in 2024 */
	assert_near(at(ds, "England", 2021, "referral_rate_per_10k").num, 500.0, 1e-9);
	assert_near(at(ds, "England", 2022, "referral_rate_per_10k").num, 500.0, 1e-9);
	assert_near(at(ds, "England", 2024, "referral_rate_per_10k").num, 500.0, 1e-9);
	/* 660,000 / 13,000,000 = 507.69...: one decimal place */
	assert_near(at(ds, "England", 2023, "referral_rate_per_10k").num, 507.7, 1e-9);
	/* 145,200 / 13,000,000 = 111.69... */
	assert_near(at(ds, "England", 2023, "rereferral_rate_per_10k").num, 111.7, 1e-9);

	const cinx_indicator *in = cinx_dataset_indicator(ds, ind_of(ds, "referral_rate_per_10k"));
	assert_true(in->derived);
	assert_int_equal(in->unit, CINX_UNIT_RATE);
	assert_int_equal(in->decimals, 1);
	/* the fixture has no referral_child_count, so no child rate */
	assert_int_equal(cinx_dataset_find_indicator(ds, "referral_child_rate_per_10k", NULL), -1);
	/* the published columns are untouched */
	assert_near(at(ds, "England", 2023, "referral_count").num, 660000, 0);
	assert_near(at(ds, "Hartlepool", 2024, "rereferral_percent").num, 25.0, 0);
	cinx_dataset_free(ds);
}

static void missing_population_is_x_with_the_reason(void **state)
{
	(void)state;
	const char *notes[8];
	cinx_dataset *ds = with_rates(POP_HDR POP_ENG("2021", "12600000") POP_ENG("2022", "13000000")
				      POP_ENG("2023", "13800000")
				      POP_LA("2021", "805", "E06000001", "Hartlepool", "x")
				      POP_LA("2022", "805", "E06000001", "Hartlepool", "x")
				      POP_LA("2023", "805", "E06000001", "Hartlepool", "19870"));
	int h = area_of(ds, "Hartlepool");
	int rate = (int)ind_of(ds, "referral_rate_per_10k");
	size_t n;

	/* 1,380 / 19,870 = 694.51... */
	assert_near(at(ds, "Hartlepool", 2024, "referral_rate_per_10k").num, 694.5, 1e-9);
	assert_int_equal(at(ds, "Hartlepool", 2022, "referral_rate_per_10k").kind, CINX_SYM_X);
	assert_int_equal(at(ds, "Hartlepool", 2023, "referral_rate_per_10k").kind, CINX_SYM_X);
	/* no mid-2020 estimate at all: every area's 2021 rate is x */
	assert_int_equal(at(ds, "England", 2021, "referral_rate_per_10k").kind, CINX_SYM_X);
	/* an area the file does not have */
	assert_int_equal(at(ds, "Barnet", 2024, "referral_rate_per_10k").kind, CINX_SYM_X);
	/* a count's own symbol carries over; no row stays no row */
	assert_int_equal(at(ds, "Hackney", 2022, "referral_rate_per_10k").kind, CINX_SYM_X);
	assert_int_equal(cinx_dataset_value(ds, area_of(ds, "Northamptonshire"), year_of(ds, 2022),
					    (size_t)rate).kind, CINX_NO_ROW);

	n = cinx_dataset_footnotes(ds, h, 2023, rate, notes, 8);
	assert_int_equal(n, 2);
	assert_string_equal(notes[0], "Rates per 10,000 children aged 0 to 17 are derived by cinx from pop.csv: "
			    "the year ending March Y uses the mid-year estimate of Y-1; rounded to one decimal place.");
	assert_string_equal(notes[1], "Hartlepool: the mid-2021 to mid-2022 population estimate is x (not available) "
			    "in pop.csv; rates per 10,000 children for 2022 to 2023 are shown as x.");
	n = cinx_dataset_footnotes(ds, h, 2021, rate, notes, 8);
	assert_int_equal(n, 2);
	assert_string_equal(notes[1], "Rates per 10,000 children for 2021 are shown as x: they need the mid-2020 "
			    "population estimates, which pop.csv does not have.");
	n = cinx_dataset_footnotes(ds, area_of(ds, "Barnet"), 2024, rate, notes, 8);
	assert_int_equal(n, 2);
	assert_string_equal(notes[1], "Barnet (E09000003) has no population estimate in pop.csv: its rates per "
			    "10,000 children are shown as x.");
	/* the notes are about rates only */
	assert_int_equal(cinx_dataset_footnotes(ds, h, 2023, (int)ind_of(ds, "referral_count"), notes, 8), 0);
	cinx_dataset_free(ds);
}

static void matched_by_old_code_across_a_code_change(void **state)
{
	(void)state;
	/* North Yorkshire: E10000023 up to 2023, E06000065 in 2024; old code 815 */
	cinx_dataset *ds = with_rates(POP_HDR POP_LA("2022", "815", "E10000023", "North Yorkshire", "110000")
				      POP_LA("2023", "815", "E06000065", "North Yorkshire", "115000"));

	assert_near(at(ds, "North Yorkshire", 2023, "referral_rate_per_10k").num, 500.0, 1e-9);
	assert_near(at(ds, "North Yorkshire", 2024, "referral_rate_per_10k").num, 500.0, 1e-9);
	cinx_dataset_free(ds);
}

static void a_file_without_population_is_refused(void **state)
{
	(void)state;
	cinx_dataset *ds = load_fixture("mini.csv");
	cinx_error err;

	/* the C1 file itself: it says nothing of children aged 0 to 17 */
	assert_int_equal(cinx_rates_add_file(ds, fixture_path("mini.csv"), &err), CINX_E_DATA);
	assert_non_null(strstr(err.message, "mini.csv:1:1: no column 'age_group'; expected one holding 'Children aged "
				"0 to 17 years' (rates need ONS mid-year estimates of children aged 0 to 17 in EES layout)"));
	/* nothing was added */
	assert_int_equal(cinx_dataset_find_indicator(ds, "referral_rate_per_10k", NULL), -1);
	cinx_dataset_free(ds);
}

static void a_population_of_another_age_group_is_refused_at_its_line(void **state)
{
	(void)state;
	cinx_dataset *ds = load_fixture("mini.csv");
	char dir[] = "/tmp/cinx-rates-XXXXXX", path[64];
	cinx_error err;
	FILE *f;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/pop.csv", dir);
	assert_non_null(f = fopen(path, "w"));
	fputs(POP_HDR POP_ENG("2020", "12000000"), f);
	fputs("2021,Calendar year,National,E92000001,England,,,,,,Children aged 0 to 15 years,9000000\n", f);
	fclose(f);
	assert_int_equal(cinx_rates_add_file(ds, path, &err), CINX_E_DATA);
	assert_non_null(strstr(err.message, "pop.csv:3:11: found 'Children aged 0 to 15 years' in column 'age_group'; "
				"expected 'Children aged 0 to 17 years' in every row"));
	assert_int_equal(cinx_dataset_find_indicator(ds, "referral_rate_per_10k", NULL), -1);
	remove(path);
	rmdir(dir);
	cinx_dataset_free(ds);
}

/* Each rate is built on its own count: without referral_count there is no
 * referral rate, and its name does not find the re-referral rate. */
static void a_rate_needs_its_exact_count(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(
		"time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"
		"new_la_code,la_name,rereferral_count\n"
		"2021,National,E92000001,England,,,,,,150000\n");
	cinx_dataset *pop = load_str(POP_HDR POP_ENG("2020", "12000000"));
	cinx_error err;

	assert_int_equal(cinx_rates_add(ds, pop, &err), CINX_OK);
	assert_near(at(ds, "England", 2021, "rereferral_rate_per_10k").num, 125.0, 1e-9);
	assert_int_equal(cinx_dataset_find_indicator(ds, "referral_rate_per_10k", &err), -1);
	assert_int_equal(cinx_dataset_find_indicator(ds, "referral_rate", &err), -1);
	cinx_dataset_free(pop);
	cinx_dataset_free(ds);
}

static void derived_indicators_cannot_clash(void **state)
{
	(void)state;
	cinx_dataset *ds = load_fixture("mini.csv");
	size_t n = cinx_dataset_n_areas(ds) * cinx_dataset_n_years(ds);
	cinx_value *v = calloc(n, sizeof *v);
	cinx_indicator meta = {.name = "referral_count", .label = "x", .short_label = "x", .derived = true};
	cinx_error err;

	assert_int_equal(cinx_dataset_add_indicator(ds, &meta, v, &err), CINX_E_DATA);
	char want[4200];
	snprintf(want, sizeof want, "%s: the data set already has a column 'referral_count'", fixture_path("mini.csv"));
	assert_string_equal(err.message, want);
	free(v);
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(year_y_uses_the_estimate_of_y_minus_1),
		cmocka_unit_test(missing_population_is_x_with_the_reason),
		cmocka_unit_test(matched_by_old_code_across_a_code_change),
		cmocka_unit_test(a_file_without_population_is_refused),
		cmocka_unit_test(a_population_of_another_age_group_is_refused_at_its_line),
		cmocka_unit_test(a_rate_needs_its_exact_count),
		cmocka_unit_test(derived_indicators_cannot_clash),
	};
	return cmocka_run_group_tests_name("rates", tests, NULL, NULL);
}
