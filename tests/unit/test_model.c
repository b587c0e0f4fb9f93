/* SPDX-License-Identifier: MIT */
/* The indexed model on the hand-made fixture: hierarchy, look-up, series,
 * lineage, footnotes and ranks. */
#include "testutil.h"

#include "cinx/lookup.h"
#include "cinx/rank.h"
#include "cinx/series.h"

static cinx_dataset *ds;

static int setup(void **state)
{
	(void)state;
	ds = load_fixture("mini.csv");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	cinx_dataset_free(ds);
	return 0;
}

static int find(const char *q)
{
	int a = -1;
	cinx_error err;

	if (cinx_lookup_area(ds, q, &a, &err))
		fail_msg("lookup of '%s' failed: %s", q, err.message);
	return a;
}

static const char *lookup_error(const char *q)
{
	static cinx_error err;
	int a;

	assert_int_not_equal(cinx_lookup_area(ds, q, &a, &err), CINX_OK);
	return err.message;
}

static void hierarchy_england_regions_london_boroughs(void **state)
{
	(void)state;
	int england = cinx_dataset_england(ds);
	const cinx_area *e = cinx_dataset_area(ds, england);

	assert_string_equal(e->name, "England");
	assert_int_equal(e->parent, -1);
	/* regions by code: North East, Yorkshire, East Midlands, London */
	assert_int_equal(e->n_children, 4);
	assert_string_equal(cinx_dataset_area(ds, e->children[0])->name, "North East");
	assert_string_equal(cinx_dataset_area(ds, e->children[3])->name, "London");

	const cinx_area *london = cinx_dataset_area(ds, find("E12000007"));
	assert_int_equal(london->n_children, 2);
	assert_string_equal(cinx_dataset_area(ds, london->children[0])->name, "Inner London");
	const cinx_area *inner = cinx_dataset_area(ds, london->children[0]);
	assert_int_equal(inner->n_children, 2);
	/* authorities by name */
	assert_string_equal(cinx_dataset_area(ds, inner->children[0])->name, "Camden");
	assert_string_equal(cinx_dataset_area(ds, inner->children[1])->name, "Hackney");
	assert_int_equal(cinx_dataset_ancestor(ds, find("Hackney"), CINX_LEVEL_REGIONAL), find("London"));
}

static void lookup_by_code_old_code_name_or_unique_part(void **state)
{
	(void)state;
	int hackney = find("Hackney");

	assert_int_equal(find("E09000012"), hackney);
	assert_int_equal(find("204"), hackney);
	assert_int_equal(find("hackney"), hackney);
	assert_int_equal(find("hack"), hackney);
	assert_int_equal(find("ckne"), hackney);
	/* an exact name wins over longer names containing it */
	assert_string_equal(cinx_dataset_area(ds, find("London"))->code, "E12000007");
	assert_string_equal(cinx_dataset_area(ds, find("hull"))->name, "Kingston upon Hull, City of");
}

static void ambiguous_and_unknown_queries_explain(void **state)
{
	(void)state;
	assert_string_equal(lookup_error("north"),
			    "area 'north' is ambiguous: it matches North East (E12000001, region); "
			    "North Northamptonshire (E06000061, local authority); North Yorkshire (E06000065, local authority); "
			    "Northamptonshire (E10000021, local authority, 2021); "
			    "West Northamptonshire (E06000062, local authority); name one by its code or full name");
	const char *msg = lookup_error("Hackny");
	assert_non_null(strstr(msg, "unknown area 'Hackny'; did you mean: Hackney"));
	assert_string_equal(lookup_error(""), "empty area name; expected a name or code such as Leeds");
}

static void a_match_at_a_word_start_wins(void **state)
{
	(void)state;
	cinx_dataset *t = load_str(
		"time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,v_count\n"
		"2025,Local authority,E92000001,England,E12000005,WM,334,E08000029,Solihull,1\n"
		"2025,Local authority,E92000001,England,E12000003,YH,810,E06000010,\"Kingston upon Hull, City of\",2\n");
	int a = -1;
	cinx_error err;

	assert_int_equal(cinx_lookup_area(t, "hull", &a, &err), CINX_OK);
	assert_string_equal(cinx_dataset_area(t, a)->name, "Kingston upon Hull, City of");
	assert_int_equal(cinx_lookup_area(t, "ull", &a, &err), CINX_E_AMBIGUOUS);
	assert_string_equal(err.message, "area 'ull' is ambiguous: it matches Kingston upon Hull, City of (E06000010); "
					 "Solihull (E08000029); name one by its code or full name");
	cinx_dataset_free(t);
}

