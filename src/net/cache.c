/* SPDX-License-Identifier: MIT */
/* The cache directory: paths, the metadata file, and replacing the current
 * copy with renames only. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cinx/cache.h"
#include "cinx/files.h"
#include "digest.h"

#define DIR_NAME "cinx"
#define TMP_MARK CINX_TEMP_MARK

static bool fits(char *buf, size_t cap, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* snprintf that tells whether all of it fitted */
static bool fits(char *buf, size_t cap, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, cap, fmt, ap);
	va_end(ap);
	return n >= 0 && (size_t)n < cap;
}

/* The file names inside c->dir, each starting with stem; only a data set
 * other than C1 has a .meta.csv. */
static cinx_status name_files(cinx_cache *c, const char *stem, cinx_error *err)
{
	bool ees = strcmp(stem, "c1") != 0;

	snprintf(c->stem, sizeof c->stem, "%s", stem);
	c->meta_csv[0] = c->prev_meta_csv[0] = '\0';
	if (fits(c->data, sizeof c->data, "%s/%s.csv", c->dir, stem) &&
	    fits(c->meta, sizeof c->meta, "%s/%s.meta", c->dir, stem) &&
	    fits(c->prev_data, sizeof c->prev_data, "%s/%s.previous.csv", c->dir, stem) &&
	    fits(c->prev_meta, sizeof c->prev_meta, "%s/%s.previous.meta", c->dir, stem) &&
	    (!ees || (fits(c->meta_csv, sizeof c->meta_csv, "%s/%s.meta.csv", c->dir, stem) &&
		      fits(c->prev_meta_csv, sizeof c->prev_meta_csv, "%s/%s.previous.meta.csv", c->dir, stem))))
		return CINX_OK;
	return cinx_error_set(err, CINX_E_CONFIG, "the cache directory's path is too long: %.200s...", c->dir);
}

cinx_status cinx_cache_locate(cinx_cache *c, cinx_error *err)
{
	const char *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");
	bool ok;

	c->shared = false;
	/* the spec: a relative XDG_CACHE_HOME is invalid and ignored */
	if (xdg && xdg[0] == '/')
		ok = fits(c->dir, sizeof c->dir, "%s/%s", xdg, DIR_NAME);
	else if (home && home[0])
		ok = fits(c->dir, sizeof c->dir, "%s/.cache/%s", home, DIR_NAME);
	else
		return cinx_error_set(err, CINX_E_CONFIG,
				      "no cache directory: set XDG_CACHE_HOME (an absolute path) or HOME");
	if (!ok)
		return cinx_error_set(err, CINX_E_CONFIG, "the cache directory's path is too long: %.200s...",
				      c->dir);
	return name_files(c, "c1", err);
}

cinx_status cinx_cache_locate_system(cinx_cache *c, cinx_error *err)
{
	const char *env = getenv("CINX_SYSTEM_DATA_DIR");
	const char *dir = env && env[0] ? env : CINX_SYSTEM_DATA_DIR;

	c->shared = true;
	if (dir[0] != '/')
		return cinx_error_set(err, CINX_E_CONFIG,
				      "CINX_SYSTEM_DATA_DIR must be an absolute path, not '%.200s'", dir);
	if (!fits(c->dir, sizeof c->dir, "%s", dir))
		return cinx_error_set(err, CINX_E_CONFIG, "the system data directory's path is too long: "
				      "%.200s...", dir);
	return name_files(c, "c1", err);
}

#define DATASETS_DIR "datasets"

/* c, which has C1's paths, becomes those of data set id (a checked id). */
static cinx_status dataset_paths(cinx_cache *c, const char *id, cinx_error *err)
{
	char base[sizeof c->dir];

	snprintf(base, sizeof base, "%s", c->dir);
	if (!fits(c->dir, sizeof c->dir, "%s/" DATASETS_DIR "/%s", base, id))
		return cinx_error_set(err, CINX_E_CONFIG, "the cache directory's path is too long: %.200s...", base);
	return name_files(c, "data", err);
}

cinx_status cinx_cache_locate_dataset(cinx_cache *c, const char *id, bool system, cinx_error *err)
{
	char sure[CINX_DATA_SET_ID_SIZE];
	cinx_status st;

	if ((st = cinx_dataset_id_check(id, sure, err)) ||
	    (st = system ? cinx_cache_locate_system(c, err) : cinx_cache_locate(c, err)))
		return st;
	return dataset_paths(c, sure, err);
}

