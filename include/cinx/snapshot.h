/* SPDX-License-Identifier: MIT */
/* Snapshots: what cinx built from a data file, kept in one file of named
 * sections that a reopen maps and uses in place instead of parsing again.
 *
 * A snapshot lives in $XDG_CACHE_HOME/cinx/snapshots/ (default
 * ~/.cache/cinx/snapshots), named by a hash of its source's absolute path.
 * It records its source (path, size, modification time, inode, device and
 * an XXH3-64 hash of the whole content) and is used only while a fresh look
 * at the source finds the same: an edit that keeps the size and the time is
 * still seen. Everything in it is checked before use (magic, format version,
 * byte order, every offset and size, alignment, a checksum of the whole
 * file); anything wrong is a verdict saying why, and the caller parses the
 * source and writes a new snapshot.
 *
 * The file, in the writer's byte order (one machine's cache):
 *
 *   header      magic, byte-order mark, version, the caller's schema, the
 *               source's key, sizes, a checksum of the rest of the file and
 *               one of the header itself
 *   path        the source's absolute path, padded to 8 bytes
 *   table       per section: id, alignment, offset, size
 *   sections    each at an offset that is a multiple of its alignment
 *
 * Flow for a data file (compute the key BEFORE reading the source, so that
 * an edit made while it is parsed makes the snapshot stale, never wrong):
 *
 *   cinx_snapshot_source_of(path, &src)
 *   cinx_snapshot_path_for(&src, snap)
 *   cinx_snapshot_open(snap, &src, SCHEMA, &s) == CINX_SNAPSHOT_OK:
 *       cinx_snapshot_section(s, id, &size)... then cinx_snapshot_close(s)
 *   otherwise parse, then cinx_snapshot_writer_new(&src, SCHEMA, &w),
 *       cinx_snapshot_add(w, id, data, size, align)..., cinx_snapshot_store(w)
 */
#ifndef CINX_SNAPSHOT_H
#define CINX_SNAPSHOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "cinx/error.h"

/* The container's own layout; the sections' layout is the caller's schema. */
#define CINX_SNAPSHOT_VERSION 1u
#define CINX_SNAPSHOT_MAX_SECTIONS 256u
/* Alignments a section may ask for: powers of two in this range (the map
 * starts on a page, so an offset's alignment is the pointer's). */
#define CINX_SNAPSHOT_MIN_ALIGN 8u
#define CINX_SNAPSHOT_MAX_ALIGN 4096u
/* The snapshot folder's size cap unless CINX_SNAPSHOT_MAX_MB says otherwise. */
#define CINX_SNAPSHOT_DEFAULT_MAX_MB 1024u

/* What identifies one version of a source file. */
typedef struct cinx_snapshot_source {
	char path[4096];  /* absolute, symbolic links resolved */
	uint64_t size;
	int64_t mtime_ns; /* modification time, nanoseconds since the epoch */
	uint64_t inode, device;
	uint64_t hash;    /* XXH3-64 of the whole content */
} cinx_snapshot_source;

/* Why a snapshot can or cannot be used. */
typedef enum cinx_snapshot_verdict {
	CINX_SNAPSHOT_OK = 0,
	CINX_SNAPSHOT_MISSING,      /* none written yet */
	CINX_SNAPSHOT_UNSAFE,       /* a symbolic link, not a regular file, or someone else's */
	CINX_SNAPSHOT_UNREADABLE,   /* it could not be opened or mapped */
	CINX_SNAPSHOT_TRUNCATED,    /* shorter than its header says */
	CINX_SNAPSHOT_NOT_SNAPSHOT, /* no snapshot's magic */
	CINX_SNAPSHOT_BYTE_ORDER,   /* written on a machine of the other byte order */
	CINX_SNAPSHOT_OLD_VERSION,  /* another container version or schema */
	CINX_SNAPSHOT_BAD_HEADER,   /* the header's checksum or sizes are wrong */
	CINX_SNAPSHOT_BAD_TABLE,    /* a section outside the file, overlapping, misaligned or twice */
	CINX_SNAPSHOT_BAD_CHECKSUM, /* the bytes after the header are not those written */
	CINX_SNAPSHOT_STALE         /* written from another version of the source */
} cinx_snapshot_verdict;

/* "stale", "truncated"...: a word for logs and tests. */
const char *cinx_snapshot_verdict_name(cinx_snapshot_verdict v);

/* Whether to read and write snapshots for source: never for standard input
 * ("-" or NULL) or anything but a regular file, nor when turned off
 * (--no-snapshot, or no-snapshot = yes in the configuration) or when
 * CINX_SNAPSHOT_MAX_MB is 0. Fails only on a CINX_SNAPSHOT_MAX_MB that is
 * not a whole number (CINX_E_USAGE). */
