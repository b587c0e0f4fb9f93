/* SPDX-License-Identifier: MIT */
/* Tab completion of file names in a folder made for the test. */
#include "../unit/testutil.h"

#include <sys/stat.h>

#include "cinx/paths.h"
#include "ui/complete.h"

static char dir[64];

static void touch(const char *name)
{
	char path[128];
	FILE *f;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (!(f = fopen(path, "w")))
		fail_msg("cannot create %s", path);
	fclose(f);
}

static int setup(void **state)
{
	char path[128];

	(void)state;
	snprintf(dir, sizeof dir, "/tmp/cinx-complete-XXXXXX");
	if (!mkdtemp(dir))
		fail_msg("mkdtemp failed");
	touch("alpha.csv");
	touch("alpaca.csv");
	touch("beta.csv");
	touch(".hidden.csv");
	snprintf(path, sizeof path, "%s/alpine", dir);
	if (mkdir(path, 0700))
		fail_msg("mkdir failed");
	return 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Completes dir/typed; returns the count, the completion in out. */
static size_t complete(const char *typed, char *out, char **names, size_t *n)
{
	char text[256];

	snprintf(text, sizeof text, "%s/%s", dir, typed);
	return ui_complete_path(text, out, 256, names, 8, n);
}

static void one_match_is_completed_whole(void **state)
{
	char out[256], want[256], *names[8];
	size_t n;

	(void)state;
	assert_int_equal(complete("b", out, names, &n), 1);
	snprintf(want, sizeof want, "%s/beta.csv", dir);
	assert_string_equal(out, want);
	assert_int_equal(n, 0);
}

static void a_folder_gets_a_slash(void **state)
{
	char out[256], want[256], *names[8];
	size_t n;

	(void)state;
	assert_int_equal(complete("alpi", out, names, &n), 1);
	snprintf(want, sizeof want, "%s/alpine/", dir);
	assert_string_equal(out, want);
}

static void several_matches_share_their_prefix_and_are_listed(void **state)
{
	char out[256], want[256], *names[8];
	size_t n;

	(void)state;
	assert_int_equal(complete("al", out, names, &n), 3);
	snprintf(want, sizeof want, "%s/alp", dir);
	assert_string_equal(out, want);
	assert_int_equal(n, 3);
	assert_string_equal(names[0], "alpaca.csv");
	assert_string_equal(names[1], "alpha.csv");
	assert_string_equal(names[2], "alpine/");
	for (size_t i = 0; i < n; i++)
		free(names[i]);
}

static void dot_files_only_when_asked_for(void **state)
{
	char out[256], want[256], *names[8];
	size_t n;

	(void)state;
	assert_int_equal(complete("", out, names, &n), 4);
	for (size_t i = 0; i < n; i++) {
		assert_true(names[i][0] != '.');
		free(names[i]);
	}
	assert_int_equal(complete(".h", out, names, &n), 1);
	snprintf(want, sizeof want, "%s/.hidden.csv", dir);
	assert_string_equal(out, want);
}

static void nothing_matches(void **state)
{
	char out[256], want[256], *names[8];
	size_t n;

	(void)state;
	assert_int_equal(complete("zz", out, names, &n), 0);
	snprintf(want, sizeof want, "%s/zz", dir);
	assert_string_equal(out, want);
	assert_int_equal(ui_complete_path("/no/such/folder/x", out, sizeof out, names, 8, &n), 0);
}

static void home_is_a_tilde(void **state)
{
	char out[256], *names[8];
	size_t n;

	(void)state;
	setenv("HOME", dir, 1);
	assert_int_equal(ui_complete_path("~/be", out, sizeof out, names, 8, &n), 1);
	assert_string_equal(out, "~/beta.csv");
	assert_int_equal(ui_complete_path("~", out, sizeof out, names, 8, &n), 1);
	assert_string_equal(out, "~/");
	assert_true(cinx_expand_home("~/beta.csv", out, sizeof out));
	assert_string_equal(out + strlen(dir), "/beta.csv");
	/* another user's folder and a name that starts with ~ stay as typed */
	assert_true(cinx_expand_home("~ann/beta.csv", out, sizeof out));
	assert_string_equal(out, "~ann/beta.csv");
	unsetenv("HOME");
	assert_false(cinx_expand_home("~/beta.csv", out, sizeof out));
	assert_string_equal(out, "~/beta.csv");
	setenv("HOME", dir, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(one_match_is_completed_whole),
		cmocka_unit_test(a_folder_gets_a_slash),
		cmocka_unit_test(several_matches_share_their_prefix_and_are_listed),
		cmocka_unit_test(dot_files_only_when_asked_for),
		cmocka_unit_test(nothing_matches),
		cmocka_unit_test(home_is_a_tilde),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
