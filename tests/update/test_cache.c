/* SPDX-License-Identifier: MIT */
/* The cache: where it is, the metadata file, replacing a copy while keeping
 * the previous one, and which data opens. */
#include "../unit/testutil.h"

#include <dirent.h>
#include <sys/stat.h>

#include "cinx/cache.h"
#include "cinx/provenance.h"
#include "net/digest.h"

static char root[256];

static int set_system_dir(const char *name);

static int make_root(void **state)
{
	(void)state;
	snprintf(root, sizeof root, "%s/cinx-cache-test.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(root))
		return -1;
	setenv("XDG_CACHE_HOME", root, 1);
	unsetenv("CINX_DATA");
	return set_system_dir("system");
}

/* The system-wide copy's folder, below root. */
static int set_system_dir(const char *name)
{
	char dir[400];

	snprintf(dir, sizeof dir, "%s/%s", root, name);
	return setenv("CINX_SYSTEM_DATA_DIR", dir, 1);
}

static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[1024];

	if (!d)
		return;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (unlink(path) != 0)
			remove_tree(path);
	}
	closedir(d);
	rmdir(dir);
}

static int clean_root(void **state)
{
	char dir[300];

	(void)state;
	snprintf(dir, sizeof dir, "%s/cinx", root);
	remove_tree(dir);
	snprintf(dir, sizeof dir, "%s/system", root);
	remove_tree(dir);
	return set_system_dir("system");
}

