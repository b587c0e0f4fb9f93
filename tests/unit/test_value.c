/* SPDX-License-Identifier: MIT */
/* Cells: numbers, symbols, and their order. */
#include "testutil.h"

static cinx_value parse_ok(const char *s, int *dec)
{
	cinx_value v;

	assert_true(cinx_value_parse(s, strlen(s), &v, dec));
	return v;
}

static void numbers_parse_exactly(void **state)
{
	int dec = -1;

	(void)state;
	assert_true(parse_ok("632830", &dec).num == 632830.0);
	assert_int_equal(dec, 0);
	assert_true(parse_ok("22.6", &dec).num == 22.6);
	assert_int_equal(dec, 1);
	assert_true(parse_ok("-4", NULL).num == -4.0);
	assert_true(parse_ok("0", NULL).num == 0.0);
	assert_true(parse_ok("999999999999999", NULL).num == 999999999999999.0);
}

static void symbols_are_not_numbers(void **state)
{
	(void)state;
	assert_int_equal(parse_ok("c", NULL).kind, CINX_SYM_C);
	assert_int_equal(parse_ok("x", NULL).kind, CINX_SYM_X);
	assert_int_equal(parse_ok(":", NULL).kind, CINX_SYM_COLON);
	assert_int_equal(parse_ok("z", NULL).kind, CINX_SYM_Z);
	assert_int_equal(parse_ok("u", NULL).kind, CINX_SYM_U);
	assert_int_equal(parse_ok("k", NULL).kind, CINX_SYM_K);
	assert_int_equal(parse_ok("low", NULL).kind, CINX_SYM_LOW);
	assert_string_equal(cinx_kind_meaning(CINX_SYM_C), "confidential");
	assert_string_equal(cinx_kind_status(CINX_SYM_U), "low_reliability");
	assert_string_equal(cinx_kind_status(CINX_NO_ROW), "no_row");
}

static void rejects_what_is_neither(void **state)
{
	static const char *const bad[] = {"", "abc", "1.", ".5", "1e5", "0x10", "inf", "nan", "1,000",
					  " 1", "1 ", "--1", "C", "X", "lo", "lowest", "1234567890123456",
					  "-", "+", "12.3.4"};
	cinx_value v;

	(void)state;
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
		if (cinx_value_parse(bad[i], strlen(bad[i]), &v, NULL))
			fail_msg("'%s' should not parse", bad[i]);
}

static void numbers_sort_before_symbols_before_gaps(void **state)
{
	(void)state;
	assert_true(cinx_value_cmp(cinx_value_number(5), cinx_value_number(7)) < 0);
	assert_true(cinx_value_cmp(cinx_value_number(1e9), cinx_value_of(CINX_SYM_C)) < 0);
	assert_true(cinx_value_cmp(cinx_value_of(CINX_SYM_X), cinx_value_of(CINX_NO_ROW)) < 0);
	assert_int_equal(cinx_value_cmp(cinx_value_of(CINX_SYM_X), cinx_value_of(CINX_SYM_X)), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(numbers_parse_exactly),
		cmocka_unit_test(symbols_are_not_numbers),
		cmocka_unit_test(rejects_what_is_neither),
		cmocka_unit_test(numbers_sort_before_symbols_before_gaps),
	};
	return cmocka_run_group_tests_name("value", tests, NULL, NULL);
}
