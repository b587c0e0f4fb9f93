/* SPDX-License-Identifier: MIT */
/* Derived figures rounded as DfE rounds them: exactly, halves away from
 * zero (12.25 to 12.3, -2.45 to -2.5), never a binary fraction just below. */
#include "testutil.h"

#include "cinx/decimal.h"
#include "cinx/format.h"
#include "cinx/stats.h"

static const char *fmt(double x, int dec, int flags)
{
	static char buf[64];

	cinx_format_number(x, dec, flags, buf, sizeof buf);
	return buf;
}

static cinx_decimal dec(int64_t units, int scale)
{
	cinx_decimal d = {units, scale};
	return d;
}

/* a / b rounded to places, as text */
static const char *ratio(int64_t a, int sa, int64_t b, int sb, int64_t mult, int places)
{
	cinx_decimal q;

	if (!cinx_decimal_ratio(dec(a, sa), dec(b, sb), mult, places, &q))
		return "refused";
	return fmt(cinx_decimal_to_double(q), places, 0);
}

static void halves_round_away_from_zero_at_0_1_and_2_places(void **state)
{
	cinx_decimal r;

	(void)state;
	assert_true(cinx_decimal_round(dec(1225, 2), 1, &r));
	assert_int_equal(r.units, 123);
	assert_int_equal(r.scale, 1);
	assert_true(cinx_decimal_round(dec(-245, 2), 1, &r));
	assert_int_equal(r.units, -25);
	assert_true(cinx_decimal_round(dec(5, 2), 1, &r));
	assert_int_equal(r.units, 1);
	assert_true(cinx_decimal_round(dec(-5, 2), 1, &r));
	assert_int_equal(r.units, -1);
	assert_true(cinx_decimal_round(dec(25, 1), 0, &r)); /* 2.5 -> 3 */
	assert_int_equal(r.units, 3);
	assert_true(cinx_decimal_round(dec(-25, 1), 0, &r));
	assert_int_equal(r.units, -3);
	assert_true(cinx_decimal_round(dec(1005, 3), 2, &r)); /* 1.005 -> 1.01 */
	assert_int_equal(r.units, 101);
	assert_true(cinx_decimal_round(dec(-1005, 3), 2, &r));
	assert_int_equal(r.units, -101);
	assert_true(cinx_decimal_round(dec(1249, 3), 1, &r)); /* under a half stays */
	assert_int_equal(r.units, 12);
	assert_true(cinx_decimal_round(dec(12, 1), 3, &r)); /* more places: exact */
	assert_int_equal(r.units, 1200);
}

static void ratios_are_rounded_once(void **state)
{
	(void)state;
	/* the mean of 22.4 and 22.5 is 22.45 */
	assert_string_equal(ratio(449, 1, 2, 0, 1, 1), "22.5");
	/* the median of -2.4 and -2.5 is -2.45 */
	assert_string_equal(ratio(-49, 1, 2, 0, 1, 1), "-2.5");
	/* a change of 1 on 8: 12.5% exactly, at 0 places */
	assert_string_equal(ratio(1, 0, 8, 0, 100, 0), "13");
	/* 1 on 16: 6.25% at one place */
	assert_string_equal(ratio(1, 0, 16, 0, 100, 1), "6.3");
	assert_string_equal(ratio(-1, 0, 16, 0, 100, 1), "-6.3");
	/* a rate: 1234 per 80,000 children is 154.25 per 10,000 */
	assert_string_equal(ratio(1234, 0, 80000, 0, 10000, 1), "154.3");
	/* scales differ: 0.5 / 0.04 = 12.5 */
	assert_string_equal(ratio(5, 1, 4, 2, 1, 0), "13");
	assert_string_equal(ratio(1, 0, 3, 0, 1, 2), "0.33");
	assert_string_equal(ratio(2, 0, 3, 0, 1, 2), "0.67");
	assert_string_equal(ratio(1, 0, 0, 0, 1, 1), "refused");
}

