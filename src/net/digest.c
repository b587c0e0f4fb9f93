/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>

#include "digest.h"
#include "dynlib.h"

typedef struct sha256_lib {
	void (*init)(struct sha256_ctx *ctx);
	void (*update)(struct sha256_ctx *ctx, size_t length, const uint8_t *data);
	void (*digest)(struct sha256_ctx *ctx, size_t length, uint8_t *digest);
} sha256_lib;

static sha256_lib lib;

cinx_status cinx_digest_init(cinx_digest *d, cinx_error *err)
{
	/* nettle's exported names; its header maps sha256_init to them */
	static const cinx_dynsym syms[] = {
		{"nettle_sha256_init", offsetof(sha256_lib, init)},
		{"nettle_sha256_update", offsetof(sha256_lib, update)},
		{"nettle_sha256_digest", offsetof(sha256_lib, digest)},
	};
	/* the SONAME of the nettle the headers came from */
	static cinx_dynlib nettle = {
		.soname = "libnettle.so.8",
		.package = "libnettle8",
		.purpose = "to check a copy against its download record (SHA-256)",
		.syms = syms,
		.n_syms = sizeof syms / sizeof syms[0]
	};
	cinx_status st = cinx_dynlib_load(&nettle, &lib, CINX_E_UNAVAILABLE, err);

	if (st)
		return st;
	lib.init(&d->sha);
	d->size = 0;
	return CINX_OK;
}

void cinx_digest_add(cinx_digest *d, const void *p, size_t n)
{
	lib.update(&d->sha, n, p);
	d->size += n;
}

void cinx_digest_hex(cinx_digest *d, char out[65])
{
	uint8_t sum[SHA256_DIGEST_SIZE];

	lib.digest(&d->sha, sizeof sum, sum);
	for (size_t i = 0; i < sizeof sum; i++)
		snprintf(out + 2 * i, 3, "%02x", sum[i]);
}
