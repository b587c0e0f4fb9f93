/* SPDX-License-Identifier: MIT */
/* The loader: symbols, layout tolerance, every bad-input message, and the
 * same answer whatever the chunk size. */
#include "testutil.h"

#include "cinx/lookup.h"

#define HDR "time_period,time_identifier,geographic_level,country_code,country_name,region_code," \
	    "region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_percent\n"
#define ENG(y, a, b) y ",Reporting year,National,E92000001,England,,,,,,All," a "," b "\n"
#define REG(y, a, b) y ",Reporting year,Regional,E92000001,England,E12000001,North East,,,,All," a "," b "\n"
#define LA(y, a, b) y ",Reporting year,Local authority,E92000001,England,E12000001,North East,805,E06000001,Hartlepool,All," a "," b "\n"

static const char good[] = HDR ENG("2024", "100", "20.5") REG("2024", "50", "10") LA("2024", "7", "c")
	ENG("2025", "110", "21") REG("2025", "55", "x") LA("2025", "8", "12.3");

static int area_by(const cinx_dataset *ds, const char *q)
{
	int a = -1;
	cinx_error err;

	assert_int_equal(cinx_lookup_area(ds, q, &a, &err), CINX_OK);
	return a;
}

static void expect_error(const char *csv, size_t len, const char *message)
{
	cinx_dataset *ds = NULL;
	cinx_error err;

	cinx_error_clear(&err);
	assert_int_equal(cinx_dataset_load_memory("bad.csv", csv, len, &ds, &err), CINX_E_DATA);
	assert_null(ds);
	assert_string_equal(err.message, message);
}

#define EXPECT_ERROR(csv, msg) expect_error(csv, sizeof(csv) - 1, msg)

static void loads_levels_years_and_values(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(good);
	int la = area_by(ds, "Hartlepool");

	assert_int_equal(cinx_dataset_n_rows(ds), 6);
	assert_int_equal(cinx_dataset_n_years(ds), 2);
	assert_int_equal(cinx_dataset_year(ds, 0), 2024);
	assert_int_equal(cinx_dataset_latest_year(ds), 2025);
	assert_int_equal(cinx_dataset_n_indicators(ds), 2);
	assert_string_equal(cinx_dataset_indicator(ds, 1)->name, "rereferral_percent");
	assert_int_equal(cinx_dataset_indicator(ds, 1)->unit, CINX_UNIT_PERCENT);
	assert_int_equal(cinx_dataset_indicator(ds, 1)->decimals, 1);
	assert_int_equal(cinx_dataset_indicator(ds, 0)->unit, CINX_UNIT_COUNT);
	assert_int_equal(cinx_dataset_value(ds, la, 0, 0).kind, CINX_NUM);
	assert_true(cinx_dataset_value(ds, la, 0, 0).num == 7.0);
	assert_int_equal(cinx_dataset_value(ds, la, 0, 1).kind, CINX_SYM_C);
	assert_true(cinx_dataset_value(ds, la, 1, 1).num == 12.3);
	assert_int_equal(cinx_dataset_area(ds, la)->level, CINX_LEVEL_LA);
	assert_true(cinx_dataset_area(ds, la)->current);
	cinx_dataset_free(ds);
}

static void every_symbol_is_kept(void **state)
{
	static const char *const syms[] = {"c", "x", ":", "z", "u", "k", "low"};
	static const cinx_kind kinds[] = {CINX_SYM_C, CINX_SYM_X, CINX_SYM_COLON, CINX_SYM_Z,
					  CINX_SYM_U, CINX_SYM_K, CINX_SYM_LOW};
	(void)state;
	for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
		char csv[1024];
		snprintf(csv, sizeof csv, HDR "2025,Reporting year,National,E92000001,England,,,,,,All,%s,0\n",
			 syms[i]);
		cinx_dataset *ds = load_str(csv);
		cinx_value v = cinx_dataset_value(ds, cinx_dataset_england(ds), 0, 0);
		assert_int_equal(v.kind, kinds[i]);
		assert_string_equal(cinx_kind_symbol(v.kind), syms[i]);
		cinx_dataset_free(ds);
	}
}