static int drop_root(void **state)
{
	(void)state;
	remove_tree(root);
	return 0;
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

static char *read_file(const char *path)
{
	static char buf[1 << 16];
	FILE *f = fopen(path, "r");
	size_t n;

	assert_non_null(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

/* Names in the cache directory, sorted by the caller's expectations. */
static size_t count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	assert_non_null(d);
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static cinx_provenance sample(const char *version, unsigned long long size)
{
	cinx_provenance p = {.origin = CINX_ORIGIN_CACHE, .recorded = true, .size = size};

	snprintf(p.version, sizeof p.version, "%s", version);
	snprintf(p.published, sizeof p.published, "2025-10-30T09:30:00Z");
	snprintf(p.downloaded, sizeof p.downloaded, "2025-11-26T13:02:11Z");
	snprintf(p.url, sizeof p.url, "https://example.invalid/v1/data-sets/x/csv?dataSetVersion=%s", version);
	snprintf(p.sha256, sizeof p.sha256, "%064d", 7);
	return p;
}

static void follows_the_xdg_spec(void **state)
{
	cinx_cache c;
	cinx_error err;
	char *home = getenv("HOME") ? strdup(getenv("HOME")) : NULL;

	(void)state;
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_true(strncmp(c.dir, root, strlen(root)) == 0);
	assert_string_equal(c.dir + strlen(root), "/cinx");
	assert_string_equal(c.data + strlen(root), "/cinx/c1.csv");
	assert_string_equal(c.prev_meta + strlen(root), "/cinx/c1.previous.meta");

	setenv("XDG_CACHE_HOME", "relative/is/ignored", 1);
	setenv("HOME", "/home/someone", 1);
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_string_equal(c.dir, "/home/someone/.cache/cinx");

	unsetenv("HOME");
	unsetenv("XDG_CACHE_HOME");
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_E_CONFIG);
	assert_string_equal(err.message, "no cache directory: set XDG_CACHE_HOME (an absolute path) or HOME");

	setenv("XDG_CACHE_HOME", root, 1);
	if (home)
		setenv("HOME", home, 1);
	free(home);
}

static void metadata_round_trip_leaves_no_temporary_file(void **state)
{
	cinx_cache c;
	cinx_error err;
	cinx_provenance in = sample("1.0", 1234), out;

	(void)state;
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	/* text from the network never breaks the one-line format */
	snprintf(in.published, sizeof in.published, "2025\nsize=9");
	assert_int_equal(cinx_cache_write_meta(c.meta, &in, &err), CINX_OK);
	assert_int_equal(cinx_cache_read_meta_of(c.meta, 1234, in.sha256, &out, &err), CINX_OK);
	assert_true(out.recorded);
	assert_string_equal(out.version, "1.0");
	assert_string_equal(out.published, "2025?size=9");
	assert_string_equal(out.downloaded, in.downloaded);
	assert_string_equal(out.url, in.url);
	assert_string_equal(out.sha256, in.sha256);
	assert_int_equal(out.size, 1234);
	assert_int_equal(count_entries(c.dir), 1);

	/* a record of other bytes, or of no file, names nothing */
	assert_int_equal(cinx_cache_read_meta_of(c.meta, 1235, in.sha256, &out, &err), CINX_OK);
	assert_false(out.recorded);
	assert_string_equal(out.version, "");
	assert_string_equal(out.sha256, "");
	assert_int_equal(cinx_cache_read_meta(c.meta, c.data, &out, &err), CINX_E_NOTFOUND);
	assert_false(out.recorded);
	assert_int_equal(cinx_cache_read_meta(c.prev_meta, c.prev_data, &out, &err), CINX_E_NOTFOUND);
	write_file(c.meta, "version=1.0\nno equals sign\n");
	assert_int_equal(cinx_cache_read_meta_of(c.meta, 1234, in.sha256, &out, &err), CINX_E_DATA);
	assert_true(strstr(err.message, "c1.meta:2: found 'no equals sign'; expected key=value") != NULL);
}

/* SHA-256 of "first\n" and "second\n" */
#define SHA_FIRST "b640e840b19d378660b32fb51ae18d67dccb4a8596a29e7bd72c1b2ae5928f41"
#define SHA_SECOND "480c2336b410f1ad5f8bf1b28944490255804b65350c527787e74ebdd511e3a4"

static void install_keeps_the_previous_copy(void **state)
{
	cinx_cache c;
	cinx_error err;
	cinx_provenance p1 = sample("1.0", 6), p2 = sample("2.0", 7), got;
	char tmp[4200];
	int fd;

	(void)state;
	snprintf(p1.sha256, sizeof p1.sha256, "%s", SHA_FIRST);
	snprintf(p2.sha256, sizeof p2.sha256, "%s", SHA_SECOND);
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_temp(&c, tmp, sizeof tmp, &fd, &err), CINX_OK);
	close(fd);
	write_file(tmp, "first\n");
	assert_int_equal(cinx_cache_install(&c, tmp, &p1, &err), CINX_OK);
	assert_string_equal(read_file(c.data), "first\n");
	assert_false(cinx_cache_has_previous(&c));

	assert_int_equal(cinx_cache_temp(&c, tmp, sizeof tmp, &fd, &err), CINX_OK);
	close(fd);
	write_file(tmp, "second\n");
	assert_int_equal(cinx_cache_install(&c, tmp, &p2, &err), CINX_OK);
	assert_string_equal(read_file(c.data), "second\n");
	assert_string_equal(read_file(c.prev_data), "first\n");
	assert_int_equal(cinx_cache_read_meta(c.meta, c.data, &got, &err), CINX_OK);
	assert_true(got.recorded);
	assert_string_equal(got.version, "2.0");
	assert_int_equal(cinx_cache_read_meta(c.prev_meta, c.prev_data, &got, &err), CINX_OK);
	assert_true(got.recorded);
	assert_string_equal(got.version, "1.0");
	/* c1.csv, c1.meta, c1.previous.csv, c1.previous.meta and nothing else */
	assert_int_equal(count_entries(c.dir), 4);
}

static void lock_is_exclusive_and_clears_leftovers(void **state)
{
	cinx_cache c;
	cinx_error err;
	char left[4200];
	bool busy;
	int a, b;

	(void)state;
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	snprintf(left, sizeof left, "%s.part-abc123", c.data);
	write_file(left, "half a download");
	assert_int_equal(cinx_cache_lock(&c, &a, &busy, &err), CINX_OK);
	assert_false(busy);
	assert_int_equal(access(left, F_OK), -1);
	assert_int_equal(cinx_cache_lock(&c, &b, &busy, &err), CINX_E_IO);
	assert_true(busy);
	assert_true(strstr(err.message, "another cinx update is running (it holds ") == err.message);
	cinx_cache_unlock(a);
	assert_int_equal(cinx_cache_lock(&c, &b, &busy, &err), CINX_OK);
	cinx_cache_unlock(b);
}

/* a link planted where the lock goes is never followed */
static void lock_refuses_a_symbolic_link(void **state)
{
	cinx_cache c;
	cinx_error err;
	char lock[4200], target[4200];
	bool busy;
	int fd;

	(void)state;
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	snprintf(lock, sizeof lock, "%s/update.lock", c.dir);
	snprintf(target, sizeof target, "%s/elsewhere", c.dir);
	assert_int_equal(symlink(target, lock), 0);
	assert_int_equal(cinx_cache_lock(&c, &fd, &busy, &err), CINX_E_IO);
	assert_false(busy);
	assert_true(strstr(err.message, "/update.lock is a symbolic link; remove it and run cinx update again") != NULL);
	assert_int_equal(access(target, F_OK), -1);
}

/* Copies the mini fixture into the user's cache (or, shared, the system-wide
 * copy), with metadata of the given size (0: the file's). */
static void copy_fixture(bool shared, unsigned long long meta_size)
{
	cinx_cache c;
	cinx_error err;
	cinx_provenance p = sample("1.0", meta_size);
	struct stat st;
	FILE *in = fopen(fixture_path("mini.csv"), "rb");
	FILE *out;
	char buf[4096];
	cinx_digest d;
	size_t n;

	assert_int_equal(shared ? cinx_cache_locate_system(&c, &err) : cinx_cache_locate(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	assert_non_null(in);
	assert_non_null(out = fopen(c.data, "wb"));
	assert_int_equal(cinx_digest_init(&d, NULL), CINX_OK);
	while ((n = fread(buf, 1, sizeof buf, in)) > 0) {
		fwrite(buf, 1, n, out);
		cinx_digest_add(&d, buf, n);
	}
	fclose(in);
	assert_int_equal(fclose(out), 0);
	cinx_digest_hex(&d, p.sha256);
	assert_int_equal(stat(c.data, &st), 0);
	if (!meta_size)
		p.size = (unsigned long long)st.st_size;
	assert_int_equal(cinx_cache_write_meta(c.meta, &p, &err), CINX_OK);
}

static void cache_fixture(unsigned long long meta_size)
{
	copy_fixture(false, meta_size);
}

static void data_opens_in_order(void **state)
{
	cinx_dataset *ds;
	cinx_error err;
	char label[256];

	(void)state;
	/* nothing cached: the demo */
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_OK);
	assert_true(cinx_dataset_is_demo(ds));
	cinx_dataset_free(ds);

	/* the cached copy, with what was recorded about it */
	cache_fixture(0);
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_OK);
	assert_int_equal(cinx_dataset_provenance(ds)->origin, CINX_ORIGIN_CACHE);
	assert_true(cinx_dataset_provenance(ds)->recorded);
	cinx_provenance_label(ds, label, sizeof label);
	assert_string_equal(label, "Official data v1.0, published 2025-10-30, downloaded 2025-11-26");
	assert_false(cinx_dataset_is_demo(ds));
	cinx_dataset_free(ds);

	/* $CINX_DATA before the cache, --data before both */
	setenv("CINX_DATA", fixture_path("mini.csv"), 1);
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_OK);
	assert_int_equal(cinx_dataset_provenance(ds)->origin, CINX_ORIGIN_ENV);
	cinx_provenance_label(ds, label, sizeof label);
	assert_string_equal(label, "file mini.csv");
	cinx_dataset_free(ds);
	assert_int_equal(cinx_data_open("/nonexistent/c1.csv", &ds, &err), CINX_E_IO);
	assert_string_equal(err.message, "/nonexistent/c1.csv: cannot open: No such file or directory");
	assert_int_equal(cinx_data_open(fixture_path("mini.csv"), &ds, &err), CINX_OK);
	assert_int_equal(cinx_dataset_provenance(ds)->origin, CINX_ORIGIN_FILE);
	cinx_dataset_free(ds);
	unsetenv("CINX_DATA");
}