static void search_finds_every_match(void **state)
{
	int out[16];

	(void)state;
	assert_int_equal(cinx_search_areas(ds, "northampton", out, 16), 3);
	assert_int_equal(cinx_search_areas(ds, "E09000012", out, 16), 1);
	assert_int_equal(out[0], find("Hackney"));
	assert_int_equal(cinx_search_areas(ds, "zzz", out, 16), 0);
}

static void code_change_stitches_one_series(void **state)
{
	(void)state;
	int ny = find("North Yorkshire");
	const cinx_area *a = cinx_dataset_area(ds, ny);
	cinx_value v[8];

	assert_int_equal(find("E10000023"), ny);
	assert_int_equal(find("E06000065"), ny);
	assert_int_equal(a->first_year, 2021);
	assert_int_equal(a->last_year, 2024);
	cinx_series_get(ds, ny, 0, v);
	for (size_t y = 0; y < cinx_dataset_n_years(ds); y++)
		assert_int_equal(v[y].kind, CINX_NUM);
}

static void boundary_changes_link_predecessors_and_successors(void **state)
{
	(void)state;
	const cinx_area *old = cinx_dataset_area(ds, find("Northamptonshire"));
	const cinx_area *north = cinx_dataset_area(ds, find("North Northamptonshire"));

	assert_int_equal(old->last_year, 2021);
	assert_false(old->current);
	assert_true(north->current);
	assert_int_equal(old->n_successors, 2);
	assert_string_equal(cinx_dataset_area(ds, old->successors[0].area)->name, "North Northamptonshire");
	assert_string_equal(cinx_dataset_area(ds, old->successors[1].area)->name, "West Northamptonshire");
	assert_int_equal(old->successors[0].year, 2022);
	assert_int_equal(north->n_predecessors, 1);
	assert_int_equal(north->predecessors[0].area, old->id);
	/* separate areas: the successor has no row before it existed */
	assert_int_equal(cinx_dataset_value(ds, north->id, 0, 0).kind, CINX_NO_ROW);
}

static void footnotes_attach_to_areas_years_and_indicators(void **state)
{
	const char *notes[8];
	int hackney = find("Hackney"), inner = find("Inner London"), camden = find("Camden");
	int nfa = cinx_dataset_find_indicator(ds, "no_further_action_count", NULL);

	(void)state;
	/* Hackney's own note, and the one on the totals shown beside it */
	assert_int_equal(cinx_dataset_footnotes(ds, hackney, 2021, 0, notes, 8), 2);
	assert_string_equal(notes[0], "Hackney: data not available for 2021 and 2022.");
	assert_string_equal(notes[1], "Hackney's 2020 figures were used in the 2021 and 2022 national and regional totals.");
	assert_int_equal(cinx_dataset_footnotes(ds, hackney, 2023, 0, notes, 8), 0);
	assert_int_equal(cinx_dataset_footnotes(ds, inner, 2022, 0, notes, 8), 1);
	assert_string_equal(notes[0], "Hackney's 2020 figures were used in the 2021 and 2022 national and regional totals.");
	assert_int_equal(cinx_dataset_footnotes(ds, cinx_dataset_england(ds), 2021, 0, notes, 8), 1);
	assert_int_equal(cinx_dataset_footnotes(ds, camden, 2021, 0, notes, 8), 0);
	/* the local-practice note concerns no-further-action figures everywhere */
	assert_int_equal(cinx_dataset_footnotes(ds, camden, 2023, nfa, notes, 8), 1);
	assert_non_null(strstr(notes[0], "no further action"));
}

static void a_note_on_several_indicators_is_listed_once(void **state)
{
	static const char *const inds[] = {"referral_count", "rereferral_count"};
	cinx_dataset *t = load_fixture("mini.csv");
	int camden = -1;
	const char *notes[8];
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_lookup_area(t, "Camden", &camden, &err), CINX_OK);
	assert_int_equal(cinx_dataset_add_footnote(t, -1, 0, 0, inds, 2, "Invented note.", &err), CINX_OK);
	assert_int_equal(cinx_dataset_footnotes(t, camden, 2023, -1, notes, 8), 2);
	assert_string_equal(notes[1], "Invented note.");
	assert_int_equal(cinx_dataset_footnotes(t, camden, 2023, 1, notes, 8), 1);
	assert_int_equal(cinx_dataset_footnotes(t, camden, 2023, 2, notes, 8), 0);
	cinx_dataset_free(t);
}

static void change_from_previous_year(void **state)
{
	int camden = find("Camden"), hackney = find("Hackney"), north = find("North Northamptonshire");
	cinx_value c;

	(void)state;
	c = cinx_series_change(ds, camden, 1, 0);
	assert_int_equal(c.kind, CINX_NUM);
	assert_true(c.num == 100.0);
	assert_int_equal(cinx_series_change(ds, camden, 0, 0).kind, CINX_NO_ROW);
	assert_int_equal(cinx_series_change(ds, hackney, 2, 0).kind, CINX_SYM_X);
	assert_int_equal(cinx_series_change(ds, north, 1, 0).kind, CINX_NO_ROW);
}