static int by_id(const void *a, const void *b)
{
	return strcmp(a, b);
}

cinx_status cinx_cache_list_datasets(const cinx_cache *c, char (**ids)[CINX_DATA_SET_ID_SIZE], size_t *n,
				     cinx_error *err)
{
	char path[sizeof c->dir + 16];
	size_t cap = 0;
	struct dirent *e;
	DIR *d;

	*ids = NULL;
	*n = 0;
	snprintf(path, sizeof path, "%s/" DATASETS_DIR, c->dir);
	if (!(d = opendir(path)))
		return CINX_OK; /* nothing downloaded yet */
	while ((e = readdir(d))) {
		char id[CINX_DATA_SET_ID_SIZE];
		cinx_cache one = *c;
		/* only the folders cinx made: lowercase ids with a copy */
		if (cinx_dataset_id_check(e->d_name, id, NULL) || strcmp(id, e->d_name) ||
		    dataset_paths(&one, id, NULL) || !cinx_cache_has_data(&one))
			continue;
		if (*n == cap) {
			void *more = realloc(*ids, (cap = cap ? 2 * cap : 8) * sizeof **ids);
			if (!more) {
				closedir(d);
				free(*ids);
				*ids = NULL;
				*n = 0;
				return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
			}
			*ids = more;
		}
		memcpy((*ids)[(*n)++], id, sizeof id);
	}
	closedir(d);
	qsort(*ids, *n, sizeof **ids, by_id);
	return CINX_OK;
}

cinx_status cinx_cache_make_dir(const cinx_cache *c, cinx_error *err)
{
	/* the spec asks for mode 0700; the shared copy is for every user to read */
	return cinx_make_dirs(c->dir, c->shared ? 0755 : 0700, c->shared, err);
}

static bool is_file(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

bool cinx_cache_has_data(const cinx_cache *c) { return is_file(c->data); }
bool cinx_cache_has_previous(const cinx_cache *c) { return is_file(c->prev_data); }

bool cinx_cache_reach_data(const cinx_cache *c, cinx_error *err)
{
	errno = 0;
	if (is_file(c->data))
		return true;
	if (errno && errno != ENOENT && errno != ENOTDIR)
		cinx_error_set(err, CINX_E_IO, "cannot read the %s copy %s: %s", c->shared ? "system-wide" : "cached",
			       c->data, strerror(errno));
	return false;
}

static const struct field {
	const char *key;
	size_t offset, size;
	bool only_set;      /* written only when not empty: C1's record stays as it was */
} fields[] = {
#define F(key, name, only_set) {key, offsetof(cinx_provenance, name), sizeof(((cinx_provenance *)0)->name), only_set}
	F("version", version, false), F("published", published, false), F("downloaded", downloaded, false),
	F("url", url, false), F("sha256", sha256, false), F("id", dataset_id, true), F("title", title, true),
#undef F
};

/* Leaves p with nothing recorded: what an unverified record becomes. */
static void forget(cinx_provenance *p)
{
	p->recorded = false;
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		((char *)p + fields[i].offset)[0] = '\0';
	p->size = p->rows = 0;
}

static cinx_status parse_meta(const char *path, cinx_provenance *p, cinx_error *err)
{
	FILE *f = fopen(path, "r");
	char line[2048];
	unsigned long n = 0;
	cinx_status st = CINX_OK;

	forget(p);
	if (!f)
		return cinx_error_set(err, errno == ENOENT ? CINX_E_NOTFOUND : CINX_E_IO, "%s: cannot open: %s",
				      path, strerror(errno));
	while (!st && fgets(line, sizeof line, f)) {
		char *eq;
		n++;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0] || line[0] == '#')
			continue;
		if (!(eq = strchr(line, '='))) {
			st = cinx_error_set(err, CINX_E_DATA, "%s:%lu: found '%.40s'; expected key=value", path, n,
					    line);
			break;
		}
		*eq = '\0';
		for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
			if (strcmp(line, fields[i].key) == 0)
				snprintf((char *)p + fields[i].offset, fields[i].size, "%s", eq + 1);
		if (strcmp(line, "size") == 0)
			p->size = strtoull(eq + 1, NULL, 10);
		if (strcmp(line, "rows") == 0)
			p->rows = strtoull(eq + 1, NULL, 10);
	}
	if (!st && ferror(f))
		st = cinx_error_set(err, CINX_E_IO, "%s: read error: %s", path, strerror(errno));
	fclose(f);
	if (st)
		forget(p);
	return st;
}

