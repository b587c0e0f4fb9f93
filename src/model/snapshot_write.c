/* SPDX-License-Identifier: MIT */
/* Writing a snapshot: the layout is worked out once, streamed through the
 * checksum, then streamed to a temporary file that is renamed into place. */
#include <config.h>

#include <errno.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cinx/files.h"
#include "cinx/snapshot.h"
#include "snapshot_format.h"

typedef struct section {
	const void *data;
	snap_entry e;
} section;

struct cinx_snapshot_writer {
	cinx_snapshot_source src;
	uint32_t schema;
	section sections[CINX_SNAPSHOT_MAX_SECTIONS];
	uint32_t n;
};

cinx_status cinx_snapshot_writer_new(const cinx_snapshot_source *src, uint32_t schema, cinx_snapshot_writer **out,
				     cinx_error *err)
{
	if (!(*out = calloc(1, sizeof **out)))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory for a snapshot");
	(*out)->src = *src;
	(*out)->schema = schema;
	return CINX_OK;
}

void cinx_snapshot_writer_free(cinx_snapshot_writer *w) { free(w); }

cinx_status cinx_snapshot_add(cinx_snapshot_writer *w, uint32_t id, const void *data, size_t size, size_t align,
			      cinx_error *err)
{
	if (align < CINX_SNAPSHOT_MIN_ALIGN || align > CINX_SNAPSHOT_MAX_ALIGN || (align & (align - 1)))
		return cinx_error_set(err, CINX_E_USAGE, "snapshot section %u: alignment %zu is not a power of two "
				      "from %u to %u", id, align, CINX_SNAPSHOT_MIN_ALIGN, CINX_SNAPSHOT_MAX_ALIGN);
	if (w->n == CINX_SNAPSHOT_MAX_SECTIONS)
		return cinx_error_set(err, CINX_E_USAGE, "a snapshot holds at most %u sections",
				      CINX_SNAPSHOT_MAX_SECTIONS);
	for (uint32_t i = 0; i < w->n; i++)
		if (w->sections[i].e.id == id)
			return cinx_error_set(err, CINX_E_USAGE, "snapshot section %u added twice", id);
	w->sections[w->n++] = (section){data, {id, (uint32_t)align, 0, size}};
	return CINX_OK;
}

/* Where every section goes, and the header but for its checksums. */
static cinx_status lay_out(cinx_snapshot_writer *w, snap_header *h, cinx_error *err)
{
	uint64_t end;

	memset(h, 0, sizeof *h);
	memcpy(h->magic, SNAP_MAGIC, 8);
	h->byte_order = SNAP_BYTE_ORDER;
	h->version = CINX_SNAPSHOT_VERSION;
	h->header_size = sizeof *h;
	h->schema = w->schema;
	h->n_sections = w->n;
	h->path_len = (uint32_t)strlen(w->src.path);
	h->table_offset = snap_round8(sizeof *h + h->path_len);
	h->src_size = w->src.size;
	h->src_mtime_ns = w->src.mtime_ns;
	h->src_inode = w->src.inode;
	h->src_device = w->src.device;
	h->src_hash = w->src.hash;
	end = h->table_offset + (uint64_t)w->n * sizeof(snap_entry);
	for (uint32_t i = 0; i < w->n; i++) {
		snap_entry *e = &w->sections[i].e;
		e->offset = (end + e->align - 1) & ~(uint64_t)(e->align - 1);
		if (e->size > UINT64_MAX / 2 - e->offset)
			return cinx_error_set(err, CINX_E_NOMEM, "a snapshot section is too large");
		end = e->offset + e->size;
	}
	h->file_size = end;
	return CINX_OK;
}

/* Where the bytes after the header go: the checksum, then the file. */
typedef struct sink {
	snap_hasher *hash;
	int fd;
	uint64_t at;
	bool failed;
} sink;

static void put(sink *k, const void *data, size_t len)
{
	const char *p = data;

	k->at += len;
	if (k->hash) {
		snap_hasher_add(k->hash, data, len);
		return;
	}
	while (len && !k->failed) {
		ssize_t n = write(k->fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		k->failed = n <= 0;
		p += n > 0 ? n : 0;
		len -= n > 0 ? (size_t)n : len;
	}
}

static void pad_to(sink *k, uint64_t offset)
{
	static const char zeros[CINX_SNAPSHOT_MAX_ALIGN];

	put(k, zeros, (size_t)(offset - k->at));
}

static void put_body(const cinx_snapshot_writer *w, const snap_header *h, sink *k)
{
	put(k, w->src.path, h->path_len);
	pad_to(k, h->table_offset);
	for (uint32_t i = 0; i < w->n; i++)
		put(k, &w->sections[i].e, sizeof(snap_entry));
	for (uint32_t i = 0; i < w->n; i++) {
		pad_to(k, w->sections[i].e.offset);
		put(k, w->sections[i].data, (size_t)w->sections[i].e.size);
	}
}

cinx_status cinx_snapshot_write(cinx_snapshot_writer *w, const char *path, cinx_error *err)
{
	snap_header h;
	sink k = {.at = sizeof h, .fd = -1};
	char tmp[4200];
	cinx_status st;

	if ((st = lay_out(w, &h, err)))
		return st;
	if (!(k.hash = snap_hasher_new()))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory for a snapshot");
	put_body(w, &h, &k);
	h.body_hash = snap_hasher_end(k.hash);
	h.header_hash = snap_header_hash(&h);
	if ((st = cinx_temp_beside(path, 0600, tmp, sizeof tmp, &k.fd, err)))
		return st;
	/* the header goes first with the whole file's size: a file cut short by
	 * a kill is refused as truncated even where it could be renamed */
	k.hash = NULL;
	k.at = 0;
	put(&k, &h, sizeof h);
	put_body(w, &h, &k);
	if (k.failed) {
		int e = errno;
		close(k.fd);
		unlink(tmp);
		return cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp, strerror(e));
	}
	return cinx_install_temp(k.fd, tmp, path, err);
}

/* The folder exists, is a folder (not a link to one) and is this user's. */
static cinx_status own_dir(const char *dir, cinx_error *err)
{
	struct stat sb;
	cinx_status st = cinx_make_dirs(dir, 0700, false, err);

	if (st)
		return st;
	if (lstat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode) || sb.st_uid != geteuid())
		return cinx_error_set(err, CINX_E_IO, "%s is not a folder of this user's; remove it to keep "
				      "snapshots there", dir);
	return CINX_OK;
}

cinx_status cinx_snapshot_store(cinx_snapshot_writer *w, cinx_error *err)
{
	char dir[4096], path[4200];
	uint64_t cap;
	snap_header h;
	cinx_status st;

	if ((st = cinx_snapshot_cap(&cap, err)) || (st = cinx_snapshot_dir(dir, sizeof dir, err)) ||
	    (st = own_dir(dir, err)) || (st = cinx_snapshot_path_for(&w->src, path, sizeof path, err)))
		return st;
	/* one that the cap would delete at once is not worth writing */
	if (lay_out(w, &h, err) == CINX_OK && h.file_size > cap)
		return CINX_OK;
	if ((st = cinx_snapshot_write(w, path, err)))
		return st;
	return cinx_snapshot_prune(dir, cap, err);
}
