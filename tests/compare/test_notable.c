/* SPDX-License-Identifier: MIT */
/* Notable figures: fences at 1.5 times the interquartile range and changes
 * at the threshold. */
#include "compare_test.h"

#include "cinx/format.h"
#include "cinx/notable.h"

#define HDR "time_period,time_identifier,geographic_level,country_code,country_name,region_code," \
	"region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_percent\n"
#define LA(y, old, name, n, pct) y ",Reporting year,Local authority,E92000001,England,E12000001,North East," \
	old ",E06000" old "," name ",All," n "," pct "\n"

static const char csv[] = HDR
	LA("2024", "801", "Aa", "100", "20.0") LA("2025", "801", "Aa", "125", "25.0")
	LA("2024", "802", "Bb", "100", "20.0") LA("2025", "802", "Bb", "124", "24.9")
	LA("2024", "803", "Cc", "99", "20.0") LA("2025", "803", "Cc", "200", "15.0")
	LA("2024", "804", "Dd", "400", "20.0") LA("2025", "804", "Dd", "300", "4")
	LA("2024", "805", "Ee", "500", "20.0") LA("2025", "805", "Ee", "500", "5")
	LA("2024", "806", "Ff", "600", "20.0") LA("2025", "806", "Ff", "600", "6")
	LA("2024", "807", "Gg", "700", "20.0") LA("2025", "807", "Gg", "700", "7")
	LA("2024", "808", "Hh", "800", "20.0") LA("2025", "808", "Hh", "800", "100");

static void fences_at_one_and_a_half_iqr(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(HDR LA("2025", "801", "Aa", "1", "1") LA("2025", "802", "Bb", "2", "1")
				    LA("2025", "803", "Cc", "3", "1") LA("2025", "804", "Dd", "4", "1")
				    LA("2025", "805", "Ee", "5", "1") LA("2025", "806", "Ff", "6", "1")
				    LA("2025", "807", "Gg", "7", "1") LA("2025", "808", "Hh", "100", "1")
				    LA("2025", "809", "Ii", "c", "1"));
	cinx_fences f;

	assert_int_equal(cinx_notable_fences(ds, 0, ind_of(ds, "referral_count"), &f), CINX_OK);
	/* 1..7 and 100: quartiles 2.75 and 6.25 (type 7), IQR 3.5 */
	assert_int_equal(f.n, 8);
	assert_near(f.q1, 2.75, 1e-12);
	assert_near(f.q3, 6.25, 1e-12);
	assert_near(f.lo, -2.5, 1e-12);
	assert_near(f.hi, 11.5, 1e-12);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(100)), 1);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(11.5)), 0);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(-3)), -1);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_of(CINX_SYM_C)), 0);
	/* every value the same: no spread, no outliers */
	assert_int_equal(cinx_notable_fences(ds, 0, ind_of(ds, "rereferral_percent"), &f), CINX_OK);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(1)), 0);
	cinx_dataset_free(ds);
}

/* 15.3, 21.8, 23.9, 26.0: quartiles 20.175 and 24.425, fences exactly 13.8
 * and 30.8. A value on a fence is within it; in binary floating point the
 * fences came out as 13.800000000000006 and 30.79999999999999 and both
 * were flagged. */
static void a_value_on_a_fence_is_within(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(HDR LA("2025", "801", "Aa", "1", "15.3") LA("2025", "802", "Bb", "2", "21.8")
				    LA("2025", "803", "Cc", "3", "23.9") LA("2025", "804", "Dd", "4", "26.0"));
	cinx_fences f;
	char buf[32];

	assert_int_equal(cinx_notable_fences(ds, 0, ind_of(ds, "rereferral_percent"), &f), CINX_OK);
	assert_true(f.exact);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(13.8)), 0);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(30.8)), 0);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(13.7)), -1);
	assert_int_equal(cinx_notable_outlier(&f, cinx_value_number(30.9)), 1);
	/* printed to two places, halves away from zero: 20.175 -> 20.18 */
	cinx_format_number(f.q1, 2, 0, buf, sizeof buf);
	assert_string_equal(buf, "20.18");
	cinx_format_number(f.q3, 2, 0, buf, sizeof buf);
	assert_string_equal(buf, "24.43");
	cinx_dataset_free(ds);
}