static void metadata_of_another_file_is_not_provenance(void **state)
{
	cinx_dataset *ds;
	cinx_error err;
	char label[256];

	(void)state;
	cache_fixture(1);
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_OK);
	assert_false(cinx_dataset_provenance(ds)->recorded);
	cinx_provenance_label(ds, label, sizeof label);
	assert_string_equal(label, "Cached copy (version not recorded)");
	cinx_dataset_free(ds);
}

/* A kill between the renames of an install: the new data beside the old
 * record. The size alone cannot tell (one figure changed by one digit). */
static void metadata_of_other_bytes_of_the_same_size_is_not_provenance(void **state)
{
	cinx_cache c;
	cinx_dataset *ds;
	cinx_error err;
	cinx_provenance p;
	FILE *f;
	char label[256];

	(void)state;
	cache_fixture(0);
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_non_null(f = fopen(c.data, "r+b"));
	assert_int_equal(fseek(f, -2, SEEK_END), 0);
	fputc('7', f);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_OK);
	assert_false(cinx_dataset_provenance(ds)->recorded);
	assert_string_equal(cinx_dataset_provenance(ds)->sha256, "");
	cinx_provenance_label(ds, label, sizeof label);
	assert_string_equal(label, "Cached copy (version not recorded)");
	cinx_dataset_free(ds);
	assert_int_equal(cinx_cache_read_meta(c.meta, c.data, &p, &err), CINX_OK);
	assert_false(p.recorded);
	assert_string_equal(p.version, "");
}

