/* SPDX-License-Identifier: MIT */
/* SHA-256 of a file's bytes as they stream past, with their count: what the
 * cache records about a copy and checks when it is opened. nettle is opened
 * on the first digest, so a run with no record to check never loads it. */
#ifndef CINX_NET_DIGEST_H
#define CINX_NET_DIGEST_H

#include <nettle/sha2.h>
#include <stddef.h>

#include "cinx/error.h"

typedef struct cinx_digest {
	struct sha256_ctx sha;
	unsigned long long size;
} cinx_digest;

/* Starts d; fails only when nettle cannot be loaded (err names the package). */
CINX_MUST_CHECK cinx_status cinx_digest_init(cinx_digest *d, cinx_error *err);
/* On a started d only. */
void cinx_digest_add(cinx_digest *d, const void *p, size_t n);
/* Finishes d: the SHA-256 as 64 lowercase hex digits and a '\0'. */
void cinx_digest_hex(cinx_digest *d, char out[65]);

#endif