CINX_MUST_CHECK cinx_status cinx_snapshot_enabled(const char *source, bool turned_off, bool *on, cinx_error *err);
/* The folder's size cap in bytes: CINX_SNAPSHOT_MAX_MB MiB, else the default. */
CINX_MUST_CHECK cinx_status cinx_snapshot_cap(uint64_t *bytes, cinx_error *err);

/* Resolves path and reads the whole file once for its key. Fails when it is
 * not a regular file, cannot be read, or changed while it was read. */
CINX_MUST_CHECK cinx_status cinx_snapshot_source_of(const char *path, cinx_snapshot_source *src, cinx_error *err);

/* The snapshot folder, and the snapshot's path for src in it. */
CINX_MUST_CHECK cinx_status cinx_snapshot_dir(char *buf, size_t cap, cinx_error *err);
CINX_MUST_CHECK cinx_status cinx_snapshot_path_for(const cinx_snapshot_source *src, char *buf, size_t cap,
						   cinx_error *err);

/* ---- reading ---------------------------------------------------------------- */

typedef struct cinx_snapshot cinx_snapshot;

/* Maps the snapshot at path (never through a symbolic link, only a regular
 * file of this user's) and checks all of it against src (just taken with
 * cinx_snapshot_source_of) and schema. CINX_SNAPSHOT_OK gives *out, to
 * close with cinx_snapshot_close, and marks the snapshot used now (pruning
 * drops the least recently used); any other verdict leaves *out NULL and
 * err saying why. The sections are the mapped file itself, valid until the
 * close: cinx never changes a snapshot in place (a write is a new file
 * renamed over it, a prune an unlink), so a mapping stays whole. */
cinx_snapshot_verdict cinx_snapshot_open(const char *path, const cinx_snapshot_source *src, uint32_t schema,
					 cinx_snapshot **out, cinx_error *err);
/* The same checks on a snapshot already in memory at image (aligned to
 * CINX_SNAPSHOT_MAX_ALIGN, kept until the close); src NULL skips the
 * comparison with a source. */
cinx_snapshot_verdict cinx_snapshot_from_image(const void *image, size_t size, const cinx_snapshot_source *src,
					       uint32_t schema, cinx_snapshot **out, cinx_error *err);
void cinx_snapshot_close(cinx_snapshot *s);

/* Section id's bytes (aligned as it was written) and *size, or NULL. */
const void *cinx_snapshot_section(const cinx_snapshot *s, uint32_t id, size_t *size);
/* The sections in the table's order. */
size_t cinx_snapshot_n_sections(const cinx_snapshot *s);
const void *cinx_snapshot_section_at(const cinx_snapshot *s, size_t i, uint32_t *id, size_t *size);

/* ---- writing ---------------------------------------------------------------- */

typedef struct cinx_snapshot_writer cinx_snapshot_writer;

CINX_MUST_CHECK cinx_status cinx_snapshot_writer_new(const cinx_snapshot_source *src, uint32_t schema,
						     cinx_snapshot_writer **out, cinx_error *err);
/* Adds section id (each id once) of size bytes at data, which must stay
 * there until the write; align is a power of two from
 * CINX_SNAPSHOT_MIN_ALIGN to CINX_SNAPSHOT_MAX_ALIGN. */
CINX_MUST_CHECK cinx_status cinx_snapshot_add(cinx_snapshot_writer *w, uint32_t id, const void *data, size_t size,
					      size_t align, cinx_error *err);
/* Writes the snapshot to path atomically: a temporary file in the same
 * folder (mode 0600), flushed to the disk, renamed over path (a symbolic
 * link there is replaced, never followed). */
CINX_MUST_CHECK cinx_status cinx_snapshot_write(cinx_snapshot_writer *w, const char *path, cinx_error *err);
/* Writes it where cinx_snapshot_path_for says, creating the folder (0700),
 * then prunes the folder to cinx_snapshot_cap. */
CINX_MUST_CHECK cinx_status cinx_snapshot_store(cinx_snapshot_writer *w, cinx_error *err);
void cinx_snapshot_writer_free(cinx_snapshot_writer *w);

/* Deletes snapshots in dir, least recently used first, until those left
 * take at most cap bytes, and temporary files a killed writer left behind.
 * Files that are not snapshots are left alone. */
CINX_MUST_CHECK cinx_status cinx_snapshot_prune(const char *dir, uint64_t cap, cinx_error *err);

#endif
