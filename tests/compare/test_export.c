/* SPDX-License-Identifier: MIT */
/* Exports: atomic files, formats by extension, the clipboard sequence, and
 * command lines that a shell reads back as they were meant. */
#include "compare_test.h"

#include <dirent.h>
#include <sys/stat.h>

#include "cinx/export.h"

static cinx_report *small_report(const char *name)
{
	cinx_report *r = cinx_report_new();
	int c = cinx_report_add_column(r, "area_name", "Area", CINX_COL_TEXT, 0);
	int v = cinx_report_add_column(r, "rereferral_percent", "Re-referral %", CINX_COL_VALUE, 1);

	assert_int_equal(cinx_report_add_row(r), CINX_OK);
	cinx_report_set_text(r, c, name);
	cinx_report_set_value(r, v, cinx_value_number(24.2));
	return r;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = calloc(1, 4096);

	assert_non_null(f);
	assert_true(fread(buf, 1, 4095, f) > 0);
	fclose(f);
	return buf;
}

static size_t entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	while ((e = readdir(d)))
		n += e->d_name[0] != '.' || (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."));
	closedir(d);
	return n;
}

static void writes_whole_files_and_replaces_old_ones(void **state)
{
	(void)state;
	char dir[] = "/tmp/cinx-export-XXXXXX", path[256];
	cinx_report *r = small_report("Leeds");
	cinx_error err;
	char *got;

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/out.csv", dir);
	assert_int_equal(cinx_export_write(r, CINX_FORMAT_CSV, 0, path, &err), CINX_OK);
	got = slurp(path);
	assert_string_equal(got, "area_name,rereferral_percent\nLeeds,24.2\n");
	free(got);
	cinx_report_free(r);
	r = small_report("Kingston upon Hull, City of");
	assert_int_equal(cinx_export_write(r, CINX_FORMAT_CSV, 0, path, &err), CINX_OK);
	got = slurp(path);
	assert_string_equal(got, "area_name,rereferral_percent\n\"Kingston upon Hull, City of\",24.2\n");
	free(got);
	/* nothing left beside it */
	assert_int_equal(entries(dir), 1);
	cinx_report_free(r);
	unlink(path);
	rmdir(dir);
}

static void failures_leave_nothing_behind(void **state)
{
	(void)state;
	cinx_report *r = small_report("Leeds");
	cinx_error err;

	assert_int_equal(cinx_export_write(r, CINX_FORMAT_JSON, 0, "/nonexistent/dir/out.json", &err), CINX_E_IO);
	assert_string_equal(err.message, "/nonexistent/dir/out.json: cannot create a file there: No such file or directory");
	assert_int_equal(cinx_export_write(r, CINX_FORMAT_JSON, 0, "/tmp/", &err), CINX_E_USAGE);
	assert_string_equal(err.message, "/tmp/: names a folder; expected a file name");
	cinx_report_free(r);
}

static void formats_by_extension_and_default_names(void **state)
{
	(void)state;
	cinx_format f;
	char name[64];

	assert_true(cinx_export_format_for("a/b/compare.CSV", &f));
	assert_int_equal(f, CINX_FORMAT_CSV);
	assert_true(cinx_export_format_for("x.md", &f));
	assert_int_equal(f, CINX_FORMAT_MARKDOWN);
	assert_true(cinx_export_format_for("x.json", &f));
	assert_int_equal(f, CINX_FORMAT_JSON);
	assert_false(cinx_export_format_for("x.xlsx", &f));
	assert_false(cinx_export_format_for("dir.csv/file", &f));
	cinx_export_default_name("Compare: Leeds", 2025, CINX_FORMAT_MARKDOWN, name, sizeof name);
	assert_string_equal(name, "cinx-compare-leeds-2025.md");
}

static void report_as_text_and_osc52(void **state)
{
	(void)state;
	cinx_report *r = small_report("Leeds");
	size_t len;
	char *s = cinx_report_to_string(r, CINX_FORMAT_CSV, 0, &len);
	char *seq;

	assert_string_equal(s, "area_name,rereferral_percent\nLeeds,24.2\n");
	assert_int_equal(len, strlen(s));
	free(s);
	cinx_report_free(r);
	/* RFC 4648 test vectors */
	seq = cinx_osc52("foobar", 6);
	assert_string_equal(seq, "\033]52;c;Zm9vYmFy\a");
	free(seq);
	seq = cinx_osc52("fooba", 5);
	assert_string_equal(seq, "\033]52;c;Zm9vYmE=\a");
	free(seq);
	seq = cinx_osc52("f", 1);
	assert_string_equal(seq, "\033]52;c;Zg==\a");
	free(seq);
	seq = cinx_osc52("", 0);
	assert_string_equal(seq, "\033]52;c;\a");
	free(seq);
}

static void command_lines_quote_what_a_shell_would_split(void **state)
{
	(void)state;
	char buf[512];
	const char *areas[] = {"E08000035", "Kingston upon Hull, City of", "O'Brien"};
	cinx_query_state s = {.command = "compare", .areas = areas, .n_areas = 3, .year = 2025,
			     .metric = "rereferral_percent", .format = "csv", .ascii = true};
	size_t n;

	n = cinx_command_line(&s, buf, sizeof buf);
	assert_string_equal(buf, "cinx compare E08000035 'Kingston upon Hull, City of' 'O'\\''Brien' "
			    "--metric rereferral_percent --year 2025 --format csv --ascii");
	assert_int_equal(n, strlen(buf));
	/* too small a buffer: cut, terminated, and the length needed */
	assert_int_equal(cinx_command_line(&s, buf, 10), n);
	assert_string_equal(buf, "cinx comp");

	const char *pins[] = {"E08000035", "E08000032"};
	cinx_query_state e = {.pins = pins, .n_pins = 2, .level = "la", .sort = "desc", .limit = 10,
			     .population = "/data/ons pop.csv"};
	cinx_command_line(&e, buf, sizeof buf);
	assert_string_equal(buf, "cinx --population '/data/ons pop.csv' --level la --sort desc --limit 10 "
			    "--pin E08000035 --pin E08000032");
	assert_int_equal(cinx_shell_quote("", buf, sizeof buf), 2);
	assert_string_equal(buf, "''");
	cinx_shell_quote("$(rm -rf ~)", buf, sizeof buf);
	assert_string_equal(buf, "'$(rm -rf ~)'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(writes_whole_files_and_replaces_old_ones),
		cmocka_unit_test(failures_leave_nothing_behind),
		cmocka_unit_test(formats_by_extension_and_default_names),
		cmocka_unit_test(report_as_text_and_osc52),
		cmocka_unit_test(command_lines_quote_what_a_shell_would_split),
	};
	return cmocka_run_group_tests_name("export", tests, NULL, NULL);
}
