/* SPDX-License-Identifier: MIT */
/* XXH3 compiled in from libxxhash's header: no shared library to load at
 * start-up for the one hash a reopen needs. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "snapshot_format.h"

struct snap_hasher {
	XXH3_state_t state;
};

uint64_t snap_hash(const void *data, size_t len) { return XXH3_64bits(data, len); }

void snap_hash128_hex(const void *data, size_t len, char out[SNAP_NAME_HEX + 1])
{
	XXH128_hash_t h = XXH3_128bits(data, len);

	snprintf(out, SNAP_NAME_HEX + 1, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

snap_hasher *snap_hasher_new(void)
{
	/* the state wants 64-byte alignment, and its size is a multiple of it */
	snap_hasher *h = aligned_alloc(64, sizeof *h);

	if (h)
		XXH3_64bits_reset(&h->state);
	return h;
}

void snap_hasher_add(snap_hasher *h, const void *data, size_t len) { XXH3_64bits_update(&h->state, data, len); }

uint64_t snap_hasher_end(snap_hasher *h)
{
	uint64_t v = XXH3_64bits_digest(&h->state);

	free(h);
	return v;
}

uint64_t snap_header_hash(const snap_header *h)
{
	snap_header copy;

	memcpy(&copy, h, sizeof copy);
	copy.header_hash = 0;
	return snap_hash(&copy, sizeof copy);
}

void snap_reseal(void *image, size_t size)
{
	snap_header h;

	if (size < sizeof h)
		return;
	memcpy(&h, image, sizeof h);
	h.body_hash = snap_hash((const char *)image + sizeof h, size - sizeof h);
	h.header_hash = snap_header_hash(&h);
	memcpy(image, &h, sizeof h);
}
