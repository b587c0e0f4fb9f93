/* SPDX-License-Identifier: MIT */
/* Sparklines: scaling, gaps for symbols and missing years, both glyph sets. */
#include "testutil.h"

#include "cinx/sparkline.h"

#define N(x) cinx_value_number(x)
#define S(k) cinx_value_of(k)

static void scales_from_lowest_to_highest(void **state)
{
	cinx_value v[] = {N(10), N(20), N(30), N(40), N(50), N(60), N(70), N(80)};
	char out[64];

	(void)state;
	cinx_sparkline(v, 8, CINX_GLYPHS_UTF8, out, sizeof out);
	assert_string_equal(out, "\xE2\x96\x81\xE2\x96\x82\xE2\x96\x83\xE2\x96\x84"
				 "\xE2\x96\x85\xE2\x96\x86\xE2\x96\x87\xE2\x96\x88");
	cinx_sparkline(v, 8, CINX_GLYPHS_ASCII, out, sizeof out);
	/* ASCII levels that mean nothing else: not "-" (no row), "+" or "*" */
	assert_string_equal(out, "_.o=O%&#");
}

static void gaps_for_symbols_and_missing_rows(void **state)
{
	cinx_value v[] = {S(CINX_NO_ROW), N(1), S(CINX_SYM_X), N(3), S(CINX_SYM_C)};
	char out[64];
	int levels[5];

	(void)state;
	cinx_spark_levels(v, 5, 1, 3, levels);
	assert_int_equal(levels[0], CINX_SPARK_NO_ROW);
	assert_int_equal(levels[1], 0);
	assert_int_equal(levels[2], CINX_SPARK_SYMBOL);
	assert_int_equal(levels[3], 7);
	cinx_sparkline(v, 5, CINX_GLYPHS_ASCII, out, sizeof out);
	assert_string_equal(out, " _?#?");
	cinx_sparkline(v, 5, CINX_GLYPHS_UTF8, out, sizeof out);
	assert_string_equal(out, " \xE2\x96\x81\xC2\xB7\xE2\x96\x88\xC2\xB7");
}

static void flat_and_empty_series(void **state)
{
	cinx_value flat[] = {N(5), N(5), N(5)};
	cinx_value none[] = {S(CINX_SYM_X), S(CINX_NO_ROW)};
	char out[64];
	double lo, hi;

	(void)state;
	cinx_sparkline(flat, 3, CINX_GLYPHS_ASCII, out, sizeof out);
	assert_string_equal(out, "===");
	assert_int_equal(cinx_spark_range(none, 2, &lo, &hi), 0);
	cinx_sparkline(none, 2, CINX_GLYPHS_ASCII, out, sizeof out);
	assert_string_equal(out, "? ");
}

static void shared_scale_compares_series(void **state)
{
	cinx_value small[] = {N(0), N(10)};
	int levels[2];

	(void)state;
	cinx_spark_levels(small, 2, 0, 70, levels);
	assert_int_equal(levels[0], 0);
	assert_int_equal(levels[1], 1);
}

static void output_is_cut_to_the_buffer(void **state)
{
	cinx_value v[] = {N(1), N(2), N(3)};
	char out[7];

	(void)state;
	/* room for two 3-byte glyphs only */
	assert_int_equal(cinx_sparkline(v, 3, CINX_GLYPHS_UTF8, out, sizeof out), 6);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(scales_from_lowest_to_highest),
		cmocka_unit_test(gaps_for_symbols_and_missing_rows),
		cmocka_unit_test(flat_and_empty_series),
		cmocka_unit_test(shared_scale_compares_series),
		cmocka_unit_test(output_is_cut_to_the_buffer),
	};
	return cmocka_run_group_tests_name("sparkline", tests, NULL, NULL);
}
