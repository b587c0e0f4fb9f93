/* SPDX-License-Identifier: MIT */
/* The demo data: the same bytes every time, the real C1 layout and
 * geography, every symbol, one linked boundary change, and the label. */
#include "../unit/testutil.h"

#include "cinx/demo.h"
#include "cinx/lookup.h"
#include "cinx/provenance.h"

/* The C1 header, from the data set's documentation. */
static const char c1_header[] =
	"time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
	"old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,rereferral_percent,"
	"no_further_action_count,no_further_action_percent,not_in_need_count,not_in_need_percent,"
	"referral_child_count,rereferral_child_count,rereferral_child_percent";

static cinx_dataset *demo(void)
{
	cinx_dataset *ds = NULL;
	cinx_error err;

	if (cinx_data_open_demo(&ds, &err))
		fail_msg("demo data failed to load: %s", err.message);
	return ds;
}

static int area(const cinx_dataset *ds, const char *q)
{
	int a = -1;
	cinx_error err;

	if (cinx_lookup_area(ds, q, &a, &err))
		fail_msg("%s: %s", q, err.message);
	return a;
}

static void same_bytes_every_time(void **state)
{
	char *a, *b;
	size_t la, lb;
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_demo_csv(&a, &la, &err), CINX_OK);
	assert_int_equal(cinx_demo_csv(&b, &lb, &err), CINX_OK);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	free(a);
	free(b);
}

static void header_is_exactly_c1(void **state)
{
	char *csv, line[1024];
	size_t len;
	cinx_error err;
	const char *real = shared_data(C1_FILE);

	(void)state;
	assert_int_equal(cinx_demo_csv(&csv, &len, &err), CINX_OK);
	assert_int_equal(strcspn(csv, "\n"), strlen(c1_header));
	assert_memory_equal(csv, c1_header, strlen(c1_header));
	if (real) {
		FILE *f = fopen(real, "r");
		assert_non_null(f);
		assert_non_null(fgets(line, sizeof line, f));
		fclose(f);
		line[strcspn(line, "\r\n")] = '\0';
		assert_string_equal(line, c1_header);
	}
	free(csv);
}

static void loads_cleanly_with_every_symbol(void **state)
{
	cinx_dataset *ds = demo();
	bool seen[CINX_KIND_COUNT] = {false};

	(void)state;
	assert_int_equal(cinx_dataset_n_warnings(ds), 0);
	assert_int_equal(cinx_dataset_n_indicators(ds), 10);
	assert_int_equal(cinx_dataset_year(ds, 0), 2013);
	assert_int_equal(cinx_dataset_latest_year(ds), 2025);
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++)
		for (size_t y = 0; y < cinx_dataset_n_years(ds); y++)
			for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
				seen[cinx_dataset_value(ds, (int)a, y, i).kind] = true;
	for (int k = CINX_SYM_C; k <= CINX_SYM_LOW; k++)
		if (!seen[k])
			fail_msg("no cell holds the symbol '%s'", cinx_kind_symbol((cinx_kind)k));
	cinx_dataset_free(ds);
}

static void real_england_and_regions(void **state)
{
	static const char *const regions[] = {
		"E12000001", "E12000002", "E12000003", "E12000004", "E12000005",
		"E12000006", "E12000007", "E12000008", "E12000009",
	};
	cinx_dataset *ds = demo();
	int england = cinx_dataset_england(ds);
	int london = area(ds, "E12000007");

	(void)state;
	assert_string_equal(cinx_dataset_area(ds, england)->code, "E92000001");
	for (size_t r = 0; r < sizeof regions / sizeof regions[0]; r++) {
		const cinx_area *a = cinx_dataset_area(ds, area(ds, regions[r]));
		assert_int_equal(a->level, CINX_LEVEL_REGIONAL);
		assert_int_equal(a->parent, england);
		assert_true(a->n_children > 0);
	}
	assert_int_equal(cinx_dataset_area(ds, area(ds, "E13000001"))->parent, london);
	assert_int_equal(cinx_dataset_area(ds, area(ds, "E13000002"))->parent, london);
	/* every authority sits under a region and has a fictional old code */
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
		const cinx_area *ar = cinx_dataset_area(ds, (int)a);
		if (ar->level != CINX_LEVEL_LA)
			continue;
		assert_int_equal(cinx_dataset_area(ds, ar->parent)->level, CINX_LEVEL_REGIONAL);
		assert_true(ar->old_code[0] == '5');
	}
	cinx_dataset_free(ds);
}

static void totals_add_up_to_the_nearest_ten(void **state)
{
	cinx_dataset *ds = demo();
	int england = cinx_dataset_england(ds);
	size_t y = cinx_dataset_n_years(ds) - 1;
	double sum = 0;

	(void)state;
	for (size_t a = 0; a < cinx_dataset_n_areas(ds); a++) {
		const cinx_area *ar = cinx_dataset_area(ds, (int)a);
		cinx_value v = cinx_dataset_value(ds, (int)a, y, 0);
		if (ar->level == CINX_LEVEL_LA && v.kind == CINX_NUM)
			sum += v.num;
	}
	cinx_value e = cinx_dataset_value(ds, england, y, 0);
	assert_int_equal(e.kind, CINX_NUM);
	assert_true(e.num >= sum - 5 - 1e-9 && e.num <= sum + 5 + 1e-9);
	assert_true((long)e.num % 10 == 0);
	cinx_dataset_free(ds);
}

static void boundary_change_is_linked(void **state)
{
	cinx_dataset *ds = demo();
	int old = area(ds, "Fenmarsh");
	int north = area(ds, "North Fenmarsh");
	int south = area(ds, "South Fenmarsh");
	const cinx_area *o = cinx_dataset_area(ds, old);

	(void)state;
	assert_false(o->current);
	assert_int_equal(o->last_year, 2020);
	assert_int_equal(o->n_successors, 2);
	assert_int_equal(o->successors[0].area, north);
	assert_int_equal(o->successors[1].area, south);
	assert_int_equal(o->successors[0].year, 2021);
	assert_int_equal(cinx_dataset_area(ds, north)->n_predecessors, 1);
	assert_int_equal(cinx_dataset_area(ds, north)->predecessors[0].area, old);
	assert_int_equal(cinx_dataset_area(ds, south)->first_year, 2021);
	cinx_dataset_free(ds);
}

static void demo_is_labelled(void **state)
{
	cinx_dataset *ds = demo();
	char label[256];

	(void)state;
	assert_true(cinx_dataset_is_demo(ds));
	assert_int_equal(cinx_dataset_provenance(ds)->origin, CINX_ORIGIN_DEMO);
	cinx_provenance_label(ds, label, sizeof label);
	assert_string_equal(label, "DEMO DATA: synthetic, not official statistics");
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(same_bytes_every_time),
		cmocka_unit_test(header_is_exactly_c1),
		cmocka_unit_test(loads_cleanly_with_every_symbol),
		cmocka_unit_test(real_england_and_regions),
		cmocka_unit_test(totals_add_up_to_the_nearest_ten),
		cmocka_unit_test(boundary_change_is_linked),
		cmocka_unit_test(demo_is_labelled),
	};
	return cmocka_run_group_tests_name("demo", tests, NULL, NULL);
}
