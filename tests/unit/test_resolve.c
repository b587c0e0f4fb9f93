/* SPDX-License-Identifier: MIT */
/* Names resolved only when they mean one thing: metrics by exact column
 * name or alias, areas by code, exact name or a part that names one area;
 * and inputs checked for what they claim (the required age group). On the
 * invented fixture names.csv. */
#include "testutil.h"

#include "cinx/compare.h"
#include "cinx/lookup.h"
#include "cinx/metric.h"
#include "cinx/queries.h"

static cinx_dataset *ds;

static int setup(void **state)
{
	(void)state;
	ds = load_fixture("names.csv");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	cinx_dataset_free(ds);
	return 0;
}

static const char *name_of(const char *q)
{
	int a = -1;
	cinx_error err;

	if (cinx_lookup_area(ds, q, &a, &err))
		fail_msg("lookup of '%s' failed: %s", q, err.message);
	return cinx_dataset_area(ds, a)->code;
}

static const char *refusal(const char *q, cinx_status want)
{
	static cinx_error err;
	int a = -1;

	assert_int_equal(cinx_lookup_area(ds, q, &a, &err), want);
	return err.message;
}

/* ---- metrics --------------------------------------------------------------- */

static void a_metric_is_its_exact_column_name_in_any_case(void **state)
{
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dataset_find_indicator(ds, "rereferral_percent", &err), 2);
	assert_int_equal(cinx_dataset_find_indicator(ds, "ReReferral_Percent", &err), 2);
	/* a part of a name is no longer a name */
	assert_int_equal(cinx_dataset_find_indicator(ds, "rereferral_p", &err), -1);
	assert_int_equal(err.status, CINX_E_NOTFOUND);
	assert_int_equal(cinx_dataset_find_indicator(ds, "percent", &err), -1);
}

static void an_alias_names_its_column(void **state)
{
	size_t n;
	const cinx_metric_alias *al = cinx_metric_aliases(&n);
	cinx_error err;

	(void)state;
	assert_true(n > 0);
	assert_string_equal(al[0].alias, "referrals");
	assert_string_equal(al[0].column, "referral_count");
	assert_int_equal(cinx_dataset_find_indicator(ds, "referrals", &err), 0);
	assert_int_equal(cinx_dataset_find_indicator(ds, "Re-Referrals", &err), 1);
	/* every alias names a column the publication has, and no rate */
	for (size_t k = 0; k < n; k++) {
		assert_null(strstr(al[k].alias, "rate"));
		assert_null(strstr(al[k].column, "rate"));
	}
}

static void an_unknown_metric_suggests_the_closest_names(void **state)
{
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dataset_find_indicator(ds, "referral_percent", &err), -1);
	assert_int_equal(err.status, CINX_E_NOTFOUND);
	assert_string_equal(err.message,
			    "unknown metric 'referral_percent'; did you mean 'rereferral_percent' or 'referral_count'? "
			    "(columns: referral_count, rereferral_count, rereferral_percent; aliases: "
			    "referrals = referral_count, rereferrals = rereferral_count, re-referrals = rereferral_count)");
	assert_int_equal(cinx_dataset_find_indicator(ds, "rereferal_count", &err), -1);
	assert_non_null(strstr(err.message, "did you mean 'rereferral_count'"));
	/* "rate" means per 10,000 children: the hint names the population file */
	assert_int_equal(cinx_dataset_find_indicator(ds, "rereferral_rate", &err), -1);
	assert_non_null(strstr(err.message, "need --population FILE"));
	assert_int_equal(cinx_dataset_find_indicator(ds, "zzz", &err), -1);
	assert_string_equal(err.message, "unknown metric 'zzz' (columns: referral_count, rereferral_count, "
					 "rereferral_percent; aliases: referrals = referral_count, rereferrals = "
					 "rereferral_count, re-referrals = rereferral_count)");
}

#define NO_REFERRALS                                                                                  \
	"time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"  \
	"new_la_code,la_name,rereferral_count,rereferral_percent\n"                                     \
	"2025,National,E92000001,England,,,,,,50,25.0\n"                                              \
	"2025,Local authority,E92000001,England,E12000001,North Fenn,901,E06000901,Brackwater,5,20.0\n"

/* On a file without referral_count, nothing stands in for it: not the
 * alias, not a column that contains the name, not the first column. */
