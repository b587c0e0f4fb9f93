/* SPDX-License-Identifier: MIT */
/* Snapshots: what goes in comes out; anything damaged, forged, stale or
 * planted is refused with the reason; pruning drops the least recently used
 * first; a writer killed at any moment never leaves a file that passes. */
#include "testutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>

#include "cinx/files.h"
#include "cinx/snapshot.h"
#include "model/snapshot_format.h"

#define SCHEMA 3u

static char root[256];
static char source[300], snap[300];

/* Invented figures in the C1 layout. */
static const char source_csv[] =
	"time_period,geographic_level,country_code,country_name,referral_count\n"
	"2024,National,E92000001,England,805\n"
	"2025,National,E92000001,England,812\n";

static const double rows[] = {805, 812, 23.5, 21.25};
static const char strings[] = "England\0North East\0Hartlepool";
static const int32_t index_[] = {0, 8, 19, -1};

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static unsigned char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = malloc(1 << 20);

	assert_non_null(f);
	*len = fread(buf, 1, 1 << 20, f);
	fclose(f);
	return buf;
}

static int setup(void **state)
{
	(void)state;
	snprintf(root, sizeof root, "%s/cinx-snapshot-test.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(root))
		return -1;
	setenv("XDG_CACHE_HOME", root, 1);
	unsetenv("CINX_SNAPSHOT_MAX_MB");
	snprintf(source, sizeof source, "%s/c1.csv", root);
	snprintf(snap, sizeof snap, "%s/c1.snap", root);
	write_file(source, source_csv, sizeof source_csv - 1);
	return 0;
}

static int teardown(void **state)
{
	char cmd[1400];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	return system(cmd);
}

static cinx_snapshot_source key_of(const char *path)
{
	cinx_snapshot_source src;
	cinx_error err;

	if (cinx_snapshot_source_of(path, &src, &err))
		fail_msg("%s", err.message);
	return src;
}

static cinx_snapshot_writer *writer_for(const cinx_snapshot_source *src)
{
	cinx_snapshot_writer *w;
	cinx_error err;

	assert_int_equal(cinx_snapshot_writer_new(src, SCHEMA, &w, &err), CINX_OK);
	assert_int_equal(cinx_snapshot_add(w, 1, rows, sizeof rows, 8, &err), CINX_OK);
	assert_int_equal(cinx_snapshot_add(w, 2, strings, sizeof strings, 64, &err), CINX_OK);
	assert_int_equal(cinx_snapshot_add(w, 5, index_, sizeof index_, 4096, &err), CINX_OK);
	assert_int_equal(cinx_snapshot_add(w, 9, rows, 0, 8, &err), CINX_OK);
	return w;
}

/* A snapshot of the source at path. */
static void write_snapshot(const char *path)
{
	cinx_snapshot_source src = key_of(source);
	cinx_snapshot_writer *w = writer_for(&src);
	cinx_error err;

	if (cinx_snapshot_write(w, path, &err))
		fail_msg("%s", err.message);
	cinx_snapshot_writer_free(w);
}

static cinx_snapshot_verdict verdict_of(const char *path)
{
	cinx_snapshot_source src = key_of(source);
	cinx_snapshot *s;
	cinx_error err = {0};
	cinx_snapshot_verdict v = cinx_snapshot_open(path, &src, SCHEMA, &s, &err);

	if (v == CINX_SNAPSHOT_OK) {
		assert_non_null(s);
		cinx_snapshot_close(s);
	} else {
		assert_null(s);
		assert_true(err.message[0] != '\0');
	}
	return v;
}

static void sections_round_trip(void **state)
{
	cinx_snapshot_source src = key_of(source);
	cinx_snapshot *s;
	cinx_error err;
	size_t len;
	uint32_t id;
	const void *p;

	(void)state;
	write_snapshot(snap);
	assert_int_equal(cinx_snapshot_open(snap, &src, SCHEMA, &s, &err), CINX_SNAPSHOT_OK);
	assert_int_equal(cinx_snapshot_n_sections(s), 4);
	p = cinx_snapshot_section(s, 1, &len);
	assert_int_equal(len, sizeof rows);
	assert_memory_equal(p, rows, sizeof rows);
	p = cinx_snapshot_section(s, 2, &len);
	assert_int_equal(len, sizeof strings);
	assert_memory_equal(p, strings, sizeof strings);
	assert_int_equal((uintptr_t)p % 64, 0);
	p = cinx_snapshot_section(s, 5, &len);
	assert_int_equal(len, sizeof index_);
	assert_memory_equal(p, index_, sizeof index_);
	assert_int_equal((uintptr_t)p % 4096, 0);
	assert_non_null(cinx_snapshot_section(s, 9, &len));
	assert_int_equal(len, 0);
	assert_null(cinx_snapshot_section(s, 4, &len));
	assert_non_null(cinx_snapshot_section_at(s, 3, &id, &len));
	assert_int_equal(id, 9);
	cinx_snapshot_close(s);
	/* the same source by another name is the same file */
	char other[400];
	snprintf(other, sizeof other, "%s/./c1.csv", root);
	cinx_snapshot_source again = key_of(other);
	assert_string_equal(again.path, src.path);
	assert_true(again.hash == src.hash);
}

static void a_digit_changed_in_place_is_stale(void **state)
{
	struct stat before, after;
	char cmd[1400];
	FILE *f;

	(void)state;
	write_snapshot(snap);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_OK);
	assert_int_equal(stat(source, &before), 0);
	/* 805 becomes 806 in place: same size, same inode */
	f = fopen(source, "r+b");
	assert_non_null(f);
	fseek(f, (long)(strstr(source_csv, "805") - source_csv + 2), SEEK_SET);
	fputc('6', f);
	fclose(f);
	/* and the time put back as it was, to the nanosecond */
	snprintf(cmd, sizeof cmd, "touch -d @%lld.%09ld '%s'", (long long)before.st_mtim.tv_sec,
		 before.st_mtim.tv_nsec, source);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(stat(source, &after), 0);
	assert_int_equal(after.st_size, before.st_size);
	assert_int_equal(after.st_ino, before.st_ino);
	assert_true(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_STALE);
	/* written again for the new content, it is good again */
	write_snapshot(snap);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_OK);
	write_file(source, source_csv, sizeof source_csv - 1);
}

