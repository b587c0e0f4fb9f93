/* SPDX-License-Identifier: MIT */
/* Acceptance on the published file, checkable against the publication.
 * Skipped, visibly, when ../shared/data is not there. */
#include "testutil.h"

#include "cinx/lookup.h"
#include "cinx/rank.h"

static cinx_dataset *ds;

static int setup(void **state)
{
	const char *path = shared_data(C1_FILE);
	cinx_error err;

	(void)state;
	if (cinx_dataset_load_file(path, &ds, &err) != CINX_OK) {
		fprintf(stderr, "%s\n", err.message);
		return -1;
	}
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
		fail_msg("%s", err.message);
	return a;
}

static int ind(const char *name)
{
	return cinx_dataset_find_indicator(ds, name, NULL);
}

static cinx_value at(const char *area, int year, const char *indicator)
{
	return cinx_dataset_value(ds, find(area), (size_t)cinx_dataset_year_index(ds, year), (size_t)ind(indicator));
}

static void rows_years_and_indicators(void **state)
{
	(void)state;
	assert_int_equal(cinx_dataset_n_rows(ds), 2132);
	assert_int_equal(cinx_dataset_n_years(ds), 13);
	assert_int_equal(cinx_dataset_year(ds, 0), 2013);
	assert_int_equal(cinx_dataset_latest_year(ds), 2025);
	assert_int_equal(cinx_dataset_n_indicators(ds), 10);
	assert_int_equal(cinx_dataset_n_warnings(ds), 0);
}

static void england_2025_headlines(void **state)
{
	(void)state;
	assert_true(at("England", 2025, "referral_count").num == 632830);
	assert_true(at("England", 2025, "rereferral_percent").num == 22.6);
	assert_true(at("Leeds", 2025, "rereferral_percent").num == 24.2);
}

static void authorities_with_2025_data(void **state)
{
	size_t n = 0, y = (size_t)cinx_dataset_year_index(ds, 2025);

	(void)state;
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++)
		if (cinx_dataset_area(ds, (int)a)->level == CINX_LEVEL_LA &&
		    cinx_dataset_value(ds, (int)a, y, 0).kind != CINX_NO_ROW)
			n++;
	assert_int_equal(n, 153);
	assert_int_equal(cinx_rank_la(ds, find("Leeds"), y, (size_t)ind("referral_count")).of, 153);
}

static void hackney_2021_is_not_available_not_zero(void **state)
{
	const char *notes[8];

	(void)state;
	assert_int_equal(at("Hackney", 2021, "referral_count").kind, CINX_SYM_X);
	assert_int_equal(at("Hackney", 2022, "rereferral_percent").kind, CINX_SYM_X);
	assert_int_equal(cinx_dataset_footnotes(ds, find("Hackney"), 2021, 0, notes, 8), 2);
	assert_string_equal(notes[1], "Hackney's 2020 figures were used in the 2021 and 2022 national and regional totals.");
	assert_int_equal(at("Hampshire", 2024, "referral_count").kind, CINX_SYM_U);
}

static void north_yorkshire_is_one_series(void **state)
{
	(void)state;
	int ny = find("North Yorkshire");
	const cinx_area *a = cinx_dataset_area(ds, ny);

	assert_int_equal(find("E10000023"), ny);
	assert_int_equal(find("E06000065"), ny);
	assert_int_equal(a->first_year, 2013);
	assert_int_equal(a->last_year, 2025);
	for (size_t y = 0; y < cinx_dataset_n_years(ds); y++)
		assert_int_not_equal(cinx_dataset_value(ds, ny, y, 0).kind, CINX_NO_ROW);
	assert_int_equal(find("Buckinghamshire"), find("E10000002"));
	assert_int_equal(find("Somerset"), find("E10000027"));
}

