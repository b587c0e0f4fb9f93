/* SPDX-License-Identifier: MIT */
/* The comparison view: one row per area in the order given, any level,
 * with sparklines on one shared scale. */
#include "compare_test.h"

#include "cinx/compare.h"

static char *render(const cinx_report *r, cinx_format f)
{
	char *text = NULL;
	size_t len;
	cinx_error err;
	FILE *out = open_memstream(&text, &len);

	assert_int_equal(cinx_report_write(r, f, 0, out, &err), CINX_OK);
	fclose(out);
	return text;
}

static cinx_report *compare(const cinx_dataset *ds, const char *const *names, size_t n, const char *metric,
			    int year, cinx_format f)
{
	int areas[CINX_COMPARE_MAX];
	cinx_query_opts o;
	cinx_report *r = NULL;
	cinx_error err;

	for (size_t i = 0; i < n; i++)
		areas[i] = area_of(ds, names[i]);
	cinx_query_opts_init(&o);
	o.metric = (int)ind_of(ds, metric);
	o.year = year;
	o.format = f;
	if (cinx_query_compare(ds, areas, n, &o, &r, &err))
		fail_msg("%s", err.message);
	return r;
}

static void rows_in_the_order_given_with_rank_and_band(void **state)
{
	(void)state;
	cinx_dataset *ds = load_fixture("mini.csv");
	static const char *const names[] = {"Newcastle upon Tyne", "England", "Camden", "Hartlepool"};
	cinx_report *r = compare(ds, names, 4, "rereferral_percent", 2022, CINX_FORMAT_CSV);
	char *text = render(r, CINX_FORMAT_CSV);

	/* 2022 re-referral %: Hull 30, North Yorks 28, West Northants 26,
	 * Hartlepool 25, North Northants 22, Barnet 21, Newcastle 18; Camden c */
	assert_string_equal(text,
		"time_period,geographic_level,area_code,area_name,old_la_code,rereferral_percent,"
		"rereferral_percent_change,rank,rank_of,quartile\n"
		"2022,Local authority,E08000021,Newcastle upon Tyne,391,18.0,0.0,7,7,A\n"
		"2022,National,E92000001,England,,22.0,0.0,,,\n"
		"2022,Local authority,E09000007,Camden,202,c,x,,,\n"
		"2022,Local authority,E06000001,Hartlepool,805,25.0,0.0,4,7,B\n");
	free(text);
	cinx_report_free(r);
	cinx_dataset_free(ds);
}

static void sparklines_share_one_scale(void **state)
{
	(void)state;
	cinx_dataset *ds = load_fixture("mini.csv");
	static const char *const names[] = {"Hartlepool", "Newcastle upon Tyne"};
	cinx_report *r = compare(ds, names, 2, "referral_count", 2024, CINX_FORMAT_TEXT);
	char *text = render(r, CINX_FORMAT_TEXT);
	double lo = 0, hi = 0;
	int areas[2] = {area_of(ds, names[0]), area_of(ds, names[1])};

	/* 1,200..1,380 and 4,000..4,600 on one scale from 1,200 to 4,600: on
	 * its own scale each would rise from the bottom to the top */
	assert_true(cinx_compare_range(ds, areas, 2, ind_of(ds, "referral_count"), &lo, &hi));
	assert_near(lo, 1200, 0);
	assert_near(hi, 4600, 0);
	assert_non_null(strstr(text, "\xE2\x96\x81\xE2\x96\x81\xE2\x96\x81\xE2\x96\x81\n"));  /* ▁▁▁▁ */
	assert_non_null(strstr(text, "\xE2\x96\x87\xE2\x96\x87\xE2\x96\x88\xE2\x96\x88\n"));  /* ▇▇██ */
	assert_non_null(strstr(text, "Trend lines share one scale, from 1,200 to 4,600."));
	free(text);
	cinx_report_free(r);
	cinx_dataset_free(ds);
}

static void at_most_eight(void **state)
{
	(void)state;
	cinx_dataset *ds = load_fixture("mini.csv");
	int areas[9] = {0};
	cinx_query_opts o;
	cinx_report *r = NULL;
	cinx_error err;

	cinx_query_opts_init(&o);
	assert_int_equal(cinx_query_compare(ds, areas, 9, &o, &r, &err), CINX_E_USAGE);
	assert_string_equal(err.message, "compare takes at most 8 areas, not 9");
	assert_null(r);
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rows_in_the_order_given_with_rank_and_band),
		cmocka_unit_test(sparklines_share_one_scale),
		cmocka_unit_test(at_most_eight),
	};
	return cmocka_run_group_tests_name("compare_view", tests, NULL, NULL);
}