static void a_touched_or_replaced_source_is_stale(void **state)
{
	char moved[1400];

	(void)state;
	write_snapshot(snap);
	/* same bytes, new time */
	assert_int_equal(system("sleep 0.01"), 0);
	write_file(source, source_csv, sizeof source_csv - 1);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_STALE);
	/* same bytes and time, another inode (a copy renamed over it) */
	write_snapshot(snap);
	snprintf(moved, sizeof moved, "cp -p '%s' '%s.new' && mv '%s.new' '%s'", source, source, source, source);
	assert_int_equal(system(moved), 0);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_STALE);
}

/* A copy of len bytes at data on a page of its own, as a mapping holds it. */
static unsigned char *on_a_page(const unsigned char *data, size_t len)
{
	unsigned char *image = aligned_alloc(CINX_SNAPSHOT_MAX_ALIGN,
					     (len / CINX_SNAPSHOT_MAX_ALIGN + 1) * CINX_SNAPSHOT_MAX_ALIGN);

	assert_non_null(image);
	memcpy(image, data, len);
	return image;
}

static void every_truncation_is_refused(void **state)
{
	cinx_snapshot_source src = key_of(source);
	size_t len;
	unsigned char *full, *image;
	cinx_snapshot *s;
	cinx_error err;

	(void)state;
	write_snapshot(snap);
	full = read_file(snap, &len);
	image = on_a_page(full, len);
	for (size_t cut = 1; cut < len; cut++) {
		cinx_snapshot_verdict v = cinx_snapshot_from_image(image, cut, &src, SCHEMA, &s, &err);
		if (v != CINX_SNAPSHOT_TRUNCATED || s)
			fail_msg("cut at %zu of %zu: %s", cut, len, cinx_snapshot_verdict_name(v));
	}
	/* and on disk, from empty to one byte short */
	size_t cuts[] = {0, 5, 15, sizeof(snap_header) - 1, sizeof(snap_header) + 3, len / 2, len - 1};
	for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
		write_file(snap, full, cuts[i]);
		assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_TRUNCATED);
	}
	/* bytes added at the end are refused too */
	full[len] = 0;
	write_file(snap, full, len + 1);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_BAD_HEADER);
	free(image);
	free(full);
}

