/* SPDX-License-Identifier: MIT */
/* Libraries opened on first use: a missing one, or one without a function,
 * is an error that names the library, what needs it and the package to
 * install, and leaves the caller's table as it was. */
#include "../unit/testutil.h"

#include <string.h>

#include "net/dynlib.h"

typedef struct {
	size_t (*strlen)(const char *s);
	int (*absent)(void);
} table;

static void opens_a_library_and_fills_the_table(void **state)
{
	static const cinx_dynsym syms[] = {{"strlen", offsetof(table, strlen)}};
	static cinx_dynlib libc = {
		.soname = "libc.so.6",
		.package = "libc6",
		.purpose = "to test",
		.syms = syms,
		.n_syms = 1
	};
	table t = {0};
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dynlib_load(&libc, &t, CINX_E_UNAVAILABLE, &err), CINX_OK);
	assert_non_null(t.strlen);
	assert_int_equal(t.strlen("four"), 4);
	/* once: a second call opens and fills nothing */
	table again = {0};
	assert_int_equal(cinx_dynlib_load(&libc, &again, CINX_E_UNAVAILABLE, &err), CINX_OK);
	assert_null(again.strlen);
}

static void a_missing_library_names_its_package(void **state)
{
	static const cinx_dynsym syms[] = {{"strlen", offsetof(table, strlen)}};
	static cinx_dynlib lib = {
		.soname = "libcinx-absent.so.0",
		.package = "libcinx-absent0",
		.purpose = "to check a copy",
		.syms = syms,
		.n_syms = 1
	};
	table t = {0};
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dynlib_load(&lib, &t, CINX_E_UNAVAILABLE, &err), CINX_E_UNAVAILABLE);
	assert_int_equal(err.status, CINX_E_UNAVAILABLE);
	assert_non_null(strstr(err.message, "cannot load libcinx-absent.so.0, needed to check a copy ("));
	assert_non_null(strstr(err.message, "); install the Debian package libcinx-absent0"));
	assert_null(t.strlen);
}

static void a_missing_function_loads_nothing(void **state)
{
	static const cinx_dynsym syms[] = {{"strlen", offsetof(table, strlen)},
					   {"cinx_no_such_function", offsetof(table, absent)}};
	static cinx_dynlib libc = {
		.soname = "libc.so.6",
		.package = "libc6",
		.purpose = "to test",
		.syms = syms,
		.n_syms = 2
	};
	table t = {0};
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_dynlib_load(&libc, &t, CINX_E_NETWORK, &err), CINX_E_NETWORK);
	assert_string_equal(err.message, "libc.so.6 has no cinx_no_such_function; install a current libc6");
	assert_null(t.strlen);
	assert_null(t.absent);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(opens_a_library_and_fills_the_table),
		cmocka_unit_test(a_missing_library_names_its_package),
		cmocka_unit_test(a_missing_function_loads_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