static void boundary_changes_are_linked(void **state)
{
	(void)state;
	const cinx_area *n = cinx_dataset_area(ds, find("Northamptonshire"));
	const cinx_area *cumbria = cinx_dataset_area(ds, find("Cumbria"));
	const cinx_area *bcp = cinx_dataset_area(ds, find("Bournemouth, Christchurch and Poole"));

	assert_int_equal(n->last_year, 2021);
	assert_int_equal(n->n_successors, 2);
	assert_string_equal(cinx_dataset_area(ds, n->successors[0].area)->name, "North Northamptonshire");
	assert_string_equal(cinx_dataset_area(ds, n->successors[1].area)->name, "West Northamptonshire");
	assert_int_equal(cumbria->last_year, 2023);
	assert_int_equal(cumbria->n_successors, 2);
	assert_int_equal(bcp->n_predecessors, 2);
	assert_int_equal(bcp->first_year, 2020);
}

static void regions_and_london(void **state)
{
	(void)state;
	const cinx_area *e = cinx_dataset_area(ds, cinx_dataset_england(ds));
	const cinx_area *ne = cinx_dataset_area(ds, find("North East"));
	const cinx_area *inner = cinx_dataset_area(ds, find("Inner London"));

	assert_int_equal(e->n_children, 9);
	assert_int_equal(ne->n_children, 12);
	assert_int_equal(cinx_dataset_area(ds, inner->parent)->n_children, 2);
	assert_int_equal(cinx_dataset_area(ds, find("Camden"))->parent, inner->id);
}

static void chunk_size_does_not_matter(void **state)
{
	static const size_t chunks[] = {1, 7, 4096, 65536};
	const char *path = shared_data(C1_FILE);
	FILE *f;
	char *buf;
	long len;

	(void)state;
	f = fopen(path, "rb");
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	buf = malloc((size_t)len);
	assert_int_equal(fread(buf, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	for (size_t k = 0; k < sizeof chunks / sizeof chunks[0]; k++) {
		cinx_loader *l;
		cinx_dataset *d;
		cinx_error err;
		assert_int_equal(cinx_loader_new("c1", &l, &err), CINX_OK);
		for (long at = 0; at < len; at += (long)chunks[k])
			assert_int_equal(cinx_loader_feed(l, buf + at, (size_t)(len - at) < chunks[k] ? (size_t)(len - at)
											      : chunks[k], &err), CINX_OK);
		assert_int_equal(cinx_loader_finish(l, &d, &err), CINX_OK);
		cinx_loader_free(l);
		assert_int_equal(cinx_dataset_n_rows(d), 2132);
		for (size_t a = 0; a < cinx_dataset_n_areas(d); a++)
			for (size_t y = 0; y < cinx_dataset_n_years(d); y++)
				for (size_t i = 0; i < cinx_dataset_n_indicators(d); i++) {
					cinx_value p = cinx_dataset_value(d, (int)a, y, i), q = cinx_dataset_value(ds, (int)a, y, i);
					assert_int_equal(p.kind, q.kind);
					assert_true(p.num == q.num);
				}
		cinx_dataset_free(d);
	}
	free(buf);
}

int main(void)
{
	/* cmocka reports a skipped test as "not ok # SKIP", which TAP drivers
	 * count as a failure: skip the whole file instead */
	if (!shared_data(C1_FILE)) {
		printf("1..0 # SKIP the real data file is not in ../shared/data\n");
		return 0;
	}
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(rows_years_and_indicators),
		cmocka_unit_test(england_2025_headlines),
		cmocka_unit_test(authorities_with_2025_data),
		cmocka_unit_test(hackney_2021_is_not_available_not_zero),
		cmocka_unit_test(north_yorkshire_is_one_series),
		cmocka_unit_test(boundary_changes_are_linked),
		cmocka_unit_test(regions_and_london),
		cmocka_unit_test(chunk_size_does_not_matter),
	};
	return cmocka_run_group_tests_name("real data", tests, setup, teardown);
}