static void every_flipped_bit_is_refused(void **state)
{
	cinx_snapshot_source src = key_of(source);
	size_t len, table_end;
	unsigned char *full, *image;
	snap_header h;
	cinx_snapshot *s;
	cinx_error err;

	(void)state;
	write_snapshot(snap);
	full = read_file(snap, &len);
	memcpy(&h, full, sizeof h);
	table_end = h.table_offset + h.n_sections * sizeof(snap_entry);
	image = on_a_page(full, len);
	assert_int_equal(cinx_snapshot_from_image(image, len, &src, SCHEMA, &s, &err), CINX_SNAPSHOT_OK);
	cinx_snapshot_close(s);
	for (size_t at = 0; at < len; at++) {
		for (unsigned bit = 1; bit < 256; bit <<= 1) {
			image[at] ^= (unsigned char)bit;
			cinx_snapshot_verdict v = cinx_snapshot_from_image(image, len, &src, SCHEMA, &s, &err);
			image[at] ^= (unsigned char)bit;
			/* the header's fields have reasons of their own; past it, the
			 * table's checks or the checksum catch it */
			bool expected = at < sizeof h ? v != CINX_SNAPSHOT_OK
					: at < table_end ? v == CINX_SNAPSHOT_BAD_TABLE || v == CINX_SNAPSHOT_BAD_CHECKSUM
							 : v == CINX_SNAPSHOT_BAD_CHECKSUM;
			if (!expected || s)
				fail_msg("byte %zu bit %u of %zu: %s", at, bit, len, cinx_snapshot_verdict_name(v));
		}
	}
	/* and on disk, one byte in each part */
	size_t spots[] = {3, sizeof h - 1, sizeof h + 2, table_end - 1, len - 1};
	for (size_t i = 0; i < sizeof spots / sizeof spots[0]; i++) {
		full[spots[i]] ^= 0x20;
		write_file(snap, full, len);
		full[spots[i]] ^= 0x20;
		assert_int_not_equal(verdict_of(snap), CINX_SNAPSHOT_OK);
	}
	free(image);
	free(full);
}

/* The snapshot with one header field changed by edit, checksums made good
 * again: only the check for that field can catch it. */
static cinx_snapshot_verdict forged(void (*edit)(unsigned char *file, snap_header *h, snap_entry *t))
{
	size_t len;
	unsigned char *full;
	snap_header h;
	snap_entry t[4];

	write_snapshot(snap);
	full = read_file(snap, &len);
	memcpy(&h, full, sizeof h);
	memcpy(t, full + h.table_offset, sizeof t);
	edit(full, &h, t);
	memcpy(full, &h, sizeof h);
	memcpy(full + h.table_offset, t, sizeof t);
	snap_reseal(full, len);
	write_file(snap, full, len);
	free(full);
	return verdict_of(snap);
}

static void next_version(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)t, h->version++; }
static void other_schema(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)t, h->schema++; }
static void swapped(unsigned char *f, snap_header *h, snap_entry *t)
{
	(void)f, (void)t, h->byte_order = __builtin_bswap32(h->byte_order);
}
static void no_magic(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)t, h->magic[0] = 'X'; }
static void many_sections(unsigned char *f, snap_header *h, snap_entry *t)
{
	(void)f, (void)t, h->n_sections = CINX_SNAPSHOT_MAX_SECTIONS + 1;
}
static void long_path(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)t, h->path_len += 8; }

static void versions_and_byte_order(void **state)
{
	(void)state;
	assert_int_equal(forged(next_version), CINX_SNAPSHOT_OLD_VERSION);
	assert_int_equal(forged(other_schema), CINX_SNAPSHOT_OLD_VERSION);
	assert_int_equal(forged(swapped), CINX_SNAPSHOT_BYTE_ORDER);
	assert_int_equal(forged(no_magic), CINX_SNAPSHOT_NOT_SNAPSHOT);
	assert_int_equal(forged(many_sections), CINX_SNAPSHOT_BAD_HEADER);
	assert_int_equal(forged(long_path), CINX_SNAPSHOT_BAD_HEADER);
}

static void overlap(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)h, t[1].offset = t[0].offset + 8; }
static void past_end(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, t[3].offset = h->file_size + 8; }
static void too_long(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, t[0].size = h->file_size; }
static void wraps(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)h, t[0].size = UINT64_MAX - 8; }
static void over_table(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, t[0].offset = h->table_offset; }
static void misaligned(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)h, t[1].offset += 8; }
static void odd_align(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)h, t[0].align = 24; }
static void huge_align(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)h, t[2].align = 8192; }
static void same_id(unsigned char *f, snap_header *h, snap_entry *t) { (void)f, (void)h, t[3].id = t[0].id; }

