/* SPDX-License-Identifier: MIT */
/* Around the snapshot file: whether to use one, its source's key, where it
 * lives, and keeping its folder under the size cap. */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cinx/files.h"
#include "cinx/paths.h"
#include "cinx/snapshot.h"
#include "snapshot_format.h"

#define SUFFIX ".snap"
/* A temporary file this old was left by a killed writer: a live one takes
 * seconds. */
#define STALE_TEMP_NS (600 * 1000000000LL)

cinx_status cinx_snapshot_cap(uint64_t *bytes, cinx_error *err)
{
	const char *v = getenv("CINX_SNAPSHOT_MAX_MB");
	unsigned long long mb = CINX_SNAPSHOT_DEFAULT_MAX_MB;
	char *end;

	if (v && v[0]) {
		errno = 0;
		mb = strtoull(v, &end, 10);
		if (v[0] < '0' || v[0] > '9' || *end || errno || mb > (1ull << 30))
			return cinx_error_set(err, CINX_E_USAGE, "CINX_SNAPSHOT_MAX_MB must be a whole number of MiB "
					      "(0 turns snapshots off), not '%.40s'", v);
	}
	*bytes = (uint64_t)mb << 20;
	return CINX_OK;
}

cinx_status cinx_snapshot_enabled(const char *source, bool turned_off, bool *on, cinx_error *err)
{
	uint64_t cap;
	struct stat st;
	char dir[64];
	cinx_status s = cinx_snapshot_cap(&cap, err);

	/* a pipe cannot be read twice, and standard input has no identity */
	*on = !s && !turned_off && cap && source && strcmp(source, "-") != 0 && stat(source, &st) == 0 &&
	      S_ISREG(st.st_mode) && cinx_xdg_path("XDG_CACHE_HOME", ".cache", "", dir, sizeof dir);
	return s;
}