static void missing_years_are_no_row_not_zero(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(HDR ENG("2024", "1", "2") ENG("2025", "1", "2") LA("2025", "3", "4"));
	int la = area_by(ds, "E06000001");

	assert_int_equal(cinx_dataset_value(ds, la, 0, 0).kind, CINX_NO_ROW);
	assert_int_equal(cinx_dataset_area(ds, la)->first_year, 2025);
	cinx_dataset_free(ds);
}

static void tolerates_bom_crlf_quotes_blank_lines_and_column_order(void **state)
{
	(void)state;
	static const char csv[] =
		"\xEF\xBB\xBF" "rereferral_percent,la_name,new_la_code,old_la_code,region_name,region_code,"
		"country_name,country_code,geographic_level,time_period,extra,referral_count\r\n"
		"\r\n"
		"1.5,\"Kingston upon Hull, City of\",E06000010,810,Yorkshire and The Humber,E12000003,"
		"England,E92000001,Local authority,2025,\"ignored \"\"quoted\"\" text\",42\r\n";
	cinx_dataset *ds = load_str(csv);
	int a = area_by(ds, "hull");

	assert_string_equal(cinx_dataset_area(ds, a)->name, "Kingston upon Hull, City of");
	assert_int_equal(cinx_dataset_n_indicators(ds), 2); /* extra text is ignored */
	cinx_dataset_free(ds);
}

static void control_characters_are_neutralised(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(HDR "2025,Reporting year,Local authority,E92000001,England,E12000001,"
				    "North East,805,E06000001,\"Evil\x1b]0;pwned\x07\x1b[2J\xc2\x9b" "31m\",All,1,2\n");
	const cinx_area *a = cinx_dataset_area(ds, area_by(ds, "E06000001"));

	assert_string_equal(a->name, "Evil?]0;pwned??[2J?31m");
	cinx_dataset_free(ds);
}

static void code_change_is_one_series(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(HDR
		"2023,Reporting year,Local authority,E92000001,England,E12000003,Yorks,815,E10000023,North Yorkshire,All,1,2\n"
		"2024,Reporting year,Local authority,E92000001,England,E12000003,Yorks,815,E06000065,North Yorkshire,All,3,4\n");
	int a = area_by(ds, "E10000023");
	const cinx_area *ar = cinx_dataset_area(ds, a);

	assert_int_equal(area_by(ds, "E06000065"), a);
	assert_int_equal(area_by(ds, "815"), a);
	assert_string_equal(ar->code, "E06000065");
	assert_int_equal(ar->n_codes, 2);
	assert_string_equal(ar->codes[0].code, "E10000023");
	assert_int_equal(ar->codes[0].to_year, 2023);
	assert_int_equal(ar->first_year, 2023);
	assert_int_equal(ar->last_year, 2024);
	cinx_dataset_free(ds);
}

static void implied_parents_are_created(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(HDR LA("2025", "1", "2"));
	int la = area_by(ds, "Hartlepool");
	int region = cinx_dataset_area(ds, la)->parent;

	assert_true(region >= 0);
	assert_string_equal(cinx_dataset_area(ds, region)->name, "North East");
	assert_int_equal(cinx_dataset_area(ds, region)->parent, cinx_dataset_england(ds));
	assert_int_equal(cinx_dataset_value(ds, region, 0, 0).kind, CINX_NO_ROW);
	cinx_dataset_free(ds);
}

static void odd_values_load_with_warnings(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(HDR LA("2025", "-4", "140.5"));

	assert_int_equal(cinx_dataset_n_warnings(ds), 2);
	assert_string_equal(cinx_dataset_warning(ds, 0),
			    "fixture.csv:2: referral_count for Hartlepool in 2025 is negative (-4); loaded as published");
	assert_string_equal(cinx_dataset_warning(ds, 1),
			    "fixture.csv:2: rereferral_percent for Hartlepool in 2025 is over 100 (140.5); loaded as published");
	cinx_dataset_free(ds);
}