static void forged_tables_are_refused(void **state)
{
	void (*edits[])(unsigned char *, snap_header *, snap_entry *) = {
		overlap, past_end, too_long, wraps, over_table, misaligned, odd_align, huge_align, same_id,
	};

	(void)state;
	for (size_t i = 0; i < sizeof edits / sizeof edits[0]; i++) {
		cinx_snapshot_verdict v = forged(edits[i]);
		if (v != CINX_SNAPSHOT_BAD_TABLE)
			fail_msg("forged table %zu: %s", i, cinx_snapshot_verdict_name(v));
	}
}

static void links_and_odd_files_are_refused(void **state)
{
	char target[400], fifo[400];
	size_t len_before, len_after;
	unsigned char *before, *after;

	(void)state;
	snprintf(target, sizeof target, "%s/target.snap", root);
	write_snapshot(target);
	assert_int_equal(verdict_of(target), CINX_SNAPSHOT_OK);
	unlink(snap);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_MISSING);
	/* a good snapshot behind a planted link is not read through it */
	assert_int_equal(symlink(target, snap), 0);
	assert_int_equal(verdict_of(snap), CINX_SNAPSHOT_UNSAFE);
	/* and writing replaces the link instead of writing through it */
	before = read_file(target, &len_before);
	write_file(source, "other\n", 6);
	write_snapshot(snap);
	struct stat sb;
	assert_int_equal(lstat(snap, &sb), 0);
	assert_true(S_ISREG(sb.st_mode));
	assert_int_equal(sb.st_mode & 0777, 0600);
	after = read_file(target, &len_after);
	assert_int_equal(len_after, len_before);
	assert_memory_equal(after, before, len_before);
	free(before);
	free(after);
	write_file(source, source_csv, sizeof source_csv - 1);
	/* a FIFO must not hang the reader */
	snprintf(fifo, sizeof fifo, "%s/fifo.snap", root);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(verdict_of(fifo), CINX_SNAPSHOT_UNSAFE);
	assert_int_equal(verdict_of(root), CINX_SNAPSHOT_UNSAFE);
}

/* A file named as a snapshot, of len bytes, last used age seconds ago. */
static void plant(const char *dir, const char *name, size_t len, int age)
{
	char path[600], *buf = calloc(1, len + 1);
	struct timespec t[2];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	write_file(path, buf, len);
	free(buf);
	clock_gettime(CLOCK_REALTIME, &t[0]);
	t[0].tv_sec -= age;
	t[1] = t[0];
	assert_int_equal(utimensat(AT_FDCWD, path, t, 0), 0);
}

static bool present(const char *dir, const char *name)
{
	char path[600];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return access(path, F_OK) == 0;
}

#define SNAP_NAME(c) c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c c ".snap"

static void pruning_drops_the_least_recently_used(void **state)
{
	char dir[400];
	cinx_error err;
	const char *a = SNAP_NAME("a"), *b = SNAP_NAME("b"), *c = SNAP_NAME("c"), *d = SNAP_NAME("d");

	(void)state;
	snprintf(dir, sizeof dir, "%s/prune", root);
	assert_int_equal(cinx_make_dirs(dir, 0700, false, &err), CINX_OK);
	plant(dir, a, 1000, 400);
	plant(dir, b, 1000, 300);
	plant(dir, c, 1000, 200);
	plant(dir, d, 1000, 100);
	plant(dir, "notes.txt", 50000, 1000);                     /* not ours */
	plant(dir, SNAP_NAME("e") CINX_TEMP_MARK "x1y2z3", 500, 3600); /* a killed writer's */
	plant(dir, SNAP_NAME("f") CINX_TEMP_MARK "x1y2z3", 500, 1);    /* a writer at work */
	assert_int_equal(cinx_snapshot_prune(dir, 4500, &err), CINX_OK);
	assert_true(present(dir, a) && present(dir, b) && present(dir, c) && present(dir, d));
	assert_false(present(dir, SNAP_NAME("e") CINX_TEMP_MARK "x1y2z3"));
	assert_true(present(dir, SNAP_NAME("f") CINX_TEMP_MARK "x1y2z3"));
	/* 4500 with the live temporary file: the two oldest go */
	assert_int_equal(cinx_snapshot_prune(dir, 2600, &err), CINX_OK);
	assert_false(present(dir, a) || present(dir, b));
	assert_true(present(dir, c) && present(dir, d) && present(dir, "notes.txt"));
	/* a use makes c the most recent, so d goes first */
	char path[600];
	snprintf(path, sizeof path, "%s/%s", dir, c);
	write_snapshot(path);
	assert_int_equal(verdict_of(path), CINX_SNAPSHOT_OK);
	plant(dir, d, 1000, 100);
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(cinx_snapshot_prune(dir, (uint64_t)sb.st_size + 500, &err), CINX_OK);
	assert_true(present(dir, c));
	assert_false(present(dir, d));
	assert_int_equal(cinx_snapshot_prune(dir, 0, &err), CINX_OK);
	assert_false(present(dir, c));
	assert_true(present(dir, "notes.txt"));
}

