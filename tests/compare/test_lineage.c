/* SPDX-License-Identifier: MIT */
/* Combined predecessor series: counts summed, percentages recomputed from
 * the summed counts and never summed, x where nothing sound can be said. */
#include "compare_test.h"

#include "cinx/lineage.h"
#include "cinx/rates.h"

#define HDR "time_period,time_identifier,geographic_level,country_code,country_name,region_code," \
	"region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_count," \
	"rereferral_percent,other_percent\n"
#define ROW(region, y, old, code, name, n, rr, pct) y ",Reporting year,Local authority,E92000001,England," \
	region "," old "," code "," name ",All," n "," rr "," pct ",50.0\n"
#define LA(...) ROW("E12000006,South West", __VA_ARGS__)

static const char csv[] = HDR
	LA("2018", "837", "E06000028", "Bournemouth", "900", "180", "20.0")
	LA("2018", "836", "E06000029", "Poole", "400", "c", "c")
	LA("2019", "837", "E06000028", "Bournemouth", "1000", "200", "20.0")
	LA("2019", "836", "E06000029", "Poole", "500", "150", "30.0")
	LA("2020", "839", "E06000058", "\"Bournemouth, Christchurch and Poole\"", "1600", "400", "25.0");

static void counts_sum_and_percentages_are_recomputed(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	int bcp = area_of(ds, "Bournemouth, Christchurch");
	size_t num, den;
	cinx_value v;

	assert_int_equal(cinx_dataset_area(ds, bcp)->n_predecessors, 2);
	v = cinx_lineage_combined(ds, bcp, year_of(ds, 2019), ind_of(ds, "referral_count"));
	assert_int_equal(v.kind, CINX_NUM);
	assert_near(v.num, 1500, 0);
	/* 350 / 1,500 = 23.3%: not 20 + 30, nor their mean */
	v = cinx_lineage_combined(ds, bcp, year_of(ds, 2019), ind_of(ds, "rereferral_percent"));
	assert_int_equal(v.kind, CINX_NUM);
	assert_near(v.num, 23.3, 1e-9);
	assert_true(cinx_lineage_ratio(ds, ind_of(ds, "rereferral_percent"), &num, &den));
	assert_int_equal(num, ind_of(ds, "rereferral_count"));
	assert_int_equal(den, ind_of(ds, "referral_count"));
	cinx_dataset_free(ds);
}

static void what_cannot_be_combined_is_x(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	int bcp = area_of(ds, "Bournemouth, Christchurch");
	size_t num, den;

	/* Poole's 2018 re-referrals are suppressed */
	assert_int_equal(cinx_lineage_combined(ds, bcp, year_of(ds, 2018), ind_of(ds, "rereferral_count")).kind,
			 CINX_SYM_X);
	assert_int_equal(cinx_lineage_combined(ds, bcp, year_of(ds, 2018), ind_of(ds, "rereferral_percent")).kind,
			 CINX_SYM_X);
	assert_near(cinx_lineage_combined(ds, bcp, year_of(ds, 2018), ind_of(ds, "referral_count")).num, 1300, 0);
	/* a percentage with no known counts behind it is never summed */
	assert_false(cinx_lineage_ratio(ds, ind_of(ds, "other_percent"), &num, &den));
	assert_int_equal(cinx_lineage_combined(ds, bcp, year_of(ds, 2019), ind_of(ds, "other_percent")).kind,
			 CINX_SYM_X);
	/* no predecessor row that year, or no predecessors at all */
	assert_int_equal(cinx_lineage_combined(ds, bcp, year_of(ds, 2020), ind_of(ds, "referral_count")).kind,
			 CINX_NO_ROW);
	assert_int_equal(cinx_lineage_combined(ds, area_of(ds, "Poole"), year_of(ds, 2019),
					       ind_of(ds, "referral_count")).kind, CINX_NO_ROW);
	cinx_dataset_free(ds);
}

#define NW(...) ROW("E12000002,North West", __VA_ARGS__)

/* invented names on the old codes of Cumbria (909) and its successors */
static const char split[] = HDR
	NW("2023", "909", "E10000006", "Fellshire", "480", "96", "20.0")
	NW("2024", "942", "E06000063", "Fell North", "250", "60", "24.0")
	NW("2024", "943", "E06000064", "Fell South", "150", "41", "27.3")
	NW("2025", "942", "E06000063", "Fell North", "260", "65", "25.0")
	NW("2025", "943", "E06000064", "Fell South", "160", "c", "c");

