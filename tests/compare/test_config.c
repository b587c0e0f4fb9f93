/* SPDX-License-Identifier: MIT */
/* The configuration file: what it accepts, where it is found, and the
 * exact message for each kind of bad line. */
#include "compare_test.h"

#include "cinx/config.h"

static cinx_config *parse(const char *text)
{
	cinx_config *c = NULL;
	cinx_error err;

	if (cinx_config_parse("/home/u/.config/cinx/config", text, strlen(text), &c, &err))
		fail_msg("%s", err.message);
	return c;
}

static void expect_error(const char *text, const char *message)
{
	cinx_config *c = NULL;
	cinx_error err;

	assert_int_equal(cinx_config_parse("cfg", text, strlen(text), &c, &err), CINX_E_CONFIG);
	assert_null(c);
	assert_string_equal(err.message, message);
	assert_int_equal(err.status, CINX_E_CONFIG);
}

static void keys_values_comments_and_paths(void **state)
{
	(void)state;
	setenv("HOME", "/home/u", 1);
	cinx_config *c = parse("\xEF\xBB\xBF# comment\r\n"
			       "\n"
			       "   # indented comment\n"
			       "population = ~/data/ons population.csv  \r\n"
			       "neighbours=sn/model.csv\n"
			       "data = /srv/c1#2025.csv\n"
			       "format = csv\n"
			       "ascii = Yes\n"
			       "no-color = off\n"
			       "metric = rereferral_percent\n"
			       "year = 2025\n"
			       "level = la\n"
			       "sort = desc\n"
			       "limit = 10");

	assert_int_equal(cinx_config_n(c), 11);
	assert_string_equal(cinx_config_key(c, 0), "population");
	assert_string_equal(cinx_config_get(c, "population"), "/home/u/data/ons population.csv");
	/* relative to the configuration file's folder */
	assert_string_equal(cinx_config_get(c, "neighbours"), "/home/u/.config/cinx/sn/model.csv");
	assert_string_equal(cinx_config_get(c, "data"), "/srv/c1#2025.csv");
	assert_string_equal(cinx_config_get(c, "ascii"), "yes");
	assert_string_equal(cinx_config_get(c, "no-color"), "no");
	assert_string_equal(cinx_config_get(c, "limit"), "10");
	assert_null(cinx_config_get(c, "region"));
	cinx_config_free(c);
}

static void every_bad_line_names_its_line(void **state)
{
	(void)state;
	expect_error("format = csv\nformat csv\n", "cfg:2: found 'format csv'; expected key = value, or a comment "
		     "starting with #");
	expect_error("colour = no\n", "cfg:1: unknown key 'colour'; expected one of data, population, neighbours, "
		     "no-snapshot, year, metric, level, region, sort, limit, format, ascii, utf8, raw, no-color, no-mouse");
	expect_error("\n\nmetric =   \n", "cfg:3: metric has no value; expected metric = something");
	expect_error(" = 3\n", "cfg:1: no key before '='; expected key = value");
	expect_error("format = xml\n", "cfg:1: format = 'xml': expected text, csv, tsv, json or markdown");
	expect_error("ascii = maybe\n", "cfg:1: ascii = 'maybe': expected yes or no");
	expect_error("year = 25\n", "cfg:1: year = '25': expected a period such as 2025 or 2024/25");
	expect_error("level = no\n", "cfg:1: level = 'no': expected national, regional or la");
	expect_error("sort = up\n", "cfg:1: sort = 'up': expected asc or desc");
	expect_error("limit = -3\n", "cfg:1: limit = '-3': expected a positive whole number");
	expect_error("limit = 3x\n", "cfg:1: limit = '3x': expected a positive whole number");
	expect_error("sort = asc\n# again\nsort = desc\n", "cfg:3: sort is set twice (first on line 1); expected "
		     "each key once");
	expect_error("metric = a\x01" "b\n", "cfg:1: control character (byte 0x01); expected plain text");
}

static void nul_bytes_and_long_lines(void **state)
{
	(void)state;
	static const char nul[] = "metric = a\0b\n";
	char *big = malloc(5000);
	cinx_config *c = NULL;
	cinx_error err;

	assert_int_equal(cinx_config_parse("cfg", nul, sizeof nul - 1, &c, &err), CINX_E_CONFIG);
	assert_string_equal(err.message, "cfg:1: NUL byte; expected a text file");
	memset(big, 'a', 4999);
	big[4999] = '\0';
	assert_int_equal(cinx_config_parse("cfg", big, 4999, &c, &err), CINX_E_CONFIG);
	assert_string_equal(err.message, "cfg:1: line is 4999 bytes long; expected at most 4096");
	free(big);
}

static void where_the_file_is(void **state)
{
	(void)state;
	char path[256];
	cinx_config *c = NULL;
	cinx_error err;

	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("HOME", "/home/u", 1);
	assert_true(cinx_config_default_path(path, sizeof path));
	assert_string_equal(path, "/x/conf/cinx/config");
	/* a relative XDG_CONFIG_HOME is ignored, as the specification says */
	setenv("XDG_CONFIG_HOME", "conf", 1);
	assert_true(cinx_config_default_path(path, sizeof path));
	assert_string_equal(path, "/home/u/.config/cinx/config");
	unsetenv("XDG_CONFIG_HOME");
	assert_true(cinx_config_default_path(path, sizeof path));
	assert_string_equal(path, "/home/u/.config/cinx/config");
	unsetenv("HOME");
	assert_false(cinx_config_default_path(path, sizeof path));
	/* no file is no configuration */
	assert_int_equal(cinx_config_load("/nonexistent/cinx/config", &c, &err), CINX_OK);
	assert_int_equal(cinx_config_n(c), 0);
	cinx_config_free(c);
}

static void the_shipped_example_parses(void **state)
{
	(void)state;
	char path[4096];
	cinx_config *c = NULL;
	cinx_error err;

	setenv("HOME", "/home/u", 1);
	snprintf(path, sizeof path, "%s/assets/config.example", getenv("top_srcdir") ? getenv("top_srcdir") : ".");
	assert_int_equal(cinx_config_load(path, &c, &err), CINX_OK);
	cinx_config_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(keys_values_comments_and_paths),
		cmocka_unit_test(every_bad_line_names_its_line),
		cmocka_unit_test(nul_bytes_and_long_lines),
		cmocka_unit_test(where_the_file_is),
		cmocka_unit_test(the_shipped_example_parses),
	};
	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