static void store_keeps_snapshots_in_the_cache(void **state)
{
	cinx_snapshot_source src = key_of(source);
	cinx_snapshot_writer *w = writer_for(&src);
	char path[4200], dir[4096];
	struct stat sb;
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_snapshot_path_for(&src, path, sizeof path, &err), CINX_OK);
	assert_int_equal(cinx_snapshot_dir(dir, sizeof dir, &err), CINX_OK);
	assert_true(strncmp(path, root, strlen(root)) == 0 && strstr(path, "/cinx/snapshots/"));
	assert_int_equal(cinx_snapshot_store(w, &err), CINX_OK);
	assert_int_equal(verdict_of(path), CINX_SNAPSHOT_OK);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0700);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	/* one bigger than the cap is not written */
	unlink(path);
	setenv("CINX_SNAPSHOT_MAX_MB", "0", 1);
	assert_int_equal(cinx_snapshot_store(w, &err), CINX_OK);
	assert_int_equal(verdict_of(path), CINX_SNAPSHOT_MISSING);
	unsetenv("CINX_SNAPSHOT_MAX_MB");
	/* a link planted in place of the folder is not written through */
	char elsewhere[400], cmd[10000];
	snprintf(elsewhere, sizeof elsewhere, "%s/elsewhere", root);
	snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir '%s' && ln -s '%s' '%s'", dir, elsewhere, elsewhere, dir);
	assert_int_equal(system(cmd), 0);
	assert_int_equal(cinx_snapshot_store(w, &err), CINX_E_IO);
	assert_non_null(strstr(err.message, "not a folder of this user's"));
	cinx_snapshot_writer_free(w);
}

static void when_snapshots_are_used(void **state)
{
	char fifo[400];
	bool on;
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_snapshot_enabled(source, false, &on, &err), CINX_OK);
	assert_true(on);
	assert_int_equal(cinx_snapshot_enabled(source, true, &on, &err), CINX_OK);
	assert_false(on);
	assert_int_equal(cinx_snapshot_enabled("-", false, &on, &err), CINX_OK);
	assert_false(on);
	assert_int_equal(cinx_snapshot_enabled(NULL, false, &on, &err), CINX_OK);
	assert_false(on);
	snprintf(fifo, sizeof fifo, "%s/pipe.csv", root);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_int_equal(cinx_snapshot_enabled(fifo, false, &on, &err), CINX_OK);
	assert_false(on);
	setenv("CINX_SNAPSHOT_MAX_MB", "0", 1);
	assert_int_equal(cinx_snapshot_enabled(source, false, &on, &err), CINX_OK);
	assert_false(on);
	setenv("CINX_SNAPSHOT_MAX_MB", "12MB", 1);
	assert_int_equal(cinx_snapshot_enabled(source, false, &on, &err), CINX_E_USAGE);
	assert_false(on);
	assert_non_null(strstr(err.message, "CINX_SNAPSHOT_MAX_MB"));
	setenv("CINX_SNAPSHOT_MAX_MB", "12", 1);
	uint64_t cap;
	assert_int_equal(cinx_snapshot_cap(&cap, &err), CINX_OK);
	assert_true(cap == 12u << 20);
	unsetenv("CINX_SNAPSHOT_MAX_MB");
	assert_int_equal(cinx_snapshot_cap(&cap, &err), CINX_OK);
	assert_true(cap == (uint64_t)CINX_SNAPSHOT_DEFAULT_MAX_MB << 20);
}

static void the_writer_refuses_bad_sections(void **state)
{
	cinx_snapshot_source src = key_of(source);
	cinx_snapshot_writer *w;
	cinx_error err;

	(void)state;
	assert_int_equal(cinx_snapshot_writer_new(&src, SCHEMA, &w, &err), CINX_OK);
	assert_int_equal(cinx_snapshot_add(w, 1, rows, sizeof rows, 4, &err), CINX_E_USAGE);
	assert_int_equal(cinx_snapshot_add(w, 1, rows, sizeof rows, 24, &err), CINX_E_USAGE);
	assert_int_equal(cinx_snapshot_add(w, 1, rows, sizeof rows, 8192, &err), CINX_E_USAGE);
	assert_int_equal(cinx_snapshot_add(w, 1, rows, sizeof rows, 8, &err), CINX_OK);
	assert_int_equal(cinx_snapshot_add(w, 1, rows, sizeof rows, 8, &err), CINX_E_USAGE);
	cinx_snapshot_writer_free(w);
}

