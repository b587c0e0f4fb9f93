/* SPDX-License-Identifier: MIT */
/* Report writers: alignment, escaping, symbols kept in every format. */
#include "testutil.h"

#include <locale.h>

#include "cinx/report.h"

static char *render(const cinx_report *r, cinx_format f, int flags)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	cinx_error err;

	assert_non_null(out);
	assert_int_equal(cinx_report_write(r, f, flags, out, &err), CINX_OK);
	fclose(out);
	return buf;
}

static cinx_report *sample(void)
{
	cinx_report *r = cinx_report_new();
	int name = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	int val = cinx_report_add_column(r, "rereferral_percent", "Re-referral %", CINX_COL_VALUE, 1);
	int chg = cinx_report_add_column(r, "change", "Change", CINX_COL_CHANGE, 1);
	int sp = cinx_report_add_column(r, "trend", "Trend", CINX_COL_SPARK, 0);

	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_text(r, name, "Kingston upon Hull, City of");
	cinx_report_set_value(r, val, cinx_value_number(1234.5));
	cinx_report_set_value(r, chg, cinx_value_number(0.25));
	cinx_report_set_text(r, sp, "_#");
	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_text(r, name, "Say \"hi\"|*x*\t\n");
	cinx_report_set_value(r, val, cinx_value_of(CINX_SYM_C));
	cinx_report_set_value(r, chg, cinx_value_of(CINX_NO_ROW));
	cinx_report_add_note(r, "Symbols: c = confidential");
	return r;
}

static void text_aligns_numbers_right(void **state)
{
	cinx_report *r = cinx_report_new();
	int a = cinx_report_add_column(r, "a", "Area", CINX_COL_TEXT, 0);
	int v = cinx_report_add_column(r, "v", "Value", CINX_COL_VALUE, 0);

	(void)state;
	cinx_report_set_title(r, "Title");
	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_text(r, a, "Leeds");
	cinx_report_set_value(r, v, cinx_value_number(10304));
	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_text(r, a, "Ynys M\xC3\xB4n");
	cinx_report_set_value(r, v, cinx_value_of(CINX_SYM_X));
	char *out = render(r, CINX_FORMAT_TEXT, CINX_REPORT_ASCII);
	assert_string_equal(out, "Title\n\n"
				 "Area       Value\n"
				 "--------  ------\n"
				 "Leeds     10,304\n"
				 "Ynys M\xC3\xB4n       x\n");
	free(out);
	cinx_report_free(r);
}

static void csv_quotes_and_keeps_symbols(void **state)
{
	cinx_report *r = sample();
	char *out = render(r, CINX_FORMAT_CSV, 0);

	(void)state;
	assert_string_equal(out, "area_name,rereferral_percent,change\n"
				 "\"Kingston upon Hull, City of\",1234.5,0.3\n"
				 "\"Say \"\"hi\"\"|*x*\t\n\",c,\n");
	free(out);
	cinx_report_free(r);
}

static void tsv_flattens_tabs_and_newlines(void **state)
{
	cinx_report *r = sample();
	char *out = render(r, CINX_FORMAT_TSV, 0);

	(void)state;
	assert_string_equal(out, "area_name\trereferral_percent\tchange\n"
				 "Kingston upon Hull, City of\t1234.5\t0.3\n"
				 "Say \"hi\"|*x*  \tc\t\n");
	free(out);
	cinx_report_free(r);
}

static void json_numbers_as_numbers_symbols_as_strings(void **state)
{
	cinx_report *r = sample();
	char *out = render(r, CINX_FORMAT_JSON, 0);

	(void)state;
	assert_string_equal(out,
		"{\"rows\":[\n"
		"{\"area_name\":\"Kingston upon Hull, City of\",\"rereferral_percent\":1234.5,"
		"\"rereferral_percent_status\":\"ok\",\"change\":0.3,\"change_status\":\"ok\"},\n"
		"{\"area_name\":\"Say \\\"hi\\\"|*x*\\t\\n\",\"rereferral_percent\":\"c\","
		"\"rereferral_percent_status\":\"confidential\",\"change\":null,\"change_status\":\"no_row\"}\n"
		"],\"notes\":[\"Symbols: c = confidential\"]}\n");
	free(out);
	cinx_report_free(r);
}

static void markdown_escapes_table_syntax(void **state)
{
	cinx_report *r = sample();
	char *out = render(r, CINX_FORMAT_MARKDOWN, 0);

	(void)state;
	assert_string_equal(out,
		"| Area | Re-referral % | Change | Trend |\n"
		"| --- | ---: | ---: | --- |\n"
		"| Kingston upon Hull, City of | 1,234.5 | +0.3 | \\_# |\n"
		"| Say \"hi\"\\|\\*x\\*\t\n | c | - |  |\n"
		"\n- Symbols: c = confidential\n");
	free(out);
	cinx_report_free(r);
}

