/* SPDX-License-Identifier: MIT */
/* A large file read by several loaders at once, one part each, on all
 * cores. The parts are cut at line ends; a cut that falls inside a quoted
 * field shows itself, since the part before it then ends inside a field,
 * and the file is read again in one pass. The first part decides what the
 * columns hold before the others start, each part numbers its lines from
 * where it starts in the file, and the parts' rows join in file order: the
 * result, errors included, is the one pass's. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "load_parallel.h"
#include "loader_internal.h"

#define MIN_PART ((off_t)8 << 20)
#define MAX_PARTS 8
#define PIECE ((size_t)1 << 16)

typedef struct part {
	const char *path;
	int fd;
	off_t from, to;           /* the part's bytes */
	unsigned long first_line; /* of its first byte */
	const char *header;       /* the file's header line, fed first */
	size_t header_len;
	const cinx_meta *meta;
	cinx_loader *l;
	const cinx_loader *first; /* the first part's loader, columns decided */
	bool read;                /* every byte of the part was read */
	bool between_rows;        /* ended between two rows */
	atomic_ullong *done;      /* bytes read by every part */
	atomic_int *finished;     /* parts done */
	pthread_t thread;
	bool started;
} part;

/* Feeds l the bytes from *at to to of fd (until its columns are known, if
 * asked), telling tell's progress of every part's bytes when tell is not
 * NULL; false when the file cannot be read. A loader's error stops it too,
 * and stays with the loader. */
static bool feed_range(cinx_loader *l, int fd, off_t *at, off_t to, atomic_ullong *done, bool until_known,
		       const cinx_load_opts *tell, off_t size)
{
	static _Thread_local char buf[PIECE];
	cinx_error err;

	while (*at < to && !(until_known && cinx_loader_columns_known(l))) {
		size_t want = (size_t)(to - *at) < PIECE ? (size_t)(to - *at) : PIECE;
		ssize_t n = pread(fd, buf, want, *at);
		if (n <= 0)
			return false;
		*at += n;
		atomic_fetch_add(done, (unsigned long long)n);
		/* only the first part's thread tells: the callback is not theirs */
		if (tell && tell->progress)
			tell->progress(tell->progress_ctx, atomic_load(done), (unsigned long long)size);
		if (cinx_loader_feed(l, buf, (size_t)n, &err) != CINX_OK)
			break;
	}
	return true;
}

static void *read_part(void *arg)
{
	part *p = arg;
	cinx_error err;
	off_t at = p->from;

	if (cinx_loader_new(p->path, &p->l, &err) == CINX_OK) {
		cinx_loader_set_meta(p->l, p->meta);
		if (cinx_loader_feed(p->l, p->header, p->header_len, &err) == CINX_OK &&
		    cinx_loader_adopt(p->l, p->first)) {
			cinx_loader_start_line(p->l, p->first_line);
			p->read = feed_range(p->l, p->fd, &at, p->to, p->done, false, NULL, 0);
			p->between_rows = cinx_loader_between_rows(p->l);
		}
	}
	atomic_fetch_add(p->finished, 1);
	return NULL;
}

/* The header line, and the cuts: a line end after each part's share, with
 * the line it starts. Files with a CR (line ends counted otherwise) or a
 * quote in the header are read in one pass. */
static bool plan(int fd, off_t size, part *parts, size_t n, char **header)
{
	char *buf = malloc(PIECE);
	unsigned long line = 1;
	off_t at = 0;
	size_t next = 1;
	bool ok = buf != NULL;

	*header = NULL;
	while (ok && next < n) {
		ssize_t got = pread(fd, buf, PIECE, at);
		if (got <= 0 || memchr(buf, '\r', (size_t)got))
			break;
		for (char *nl = buf; ok && next < n && (nl = memchr(nl, '\n', (size_t)(buf + got - nl))); nl++) {
			off_t end = at + (nl - buf) + 1;
			if (line++ == 1) {
				ok = (*header = malloc((size_t)end)) && pread(fd, *header, (size_t)end, 0) == end &&
				     !memchr(*header, '"', (size_t)end);
				parts[0].header_len = (size_t)end;
			} else if (end >= size * (off_t)next / (off_t)n && end < size) {
				parts[next].from = parts[next - 1].to = end;
				parts[next++].first_line = line;
			}
		}
		at += got;
	}
	free(buf);
	parts[n - 1].to = size;
	if (!ok || next < n) {
		free(*header);
		*header = NULL;
		return false;
	}
	return true;
}

