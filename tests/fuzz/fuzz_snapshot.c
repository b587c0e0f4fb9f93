/* SPDX-License-Identifier: MIT */
/* libFuzzer harness for the snapshot reader. The first byte of an input
 * says how to take the rest: bit 0 recomputes both checksums (so mutations
 * reach the checks of the table and the source behind them), bit 1 compares
 * with the source the header names (so a match is possible) instead of
 * none, bit 2 expects the schema the header names. A refused image must
 * leave no snapshot and a one-line printable message; an accepted one must
 * hand out only sections inside the image, aligned, apart from each other,
 * each found again by its id, and every byte of them is read. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/snapshot.h"
#include "fuzz_common.h"
#include "model/snapshot_format.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The source the header names, or an empty one when there is no header. */
static void source_in(const unsigned char *img, size_t size, cinx_snapshot_source *src)
{
	snap_header h;

	memset(src, 0, sizeof *src);
	if (size < sizeof h)
		return;
	memcpy(&h, img, sizeof h);
	if (h.path_len < sizeof src->path && sizeof h + (size_t)h.path_len <= size)
		memcpy(src->path, img + sizeof h, h.path_len);
	src->size = h.src_size;
	src->mtime_ns = h.src_mtime_ns;
	src->inode = h.src_inode;
	src->device = h.src_device;
	src->hash = h.src_hash;
}

static void check_sections(const cinx_snapshot *s, const unsigned char *img, size_t size)
{
	size_t n = cinx_snapshot_n_sections(s);
	volatile unsigned sum = 0;

	if (n > CINX_SNAPSHOT_MAX_SECTIONS)
		abort();
	for (size_t i = 0; i < n; i++) {
		uint32_t id;
		size_t len, again;
		const unsigned char *p = cinx_snapshot_section_at(s, i, &id, &len);
		if (!p || p < img || len > size || (size_t)(p - img) > size - len || (uintptr_t)p % 8 ||
		    cinx_snapshot_section(s, id, &again) != p || again != len)
			abort();
		for (size_t j = 0; j < i; j++) {
			size_t other;
			const unsigned char *q = cinx_snapshot_section_at(s, j, NULL, &other);
			if (len && other && p < q + other && q < p + len)
				abort();
		}
		for (size_t k = 0; k < len; k++)
			sum += p[k];
	}
	(void)sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cinx_snapshot_source src;
	cinx_snapshot *s = NULL;
	cinx_error err = {0};
	cinx_snapshot_verdict v;
	unsigned char *img;
	uint32_t schema = 1;
	uint8_t mode;

	if (size < 1)
		return 0;
	mode = data[0];
	data++;
	size--;
	/* the reader wants a page-aligned image, as a mapping is */
	img = aligned_alloc(CINX_SNAPSHOT_MAX_ALIGN, (size / CINX_SNAPSHOT_MAX_ALIGN + 1) * CINX_SNAPSHOT_MAX_ALIGN);
	if (!img)
		return 0;
	memcpy(img, data, size);
	if (mode & 1)
		snap_reseal(img, size);
	source_in(img, size, &src);
	if ((mode & 4) && size >= sizeof(snap_header))
		memcpy(&schema, img + offsetof(snap_header, schema), sizeof schema);
	v = cinx_snapshot_from_image(img, size, mode & 2 ? &src : NULL, schema, &s, &err);
	if (v == CINX_SNAPSHOT_OK) {
		if (!s)
			abort();
		check_sections(s, img, size);
		cinx_snapshot_close(s);
	} else {
		if (s || !err.message[0] || strchr(err.message, '\n') ||
		    strcmp(cinx_snapshot_verdict_name(v), "?") == 0)
			abort();
		check_printable("error", err.message, strlen(err.message));
	}
	free(img);
	return 0;
}