/* Keeps what p records only when it is of these very bytes. */
static void keep_if_of(cinx_provenance *p, unsigned long long size, const char *sha256)
{
	/* a record of other bytes (a kill between the renames of an install, a
	 * copy replaced by hand) says nothing about these */
	if (p->size != size || strlen(p->sha256) != 64 || strcmp(p->sha256, sha256) != 0)
		forget(p);
	else
		p->recorded = true;
}

cinx_status cinx_cache_read_meta_of(const char *meta, unsigned long long size, const char *sha256,
				    cinx_provenance *p, cinx_error *err)
{
	cinx_status st = parse_meta(meta, p, err);

	if (!st)
		keep_if_of(p, size, sha256);
	return st;
}

cinx_status cinx_cache_read_meta(const char *meta, const char *data, cinx_provenance *p, cinx_error *err)
{
	static unsigned char buf[1 << 16];
	cinx_digest d;
	char sum[65];
	FILE *f = fopen(data, "rb");
	size_t n;
	cinx_status st;

	forget(p);
	if (!f)
		return cinx_error_set(err, errno == ENOENT ? CINX_E_NOTFOUND : CINX_E_IO, "%s: cannot open: %s",
				      data, strerror(errno));
	/* the record first: without one there is nothing to hash */
	if (!(st = parse_meta(meta, p, err)) && !(st = cinx_digest_init(&d, err))) {
		while ((n = fread(buf, 1, sizeof buf, f)) > 0)
			cinx_digest_add(&d, buf, n);
		if (ferror(f))
			st = cinx_error_set(err, CINX_E_IO, "%s: read error", data);
	}
	fclose(f);
	if (st) {
		forget(p);
		return st;
	}
	cinx_digest_hex(&d, sum);
	keep_if_of(p, d.size, sum);
	return CINX_OK;
}

/* A value on one line: control characters (never expected) become '?'. */
static void put_value(FILE *f, const char *key, const char *v)
{
	fprintf(f, "%s=", key);
	for (; *v; v++)
		fputc((unsigned char)*v < 0x20 || *v == 0x7F ? '?' : *v, f);
	fputc('\n', f);
}

/* Writes p to a new temporary file beside path; its name goes to tmp. */
static cinx_status write_meta_tmp(const char *path, const cinx_provenance *p, mode_t mode, char *tmp,
				  size_t cap, cinx_error *err)
{
	int fd;
	FILE *f;
	bool ok;

	cinx_status st = cinx_temp_beside(path, mode, tmp, cap, &fd, err);

	if (st)
		return st;
	if (!(f = fdopen(fd, "w"))) {
		int e = errno;
		close(fd);
		unlink(tmp);
		return cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp, strerror(e));
	}
	fprintf(f, "# Provenance of the cached %s file, written by cinx update.\n", p->dataset_id[0] ? "EES" : "C1");
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		if (!fields[i].only_set || ((const char *)p + fields[i].offset)[0])
			put_value(f, fields[i].key, (const char *)p + fields[i].offset);
	fprintf(f, "size=%llu\n", p->size);
	if (p->dataset_id[0])
		fprintf(f, "rows=%llu\n", p->rows);
	ok = fflush(f) == 0 && fsync(fd) == 0;
	if (fclose(f) != 0 || !ok) {
		int e = errno;
		unlink(tmp);
		return cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp, strerror(e));
	}
	return CINX_OK;
}

static cinx_status move(const char *from, const char *to, cinx_error *err)
{
	if (rename(from, to) == 0)
		return CINX_OK;
	return cinx_error_set(err, CINX_E_IO, "cannot rename %s to %s: %s", from, to, strerror(errno));
}

cinx_status cinx_cache_write_meta(const char *path, const cinx_provenance *p, cinx_error *err)
{
	char tmp[4200];
	cinx_status st = write_meta_tmp(path, p, 0600, tmp, sizeof tmp, err);

	if (!st && (st = move(tmp, path, err)))
		unlink(tmp);
	return st;
}

/* to becomes a second name of from (or, where the file system has no hard
 * links, from itself moves there). A missing from removes to. */
