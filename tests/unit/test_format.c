/* SPDX-License-Identifier: MIT */
/* Numbers and values as people and pipelines read them. */
#include "testutil.h"

#include "cinx/format.h"

static const char *fmt(double x, int dec, int flags)
{
	static char buf[64];

	cinx_format_number(x, dec, flags, buf, sizeof buf);
	return buf;
}

static void groups_thousands_only_when_asked(void **state)
{
	(void)state;
	assert_string_equal(fmt(632830, 0, CINX_FMT_GROUP), "632,830");
	assert_string_equal(fmt(632830, 0, 0), "632830");
	assert_string_equal(fmt(1234567.25, 1, CINX_FMT_GROUP), "1,234,567.3");
	assert_string_equal(fmt(999, 0, CINX_FMT_GROUP), "999");
	assert_string_equal(fmt(-4493, 0, CINX_FMT_GROUP), "-4,493");
}

static void rounds_half_away_from_zero(void **state)
{
	(void)state;
	assert_string_equal(fmt(22.65, 1, 0), "22.7");
	assert_string_equal(fmt(0.25, 1, 0), "0.3");
	assert_string_equal(fmt(-0.25, 1, 0), "-0.3");
	assert_string_equal(fmt(21, 1, 0), "21.0");
}

static void signs_for_changes(void **state)
{
	(void)state;
	assert_string_equal(fmt(390, 0, CINX_FMT_SIGN | CINX_FMT_GROUP), "+390");
	assert_string_equal(fmt(-1.8, 1, CINX_FMT_SIGN), "-1.8");
	assert_string_equal(fmt(0, 1, CINX_FMT_SIGN), "0.0");
	assert_string_equal(fmt(-0.04, 1, CINX_FMT_SIGN), "0.0"); /* no "-0.0" */
}

static void symbols_and_gaps(void **state)
{
	char buf[16];

	(void)state;
	cinx_format_value(cinx_value_of(CINX_SYM_X), 0, CINX_FMT_GROUP, buf, sizeof buf);
	assert_string_equal(buf, "x");
	cinx_format_value(cinx_value_of(CINX_SYM_LOW), 0, 0, buf, sizeof buf);
	assert_string_equal(buf, "low");
	cinx_format_value(cinx_value_of(CINX_NO_ROW), 0, CINX_FMT_NOROW_DASH, buf, sizeof buf);
	assert_string_equal(buf, "-");
	cinx_format_value(cinx_value_of(CINX_NO_ROW), 0, 0, buf, sizeof buf);
	assert_string_equal(buf, "");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(groups_thousands_only_when_asked),
		cmocka_unit_test(rounds_half_away_from_zero),
		cmocka_unit_test(signs_for_changes),
		cmocka_unit_test(symbols_and_gaps),
	};
	return cmocka_run_group_tests_name("format", tests, NULL, NULL);
}