/* A period: its label for people, the file's time_period for machines
 * (a number in JSON when it is one); labels that are words sit left. */
static void periods_are_labels_for_people_and_codes_for_machines(void **state)
{
	cinx_report *r = cinx_report_new();
	int p = cinx_report_add_column(r, "time_period", "Term", CINX_COL_PERIOD, 0);
	int v = cinx_report_add_column(r, "v", "Value", CINX_COL_VALUE, 0);
	char *out;

	(void)state;
	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_period(r, p, "202324", "2023/24 Autumn term");
	cinx_report_set_value(r, v, cinx_value_number(7));
	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_period(r, p, "2024Q1", "2024 Q1");
	cinx_report_set_value(r, v, cinx_value_number(8));
	out = render(r, CINX_FORMAT_TEXT, CINX_REPORT_ASCII);
	assert_string_equal(out, "Term                 Value\n"
				 "-------------------  -----\n"
				 "2023/24 Autumn term      7\n"
				 "2024 Q1                  8\n");
	free(out);
	out = render(r, CINX_FORMAT_CSV, 0);
	assert_string_equal(out, "time_period,v\n202324,7\n2024Q1,8\n");
	free(out);
	out = render(r, CINX_FORMAT_JSON, 0);
	assert_non_null(strstr(out, "{\"time_period\":202324,"));
	assert_non_null(strstr(out, "{\"time_period\":\"2024Q1\","));
	free(out);
	out = render(r, CINX_FORMAT_MARKDOWN, 0);
	assert_non_null(strstr(out, "| Term | Value |\n| --- | ---: |\n| 2023/24 Autumn term | 7 |\n"));
	free(out);
	cinx_report_free(r);
}

/* Years line up right, as the numbers they are. */
static void years_sit_right(void **state)
{
	cinx_report *r = cinx_report_new();
	int p = cinx_report_add_column(r, "time_period", "Year", CINX_COL_PERIOD, 0);
	char *out;

	(void)state;
	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_period(r, p, "2025", "2025");
	out = render(r, CINX_FORMAT_MARKDOWN, 0);
	assert_string_equal(out, "| Year |\n| ---: |\n| 2025 |\n");
	free(out);
	cinx_report_free(r);
}

/* A header with line breaks runs over lines, at the bottom, in text; one
 * line in Markdown; a title gets more words at its end. */
static void long_headers_run_over_lines(void **state)
{
	cinx_report *r = cinx_report_new();
	int a = cinx_report_add_column(r, "a", "Area", CINX_COL_TEXT, 0);
	int v = cinx_report_add_column(r, "202324 Autumn and spring term", "2023/24\nAutumn and\nspring term",
				       CINX_COL_VALUE, 0);
	char *out;

	(void)state;
	cinx_report_set_title(r, "Pupils");
	cinx_report_append_title(r, ", sex: Boys");
	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_text(r, a, "Leeds");
	cinx_report_set_value(r, v, cinx_value_number(5));
	out = render(r, CINX_FORMAT_TEXT, CINX_REPORT_ASCII);
	assert_string_equal(out, "Pupils, sex: Boys\n\n"
				 "           2023/24\n"
				 "        Autumn and\n"
				 "Area   spring term\n"
				 "-----  -----------\n"
				 "Leeds            5\n");
	free(out);
	out = render(r, CINX_FORMAT_MARKDOWN, 0);
	assert_non_null(strstr(out, "| Area | 2023/24 Autumn and spring term |\n"));
	free(out);
	cinx_report_free(r);
}

static void formats_parse_by_name(void **state)
{
	cinx_format f;

	(void)state;
	assert_true(cinx_format_parse("md", &f));
	assert_int_equal(f, CINX_FORMAT_MARKDOWN);
	assert_true(cinx_format_parse("tsv", &f));
	assert_false(cinx_format_parse("xml", &f));
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_aligns_numbers_right),
		cmocka_unit_test(csv_quotes_and_keeps_symbols),
		cmocka_unit_test(tsv_flattens_tabs_and_newlines),
		cmocka_unit_test(json_numbers_as_numbers_symbols_as_strings),
		cmocka_unit_test(markdown_escapes_table_syntax),
		cmocka_unit_test(formats_parse_by_name),
		cmocka_unit_test(periods_are_labels_for_people_and_codes_for_machines),
		cmocka_unit_test(years_sit_right),
		cmocka_unit_test(long_headers_run_over_lines),
	};
	return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