static cinx_status keep_copy(const char *from, const char *to, cinx_error *err)
{
	char tmp[4200];
	cinx_status st;

	if (!is_file(from))
		return unlink(to) == 0 || errno == ENOENT
			       ? CINX_OK
			       : cinx_error_set(err, CINX_E_IO, "cannot remove %s: %s", to, strerror(errno));
	snprintf(tmp, sizeof tmp, "%s%s", to, TMP_MARK "link");
	unlink(tmp);
	if (link(from, tmp) != 0)
		return move(from, to, err);
	st = move(tmp, to, err);
	/* gone unless the rename failed, or did nothing because to already was
	 * from (an install killed after this step) */
	unlink(tmp);
	return st;
}

/* mkstemp makes files only their owner reads; the shared copy is for all. */
static mode_t file_mode(const cinx_cache *c)
{
	return c->shared ? 0644 : 0600;
}

cinx_status cinx_cache_install(const cinx_cache *c, const char *tmp_path, const cinx_provenance *p,
			       cinx_error *err)
{
	return cinx_cache_install_with(c, tmp_path, NULL, p, err);
}

cinx_status cinx_cache_install_with(const cinx_cache *c, const char *tmp_path, const char *meta_csv_tmp,
				    const cinx_provenance *p, cinx_error *err)
{
	char meta_tmp[4200];
	bool had_data = cinx_cache_has_data(c);
	cinx_status st = write_meta_tmp(c->meta, p, file_mode(c), meta_tmp, sizeof meta_tmp, err);

	if (st)
		return st;
	if (had_data)
		st = keep_copy(c->data, c->prev_data, err);
	if (!st && had_data)
		st = keep_copy(c->meta, c->prev_meta, err);
	if (!st && had_data && meta_csv_tmp)
		st = keep_copy(c->meta_csv, c->prev_meta_csv, err);
	/* labels and units first: the data never opens with another version's
	 * metadata beside it for longer than a rename */
	if (!st && meta_csv_tmp)
		st = move(meta_csv_tmp, c->meta_csv, err);
	if (!st)
		st = move(tmp_path, c->data, err);
	/* a kill here leaves new data with old metadata: readers check the
	 * recorded size and SHA-256 against the bytes and find no provenance */
	if (!st)
		st = move(meta_tmp, c->meta, err);
	if (st)
		unlink(meta_tmp);
	cinx_sync_dir(c->dir);
	return st;
}

cinx_status cinx_cache_lock(const cinx_cache *c, int *fd, bool *busy, cinx_error *err)
{
	char path[4200];
	DIR *d;
	struct dirent *e;

	*busy = false;
	snprintf(path, sizeof path, "%s/update.lock", c->dir);
	/* never through a link someone else planted in a shared folder */
	if ((*fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600)) < 0 && errno == ELOOP)
		return cinx_error_set(err, CINX_E_IO, "%s is a symbolic link; remove it and run cinx update again",
				      path);
	if (*fd < 0)
		return cinx_error_set(err, CINX_E_IO, "cannot create %s: %s", path, strerror(errno));
	if (flock(*fd, LOCK_EX | LOCK_NB) != 0) {
		int why = errno;
		close(*fd);
		*fd = -1;
		if ((*busy = why == EWOULDBLOCK))
			return cinx_error_set(err, CINX_E_IO, "another cinx update is running (it holds %s); when it "
					      "ends, cinx info shows what it left", path);
		return cinx_error_set(err, CINX_E_IO, "cannot lock %s: %s", path, strerror(why));
	}
	/* files an interrupted update left behind: only an update makes them */
	if ((d = opendir(c->dir))) {
		while ((e = readdir(d)))
			if (strncmp(e->d_name, c->stem, strlen(c->stem)) == 0 && e->d_name[strlen(c->stem)] == '.' &&
			    strstr(e->d_name, TMP_MARK) &&
			    snprintf(path, sizeof path, "%s/%s", c->dir, e->d_name) < (int)sizeof path)
				unlink(path);
		closedir(d);
	}
	return CINX_OK;
}

void cinx_cache_unlock(int fd)
{
	if (fd >= 0)
		close(fd);
}

cinx_status cinx_cache_temp(const cinx_cache *c, char *path, size_t cap, int *fd, cinx_error *err)
{
	return cinx_cache_temp_for(c, c->data, path, cap, fd, err);
}

cinx_status cinx_cache_temp_for(const cinx_cache *c, const char *final, char *path, size_t cap, int *fd,
				cinx_error *err)
{
	return cinx_temp_beside(final, file_mode(c), path, cap, fd, err);
}
