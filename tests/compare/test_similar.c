/* SPDX-License-Identifier: MIT */
/* Similar authorities on a fixture whose answer is worked out by hand. */
#include "compare_test.h"

#include "cinx/similar.h"

#define HDR "time_period,time_identifier,geographic_level,country_code,country_name,region_code," \
	"region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_percent," \
	"no_further_action_percent,not_in_need_percent\n"
#define LA(y, old, name, rr, nin) y ",Reporting year,Local authority,E92000001,England,E12000001,North East," \
	old ",E06000" old "," name ",All,1000," rr ",5.0," nin "\n"
#define ALL_YEARS(old, name, rr, nin) LA("2021", old, name, rr, nin) LA("2022", old, name, rr, nin) \
	LA("2023", old, name, rr, nin) LA("2024", old, name, rr, nin)

/* Aa's re-referral rate averages 10 over 2022-2024 (the 90 in 2021 is
 * outside the three years); Ee has no re-referral figure and Ff no 2024
 * row, so neither is compared. Referrals and NFA % are the same everywhere
 * and so tell no one apart. */
static const char csv[] = HDR
	LA("2021", "801", "Aa", "90.0", "40.0") LA("2022", "801", "Aa", "8.0", "40.0")
	LA("2023", "801", "Aa", "10.0", "40.0") LA("2024", "801", "Aa", "12.0", "40.0")
	ALL_YEARS("802", "Bb", "12.0", "40.0") ALL_YEARS("803", "Cc", "20.0", "30.0")
	ALL_YEARS("804", "Dd", "30.0", "50.0") ALL_YEARS("805", "Ee", "x", "40.0")
	LA("2021", "806", "Ff", "10.0", "40.0")
	"2024,Reporting year,Regional,E92000001,England,E12000001,North East,,,,All,5000,20.0,5.0,40.0\n";

static void nearest_first_with_the_distance_worked_by_hand(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	cinx_similar_profile p;
	cinx_similar_match m[10];
	cinx_error err;
	size_t n, order[CINX_SIMILAR_FEATURES];
	/* z-scores over Aa, Bb, Cc, Dd: re-referral % has mean 18 and variance
	 * 62; not in need % mean 40 and variance 50 */
	double want_b = sqrt((4.0 / 62) / 4);
	double want_c = sqrt((100.0 / 62 + 100.0 / 50) / 4);
	double want_d = sqrt((400.0 / 62 + 100.0 / 50) / 4);

	assert_int_equal(cinx_similar_find(ds, area_of(ds, "Aa"), year_of(ds, 2024), &p, m, 10, &n, &err), CINX_OK);
	assert_int_equal(p.n_pool, 4);
	assert_int_equal(p.from_year, 2022);
	assert_int_equal(p.to_year, 2024);
	assert_int_equal(p.n_features, 4);
	assert_true(p.log_scale[0]); /* no rates loaded: referrals by size */
	assert_near(p.self[1], 10.0, 1e-12);
	assert_int_equal(n, 3);
	assert_string_equal(cinx_dataset_area(ds, m[0].area)->name, "Bb");
	assert_string_equal(cinx_dataset_area(ds, m[1].area)->name, "Cc");
	assert_string_equal(cinx_dataset_area(ds, m[2].area)->name, "Dd");
	assert_near(m[0].distance, want_b, 1e-12);
	assert_near(m[1].distance, want_c, 1e-12);
	assert_near(m[2].distance, want_d, 1e-12);
	assert_near(m[1].dz[1], 10 / sqrt(62), 1e-12);
	assert_near(m[1].dz[3], 10 / sqrt(50), 1e-12);
	/* what makes Bb close: everything but re-referral %, which differs */
	cinx_similar_order(&p, &m[0], order);
	assert_int_equal(order[3], 1);
	/* a limit keeps the nearest */
	assert_int_equal(cinx_similar_find(ds, area_of(ds, "Aa"), year_of(ds, 2024), &p, m, 1, &n, &err), CINX_OK);
	assert_int_equal(n, 1);
	assert_string_equal(cinx_dataset_area(ds, m[0].area)->name, "Bb");
	cinx_dataset_free(ds);
}

static void only_authorities_with_a_profile(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	cinx_similar_profile p;
	cinx_similar_match m[10];
	cinx_error err;
	size_t n;

	assert_int_equal(cinx_similar_find(ds, area_of(ds, "Ee"), year_of(ds, 2024), &p, m, 10, &n, &err),
			 CINX_E_NOTFOUND);
	assert_string_equal(err.message, "Ee has no figure for rereferral_percent in 2022 to 2024; try another --year");
	/* a row in 2024 but not in 2021: left out for the year, said as such */
	assert_int_equal(cinx_similar_find(ds, area_of(ds, "Ff"), year_of(ds, 2024), &p, m, 10, &n, &err),
			 CINX_E_NOTFOUND);
	assert_string_equal(err.message, "Ff has no row in 2024; try another --year");
	assert_int_equal(cinx_similar_find(ds, area_of(ds, "North East"), year_of(ds, 2024), &p, m, 10, &n, &err),
			 CINX_E_USAGE);
	assert_string_equal(err.message, "similar authorities are found for local authorities; North East is a region");
	/* in 2021 the window is that year alone, and Ff is there */
	assert_int_equal(cinx_similar_find(ds, area_of(ds, "Ff"), year_of(ds, 2021), &p, m, 10, &n, &err), CINX_OK);
	assert_int_equal(p.from_year, 2021);
	assert_int_equal(p.n_pool, 5);
	cinx_dataset_free(ds);
}

/* Counts enter on a log scale: a count of 0 in every year is said to be
 * the reason, never "no row". */
static void zero_counts_are_named_not_called_missing(void **state)
{
	(void)state;
	static const char zeros[] = HDR
		"2024,Reporting year,Local authority,E92000001,England,E12000001,North East,801,E06000801,Zz,All,"
		"0,10.0,5.0,40.0\n"
		"2024,Reporting year,Local authority,E92000001,England,E12000001,North East,802,E06000802,Yy,All,"
		"0,12.0,5.0,40.0\n";
	cinx_dataset *ds = load_str(zeros);
	cinx_similar_profile p;
	cinx_similar_match m[10];
	cinx_error err;
	size_t n;

	assert_int_equal(cinx_similar_find(ds, area_of(ds, "Zz"), year_of(ds, 2024), &p, m, 10, &n, &err),
			 CINX_E_NOTFOUND);
	assert_string_equal(err.message, "Zz's referral_count is 0 in every year from 2024 to 2024: similarity "
					 "compares it on a log scale, which needs a figure above 0; try another --year");
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nearest_first_with_the_distance_worked_by_hand),
		cmocka_unit_test(only_authorities_with_a_profile),
		cmocka_unit_test(zero_counts_are_named_not_called_missing),
	};
	return cmocka_run_group_tests_name("similar", tests, NULL, NULL);
}