static int64_t mtime_ns(const struct stat *st)
{
	return (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
}

/* The hash of fd's bytes; *len gets how many there were. */
static cinx_status hash_file(int fd, const char *path, uint64_t *hash, uint64_t *len, cinx_error *err)
{
	enum { CHUNK = 1 << 18 }; /* hashed while still in the L2 cache */
	char *buf = malloc(CHUNK);
	snap_hasher *h = snap_hasher_new();
	ssize_t n;

	*len = 0;
	if (!buf || !h) {
		free(buf);
		if (h)
			snap_hasher_end(h);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory to read %s", path);
	}
	while ((n = read(fd, buf, CHUNK)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			break;
		snap_hasher_add(h, buf, (size_t)n);
		*len += (uint64_t)n;
	}
	*hash = snap_hasher_end(h);
	free(buf);
	if (n < 0)
		return cinx_error_set(err, CINX_E_IO, "%s: read error: %s", path, strerror(errno));
	return CINX_OK;
}

cinx_status cinx_snapshot_source_of(const char *path, cinx_snapshot_source *src, cinx_error *err)
{
	char *real = realpath(path, NULL);
	struct stat before, after;
	uint64_t len;
	int fd;
	cinx_status st;

	if (!real)
		return cinx_error_set(err, CINX_E_IO, "%s: %s", path, strerror(errno));
	if (snprintf(src->path, sizeof src->path, "%s", real) >= (int)sizeof src->path) {
		free(real);
		return cinx_error_set(err, CINX_E_IO, "%.200s...: path too long", path);
	}
	free(real);
	if ((fd = open(src->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) < 0)
		return cinx_error_set(err, CINX_E_IO, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fd, &before) != 0 || !S_ISREG(before.st_mode)) {
		close(fd);
		return cinx_error_set(err, CINX_E_IO, "%s is not a regular file", path);
	}
	st = hash_file(fd, path, &src->hash, &len, err);
	if (!st && (fstat(fd, &after) != 0 || after.st_size != before.st_size || len != (uint64_t)before.st_size ||
		    mtime_ns(&after) != mtime_ns(&before)))
		st = cinx_error_set(err, CINX_E_IO, "%s changed while it was read; try again", path);
	close(fd);
	src->size = (uint64_t)before.st_size;
	src->mtime_ns = mtime_ns(&before);
	src->inode = (uint64_t)before.st_ino;
	src->device = (uint64_t)before.st_dev;
	return st;
}

cinx_status cinx_snapshot_dir(char *buf, size_t cap, cinx_error *err)
{
	size_t n = cinx_xdg_path("XDG_CACHE_HOME", ".cache", "cinx/snapshots", buf, cap);

	if (!n)
		return cinx_error_set(err, CINX_E_CONFIG, "no cache directory for snapshots: set XDG_CACHE_HOME "
				      "(an absolute path) or HOME");
	if (n >= cap)
		return cinx_error_set(err, CINX_E_CONFIG, "the snapshot directory's path is too long");
	return CINX_OK;
}

cinx_status cinx_snapshot_path_for(const cinx_snapshot_source *src, char *buf, size_t cap, cinx_error *err)
{
	char name[SNAP_NAME_HEX + 1];
	cinx_status st = cinx_snapshot_dir(buf, cap, err);
	size_t n = strlen(buf);

	if (st)
		return st;
	/* 128 bits: two files never share a name in practice, and one that did
	 * would only find the other's snapshot stale */
	snap_hash128_hex(src->path, strlen(src->path), name);
	if ((size_t)snprintf(buf + n, cap - n, "/%s" SUFFIX, name) >= cap - n)
		return cinx_error_set(err, CINX_E_CONFIG, "the snapshot directory's path is too long");
	return CINX_OK;
}

/* ---- pruning -------------------------------------------------------------------- */

typedef struct entry {
	char name[SNAP_NAME_HEX + sizeof SUFFIX];
	int64_t used;   /* modification time: the last write or use */
	uint64_t bytes;
} entry;

/* 0: not ours; 1: a snapshot; 2: a writer's temporary file. */
static int kind_of(const char *name)
{
	size_t n = strspn(name, "0123456789abcdef");

	if (n != SNAP_NAME_HEX || strncmp(name + n, SUFFIX, sizeof SUFFIX - 1) != 0)
		return 0;
	name += n + sizeof SUFFIX - 1;
	return !name[0] ? 1 : strncmp(name, CINX_TEMP_MARK, sizeof CINX_TEMP_MARK - 1) == 0 ? 2 : 0;
}

static int least_recent_first(const void *a, const void *b)
{
	const entry *x = a, *y = b;

	if (x->used != y->used)
		return x->used < y->used ? -1 : 1;
	return strcmp(x->name, y->name);
}

static cinx_status gone(int dfd, const char *dir, const char *name, cinx_error *err)
{
	if (unlinkat(dfd, name, 0) == 0 || errno == ENOENT)
		return CINX_OK;
	return cinx_error_set(err, CINX_E_IO, "cannot remove %s/%s: %s", dir, name, strerror(errno));
}

/* Lists the snapshots in d into *out, removing what a killed writer left;
 * *total gets their size and that of temporary files being written. */
static cinx_status list(DIR *d, const char *dir, entry **out, size_t *n, uint64_t *total, cinx_error *err)
{
	struct timespec now;
	struct dirent *e;
	size_t cap = 0;
	cinx_status st = CINX_OK;

	clock_gettime(CLOCK_REALTIME, &now);
	*out = NULL;
	*n = 0;
	*total = 0;
	while (!st && (e = readdir(d))) {
		struct stat sb;
		int kind = kind_of(e->d_name);
		if (!kind || fstatat(dirfd(d), e->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0)
			continue;
		int64_t age = (int64_t)now.tv_sec * 1000000000 + now.tv_nsec - mtime_ns(&sb);
		/* a link or anything odd under a snapshot's name is nothing of ours */
		if (!S_ISREG(sb.st_mode) || (kind == 2 && age > STALE_TEMP_NS)) {
			st = gone(dirfd(d), dir, e->d_name, err);
			continue;
		}
		*total += (uint64_t)sb.st_size;
		if (kind == 2)
			continue;
		if (*n == cap) {
			entry *grown = realloc(*out, (cap = cap ? 2 * cap : 16) * sizeof **out);
			if (!grown)
				return cinx_error_set(err, CINX_E_NOMEM, "out of memory to prune %s", dir);
			*out = grown;
		}
		/* a snapshot's name is that long exactly (kind_of), with its NUL */
		memcpy((*out)[*n].name, e->d_name, SNAP_NAME_HEX + sizeof SUFFIX);
		(*out)[*n].used = mtime_ns(&sb);
		(*out)[(*n)++].bytes = (uint64_t)sb.st_size;
	}
	return st;
}

cinx_status cinx_snapshot_prune(const char *dir, uint64_t cap, cinx_error *err)
{
	DIR *d = opendir(dir);
	entry *all;
	size_t n;
	uint64_t total;
	cinx_status st;

	if (!d)
		return errno == ENOENT ? CINX_OK
				       : cinx_error_set(err, CINX_E_IO, "cannot read %s: %s", dir, strerror(errno));
	st = list(d, dir, &all, &n, &total, err);
	if (n)
		qsort(all, n, sizeof *all, least_recent_first);
	for (size_t i = 0; !st && i < n && total > cap; i++) {
		st = gone(dirfd(d), dir, all[i].name, err);
		total -= all[i].bytes;
	}
	free(all);
	closedir(d);
	return st;
}
