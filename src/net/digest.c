/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>

#include "digest.h"

void cinx_digest_init(cinx_digest *d)
{
	sha256_init(&d->sha);
	d->size = 0;
}

void cinx_digest_add(cinx_digest *d, const void *p, size_t n)
{
	sha256_update(&d->sha, n, p);
	d->size += n;
}

void cinx_digest_hex(cinx_digest *d, char out[65])
{
	uint8_t sum[SHA256_DIGEST_SIZE];

	sha256_digest(&d->sha, sizeof sum, sum);
	for (size_t i = 0; i < sizeof sum; i++)
		snprintf(out + 2 * i, 3, "%02x", sum[i]);
}
