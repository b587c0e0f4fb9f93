/* SPDX-License-Identifier: MIT */
/* The statistical neighbours model: the DfE wide file's quirks, every bad
 * line named by file:line:column, and neighbour means and medians with
 * symbols left out. */
#include "compare_test.h"

#include "cinx/standing.h"
#include "cinx/neighbours.h"

#define BOM "\xEF\xBB\xBF"
#define HDR3 "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P\n"

static cinx_neighbours *load(const char *text)
{
	cinx_neighbours *m = NULL;
	cinx_error err;

	if (cinx_neighbours_load_memory("sn.csv", text, strlen(text), &m, &err))
		fail_msg("model failed to load: %s", err.message);
	return m;
}

static void expect_error(const char *text, cinx_status st, const char *message)
{
	cinx_neighbours *m = NULL;
	cinx_error err;

	cinx_error_clear(&err);
	assert_int_equal(cinx_neighbours_load_memory("sn.csv", text, strlen(text), &m, &err), st);
	assert_null(m);
	assert_string_equal(err.message, message);
}

static void ten_neighbours_in_model_order_with_trimmed_labels(void **state)
{
	(void)state;
	static const char text[] = BOM
		"old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,SN_2,SN_2P,SN_3,SN_3P,SN_4,SN_4P,SN_5,SN_5P,"
		"SN_6,SN_6P,SN_7,SN_7P,SN_8,SN_8P,SN_9,SN_9P,SN_10,SN_10P\n"
		"383,Leeds,9,Yorkshire and The Humber,851,Very close,882,Very close,373,Very close,826,Close ,"
		"382,Close ,355,Close ,801,Close ,852,Close ,306,Close ,839,Not close\n"
		"851,Portsmouth,8,South East,383,Close ,882,Close ,373,Close ,826,Close ,382,Close ,355,Close ,"
		"801,Close ,852,Close ,306,Close ,839,Close \n";
	cinx_neighbours *m = load(text);
	size_t n;
	const cinx_neighbour *sn = cinx_neighbours_of(m, "383", &n);
	static const char *const codes[] = {"851", "882", "373", "826", "382", "355", "801", "852", "306", "839"};

	assert_int_equal(cinx_neighbours_n_authorities(m), 2);
	assert_non_null(sn);
	assert_int_equal(n, 10);
	for (size_t k = 0; k < 10; k++)
		assert_string_equal(sn[k].old_code, codes[k]);
	assert_string_equal(sn[0].closeness, "Very close");
	assert_string_equal(sn[3].closeness, "Close"); /* "Close " in the file */
	assert_string_equal(sn[9].closeness, "Not close");
	assert_string_equal(sn[0].name, "Portsmouth");
	assert_string_equal(sn[1].name, ""); /* no row of its own */
	assert_null(cinx_neighbours_of(m, "928", &n));
	assert_int_equal(n, 0);
	cinx_neighbours_free(m);
}

static void quoted_names_crlf_and_column_order(void **state)
{
	(void)state;
	cinx_neighbours *m = load("SN_1P,SN_1,old_la_code,la_name\r\n"
				  "Close ,805,810,\"Kingston upon Hull, City of\"\r\n"
				  "Close,810,805,Hartlepool\r\n");
	size_t n;
	const cinx_neighbour *sn = cinx_neighbours_of(m, "810", &n);

	assert_int_equal(n, 1);
	assert_string_equal(sn[0].old_code, "805");
	assert_string_equal(sn[0].name, "Hartlepool");
	assert_string_equal(cinx_neighbours_of(m, "805", &n)[0].name, "Kingston upon Hull, City of");
	cinx_neighbours_free(m);
}