static void changes_at_the_threshold(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	size_t y = year_of(ds, 2025), pct = ind_of(ds, "rereferral_percent"), n = ind_of(ds, "referral_count");

	assert_near(cinx_notable_default_threshold(cinx_dataset_indicator(ds, pct)), 5, 0);
	assert_near(cinx_notable_default_threshold(cinx_dataset_indicator(ds, n)), 25, 0);
	/* percentages in points: 5.0 is enough, 4.9 is not */
	assert_true(cinx_notable_change(ds, area_of(ds, "Aa"), y, pct, 5));
	assert_false(cinx_notable_change(ds, area_of(ds, "Bb"), y, pct, 5));
	assert_true(cinx_notable_change(ds, area_of(ds, "Cc"), y, pct, 5));
	/* counts in percent of the year before: 25% is enough, 24% is not */
	assert_true(cinx_notable_change(ds, area_of(ds, "Aa"), y, n, 25));
	assert_false(cinx_notable_change(ds, area_of(ds, "Bb"), y, n, 25));
	assert_true(cinx_notable_change(ds, area_of(ds, "Dd"), y, n, 25));
	/* 99 to 200 doubles, but 99 is too small a base */
	assert_false(cinx_notable_change(ds, area_of(ds, "Cc"), y, n, 25));
	/* no earlier year, no change */
	assert_false(cinx_notable_change(ds, area_of(ds, "Aa"), year_of(ds, 2024), n, 25));
	cinx_dataset_free(ds);
}

static void the_list_names_why(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	cinx_query_opts o;
	cinx_report *r = NULL;
	cinx_error err;
	char *text;
	size_t len;
	FILE *f;

	cinx_query_opts_init(&o);
	o.metric = (int)ind_of(ds, "rereferral_percent");
	o.format = CINX_FORMAT_CSV;
	assert_int_equal(cinx_query_notable(ds, &o, 0, &r, &err), CINX_OK);
	f = open_memstream(&text, &len);
	assert_int_equal(cinx_report_write(r, CINX_FORMAT_CSV, 0, f, &err), CINX_OK);
	fclose(f);
	assert_string_equal(text,
		"time_period,geographic_level,area_code,area_name,old_la_code,indicator,value,previous,change,"
		"change_percent,why\n"
		"2025,Local authority,E06000801,Aa,801,rereferral_percent,25.0,20.0,5.0,25.0,rise of 5 points or more\n"
		"2025,Local authority,E06000803,Cc,803,rereferral_percent,15.0,20.0,-5.0,-25.0,fall of 5 points or more\n"
		"2025,Local authority,E06000804,Dd,804,rereferral_percent,4.0,20.0,-16.0,-80.0,fall of 5 points or more\n"
		"2025,Local authority,E06000805,Ee,805,rereferral_percent,5.0,20.0,-15.0,-75.0,fall of 5 points or more\n"
		"2025,Local authority,E06000806,Ff,806,rereferral_percent,6.0,20.0,-14.0,-70.0,fall of 5 points or more\n"
		"2025,Local authority,E06000807,Gg,807,rereferral_percent,7.0,20.0,-13.0,-65.0,fall of 5 points or more\n"
		"2025,Local authority,E06000808,Hh,808,rereferral_percent,100.0,20.0,80.0,400.0,"
		"rise of 5 points or more; above the upper fence\n");
	free(text);
	cinx_report_free(r);
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fences_at_one_and_a_half_iqr),
		cmocka_unit_test(a_value_on_a_fence_is_within),
		cmocka_unit_test(changes_at_the_threshold),
		cmocka_unit_test(the_list_names_why),
	};
	return cmocka_run_group_tests_name("notable", tests, NULL, NULL);
}