static void damaged_cache_is_an_error_not_the_demo(void **state)
{
	cinx_cache c;
	cinx_dataset *ds;
	cinx_error err;
	char want[5000];

	(void)state;
	assert_int_equal(cinx_cache_locate(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	write_file(c.data, "time_period,geographic_level\n2025,National\n");
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_E_DATA);
	assert_null(ds);
	snprintf(want, sizeof want,
		 "%s:1:1: missing required column 'country_code'; expected an EES header such as "
		 "time_period,time_identifier,geographic_level,country_code,... (the cached copy is damaged: "
		 "run 'cinx update --force' to download it again, or use --data FILE)", c.data);
	assert_string_equal(err.message, want);
}

static void system_copy_serves_users_without_their_own(void **state)
{
	cinx_cache c;
	cinx_dataset *ds;
	cinx_error err;
	cinx_provenance p = sample("1.0", 6);
	char label[256], tmp[4200];
	struct stat st;
	int fd;

	(void)state;
	/* an administrator's install: a folder and files every user can read,
	 * whatever the administrator's umask */
	assert_int_equal(cinx_cache_locate_system(&c, &err), CINX_OK);
	assert_true(c.shared);
	mode_t mask = umask(077);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	umask(mask);
	assert_int_equal(cinx_cache_temp(&c, tmp, sizeof tmp, &fd, &err), CINX_OK);
	close(fd);
	write_file(tmp, "shared\n");
	assert_int_equal(cinx_cache_install(&c, tmp, &p, &err), CINX_OK);
	assert_int_equal(stat(c.dir, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0755);
	assert_int_equal(stat(c.data, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0644);
	assert_int_equal(stat(c.meta, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0644);
	clean_root(NULL);

	/* a user with no copy of their own opens the system-wide one, and says so */
	copy_fixture(true, 0);
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_OK);
	assert_int_equal(cinx_dataset_provenance(ds)->origin, CINX_ORIGIN_SYSTEM);
	cinx_provenance_label(ds, label, sizeof label);
	assert_string_equal(label, "Official data v1.0, published 2025-10-30, downloaded 2025-11-26 "
				   "(system-wide copy)");
	cinx_dataset_free(ds);
	/* their own copy comes first */
	cache_fixture(0);
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_OK);
	assert_int_equal(cinx_dataset_provenance(ds)->origin, CINX_ORIGIN_CACHE);
	cinx_dataset_free(ds);
	/* a copy that is there but cannot be reached is an error, not the demo */
	clean_root(NULL);
	assert_int_equal(cinx_cache_locate_system(&c, &err), CINX_OK);
	assert_int_equal(cinx_cache_make_dir(&c, &err), CINX_OK);
	assert_int_equal(symlink(c.data, c.data), 0); /* a loop: stat fails, not with ENOENT */
	assert_int_equal(cinx_data_open(NULL, &ds, &err), CINX_E_IO);
	assert_null(ds);
	assert_non_null(strstr(err.message, "cannot read the system-wide copy "));
	/* a relative folder is refused, not guessed */
	setenv("CINX_SYSTEM_DATA_DIR", "relative/dir", 1);
	assert_int_equal(cinx_cache_locate_system(&c, &err), CINX_E_CONFIG);
	assert_string_equal(err.message, "CINX_SYSTEM_DATA_DIR must be an absolute path, not 'relative/dir'");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(follows_the_xdg_spec, clean_root),
		cmocka_unit_test_teardown(metadata_round_trip_leaves_no_temporary_file, clean_root),
		cmocka_unit_test_teardown(install_keeps_the_previous_copy, clean_root),
		cmocka_unit_test_teardown(lock_is_exclusive_and_clears_leftovers, clean_root),
		cmocka_unit_test_teardown(lock_refuses_a_symbolic_link, clean_root),
		cmocka_unit_test_teardown(data_opens_in_order, clean_root),
		cmocka_unit_test_teardown(metadata_of_another_file_is_not_provenance, clean_root),
		cmocka_unit_test_teardown(metadata_of_other_bytes_of_the_same_size_is_not_provenance, clean_root),
		cmocka_unit_test_teardown(damaged_cache_is_an_error_not_the_demo, clean_root),
		cmocka_unit_test_teardown(system_copy_serves_users_without_their_own, clean_root),
	};
	return cmocka_run_group_tests_name("cache", tests, make_root, drop_root);
}