static void bad_inputs_name_line_column_and_expectation(void **state)
{
	(void)state;
	EXPECT_ERROR("", "bad.csv:1:1: the file is empty; expected a CSV header starting time_period,...");
	EXPECT_ERROR("\xEF\xBB\xBF", "bad.csv:1:1: the file is empty; expected a CSV header starting time_period,...");
	EXPECT_ERROR(HDR, "bad.csv:2:1: the file has a header but no data rows; expected at least one row");
	EXPECT_ERROR(HDR ENG("2025", "1", "abc"),
		     "bad.csv:2:13: found 'abc' in column 'rereferral_percent'; expected a number or a symbol (c, x, :, z, u, k, low)");
	EXPECT_ERROR(HDR ENG("2025", "1", "2") "2025,Reporting year,Ward,E92000001,England,,,,,,All,1,2\n",
		     "bad.csv:3:3: geographic_level 'Ward' needs its code and name columns; the header has neither");
	EXPECT_ERROR(HDR ENG("2025", "1", "2") "2025,Reporting year,Galaxy,E92000001,England,,,,,,All,1,2\n",
		     "bad.csv:3:3: unknown geographic_level 'Galaxy'; expected a level of the EES standard (National, "
		     "Regional, Local authority, Local authority district, Parliamentary constituency...) or columns "
		     "named after it");
	EXPECT_ERROR(HDR LA("2025", "1", "2") LA("2025", "3", "4"),
		     "bad.csv:3:1: duplicate row for Hartlepool in 2025 (first seen on line 2); expected one row per area and year");
	EXPECT_ERROR(HDR ENG("1899", "1", "2"), "bad.csv:2:1: year 1899 in column 'time_period' is outside 1900 to 2100");
	EXPECT_ERROR(HDR ENG("20x5", "1", "2"),
		     "bad.csv:2:1: found '20x5' in column 'time_period'; expected a year such as 2025 for Reporting year");
	EXPECT_ERROR(HDR "2025,Reporting year,National,E92000001,England,,,,,,All,1\n",
		     "bad.csv:2:13: row has 12 fields; expected 13, as in the header");
	EXPECT_ERROR(HDR ENG("2025", "1", "2,3"), "bad.csv:2:14: row has 14 fields; expected 13, as in the header");
	EXPECT_ERROR(HDR ENG("2025", "1", "2") "2025,Reporting\0year\n",
		     "bad.csv:3:2: NUL byte: this is not a text file; expected a UTF-8 CSV file");
	EXPECT_ERROR("\xFF\xFEt\0i\0", "bad.csv:1:1: the file is UTF-16 text; expected UTF-8 (save it as CSV UTF-8)");
	EXPECT_ERROR("\x1F\x8B\x08\0", "bad.csv:1:1: the file is gzip-compressed; expected plain CSV (gunzip it first)");
	EXPECT_ERROR("time_period,geographic_level\n2025,National\n",
		     "bad.csv:1:1: missing required column 'country_code'; expected an EES header such as "
		     "time_period,time_identifier,geographic_level,country_code,...");
	EXPECT_ERROR("time_period,time_period\n",
		     "bad.csv:1:2: duplicate column 'time_period' (also column 1); expected each column once");
	EXPECT_ERROR(HDR ENG("2025", "1", "\"2"), "bad.csv:2:13: the file ends inside a quoted field; expected a closing \"");
	EXPECT_ERROR(HDR ENG("2025", "1", "2\"x\""),
		     "bad.csv:2:13: malformed quoting (a stray or unbalanced \" in a field); expected fields quoted as \"...\" with inner quotes doubled");
	EXPECT_ERROR(HDR ENG("2025", "1234567890123456", "2"),
		     "bad.csv:2:12: found '1234567890123456' in column 'referral_count'; expected a number of at most 15 significant digits (more cannot be held exactly)");
	EXPECT_ERROR(HDR "2025,Reporting year,National,,England,,,,,,All,1,2\n",
		     "bad.csv:2:4: empty country_code in a National row; expected a GSS code");
	EXPECT_ERROR(HDR "2025,Reporting year,Local authority,E92000001,England,E12000001,North East,805,E06000001,,All,1,2\n",
		     "bad.csv:2:10: empty la_name in a Local authority row; expected a name");
	EXPECT_ERROR("time_period,time_identifier,geographic_level,country_code,country_name,region_code,"
		     "region_name,old_la_code,new_la_code,la_name\n",
		     "bad.csv:1:11: no indicator columns; expected at least one column of figures after the geography columns");
}