static void a_file_without_referral_count_has_no_silent_default(void **state)
{
	cinx_dataset *t = load_str(NO_REFERRALS);
	cinx_query_opts o;
	cinx_report *r = NULL;
	cinx_error err;
	int a = 0;
	size_t ind = 99;

	(void)state;
	assert_int_equal(cinx_metric_default(t), -1);
	assert_int_equal(cinx_dataset_find_indicator(t, "referral_count", &err), -1);
	assert_non_null(strstr(err.message, "unknown metric 'referral_count'; did you mean 'rereferral_count'?"));
	assert_int_equal(cinx_dataset_find_indicator(t, "referrals", &err), -1);
	assert_int_equal(cinx_metric_for_view(t, -1, &ind, &err), CINX_E_USAGE);
	assert_int_equal(ind, 99);
	assert_string_equal(err.message, "fixture.csv has no column 'referral_count', the metric shown by default; "
					 "choose one with --metric (columns: rereferral_count, rereferral_percent; "
					 "aliases: rereferrals = rereferral_count, re-referrals = rereferral_count)");
	/* the views that show one metric ask for it */
	cinx_query_opts_init(&o);
	assert_int_equal(cinx_query_table(t, &o, &r, &err), CINX_E_USAGE);
	assert_null(r);
	assert_int_equal(cinx_query_compare(t, &a, 1, &o, &r, &err), CINX_E_USAGE);
	assert_null(r);
	/* one named is shown */
	o.metric = 1;
	assert_int_equal(cinx_query_table(t, &o, &r, &err), CINX_OK);
	cinx_report_free(r);
	cinx_dataset_free(t);
}

static void the_default_metric_is_referral_count_wherever_it_is(void **state)
{
	cinx_dataset *t = load_str(
		"time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"
		"new_la_code,la_name,rereferral_percent,referral_count\n"
		"2025,National,E92000001,England,,,,,,25.0,400\n");
	size_t ind = 99;
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_metric_for_view(t, -1, &ind, &err), CINX_OK);
	assert_int_equal(ind, 1);
	assert_int_equal(cinx_metric_for_view(t, 0, &ind, &err), CINX_OK);
	assert_int_equal(ind, 0);
	cinx_dataset_free(t);
}

/* ---- areas ----------------------------------------------------------------- */

static void codes_of_any_era_and_old_codes(void **state)
{
	(void)state;
	assert_string_equal(name_of("E10000901"), "E06000901");
	assert_string_equal(name_of("e06000901"), "E06000901");
	assert_string_equal(name_of("901"), "E06000901");
	/* an old code of an authority that has ended opens it, not its namesake */
	assert_string_equal(name_of("905"), "E10000905");
	assert_string_equal(name_of("E10000905"), "E10000905");
}

static void exact_name_beats_names_containing_it(void **state)
{
	(void)state;
	assert_string_equal(name_of("Marsh"), "E06000902");
	assert_string_equal(name_of("MARSH"), "E06000902");
	assert_string_equal(name_of("Brackwater"), "E06000901");
	assert_string_equal(name_of("north fenn"), "E12000001");
}

static void a_part_that_names_one_area(void **state)
{
	(void)state;
	assert_string_equal(name_of("vale"), "E06000903");
	assert_string_equal(name_of("sandh"), "E06000907");
	/* a word start in one name, inside a word in the other */
	assert_string_equal(name_of("hollow"), "E06000904");
}

static void several_matches_are_listed_never_picked(void **state)
{
	(void)state;
	/* both inside a word */
	assert_string_equal(refusal("ollow", CINX_E_AMBIGUOUS),
			    "area 'ollow' is ambiguous: it matches Port Hollow (E06000904); Sandhollow (E06000907); "
			    "name one by its code or full name");
	/* a region and an authority: the levels tell them apart */
	assert_string_equal(refusal("north", CINX_E_AMBIGUOUS),
			    "area 'north' is ambiguous: it matches North Fenn (E12000001, region); "
			    "North Brackwater (E06000908, local authority); name one by its code or full name");
	/* two authorities at a word start */
	assert_string_equal(refusal("brack", CINX_E_AMBIGUOUS),
			    "area 'brack' is ambiguous: it matches Brackwater (E06000901); North Brackwater "
			    "(E06000908); name one by its code or full name");
	assert_non_null(strstr(refusal("Brakwater", CINX_E_NOTFOUND), "unknown area 'Brakwater'; did you mean: Brackwater"));
	assert_string_equal(refusal("", CINX_E_USAGE), "empty area name; expected a name or code such as Leeds");
}

static void a_shared_name_is_the_current_area_with_a_note(void **state)
{
	char note[256];
	cinx_error err;
	int a = -1;

	(void)state;
	assert_int_equal(cinx_lookup_area_noted(ds, "Tarnby", &a, note, sizeof note, &err), CINX_OK);
	assert_string_equal(cinx_dataset_area(ds, a)->code, "E06000906");
	assert_string_equal(note, "'Tarnby' is E06000906 (2024-2025); the earlier Tarnby is E10000905 (2023): name it by its code");
	assert_int_equal(cinx_lookup_area_noted(ds, "tarn", &a, note, sizeof note, &err), CINX_OK);
	assert_string_equal(cinx_dataset_area(ds, a)->code, "E06000906");
	assert_string_equal(note, "'tarn' is Tarnby E06000906 (2024-2025); the earlier Tarnby is E10000905 (2023): name it by its code");
	/* a plain match says nothing */
	assert_int_equal(cinx_lookup_area_noted(ds, "Marsh", &a, note, sizeof note, &err), CINX_OK);
	assert_string_equal(note, "");
}

