/* SPDX-License-Identifier: MIT */
/* The snapshot file's layout on disk (see cinx/snapshot.h), shared by the
 * reader, the writer and the tests that forge damaged files. */
#ifndef CINX_SNAPSHOT_FORMAT_H
#define CINX_SNAPSHOT_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#define SNAP_MAGIC "CINXSNAP"
/* Reads back as 0x04030201 on a machine of the other byte order. */
#define SNAP_BYTE_ORDER 0x01020304u

typedef struct snap_header {
	char magic[8];
	uint32_t byte_order;
	uint32_t version;      /* CINX_SNAPSHOT_VERSION: the fields below depend on it */
	uint32_t header_size;  /* sizeof(snap_header) */
	uint32_t schema;       /* the caller's layout of the sections */
	uint32_t n_sections;
	uint32_t path_len;     /* the source's path follows the header, without a NUL */
	uint64_t file_size;
	uint64_t table_offset; /* the header and the path, rounded up to 8 */
	uint64_t src_size;
	int64_t src_mtime_ns;
	uint64_t src_inode, src_device, src_hash;
	uint64_t body_hash;    /* XXH3-64 of bytes header_size to file_size */
	uint64_t header_hash;  /* XXH3-64 of the header with this field 0 */
} snap_header;

typedef struct snap_entry {
	uint32_t id;
	uint32_t align;
	uint64_t offset;
	uint64_t size;
} snap_entry;

_Static_assert(sizeof(snap_header) == 104, "the header has no padding");
_Static_assert(sizeof(snap_entry) == 24, "a table entry has no padding");

static inline uint64_t snap_round8(uint64_t n) { return (n + 7) & ~(uint64_t)7; }

/* XXH3-64, whole and streamed (snapshot_hash.c). */
uint64_t snap_hash(const void *data, size_t len);
typedef struct snap_hasher snap_hasher;
snap_hasher *snap_hasher_new(void);
void snap_hasher_add(snap_hasher *h, const void *data, size_t len);
uint64_t snap_hasher_end(snap_hasher *h); /* frees h */

/* A snapshot's file name: 32 hex digits of an XXH3-128 of its source's path. */
#define SNAP_NAME_HEX 32
void snap_hash128_hex(const void *data, size_t len, char out[SNAP_NAME_HEX + 1]);

/* The header's own checksum: its bytes with header_hash taken as 0. */
uint64_t snap_header_hash(const snap_header *h);
/* Recomputes both checksums of a snapshot image in place, so that tests and
 * the fuzzer reach the checks behind them. */
void snap_reseal(void *image, size_t size);

#endif
