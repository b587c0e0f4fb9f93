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
#include "digest.h"

#define DIR_NAME "cinx"
/* In the name of every temporary file, so leftovers can be found. */
#define TMP_MARK ".part-"

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

/* The file names inside c->dir. */
static cinx_status name_files(cinx_cache *c, cinx_error *err)
{
	if (fits(c->data, sizeof c->data, "%s/%s", c->dir, "c1.csv") &&
	    fits(c->meta, sizeof c->meta, "%s/%s", c->dir, "c1.meta") &&
	    fits(c->prev_data, sizeof c->prev_data, "%s/%s", c->dir, "c1.previous.csv") &&
	    fits(c->prev_meta, sizeof c->prev_meta, "%s/%s", c->dir, "c1.previous.meta"))
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
	return name_files(c, err);
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
	return name_files(c, err);
}

cinx_status cinx_cache_make_dir(const cinx_cache *c, cinx_error *err)
{
	char path[sizeof c->dir];

	snprintf(path, sizeof path, "%s", c->dir);
	/* each missing parent in turn; the spec asks for mode 0700, and the
	 * shared copy is for every user to read */
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char end = *p;
		*p = '\0';
		if (mkdir(path, c->shared ? 0755 : 0700) == 0) {
			/* the umask (077 for root on some servers) must not hide the
			 * shared copy from the users it is for */
			if (c->shared && chmod(path, 0755) != 0)
				return cinx_error_set(err, CINX_E_IO, "cannot open %s to every user: %s", path,
						      strerror(errno));
		} else if (errno != EEXIST) {
			return cinx_error_set(err, CINX_E_IO, "cannot create the cache directory %s: %s", path,
					      strerror(errno));
		}
		*p = end;
		if (!end)
			break;
	}
	return CINX_OK;
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
} fields[] = {
#define F(name) {#name, offsetof(cinx_provenance, name), sizeof(((cinx_provenance *)0)->name)}
	F(version), F(published), F(downloaded), F(url), F(sha256),
#undef F
};

/* Leaves p with nothing recorded: what an unverified record becomes. */
static void forget(cinx_provenance *p)
{
	p->recorded = false;
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		((char *)p + fields[i].offset)[0] = '\0';
	p->size = 0;
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

	if (!fits(tmp, cap, "%s%s", path, TMP_MARK "XXXXXX"))
		return cinx_error_set(err, CINX_E_IO, "%s: path too long", path);
	if ((fd = mkstemp(tmp)) < 0 || fchmod(fd, mode) != 0 || !(f = fdopen(fd, "w"))) {
		int e = errno;
		if (fd >= 0) {
			close(fd);
			unlink(tmp);
		}
		return cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp, strerror(e));
	}
	fputs("# Provenance of the cached C1 file, written by cinx update.\n", f);
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
		put_value(f, fields[i].key, (const char *)p + fields[i].offset);
	fprintf(f, "size=%llu\n", p->size);
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

static void sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* mkstemp makes files only their owner reads; the shared copy is for all. */
static mode_t file_mode(const cinx_cache *c)
{
	return c->shared ? 0644 : 0600;
}

cinx_status cinx_cache_install(const cinx_cache *c, const char *tmp_path, const cinx_provenance *p,
			       cinx_error *err)
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
	if (!st)
		st = move(tmp_path, c->data, err);
	/* a kill here leaves new data with old metadata: readers check the
	 * recorded size and SHA-256 against the bytes and find no provenance */
	if (!st)
		st = move(meta_tmp, c->meta, err);
	if (st)
		unlink(meta_tmp);
	sync_dir(c->dir);
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
			if (strncmp(e->d_name, "c1.", 3) == 0 && strstr(e->d_name, TMP_MARK) &&
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
	if (!fits(path, cap, "%s%s", c->data, TMP_MARK "XXXXXX"))
		return cinx_error_set(err, CINX_E_IO, "%s: path too long", c->data);
	if ((*fd = mkostemp(path, O_CLOEXEC)) < 0)
		return cinx_error_set(err, CINX_E_IO, "cannot create a file in %s: %s", c->dir, strerror(errno));
	if (fchmod(*fd, file_mode(c)) != 0) {
		int e = errno;
		close(*fd);
		unlink(path);
		*fd = -1;
		return cinx_error_set(err, CINX_E_IO, "cannot set the mode of %s: %s", path, strerror(e));
	}
	return CINX_OK;
}