static void ambiguous_namesakes_show_their_years(void **state)
{
	cinx_dataset *t = load_str(
		"time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"
		"new_la_code,la_name,referral_count\n"
		"2024,Local authority,E92000001,England,E12000001,North Fenn,911,E06000911,Ashby,1\n"
		"2024,Local authority,E92000001,England,E12000001,North Fenn,912,E06000912,Ashby,2\n");
	cinx_error err;
	int a = -1;

	(void)state;
	/* both current: neither is the one meant */
	assert_int_equal(cinx_lookup_area(t, "Ashby", &a, &err), CINX_E_AMBIGUOUS);
	assert_string_equal(err.message, "area 'Ashby' is ambiguous: it matches Ashby (E06000911, 2024); "
					 "Ashby (E06000912, 2024); name one by its code or full name");
	cinx_dataset_free(t);
}

static void an_area_named_twice_is_kept_once_with_a_note(void **state)
{
	const char *const q[] = {"901", "Marsh", "E10000901", "brackwater", "marsh"};
	int areas[5];
	size_t n = 0;
	char notes[512];
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_lookup_areas(ds, q, 5, areas, &n, notes, sizeof notes, &err), CINX_OK);
	assert_int_equal(n, 2);
	assert_string_equal(cinx_dataset_area(ds, areas[0])->code, "E06000901");
	assert_string_equal(cinx_dataset_area(ds, areas[1])->code, "E06000902");
	assert_string_equal(notes, "'901', 'E10000901' and 'brackwater' all name Brackwater (E06000901): it is shown once\n"
				   "'Marsh' and 'marsh' both name Marsh (E06000902): it is shown once\n");
	/* a shared name's note comes through too; one bad query fails them all */
	const char *const t[] = {"Tarnby", "Marsh"};
	assert_int_equal(cinx_lookup_areas(ds, t, 2, areas, &n, notes, sizeof notes, &err), CINX_OK);
	assert_string_equal(notes, "'Tarnby' is E06000906 (2024-2025); the earlier Tarnby is E10000905 (2023): name it by its code\n");
	const char *const bad[] = {"Marsh", "north"};
	assert_int_equal(cinx_lookup_areas(ds, bad, 2, areas, &n, notes, sizeof notes, &err), CINX_E_AMBIGUOUS);
}

/* ---- a required breakdown -------------------------------------------------- */

#define POP_HDR "time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code," \
	"new_la_code,la_name,age_group,population_estimate\n"

static cinx_status load_requiring(const char *csv, cinx_error *err)
{
	cinx_loader *l;
	cinx_dataset *out = NULL;
	cinx_status st = cinx_loader_new("pop.csv", &l, err);

	if (!st)
		st = cinx_loader_require(l, "age_group", "Children aged 0 to 17 years", "rates are per child", err);
	if (!st)
		st = cinx_loader_feed(l, csv, strlen(csv), err);
	if (!st)
		st = cinx_loader_finish(l, &out, err);
	cinx_loader_free(l);
	cinx_dataset_free(out);
	return st;
}

static void every_row_must_hold_the_required_value(void **state)
{
	cinx_error err;

	(void)state;
	assert_int_equal(load_requiring(POP_HDR "2024,National,E92000001,England,,,,,,children aged 0 to 17 years,900\n",
					&err), CINX_OK);
	assert_int_equal(load_requiring(POP_HDR "2024,National,E92000001,England,,,,,,Children aged 0 to 17 years,900\n"
					"2024,National,E92000002,Elsewhere,,,,,,All ages,4000\n", &err), CINX_E_DATA);
	assert_string_equal(err.message, "pop.csv:3:10: found 'All ages' in column 'age_group'; expected 'Children "
					 "aged 0 to 17 years' in every row (rates are per child)");
	assert_int_equal(load_requiring("time_period,geographic_level,country_code,country_name,region_code,"
					"region_name,new_la_code,la_name,population_estimate\n"
					"2024,National,E92000001,England,,,,,900\n", &err), CINX_E_DATA);
	assert_string_equal(err.message, "pop.csv:1:1: no column 'age_group'; expected one holding 'Children aged 0 "
					 "to 17 years' (rates are per child)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(a_metric_is_its_exact_column_name_in_any_case),
		cmocka_unit_test(an_alias_names_its_column),
		cmocka_unit_test(an_unknown_metric_suggests_the_closest_names),
		cmocka_unit_test(a_file_without_referral_count_has_no_silent_default),
		cmocka_unit_test(the_default_metric_is_referral_count_wherever_it_is),
		cmocka_unit_test(codes_of_any_era_and_old_codes),
		cmocka_unit_test(exact_name_beats_names_containing_it),
		cmocka_unit_test(a_part_that_names_one_area),
		cmocka_unit_test(several_matches_are_listed_never_picked),
		cmocka_unit_test(a_shared_name_is_the_current_area_with_a_note),
		cmocka_unit_test(ambiguous_namesakes_show_their_years),
		cmocka_unit_test(an_area_named_twice_is_kept_once_with_a_note),
		cmocka_unit_test(every_row_must_hold_the_required_value),
	};
	return cmocka_run_group_tests_name("resolve", tests, setup, teardown);
}