/* Writes a snapshot of one large section; false when it cannot. */
static bool write_big(const char *path, const void *big, size_t len)
{
	cinx_snapshot_source src = key_of(source);
	cinx_snapshot_writer *w;
	cinx_error err;
	bool ok = cinx_snapshot_writer_new(&src, SCHEMA, &w, &err) == CINX_OK &&
		  cinx_snapshot_add(w, 1, big, len, 8, &err) == CINX_OK && cinx_snapshot_write(w, path, &err) == CINX_OK;

	cinx_snapshot_writer_free(w);
	return ok;
}

static void a_killed_writer_leaves_nothing_that_passes(void **state)
{
	char dir[400], path[600];
	size_t len = 24u << 20;
	unsigned char *big = malloc(len);
	cinx_error err;
	int whole = 0, none = 0, parts = 0;

	(void)state;
	for (size_t i = 0; i < len; i++)
		big[i] = (unsigned char)(i * 2654435761u >> 24);
	snprintf(dir, sizeof dir, "%s/kill", root);
	assert_int_equal(cinx_make_dirs(dir, 0700, false, &err), CINX_OK);
	/* how long a whole one is */
	snprintf(path, sizeof path, "%s/measure.snap", dir);
	assert_true(write_big(path, big, len));
	struct stat sb;
	assert_int_equal(stat(path, &sb), 0);
	off_t whole_size = sb.st_size;
	unlink(path);
	snprintf(path, sizeof path, "%s/big.snap", dir);
	/* a dozen kills at least, and more until some land mid-write */
	for (int round = 0; round < 60 && (round < 12 || parts < 3); round++) {
		pid_t pid = fork();
		assert_true(pid >= 0);
		while (pid == 0)
			if (!write_big(path, big, len))
				_exit(1);
		/* anywhere from before the first write to well into the tenth */
		usleep((useconds_t)(1000 + round % 12 * 37000));
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		cinx_snapshot_verdict v = verdict_of(path);
		assert_true(v == CINX_SNAPSHOT_OK || v == CINX_SNAPSHOT_MISSING);
		whole += v == CINX_SNAPSHOT_OK;
		none += v == CINX_SNAPSHOT_MISSING;
		/* what it was writing when killed passes only when whole (killed
		 * before the rename), and is never at the snapshot's path */
		DIR *d = opendir(dir);
		struct dirent *e;
		while ((e = readdir(d))) {
			char part[900];
			if (!strstr(e->d_name, CINX_TEMP_MARK))
				continue;
			snprintf(part, sizeof part, "%s/%s", dir, e->d_name);
			assert_int_equal(stat(part, &sb), 0);
			v = verdict_of(part);
			if (sb.st_size < whole_size) {
				assert_int_not_equal(v, CINX_SNAPSHOT_OK);
				parts++;
			} else {
				assert_int_equal(sb.st_size, whole_size);
			}
			unlink(part);
		}
		closedir(d);
	}
	print_message("# killed writers: %d whole snapshots, %d none yet, %d half-written files refused\n", whole,
		      none, parts);
	assert_true(parts > 0);
	free(big);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(sections_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(a_digit_changed_in_place_is_stale, setup, teardown),
		cmocka_unit_test_setup_teardown(a_touched_or_replaced_source_is_stale, setup, teardown),
		cmocka_unit_test_setup_teardown(every_truncation_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(every_flipped_bit_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(versions_and_byte_order, setup, teardown),
		cmocka_unit_test_setup_teardown(forged_tables_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(links_and_odd_files_are_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(pruning_drops_the_least_recently_used, setup, teardown),
		cmocka_unit_test_setup_teardown(store_keeps_snapshots_in_the_cache, setup, teardown),
		cmocka_unit_test_setup_teardown(when_snapshots_are_used, setup, teardown),
		cmocka_unit_test_setup_teardown(the_writer_refuses_bad_sections, setup, teardown),
		cmocka_unit_test_setup_teardown(a_killed_writer_leaves_nothing_that_passes, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
