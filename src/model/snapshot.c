/* SPDX-License-Identifier: MIT */
/* Reading a snapshot: every byte is checked before a section is handed out,
 * so a damaged, forged or stale file is a verdict, never a crash or a wrong
 * figure. */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cinx/snapshot.h"
#include "snapshot_format.h"

struct cinx_snapshot {
	const unsigned char *base;
	size_t size;
	bool mapped;         /* base is our mapping, to unmap at the close */
	snap_header h;
	snap_entry *table;   /* a copy, checked */
};

const char *cinx_snapshot_verdict_name(cinx_snapshot_verdict v)
{
	static const char *const names[] = {
		[CINX_SNAPSHOT_OK] = "ok", [CINX_SNAPSHOT_MISSING] = "missing", [CINX_SNAPSHOT_UNSAFE] = "unsafe",
		[CINX_SNAPSHOT_UNREADABLE] = "unreadable", [CINX_SNAPSHOT_TRUNCATED] = "truncated",
		[CINX_SNAPSHOT_NOT_SNAPSHOT] = "not a snapshot", [CINX_SNAPSHOT_BYTE_ORDER] = "byte order",
		[CINX_SNAPSHOT_OLD_VERSION] = "old version", [CINX_SNAPSHOT_BAD_HEADER] = "bad header",
		[CINX_SNAPSHOT_BAD_TABLE] = "bad table", [CINX_SNAPSHOT_BAD_CHECKSUM] = "bad checksum",
		[CINX_SNAPSHOT_STALE] = "stale",
	};

	return (unsigned)v < sizeof names / sizeof names[0] ? names[v] : "?";
}

/* Sets err (the message says what is wrong with the file) and returns v. */
static cinx_snapshot_verdict refuse(cinx_error *err, cinx_snapshot_verdict v, const char *why)
{
	cinx_error_set(err, v == CINX_SNAPSHOT_UNREADABLE ? CINX_E_IO : CINX_E_DATA, "snapshot %s: %s",
		       cinx_snapshot_verdict_name(v), why);
	return v;
}

/* The fixed part: magic, byte order, version, header checksum and sizes. */
static cinx_snapshot_verdict check_header(const unsigned char *base, size_t size, uint32_t schema, snap_header *h,
					  cinx_error *err)
{
	uint32_t order, version;

	if (memcmp(base, SNAP_MAGIC, size < 8 ? size : 8) != 0)
		return refuse(err, CINX_SNAPSHOT_NOT_SNAPSHOT, "the file does not start with a snapshot's magic");
	if (size < 16)
		return refuse(err, CINX_SNAPSHOT_TRUNCATED, "the file ends inside its header");
	memcpy(&order, base + 8, 4);
	memcpy(&version, base + 12, 4);
	if (order == __builtin_bswap32(SNAP_BYTE_ORDER))
		return refuse(err, CINX_SNAPSHOT_BYTE_ORDER, "written on a machine of the other byte order");
	if (order != SNAP_BYTE_ORDER)
		return refuse(err, CINX_SNAPSHOT_BAD_HEADER, "the byte-order mark is damaged");
	if (version != CINX_SNAPSHOT_VERSION)
		return refuse(err, CINX_SNAPSHOT_OLD_VERSION, "written in another format version");
	if (size < sizeof *h)
		return refuse(err, CINX_SNAPSHOT_TRUNCATED, "the file ends inside its header");
	memcpy(h, base, sizeof *h);
	if (h->header_hash != snap_header_hash(h) || h->header_size != sizeof *h)
		return refuse(err, CINX_SNAPSHOT_BAD_HEADER, "the header's checksum does not match");
	if (h->file_size > size)
		return refuse(err, CINX_SNAPSHOT_TRUNCATED, "the file is shorter than its header says");
	if (h->file_size < size)
		return refuse(err, CINX_SNAPSHOT_BAD_HEADER, "the file is longer than its header says");
	if (h->schema != schema)
		return refuse(err, CINX_SNAPSHOT_OLD_VERSION, "written by a cinx with another layout of the data");
	if (h->path_len >= sizeof ((cinx_snapshot_source *)0)->path ||
	    h->table_offset != snap_round8((uint64_t)h->header_size + h->path_len) ||
	    h->n_sections > CINX_SNAPSHOT_MAX_SECTIONS ||
	    h->table_offset + (uint64_t)h->n_sections * sizeof(snap_entry) > h->file_size)
		return refuse(err, CINX_SNAPSHOT_BAD_HEADER, "the header's sizes do not fit the file");
	return CINX_SNAPSHOT_OK;
}

static int by_offset(const void *a, const void *b)
{
	const snap_entry *x = *(const snap_entry *const *)a, *y = *(const snap_entry *const *)b;

	return (x->offset > y->offset) - (x->offset < y->offset);
}

/* Every section inside the file after the table, aligned, apart from the
 * others, and each id once. table has h->n_sections entries. */