static void sums_differences_and_order_are_exact(void **state)
{
	cinx_decimal d;

	(void)state;
	assert_true(cinx_decimal_sub(dec(242, 1), dec(224, 1), &d));
	assert_string_equal(fmt(cinx_decimal_to_double(d), 1, CINX_FMT_SIGN), "+1.8");
	assert_true(cinx_decimal_add(dec(1, 1), dec(2, 1), &d));
	assert_int_equal(d.units, 3);
	assert_true(cinx_decimal_add(dec(1, 0), dec(25, 2), &d));
	assert_int_equal(d.units, 125);
	assert_int_equal(d.scale, 2);
	assert_int_equal(cinx_decimal_cmp(dec(3, 1), dec(30, 2)), 0);
	assert_true(cinx_decimal_cmp(dec(-3, 1), dec(-29, 2)) < 0);
	assert_true(cinx_decimal_from_double(0.1 + 0.2, 1, &d)); /* near enough to 0.3 */
	assert_int_equal(d.units, 3);
	assert_true(cinx_decimal_from_double(-22.45, 2, &d));
	assert_int_equal(d.units, -2245);
}

static void overflow_is_refused(void **state)
{
	cinx_decimal d;

	(void)state;
	assert_false(cinx_decimal_add(dec(INT64_MAX, 0), dec(1, 0), &d));
	assert_false(cinx_decimal_sub(dec(-INT64_MAX, 0), dec(1, 0), &d));
	assert_false(cinx_decimal_add(dec(INT64_MAX / 10 + 1, 0), dec(1, 1), &d)); /* rescaling overflows */
	assert_false(cinx_decimal_ratio(dec(INT64_MAX, 0), dec(1, 0), 10, 0, &d));
	assert_false(cinx_decimal_ratio(dec(1, 0), dec(3, 0), 1, CINX_DECIMAL_MAX_SCALE + 1, &d));
	assert_false(cinx_decimal_from_double(1e300, 0, &d));
	assert_false(cinx_decimal_from_double(1e15, 2, &d)); /* past 2^53 once scaled */
	assert_false(cinx_decimal_from_double(1.0 / 0.0, 0, &d));
	/* a cell the arithmetic cannot hold is x, not a wrong number */
	assert_int_equal(cinx_value_diff(cinx_value_number(1e15), cinx_value_number(1), 2).kind, CINX_SYM_X);
}

static void cells_keep_symbols_and_gaps(void **state)
{
	(void)state;
	cinx_value n = cinx_value_number(24.2), m = cinx_value_number(22.4);
	assert_string_equal(fmt(cinx_value_diff(n, m, 1).num, 1, CINX_FMT_SIGN), "+1.8");
	assert_int_equal(cinx_value_diff(n, cinx_value_of(CINX_SYM_C), 1).kind, CINX_SYM_X);
	assert_int_equal(cinx_value_diff(cinx_value_of(CINX_NO_ROW), m, 1).kind, CINX_NO_ROW);
	/* beside a figure of low reliability, the change is of low reliability too */
	assert_int_equal(cinx_value_diff(cinx_value_of(CINX_SYM_U), m, 1).kind, CINX_SYM_U);
	assert_int_equal(cinx_value_diff(n, cinx_value_of(CINX_SYM_U), 1).kind, CINX_SYM_U);
	assert_int_equal(cinx_value_change_percent(cinx_value_of(CINX_SYM_U), m, 1, 1).kind, CINX_SYM_U);
	assert_int_equal(cinx_value_diff(cinx_value_of(CINX_SYM_U), cinx_value_of(CINX_SYM_C), 1).kind, CINX_SYM_X);
	/* 160 to 180: +12.5% exactly, shown as 12.5; 160 to 182: +13.75 -> 13.8 */
	assert_string_equal(fmt(cinx_value_change_percent(cinx_value_number(180), cinx_value_number(160), 0, 0).num,
				0, 0), "13");
	assert_string_equal(fmt(cinx_value_change_percent(cinx_value_number(182), cinx_value_number(160), 0, 1).num,
				1, 0), "13.8");
	assert_string_equal(fmt(cinx_value_change_percent(cinx_value_number(158), cinx_value_number(160), 0, 1).num,
				1, 0), "-1.3"); /* -1.25 */
	assert_int_equal(cinx_value_change_percent(cinx_value_number(5), cinx_value_number(0), 0, 1).kind, CINX_SYM_X);
	assert_string_equal(fmt(cinx_value_ratio_exact(cinx_value_number(1234), cinx_value_number(80000), 0,
						       10000, 1).num, 1, 0), "154.3");
}

