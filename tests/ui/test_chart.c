/* SPDX-License-Identifier: MIT */
/* Line charts on a character grid: scaling, markers, gaps, overlaps and
 * faint points, in braille and in ASCII. */
#include "../unit/testutil.h"

#include "cinx/chart.h"

#define N(x) cinx_value_number(x)
#define S(k) cinx_value_of(k)
#define MAX_CELLS 256

static cinx_chart_cell cells[MAX_CELLS];

/* Row y of the last chart as text. */
static const char *row(int w, int y)
{
	static char buf[MAX_CELLS * 4 + 1];
	size_t o = 0;

	for (int x = 0; x < w; x++)
		for (const char *g = cells[y * w + x].glyph; *g; g++)
			buf[o++] = *g;
	buf[o] = '\0';
	return buf;
}

static void ascii_lines_follow_the_slope_between_markers(void **state)
{
	cinx_value a[] = {N(0), N(10), N(10), N(0)};
	cinx_chart_series s = {a, NULL, '1'};

	(void)state;
	/* points at columns 0, 3, 6, 9 and rows 4 (bottom), 0, 0, 4 */
	cinx_chart_draw(&s, 1, 4, 0, 10, CINX_CHART_ASCII, 10, 5, cells);
	assert_string_equal(row(10, 0), "   1--1   ");
	assert_string_equal(row(10, 1), "  /    \\  ");
	assert_string_equal(row(10, 2), "  /     \\ ");
	assert_string_equal(row(10, 3), " /      \\ ");
	assert_string_equal(row(10, 4), "1        1");
	assert_int_equal(cells[3].series, 0);
	assert_true(cells[3].marker);
	assert_false(cells[4].marker);
	assert_int_equal(cells[0].series, CINX_CHART_EMPTY);
}

static void gentle_slopes_lean(void **state)
{
	cinx_value a[] = {N(0), N(1)};
	cinx_chart_series s = {a, NULL, '2'};

	(void)state;
	cinx_chart_draw(&s, 1, 2, 0, 1, CINX_CHART_ASCII, 4, 3, cells);
	assert_string_equal(row(4, 0), "   2");
	assert_string_equal(row(4, 1), " // ");
	assert_string_equal(row(4, 2), "2   ");
}

static void rises_and_falls_differ_however_gentle(void **state)
{
	cinx_value a[] = {N(0), N(1), N(0)};
	cinx_chart_series s = {a, NULL, '1'};
	const char *r;

	(void)state;
	/* a rise and a fall over 10 columns and one row: never both "-" */
	cinx_chart_draw(&s, 1, 3, 0, 1, CINX_CHART_ASCII, 21, 2, cells);
	r = row(21, 0);
	assert_null(strchr(r, '-'));
	r = row(21, 1);
	assert_null(strchr(r, '-'));
	assert_non_null(strchr(row(21, 0), '/'));
	assert_non_null(strchr(row(21, 0), '\\'));
}

static void symbols_and_missing_years_leave_gaps(void **state)
{
	cinx_value a[] = {N(5), S(CINX_SYM_X), N(5), N(5), S(CINX_NO_ROW)};
	cinx_chart_series s = {a, NULL, '1'};

	(void)state;
	/* columns 0, 2, 4, 6, 8 */
	cinx_chart_draw(&s, 1, 5, 0, 10, CINX_CHART_ASCII, 9, 1, cells);
	assert_string_equal(row(9, 0), "1   1-1  ");
}

static void series_meeting_share_a_star(void **state)
{
	cinx_value a[] = {N(0), N(10)}, b[] = {N(10), N(10)};
	cinx_chart_series s[] = {{a, NULL, '1'}, {b, NULL, '2'}};

	(void)state;
	cinx_chart_draw(s, 2, 2, 0, 10, CINX_CHART_ASCII, 5, 2, cells);
	assert_string_equal(row(5, 0), "2---*");
	assert_string_equal(row(5, 1), "1/   "); /* a rise, however gentle */
	assert_int_equal(cells[4].series, CINX_CHART_MIXED);
	assert_true(cells[4].marker);
	assert_int_equal(cells[1].series, 1); /* the later series is drawn over */
}

static void braille_dots_between_markers(void **state)
{
	cinx_value a[] = {N(5), N(5)};
	cinx_chart_series s = {a, NULL, '1'};

	(void)state;
	/* 8 dots across, 4 down: a flat line on dot row 1 (from the top) */
	cinx_chart_draw(&s, 1, 2, 0, 10, CINX_CHART_BRAILLE, 4, 1, cells);
	assert_string_equal(row(4, 0), "1\xE2\xA0\x92\xE2\xA0\x92" "1"); /* 1⠒⠒1 */
	assert_int_equal(cells[1].dots, 0x12);
	assert_int_equal(cells[1].series, 0);
}

static void braille_lines_of_two_series_mix(void **state)
{
	cinx_value a[] = {N(0), N(0)}, b[] = {N(0), N(0)};
	cinx_chart_series s[] = {{a, NULL, '1'}, {b, NULL, '2'}};

	(void)state;
	cinx_chart_draw(s, 2, 2, 0, 10, CINX_CHART_BRAILLE, 3, 1, cells);
	assert_string_equal(row(3, 0), "*\xE2\xA3\x80*"); /* both on the bottom dot row: ⣀ */
	assert_int_equal(cells[1].series, CINX_CHART_MIXED);
}

static void faint_points_and_their_lines(void **state)
{
	cinx_value a[] = {N(1), N(1), N(1)};
	bool faint[] = {true, false, false};
	cinx_chart_series s = {a, faint, '1'};

	(void)state;
	/* columns 0, 3, 6 */
	cinx_chart_draw(&s, 1, 3, 0, 2, CINX_CHART_ASCII, 7, 1, cells);
	assert_string_equal(row(7, 0), "1--1--1");
	assert_true(cells[0].faint);
	assert_true(cells[1].faint);
	assert_false(cells[3].faint);
	assert_false(cells[4].faint);
}

static void a_flat_scale_and_one_point(void **state)
{
	cinx_value a[] = {N(7)};
	cinx_chart_series s = {a, NULL, '3'};

	(void)state;
	cinx_chart_draw(&s, 1, 1, 7, 7, CINX_CHART_ASCII, 5, 3, cells);
	assert_string_equal(row(5, 0), "     ");
	assert_string_equal(row(5, 1), "  3  ");
}

static void columns_for_labels(void **state)
{
	(void)state;
	assert_int_equal(cinx_chart_column(0, 13, CINX_CHART_BRAILLE, 26), 0);
	assert_int_equal(cinx_chart_column(12, 13, CINX_CHART_BRAILLE, 26), 25);
	assert_int_equal(cinx_chart_column(6, 13, CINX_CHART_ASCII, 25), 12);
	assert_int_equal(cinx_chart_column(3, 4, CINX_CHART_ASCII, 10), 9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ascii_lines_follow_the_slope_between_markers),
		cmocka_unit_test(rises_and_falls_differ_however_gentle),
		cmocka_unit_test(gentle_slopes_lean),
		cmocka_unit_test(symbols_and_missing_years_leave_gaps),
		cmocka_unit_test(series_meeting_share_a_star),
		cmocka_unit_test(braille_dots_between_markers),
		cmocka_unit_test(braille_lines_of_two_series_mix),
		cmocka_unit_test(faint_points_and_their_lines),
		cmocka_unit_test(a_flat_scale_and_one_point),
		cmocka_unit_test(columns_for_labels),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
