/* SPDX-License-Identifier: MIT */
/* Ranks and quartile bands: ties, denominators, the edges between bands,
 * and which end is A. */
#include "compare_test.h"

#include "cinx/quartile.h"
#include "cinx/rank.h"

#define HDR "time_period,time_identifier,geographic_level,country_code,country_name,region_code," \
	    "region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_percent\n"
#define LA(old, name, n, pct) "2025,Reporting year,Local authority,E92000001,England,E12000001,North East," \
	old ",E0600" old "0," name ",All," n "," pct "\n"

static const char csv[] = HDR
	"2025,Reporting year,National,E92000001,England,,,,,,All,9999,35.0\n"
	LA("801", "Aa", "100", "10.0") LA("802", "Bb", "200", "20.0") LA("803", "Cc", "200", "20.0")
	LA("804", "Dd", "300", "30.0") LA("805", "Ee", "400", "40.0") LA("806", "Ff", "500", "50.0")
	LA("807", "Gg", "c", "c") LA("808", "Hh", "600", "60.0");

static const char *const names[] = {"Aa", "Bb", "Cc", "Dd", "Ee", "Ff", "Gg", "Hh"};

static void bands(const cinx_dataset *ds, size_t ind, const char *const *want)
{
	for (size_t i = 0; i < 8; i++) {
		cinx_quartile q = cinx_quartile_la(ds, area_of(ds, names[i]), 0, ind);
		if (strcmp(cinx_quartile_label(q), want[i]) != 0)
			fail_msg("%s: band %s, expected %s", names[i], cinx_quartile_label(q), want[i]);
		assert_int_equal(q.of, 7);
	}
}

static void band_edges(void **state)
{
	(void)state;
	/* four authorities: one per band */
	for (int ahead = 0; ahead < 4; ahead++)
		assert_int_equal(cinx_quartile_band(ahead, 4), ahead + 1);
	/* 152 authorities: 38 per band; the 38th is still in the first */
	assert_int_equal(cinx_quartile_band(37, 152), 1);
	assert_int_equal(cinx_quartile_band(38, 152), 2);
	assert_int_equal(cinx_quartile_band(75, 152), 2);
	assert_int_equal(cinx_quartile_band(76, 152), 3);
	assert_int_equal(cinx_quartile_band(113, 152), 3);
	assert_int_equal(cinx_quartile_band(114, 152), 4);
	assert_int_equal(cinx_quartile_band(151, 152), 4);
	assert_int_equal(cinx_quartile_band(0, 1), 1);
	assert_int_equal(cinx_quartile_band(0, 0), 0);
	assert_int_equal(cinx_quartile_band(5, 5), 0);
}

static void lower_is_better_puts_the_lowest_in_a_and_ties_share(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	static const char *const want[] = {"A", "A", "A", "B", "C", "C", "", "D"};

	assert_int_equal(cinx_dataset_indicator(ds, ind_of(ds, "rereferral_percent"))->direction, -1);
	bands(ds, ind_of(ds, "rereferral_percent"), want);
	cinx_dataset_free(ds);
}

static void no_direction_gives_q1_to_q4_by_value(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	static const char *const want[] = {"Q1", "Q1", "Q1", "Q2", "Q3", "Q3", "", "Q4"};

	bands(ds, ind_of(ds, "referral_count"), want);
	/* England is not an authority: no band, no rank */
	cinx_quartile q = cinx_quartile_la(ds, cinx_dataset_england(ds), 0, ind_of(ds, "referral_count"));
	assert_int_equal(q.band, 0);
	assert_string_equal(cinx_quartile_label(q), "");
	cinx_dataset_free(ds);
}

static void higher_is_better_puts_the_highest_in_a(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	size_t n = cinx_dataset_n_areas(ds) * cinx_dataset_n_years(ds);
	cinx_value *v = malloc(n * sizeof *v);
	cinx_indicator meta = {.name = "score", .label = "Score", .short_label = "Score",
			       .unit = CINX_UNIT_PERCENT, .decimals = 1, .direction = 1, .derived = true};
	cinx_error err;
	static const char *const want[] = {"D", "C", "C", "B", "B", "A", "", "A"};

	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++)
		v[a] = cinx_dataset_value(ds, (int)a, 0, ind_of(ds, "rereferral_percent"));
	assert_int_equal(cinx_dataset_add_indicator(ds, &meta, v, &err), CINX_OK);
	bands(ds, ind_of(ds, "score"), want);
	free(v);
	cinx_dataset_free(ds);
}

static void ranks_share_the_best_and_show_the_denominator(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	size_t ind = ind_of(ds, "rereferral_percent");
	static const int want[] = {7, 5, 5, 4, 3, 2, 0, 1};

	for (size_t i = 0; i < 8; i++) {
		cinx_rank r = cinx_rank_la(ds, area_of(ds, names[i]), 0, ind);
		assert_int_equal(r.rank, want[i]);
		assert_int_equal(r.of, 7); /* Gg's c is not ranked and not counted */
	}
	assert_int_equal(cinx_rank_la(ds, cinx_dataset_england(ds), 0, ind).rank, 0);
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(band_edges),
		cmocka_unit_test(lower_is_better_puts_the_lowest_in_a_and_ties_share),
		cmocka_unit_test(no_direction_gives_q1_to_q4_by_value),
		cmocka_unit_test(higher_is_better_puts_the_highest_in_a),
		cmocka_unit_test(ranks_share_the_best_and_show_the_denominator),
	};
	return cmocka_run_group_tests_name("quartile", tests, NULL, NULL);
}