static void errors_count_physical_lines(void **state)
{
	(void)state;
	/* a quoted line break and a blank line still count as lines */
	EXPECT_ERROR(HDR "2025,Reporting year,Local authority,E92000001,England,E12000001,North East,805,E06000001,"
		     "\"Hartle\npool\",All,1,2\n\n2025,Reporting year,National,E92000001,England,,,,,,All,1,bad\n",
		     "bad.csv:5:13: found 'bad' in column 'rereferral_percent'; expected a number or a symbol (c, x, :, z, u, k, low)");
	/* old Mac line ends */
	EXPECT_ERROR("time_period,geographic_level\r2025,National\r",
		     "bad.csv:1:1: missing required column 'country_code'; expected an EES header such as "
		     "time_period,time_identifier,geographic_level,country_code,...");
	EXPECT_ERROR(HDR "\r" ENG("2025", "1", "y"),
		     "bad.csv:3:13: found 'y' in column 'rereferral_percent'; expected a number or a symbol (c, x, :, z, u, k, low)");
}

static void missing_file_is_an_io_error(void **state)
{
	cinx_dataset *ds = NULL;
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dataset_load_file("/nonexistent/c1.csv", &ds, &err), CINX_E_IO);
	assert_string_equal(err.message, "/nonexistent/c1.csv: cannot open: No such file or directory");
}

/* Loads csv fed in pieces of `chunk` bytes; returns the dataset or NULL
 * with the error message in msg. */
static cinx_dataset *load_chunked(const char *csv, size_t len, size_t chunk, char *msg, size_t cap)
{
	cinx_loader *l;
	cinx_dataset *ds = NULL;
	cinx_error err;
	cinx_status st = cinx_loader_new("bad.csv", &l, &err);

	for (size_t at = 0; !st && at < len; at += chunk)
		st = cinx_loader_feed(l, csv + at, len - at < chunk ? len - at : chunk, &err);
	if (!st)
		st = cinx_loader_finish(l, &ds, &err);
	cinx_loader_free(l);
	snprintf(msg, cap, "%s", st ? err.message : "");
	return ds;
}

static void same_result_for_every_chunk_size(void **state)
{
	static const char *const inputs[] = {
		"\xEF\xBB\xBF" HDR ENG("2024", "100", "20.5") "\"2025\",Reporting year,National,E92000001,England,,,,,,"
		"\"All, of it\",\"110\",c\r\n",
		HDR ENG("2025", "1", "2") LA("2025", "3", "x") LA("2025", "3", "x"),
		HDR "\r\n" ENG("2025", "1", "bad"),
		HDR ENG("2025", "1", "\"2"),
	};
	(void)state;
	for (size_t k = 0; k < sizeof inputs / sizeof inputs[0]; k++) {
		size_t len = strlen(inputs[k]);
		char want[CINX_ERROR_MAX], got[CINX_ERROR_MAX];
		cinx_dataset *ref = load_chunked(inputs[k], len, len, want, sizeof want);
		for (size_t chunk = 1; chunk <= len; chunk++) {
			cinx_dataset *ds = load_chunked(inputs[k], len, chunk, got, sizeof got);
			assert_string_equal(got, want);
			assert_int_equal(ds != NULL, ref != NULL);
			if (ds) {
				assert_int_equal(cinx_dataset_n_rows(ds), cinx_dataset_n_rows(ref));
				for (size_t y = 0; y < cinx_dataset_n_years(ds); y++)
					for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++) {
						cinx_value a = cinx_dataset_value(ds, 0, y, i);
						cinx_value b = cinx_dataset_value(ref, 0, y, i);
						assert_int_equal(a.kind, b.kind);
						assert_true(a.num == b.num);
					}
			}
			cinx_dataset_free(ds);
		}
		cinx_dataset_free(ref);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(loads_levels_years_and_values),
		cmocka_unit_test(every_symbol_is_kept),
		cmocka_unit_test(missing_years_are_no_row_not_zero),
		cmocka_unit_test(tolerates_bom_crlf_quotes_blank_lines_and_column_order),
		cmocka_unit_test(control_characters_are_neutralised),
		cmocka_unit_test(code_change_is_one_series),
		cmocka_unit_test(implied_parents_are_created),
		cmocka_unit_test(odd_values_load_with_warnings),
		cmocka_unit_test(bad_inputs_name_line_column_and_expectation),
		cmocka_unit_test(errors_count_physical_lines),
		cmocka_unit_test(missing_file_is_an_io_error),
		cmocka_unit_test(same_result_for_every_chunk_size),
	};
	return cmocka_run_group_tests_name("loader", tests, NULL, NULL);
}