static void bad_lines_name_file_line_and_column(void **state)
{
	(void)state;
	expect_error("", CINX_E_DATA,
		     "sn.csv:1:1: the file is empty; expected the statistical neighbours header old_la_code,...");
	expect_error(HDR3, CINX_E_DATA,
		     "sn.csv:2:1: the file has a header but no authorities; expected one row per authority");
	expect_error("la_name,SN_1,SN_1P\nLeeds,851,Close\n", CINX_E_DATA,
		     "sn.csv:1:1: no column 'old_la_code'; expected the statistical neighbours header "
		     "old_la_code,la_name,region_ind,region_name,SN_1,SN_1P,...");
	expect_error("old_la_code,la_name\n383,Leeds\n", CINX_E_DATA,
		     "sn.csv:1:3: no column 'SN_1'; expected neighbour columns SN_1,SN_1P,...,SN_10,SN_10P");
	expect_error("old_la_code,SN_1,SN_1P,SN_2\n383,851,Close,882\n", CINX_E_DATA,
		     "sn.csv:1:4: no column 'SN_2P' for the closeness of SN_2; expected each SN_k followed by SN_kP");
	expect_error(HDR3 "383,Leeds,9,Y,851,Close,38x,Close,373,Close\n", CINX_E_DATA,
		     "sn.csv:2:7: found '38x' in column 'SN_2'; expected a 3-digit old LA code");
	expect_error(HDR3 "383,Leeds,9,Y,851,Close,882,Close,373,Close\nE08000035,Leeds,9,Y,851,Close,882,Close,373,Close\n",
		     CINX_E_DATA,
		     "sn.csv:3:1: found 'E08000035' in column 'old_la_code'; expected a 3-digit old LA code such as 383");
	expect_error(HDR3 "383,Leeds,9,Y,851,Close,882,Close,373\n", CINX_E_DATA,
		     "sn.csv:2:10: row has 9 fields; expected 10, as in the header");
	expect_error(HDR3 "383,Leeds,9,Y,851,Close,882,   ,373,Close\n", CINX_E_DATA,
		     "sn.csv:2:8: empty closeness label in column 'SN_2P'; expected a label such as 'Close'");
	expect_error(HDR3 "383,Leeds,9,Y,851,Close,383,Close,373,Close\n", CINX_E_DATA,
		     "sn.csv:2:7: authority 383 is listed as its own neighbour in column 'SN_2'; expected another authority");
	expect_error(HDR3 "383,Leeds,9,Y,851,Close,882,Close,373,Close\n\n383,Leeds,9,Y,851,Close,882,Close,373,Close\n",
		     CINX_E_DATA, "sn.csv:4:1: authority 383 appears twice (first on line 2); expected one row per authority");
	expect_error(HDR3 "383,\"Leeds,9,Y,851,Close,882,Close,373,Close\n", CINX_E_DATA,
		     "sn.csv:2:2: the file ends inside a quoted field; expected a closing \"");
	expect_error("\xFF\xFEo\0l\0d\0", CINX_E_DATA,
		     "sn.csv:1:1: the file is UTF-16 text; expected UTF-8 (save it as CSV UTF-8)");
	/* read as the data file is: the same checks, lines counted the same way */
	expect_error("\x1F\x8B\x08", CINX_E_DATA,
		     "sn.csv:1:1: the file is gzip-compressed; expected plain CSV (gunzip it first)");
	expect_error(HDR3 "\r383,Leeds,9,Y,851,Close,38x,Close,373,Close\r", CINX_E_DATA,
		     "sn.csv:3:7: found '38x' in column 'SN_2'; expected a 3-digit old LA code");
}

/* Each listing would weigh in the mean and median: an authority is one
 * neighbour once, never its own, and has one row. */
static void an_authority_listed_twice_is_a_located_error(void **state)
{
	(void)state;
	expect_error(HDR3 "901,Eastmere,1,R,902,Close,903,Close,902,Close\n", CINX_E_DATA,
		     "sn.csv:2:9: authority 902 is listed twice as a neighbour of 901, in columns 'SN_1' and "
		     "'SN_3'; expected 3 different authorities");
	expect_error(HDR3 "901,Eastmere,1,R,902,Close,901,Close,903,Close\n", CINX_E_DATA,
		     "sn.csv:2:7: authority 901 is listed as its own neighbour in column 'SN_2'; expected another authority");
	expect_error(HDR3 "901,Eastmere,1,R,902,Close,903,Close,904,Close\n"
		     "902,Westmere,1,R,901,Close,903,Close,904,Close\n"
		     "901,Eastmere,1,R,902,Close,903,Close,904,Close\n", CINX_E_DATA,
		     "sn.csv:4:1: authority 901 appears twice (first on line 2); expected one row per authority");
}

static void missing_file_is_an_io_error(void **state)
{
	(void)state;
	cinx_neighbours *m = NULL;
	cinx_error err;

	assert_int_equal(cinx_neighbours_load_file("/nonexistent/sn.csv", &m, &err), CINX_E_IO);
	assert_string_equal(err.message, "/nonexistent/sn.csv: cannot open: No such file or directory");
}

/* Hartlepool's neighbours in tests/compare/sn.csv: Newcastle, Hull, Camden
 * (c in 2022) and Hackney (x in 2022). */
