/* SPDX-License-Identifier: MIT */
/* Times loading one file: parsing (feeding the loader), indexing (finishing
 * it), and the peak resident memory of the whole run. Prints one line of
 * name=value pairs for bench/scaling.
 *
 * Usage: bench_load FILE */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "cinx/dataset.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	static char buf[1 << 16];
	cinx_loader *l;
	cinx_dataset *ds = NULL;
	cinx_error err;
	cinx_status st;
	struct rusage ru;
	size_t n, bytes = 0;
	FILE *f;

	if (argc != 2) {
		fputs("usage: bench_load FILE\n", stderr);
		return 2;
	}
	if (!(f = fopen(argv[1], "rb"))) {
		perror(argv[1]);
		return 66;
	}
	double t0 = now();
	st = cinx_loader_new(argv[1], &l, &err);
	while (!st && (n = fread(buf, 1, sizeof buf, f)) > 0) {
		bytes += n;
		st = cinx_loader_feed(l, buf, n, &err);
	}
	double t1 = now();
	if (!st)
		st = cinx_loader_finish(l, &ds, &err);
	double t2 = now();
	fclose(f);
	if (l)
		cinx_loader_free(l);
	if (st) {
		fprintf(stderr, "bench_load: %s\n", err.message);
		return 65;
	}
	getrusage(RUSAGE_SELF, &ru);
	size_t rows = cinx_dataset_n_rows(ds);
	double rss = (double)ru.ru_maxrss * 1024.0;
	printf("bytes=%zu rows=%zu areas=%zu years=%zu indicators=%zu parse_s=%.3f index_s=%.3f "
	       "load_mb_s=%.1f load_ns_per_row=%.0f peak_rss_mb=%.1f rss_per_file_byte=%.2f\n",
	       bytes, rows, cinx_dataset_n_areas(ds), cinx_dataset_n_years(ds),
	       cinx_dataset_n_indicators(ds), t1 - t0, t2 - t1, (double)bytes / 1e6 / (t2 - t0),
	       (t2 - t0) * 1e9 / (double)(rows ? rows : 1), rss / 1e6, rss / (double)(bytes ? bytes : 1));
	cinx_dataset_free(ds);
	return 0;
}