static void ranks_share_ties_and_show_the_denominator(void **state)
{
	(void)state;
	cinx_dataset *t = load_str(
		"time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,v_count\n"
		"2025,Local authority,E92000001,England,E12000001,NE,1,E1,A,10\n"
		"2025,Local authority,E92000001,England,E12000001,NE,2,E2,B,30\n"
		"2025,Local authority,E92000001,England,E12000001,NE,3,E3,C,30\n"
		"2025,Local authority,E92000001,England,E12000001,NE,4,E4,D,c\n"
		"2025,Local authority,E92000001,England,E12000001,NE,5,E5,E,5\n");
	int a, b, c, d, e;
	cinx_error err;

	assert_int_equal(cinx_lookup_area(t, "A", &a, &err), CINX_OK);
	assert_int_equal(cinx_lookup_area(t, "B", &b, &err), CINX_OK);
	assert_int_equal(cinx_lookup_area(t, "C", &c, &err), CINX_OK);
	assert_int_equal(cinx_lookup_area(t, "D", &d, &err), CINX_OK);
	assert_int_equal(cinx_lookup_area(t, "E5", &e, &err), CINX_OK);
	assert_int_equal(cinx_rank_la(t, b, 0, 0).rank, 1);
	assert_int_equal(cinx_rank_la(t, c, 0, 0).rank, 1);
	assert_int_equal(cinx_rank_la(t, a, 0, 0).rank, 3);
	assert_int_equal(cinx_rank_la(t, e, 0, 0).rank, 4);
	assert_int_equal(cinx_rank_la(t, e, 0, 0).of, 4);
	assert_int_equal(cinx_rank_la(t, d, 0, 0).rank, 0); /* a symbol is unranked */
	assert_int_equal(cinx_rank_la(t, d, 0, 0).of, 4);
	assert_int_equal(cinx_rank_la(t, cinx_dataset_england(t), 0, 0).rank, 0);
	cinx_dataset_free(t);
}

static void metrics_by_exact_name(void **state)
{
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dataset_find_indicator(ds, "rereferral_percent", &err), 2);
	assert_int_equal(cinx_dataset_find_indicator(ds, "no_further_action_count", &err), 3);
	/* parts of names are not names: each was once taken silently */
	assert_int_equal(cinx_dataset_find_indicator(ds, "rereferral_p", &err), -1);
	assert_int_equal(cinx_dataset_find_indicator(ds, "no_further", &err), -1);
	assert_int_equal(cinx_dataset_find_indicator(ds, "percent", &err), -1);
	assert_int_equal(cinx_dataset_find_indicator(ds, "rate", &err), -1);
	assert_string_equal(err.message, "unknown metric 'rate'; rates per 10,000 children (referral_rate_per_10k, "
					 "referral_child_rate_per_10k, rereferral_rate_per_10k) need --population FILE "
					 "(columns: referral_count, rereferral_count, rereferral_percent, "
					 "no_further_action_count; aliases: referrals = referral_count, rereferrals = "
					 "rereferral_count, re-referrals = rereferral_count)");
	assert_int_equal(cinx_dataset_find_indicator(ds, "rerefferal_count", &err), -1);
	assert_non_null(strstr(err.message, "unknown metric 'rerefferal_count'; did you mean 'rereferral_count'"));
	assert_string_equal(cinx_dataset_indicator(ds, 2)->label,
			    "Percentage of referrals that were re-referrals within 12 months of a previous referral");
	assert_int_equal(cinx_dataset_indicator(ds, 2)->direction, -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(hierarchy_england_regions_london_boroughs),
		cmocka_unit_test(lookup_by_code_old_code_name_or_unique_part),
		cmocka_unit_test(ambiguous_and_unknown_queries_explain),
		cmocka_unit_test(a_match_at_a_word_start_wins),
		cmocka_unit_test(search_finds_every_match),
		cmocka_unit_test(code_change_stitches_one_series),
		cmocka_unit_test(boundary_changes_link_predecessors_and_successors),
		cmocka_unit_test(footnotes_attach_to_areas_years_and_indicators),
		cmocka_unit_test(a_note_on_several_indicators_is_listed_once),
		cmocka_unit_test(change_from_previous_year),
		cmocka_unit_test(ranks_share_ties_and_show_the_denominator),
		cmocka_unit_test(metrics_by_exact_name),
	};
	return cmocka_run_group_tests_name("model", tests, setup, teardown);
}