static void mean_and_median_leave_out_symbols_and_count_the_rest(void **state)
{
	(void)state;
	cinx_dataset *ds = load_fixture("mini.csv");
	cinx_neighbours *m = NULL;
	cinx_error err;
	cinx_summary s;
	size_t listed;
	int h = area_of(ds, "Hartlepool");
	size_t y2022 = year_of(ds, 2022);

	assert_int_equal(cinx_neighbours_load_file(compare_path("sn.csv"), &m, &err), CINX_OK);
	assert_int_equal(cinx_neighbours_summary(ds, m, h, y2022, ind_of(ds, "rereferral_percent"), &s, &listed),
			 CINX_OK);
	assert_int_equal(listed, 4);
	assert_int_equal(s.n, 2); /* 18.0 and 30.0 */
	assert_near(s.mean, 24.0, 1e-9);
	assert_near(s.median, 24.0, 1e-9);
	assert_int_equal(cinx_neighbours_summary(ds, m, h, y2022, ind_of(ds, "referral_count"), &s, &listed),
			 CINX_OK);
	assert_int_equal(s.n, 3); /* 4200, 2730, 2100 */
	assert_near(s.mean, (4200.0 + 2730 + 2100) / 3, 1e-9);
	assert_near(s.median, 2730.0, 1e-9);

	/* the benchmark carries them, with England and the region */
	cinx_standing b;
	assert_int_equal(cinx_standing_get(ds, m, h, y2022, ind_of(ds, "rereferral_percent"), &b), CINX_OK);
	assert_near(b.sn_mean.num, 24.0, 1e-9);
	assert_int_equal(b.sn_used, 2);
	assert_int_equal(b.sn_model, 4);
	assert_near(b.england_value.num, 22.0, 1e-9);
	assert_near(b.region_value.num, 20.0, 1e-9);
	assert_string_equal(cinx_dataset_area(ds, b.region)->name, "North East");
	assert_near(cinx_value_diff(b.value, b.england_value, 1).num, 3.0, 1e-9);

	/* a neighbour listed in the model but not in the data counts as missing */
	int nn = area_of(ds, "North Northamptonshire");
	assert_int_equal(cinx_neighbours_summary(ds, m, nn, y2022, ind_of(ds, "referral_count"), &s, &listed),
			 CINX_OK);
	assert_int_equal(listed, 4);
	assert_int_equal(s.n, 3);

	/* an authority absent from the model has no neighbour figures */
	int north = area_of(ds, "Northamptonshire");
	assert_int_equal(cinx_standing_get(ds, m, north, 0, 0, &b), CINX_OK);
	assert_int_equal(b.sn_model, 0);
	assert_int_equal(b.sn_mean.kind, CINX_NO_ROW);

	/* London boroughs benchmark against London, not Inner London */
	assert_int_equal(cinx_standing_get(ds, m, area_of(ds, "Camden"), y2022, 0, &b), CINX_OK);
	assert_string_equal(cinx_dataset_area(ds, b.region)->name, "London");
	cinx_neighbours_free(m);
	cinx_dataset_free(ds);
}

static void summaries_of_numbers_only(void **state)
{
	(void)state;
	cinx_value v[] = {cinx_value_number(4), cinx_value_of(CINX_SYM_C), cinx_value_number(1),
			  cinx_value_of(CINX_NO_ROW), cinx_value_number(3), cinx_value_number(2)};
	cinx_summary s;

	assert_int_equal(cinx_summarise(v, 6, 0, &s), CINX_OK);
	assert_int_equal(s.n, 4);
	assert_near(s.mean, 2.5, 1e-12);
	assert_near(s.median, 2.5, 1e-12);
	assert_near(s.q1, 1.75, 1e-12); /* type 7: 1 + 0.75 * (2 - 1) */
	assert_near(s.q3, 3.25, 1e-12);
	assert_near(s.min, 1, 0);
	assert_near(s.max, 4, 0);
	assert_int_equal(cinx_summarise(v + 1, 1, 0, &s), CINX_OK);
	assert_int_equal(s.n, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ten_neighbours_in_model_order_with_trimmed_labels),
		cmocka_unit_test(quoted_names_crlf_and_column_order),
		cmocka_unit_test(bad_lines_name_file_line_and_column),
		cmocka_unit_test(an_authority_listed_twice_is_a_located_error),
		cmocka_unit_test(missing_file_is_an_io_error),
		cmocka_unit_test(mean_and_median_leave_out_symbols_and_count_the_rest),
		cmocka_unit_test(summaries_of_numbers_only),
	};
	return cmocka_run_group_tests_name("neighbours", tests, NULL, NULL);
}