static cinx_snapshot_verdict check_table(const snap_header *h, const snap_entry *table, cinx_error *err)
{
	const snap_entry *order[CINX_SNAPSHOT_MAX_SECTIONS];
	uint64_t data_start = h->table_offset + (uint64_t)h->n_sections * sizeof(snap_entry);

	for (uint32_t i = 0; i < h->n_sections; i++) {
		const snap_entry *e = &table[i];
		if (e->align < CINX_SNAPSHOT_MIN_ALIGN || e->align > CINX_SNAPSHOT_MAX_ALIGN ||
		    (e->align & (e->align - 1)) || e->offset % e->align)
			return refuse(err, CINX_SNAPSHOT_BAD_TABLE, "a section is not aligned as it must be");
		if (e->offset < data_start || e->offset > h->file_size || e->size > h->file_size - e->offset)
			return refuse(err, CINX_SNAPSHOT_BAD_TABLE, "a section lies outside the file");
		for (uint32_t j = 0; j < i; j++)
			if (table[j].id == e->id)
				return refuse(err, CINX_SNAPSHOT_BAD_TABLE, "a section is listed twice");
		order[i] = e;
	}
	qsort(order, h->n_sections, sizeof order[0], by_offset);
	for (uint32_t i = 1; i < h->n_sections; i++)
		if (order[i - 1]->offset + order[i - 1]->size > order[i]->offset)
			return refuse(err, CINX_SNAPSHOT_BAD_TABLE, "two sections overlap");
	return CINX_SNAPSHOT_OK;
}

static bool same_source(const snap_header *h, const unsigned char *path, const cinx_snapshot_source *src)
{
	return h->path_len == strlen(src->path) && memcmp(path, src->path, h->path_len) == 0 &&
	       h->src_size == src->size && h->src_mtime_ns == src->mtime_ns && h->src_inode == src->inode &&
	       h->src_device == src->device && h->src_hash == src->hash;
}

cinx_snapshot_verdict cinx_snapshot_from_image(const void *image, size_t size, const cinx_snapshot_source *src,
					       uint32_t schema, cinx_snapshot **out, cinx_error *err)
{
	const unsigned char *base = image;
	cinx_snapshot *s;
	cinx_snapshot_verdict v;
	snap_header h;

	*out = NULL;
	if ((uintptr_t)image % CINX_SNAPSHOT_MAX_ALIGN)
		return refuse(err, CINX_SNAPSHOT_UNREADABLE, "the image is not aligned to a page");
	if ((v = check_header(base, size, schema, &h, err)))
		return v;
	if (!(s = calloc(1, sizeof *s)) ||
	    (h.n_sections && !(s->table = malloc(h.n_sections * sizeof(snap_entry))))) {
		free(s);
		return refuse(err, CINX_SNAPSHOT_UNREADABLE, "out of memory");
	}
	if (h.n_sections)
		memcpy(s->table, base + h.table_offset, h.n_sections * sizeof(snap_entry));
	if (!(v = check_table(&h, s->table, err)) && snap_hash(base + h.header_size, size - h.header_size) != h.body_hash)
		v = refuse(err, CINX_SNAPSHOT_BAD_CHECKSUM, "its bytes are not those that were written");
	if (!v && src && !same_source(&h, base + h.header_size, src))
		v = refuse(err, CINX_SNAPSHOT_STALE, "its source has changed since it was written");
	if (v) {
		free(s->table);
		free(s);
		return v;
	}
	s->base = base;
	s->size = size;
	s->h = h;
	*out = s;
	return CINX_SNAPSHOT_OK;
}

cinx_snapshot_verdict cinx_snapshot_open(const char *path, const cinx_snapshot_source *src, uint32_t schema,
					 cinx_snapshot **out, cinx_error *err)
{
	/* non-blocking: a FIFO planted there must not hang the open */
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	void *map;
	cinx_snapshot_verdict v;

	*out = NULL;
	if (fd < 0)
		return errno == ENOENT ? refuse(err, CINX_SNAPSHOT_MISSING, "none has been written yet")
		       : errno == ELOOP ? refuse(err, CINX_SNAPSHOT_UNSAFE, "it is a symbolic link")
					: refuse(err, CINX_SNAPSHOT_UNREADABLE, strerror(errno));
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
		close(fd);
		return refuse(err, CINX_SNAPSHOT_UNSAFE, "it is not a regular file of this user's");
	}
	if (st.st_size == 0) {
		close(fd);
		return refuse(err, CINX_SNAPSHOT_TRUNCATED, "the file is empty");
	}
	/* every page is read for the checksum anyway */
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
	if (map == MAP_FAILED) {
		v = refuse(err, CINX_SNAPSHOT_UNREADABLE, strerror(errno));
		close(fd);
		return v;
	}
	if ((v = cinx_snapshot_from_image(map, (size_t)st.st_size, src, schema, out, err)))
		munmap(map, (size_t)st.st_size);
	else
		(*out)->mapped = true;
	/* its modification time is its last use, which pruning goes by */
	if (!v)
		futimens(fd, NULL);
	close(fd);
	return v;
}

void cinx_snapshot_close(cinx_snapshot *s)
{
	if (!s)
		return;
	if (s->mapped)
		munmap((void *)s->base, s->size);
	free(s->table);
	free(s);
}

size_t cinx_snapshot_n_sections(const cinx_snapshot *s) { return s->h.n_sections; }

const void *cinx_snapshot_section_at(const cinx_snapshot *s, size_t i, uint32_t *id, size_t *size)
{
	if (i >= s->h.n_sections)
		return NULL;
	if (id)
		*id = s->table[i].id;
	if (size)
		*size = (size_t)s->table[i].size;
	return s->base + s->table[i].offset;
}

const void *cinx_snapshot_section(const cinx_snapshot *s, uint32_t id, size_t *size)
{
	for (size_t i = 0; i < s->h.n_sections; i++)
		if (s->table[i].id == id)
			return cinx_snapshot_section_at(s, i, NULL, size);
	return NULL;
}