static void a_split_county_is_continued_by_its_successors(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(split);
	int fell = area_of(ds, "Fellshire");
	cinx_value v;

	assert_true(cinx_lineage_continuable(ds, fell));
	v = cinx_lineage_continued(ds, fell, year_of(ds, 2024), ind_of(ds, "referral_count"));
	assert_int_equal(v.kind, CINX_NUM);
	assert_near(v.num, 400, 0);
	/* 101 / 400 = 25.25%: half away from zero, not the successors' 24.0 and 27.3 */
	v = cinx_lineage_continued(ds, fell, year_of(ds, 2024), ind_of(ds, "rereferral_percent"));
	assert_int_equal(v.kind, CINX_NUM);
	assert_near(v.num, 25.3, 1e-9);
	assert_int_equal(cinx_lineage_continued(ds, fell, year_of(ds, 2025), ind_of(ds, "rereferral_count")).kind,
			 CINX_SYM_X);
	/* the county's own years are not the successors' to fill */
	assert_int_equal(cinx_lineage_continued(ds, fell, year_of(ds, 2023), ind_of(ds, "referral_count")).kind,
			 CINX_NO_ROW);
	assert_false(cinx_lineage_continuable(ds, area_of(ds, "Fell North")));
	/* one predecessor: its own figures, even those that could not be
	 * combined from several (a rate, a percentage without its counts) */
	v = cinx_lineage_combined(ds, area_of(ds, "Fell North"), year_of(ds, 2023), ind_of(ds, "other_percent"));
	assert_int_equal(v.kind, CINX_NUM);
	assert_near(v.num, 50.0, 1e-9);
	cinx_dataset_free(ds);
}

/* mid-2023 populations of 0 to 17s for the 2024 rates */
#define POP(old, code, name, n) "2023,Calendar year,Local authority,E92000001,England,E12000002,North West," \
	old "," code "," name ",Children aged 0 to 17 years," n "\n"
static const char split_pop[] = "time_period,time_identifier,geographic_level,country_code,country_name,"
	"region_code,region_name,old_la_code,new_la_code,la_name,age_group,population_estimate\n"
	POP("942", "E06000063", "Fell North", "5000") POP("943", "E06000064", "Fell South", "2500");

static void a_rate_is_recomputed_from_the_summed_counts_and_populations(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(split), *pop;
	cinx_error err;
	cinx_value v;

	if (cinx_dataset_load_memory("pop.csv", split_pop, strlen(split_pop), &pop, &err) ||
	    cinx_rates_add(ds, pop, &err))
		fail_msg("%s", err.message);
	cinx_dataset_free(pop);
	/* 250 / 5,000 and 150 / 2,500: 500.0 and 600.0 per 10,000; together
	 * 400 / 7,500 = 533.3, not their mean of 550.0 */
	v = cinx_lineage_continued(ds, area_of(ds, "Fellshire"), year_of(ds, 2024), ind_of(ds, "referral_rate_per_10k"));
	assert_int_equal(v.kind, CINX_NUM);
	assert_near(v.num, 533.3, 1e-9);
	/* no population for 2025 (mid-2024 is not in the file): x */
	v = cinx_lineage_continued(ds, area_of(ds, "Fellshire"), year_of(ds, 2025), ind_of(ds, "referral_rate_per_10k"));
	assert_int_equal(v.kind, CINX_SYM_X);
	cinx_dataset_free(ds);
}

static void a_merged_authority_is_not_continued(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(csv);
	int bournemouth = area_of(ds, "Bournemouth");

	/* BCP also covers Poole: its figures would overstate Bournemouth's */
	assert_int_equal(cinx_dataset_area(ds, bournemouth)->n_successors, 1);
	assert_false(cinx_lineage_continuable(ds, bournemouth));
	assert_int_equal(cinx_lineage_continued(ds, bournemouth, year_of(ds, 2020),
						ind_of(ds, "referral_count")).kind, CINX_NO_ROW);
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(counts_sum_and_percentages_are_recomputed),
		cmocka_unit_test(what_cannot_be_combined_is_x),
		cmocka_unit_test(a_split_county_is_continued_by_its_successors),
		cmocka_unit_test(a_rate_is_recomputed_from_the_summed_counts_and_populations),
		cmocka_unit_test(a_merged_authority_is_not_continued),
	};
	return cmocka_run_group_tests_name("lineage", tests, NULL, NULL);
}
