/* SPDX-License-Identifier: MIT */
/* What checking a snapshot against its source costs on every open: the
 * source's key (stat and an XXH3-64 of every byte, read from the page
 * cache), the hash alone over the bytes in memory, and opening a snapshot
 * as large as the file (map, check, checksum; written to $TMPDIR). Usage:
 * snapshot_key FILE [RUNS]. Prints medians; asserts nothing. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "cinx/snapshot.h"
#include "model/snapshot_format.h"
#include "bench_time.h"

int main(int argc, char **argv)
{
	int runs = argc > 2 ? atoi(argv[2]) : 21;
	double *key_ms, *hash_ms, *open_ms;
	char snap[4096];
	cinx_snapshot_writer *w;
	cinx_snapshot_source src;
	cinx_error err;
	volatile uint64_t sink = 0;
	char *bytes;
	FILE *f;

	if (argc < 2 || runs < 1) {
		fprintf(stderr, "usage: snapshot_key FILE [RUNS]\n");
		return 2;
	}
	if (cinx_snapshot_source_of(argv[1], &src, &err)) {
		fprintf(stderr, "snapshot_key: %s\n", err.message);
		return 1;
	}
	key_ms = calloc((size_t)runs, sizeof *key_ms);
	hash_ms = calloc((size_t)runs, sizeof *hash_ms);
	open_ms = calloc((size_t)runs, sizeof *open_ms);
	bytes = malloc(src.size + 1);
	if (!key_ms || !hash_ms || !open_ms || !bytes || !(f = fopen(argv[1], "rb")) || fread(bytes, 1, src.size, f) != src.size)
		return 1;
	fclose(f);
	snprintf(snap, sizeof snap, "%s/cinx-bench-%d.snap", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp", (int)getpid());
	if (cinx_snapshot_writer_new(&src, 1, &w, &err) || cinx_snapshot_add(w, 1, bytes, src.size, 8, &err) ||
	    cinx_snapshot_write(w, snap, &err)) {
		fprintf(stderr, "snapshot_key: %s\n", err.message);
		return 1;
	}
	cinx_snapshot_writer_free(w);
	for (int i = 0; i < runs; i++) {
		double t0 = now_ms();
		if (cinx_snapshot_source_of(argv[1], &src, &err))
			return 1;
		double t1 = now_ms();
		sink ^= snap_hash(bytes, src.size);
		double t2 = now_ms();
		cinx_snapshot *s;
		if (cinx_snapshot_open(snap, &src, 1, &s, &err))
			return 1;
		cinx_snapshot_close(s);
		open_ms[i] = now_ms() - t2;
		hash_ms[i] = t2 - t1;
		key_ms[i] = t1 - t0;
	}
	unlink(snap);
	qsort(key_ms, (size_t)runs, sizeof *key_ms, cmp_double);
	qsort(hash_ms, (size_t)runs, sizeof *hash_ms, cmp_double);
	qsort(open_ms, (size_t)runs, sizeof *open_ms, cmp_double);
	printf("%s: %llu bytes, %d runs\n", argv[1], (unsigned long long)src.size, runs);
	printf("  source key (stat, read, XXH3): median %.3f ms, min %.3f ms, %.2f GB/s\n", key_ms[runs / 2], key_ms[0],
	       src.size / (key_ms[runs / 2] * 1e6));
	printf("  XXH3 in memory:                median %.3f ms, min %.3f ms, %.2f GB/s\n", hash_ms[runs / 2],
	       hash_ms[0], src.size / (hash_ms[runs / 2] * 1e6));
	printf("  open a snapshot that size:     median %.3f ms, min %.3f ms\n", open_ms[runs / 2], open_ms[0]);
	free(bytes);
	free(open_ms);
	free(key_ms);
	free(hash_ms);
	return (int)(sink & 0);
}