static size_t parts_for(off_t size)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	off_t n = size / MIN_PART;

	if (cores > MAX_PARTS)
		cores = MAX_PARTS;
	return n < 2 || cores < 2 ? 1 : (size_t)(n < cores ? n : cores);
}

/* Tells progress every 50 ms until the other parts are done. */
static void wait_parts(part *parts, size_t n, int started, const cinx_load_opts *o, atomic_ullong *done,
		       atomic_int *finished, off_t size)
{
	while (o && o->progress && atomic_load(finished) < started) {
		o->progress(o->progress_ctx, atomic_load(done), (unsigned long long)size);
		nanosleep(&(struct timespec){0, 50 * 1000 * 1000}, NULL);
	}
	for (size_t k = 1; k < n; k++)
		if (parts[k].started)
			pthread_join(parts[k].thread, NULL);
	if (o && o->progress)
		o->progress(o->progress_ctx, (unsigned long long)size, (unsigned long long)size);
}

/* The first part read (the columns decided at its start), the others on
 * threads; false when a part could not start. */
static bool read_parts(const char *path, int fd, part *parts, size_t n, const cinx_load_opts *o, off_t size,
		       cinx_error *err)
{
	atomic_ullong done = 0;
	atomic_int finished = 0;
	int started = 0;
	part *p0 = &parts[0];
	off_t at = 0;

	if (cinx_loader_new(path, &p0->l, err) != CINX_OK)
		return false;
	cinx_loader_set_meta(p0->l, p0->meta);
	p0->read = feed_range(p0->l, fd, &at, p0->to, &done, true, o, size);
	for (size_t k = 1; p0->read && k < n && cinx_loader_columns_known(p0->l); k++) {
		parts[k].done = &done;
		parts[k].finished = &finished;
		parts[k].first = p0->l;
		parts[k].started = pthread_create(&parts[k].thread, NULL, read_part, &parts[k]) == 0;
		started += parts[k].started;
	}
	p0->read = p0->read && feed_range(p0->l, fd, &at, p0->to, &done, false, o, size);
	p0->between_rows = cinx_loader_between_rows(p0->l);
	wait_parts(parts, n, started, o, &done, &finished, size);
	return started == (int)n - 1;
}

/* The first error in file order, or every part's rows in the first's; false
 * when a cut fell inside a field (the part before it ends inside one). An
 * error in a part is the file's first when every part before it ended
 * between rows: its start was a row's. */
static bool join_parts(part *parts, size_t n, cinx_dataset **out, cinx_status *st, cinx_error *err)
{
	cinx_loader *l0 = parts[0].l;

	for (size_t k = 0; k < n; k++) {
		if (!parts[k].l || !parts[k].read)
			return false;
		if (parts[k].l->in.failed) {
			*err = parts[k].l->in.error;
			*st = parts[k].l->in.failed;
			return true;
		}
		if (k + 1 < n && !parts[k].between_rows)
			return false;
	}
	/* the last part may end without a line end: its last row ends here */
	if ((*st = cinx_csv_finish(&parts[n - 1].l->in))) {
		*err = parts[n - 1].l->in.error;
		return true;
	}
	*st = CINX_OK;
	for (size_t k = 1; k < n && !*st; k++)
		*st = cinx_loader_absorb(l0, parts[k].l, err);
	if (!*st)
		*st = cinx_loader_finish(l0, out, err);
	return true;
}

bool cinx_load_parallel(const char *path, const cinx_load_opts *o, const cinx_meta *meta, cinx_dataset **out,
			cinx_status *st, cinx_error *err)
{
	part parts[MAX_PARTS] = {{0}};
	struct stat sb;
	char *header = NULL;
	size_t n;
	bool done = false;
	int fd;

	/* stat before open: opening a pipe to look at it could lose its data */
	if ((o && (o->req || o->tap)) || strcmp(path, "-") == 0 || stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) ||
	    parts_for(sb.st_size) < 2 || (fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)) < 0)
		return false;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || (n = parts_for(sb.st_size)) < 2 ||
	    !plan(fd, sb.st_size, parts, n, &header)) {
		close(fd);
		return false;
	}
	for (size_t k = 0; k < n; k++)
		parts[k] = (part){.path = path, .fd = fd, .from = parts[k].from, .to = parts[k].to,
				  .first_line = parts[k].first_line, .header = header, .header_len = parts[0].header_len,
				  .meta = meta};
	if (read_parts(path, fd, parts, n, o, sb.st_size, err))
		done = join_parts(parts, n, out, st, err);
	for (size_t k = 0; k < n; k++)
		cinx_loader_free(parts[k].l);
	free(header);
	close(fd);
	return done;
}