static void formatting_a_stored_value_rounds_its_decimal_halves(void **state)
{
	(void)state;
	assert_string_equal(fmt(1.005, 2, 0), "1.01");
	assert_string_equal(fmt(2.675, 2, 0), "2.68");
	assert_string_equal(fmt(-0.125, 2, 0), "-0.13");
	assert_string_equal(fmt(0.05, 1, 0), "0.1");
	assert_string_equal(fmt(-0.05, 1, 0), "-0.1");
	assert_string_equal(fmt(12.25, 1, 0), "12.3");
	assert_string_equal(fmt(-2.45, 1, 0), "-2.5");
	assert_string_equal(fmt(22.45, 1, 0), "22.5");
	assert_string_equal(fmt(0.5, 0, 0), "1");
	assert_string_equal(fmt(-0.5, 0, 0), "-1");
	assert_string_equal(fmt(9.95, 1, 0), "10.0");
	assert_string_equal(fmt(99999.95, 1, CINX_FMT_GROUP), "100,000.0");
	assert_string_equal(fmt(0.04, 1, CINX_FMT_SIGN), "0.0");
	assert_string_equal(fmt(0.0004, 2, 0), "0.00");
	assert_string_equal(fmt(0.006, 2, 0), "0.01");
	assert_string_equal(fmt(123456789012345, 0, CINX_FMT_GROUP), "123,456,789,012,345");
	assert_string_equal(fmt(1.5, 3, 0), "1.500");
}

/* The mean and quartiles of a summary, exact */
static void summaries_are_exact(void **state)
{
	(void)state;
	cinx_value v[] = {cinx_value_number(22.4), cinx_value_number(22.5), cinx_value_of(CINX_SYM_C)};
	cinx_summary s;
	char buf[32];

	assert_int_equal(cinx_summarise(v, 3, 1, &s), CINX_OK);
	assert_true(s.exact);
	cinx_format_value(cinx_summary_mean(&s, 1), 1, 0, buf, sizeof buf);
	assert_string_equal(buf, "22.5");
	cinx_format_value(cinx_summary_rounded(&s, s.median_x, 1), 1, 0, buf, sizeof buf);
	assert_string_equal(buf, "22.5");
	/* 1, 2, 3, 4: type-7 quartiles 1.75 and 3.25 exactly */
	cinx_value w[] = {cinx_value_number(4), cinx_value_number(1), cinx_value_number(3), cinx_value_number(2)};
	assert_int_equal(cinx_summarise(w, 4, 0, &s), CINX_OK);
	assert_int_equal(s.q1_x.units, 175);
	assert_int_equal(s.q1_x.scale, 2);
	assert_int_equal(s.q3_x.units, 325);
	cinx_format_value(cinx_summary_rounded(&s, s.q1_x, 1), 1, 0, buf, sizeof buf);
	assert_string_equal(buf, "1.8");
	assert_int_equal(cinx_summarise(v + 2, 1, 1, &s), CINX_OK);
	assert_int_equal(cinx_summary_mean(&s, 1).kind, CINX_SYM_X);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(halves_round_away_from_zero_at_0_1_and_2_places),
		cmocka_unit_test(ratios_are_rounded_once),
		cmocka_unit_test(sums_differences_and_order_are_exact),
		cmocka_unit_test(overflow_is_refused),
		cmocka_unit_test(cells_keep_symbols_and_gaps),
		cmocka_unit_test(formatting_a_stored_value_rounds_its_decimal_halves),
		cmocka_unit_test(summaries_are_exact),
	};
	return cmocka_run_group_tests_name("decimal", tests, NULL, NULL);
}
