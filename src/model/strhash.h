/* SPDX-License-Identifier: MIT */
/* FNV-1a over a string's bytes: the one hash of the model's open-addressed
 * tables (areas, text values, a snapshot's strings). Not for files: they
 * have XXH3 (cinx/snapshot.h). */
#ifndef CINX_STRHASH_H
#define CINX_STRHASH_H

#include <stddef.h>
#include <stdint.h>

static inline uint64_t cinx_strhash(const char *s, size_t len, uint64_t seed)
{
	uint64_t h = 1469598103934665603ULL ^ seed;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

#endif
