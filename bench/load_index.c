/* SPDX-License-Identifier: MIT */
/* Load-and-index benchmark: reads a file into memory once, then loads it
 * N times and prints the median, spread and throughput, and the peak
 * resident memory of one load. Prints numbers; asserts nothing. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include <csv.h>

#include "cinx/dataset.h"
#include "bench_time.h"

static long peak_rss_kib(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

static void on_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	++*(size_t *)data;
}

/* libcsv alone with empty callbacks: the floor for any libcsv loader. */
static double parse_only_ms(const char *buf, size_t len)
{
	struct csv_parser p;
	size_t fields = 0;
	double t0 = now_ms();

	csv_init(&p, CSV_STRICT | CSV_APPEND_NULL);
	csv_parse(&p, buf, len, on_field, NULL, &fields);
	csv_fini(&p, on_field, NULL, &fields);
	csv_free(&p);
	return now_ms() - t0;
}

int main(int argc, char **argv)
{
	int runs = argc > 2 ? atoi(argv[2]) : 50;
	FILE *f;
	char *buf;
	long len;
	double *t;
	cinx_error err;

	if (argc < 2 || runs < 1) {
		fprintf(stderr, "usage: load_index FILE [RUNS]\n");
		return 2;
	}
	if (!(f = fopen(argv[1], "rb"))) {
		perror(argv[1]);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	rewind(f);
	buf = malloc((size_t)len + 1);
	t = malloc((size_t)runs * sizeof *t);
	if (!buf || !t || fread(buf, 1, (size_t)len, f) != (size_t)len) {
		fprintf(stderr, "cannot read %s\n", argv[1]);
		return 1;
	}
	fclose(f);

	long rss_before = peak_rss_kib();
	for (int i = 0; i < runs; i++) {
		cinx_dataset *ds;
		double t0 = now_ms();
		if (cinx_dataset_load_memory(argv[1], buf, (size_t)len, &ds, &err)) {
			fprintf(stderr, "%s\n", err.message);
			return 65;
		}
		t[i] = now_ms() - t0;
		if (i == 0)
			printf("rows            %zu\n", cinx_dataset_n_rows(ds));
		cinx_dataset_free(ds);
	}
	long rss_after = peak_rss_kib();
	double *p = malloc((size_t)runs * sizeof *p);
	for (int i = 0; p && i < runs; i++)
		p[i] = parse_only_ms(buf, (size_t)len);
	if (p) {
		qsort(p, (size_t)runs, sizeof *p, cmp_double);
		printf("libcsv alone ms median %.3f (%.1f MB/s)\n", p[runs / 2], len / 1e6 / (p[runs / 2] / 1e3));
		free(p);
	}
	qsort(t, (size_t)runs, sizeof *t, cmp_double);
	double med = t[runs / 2];
	printf("file bytes      %ld\n", len);
	printf("runs            %d\n", runs);
	printf("load+index ms   median %.3f  min %.3f  p90 %.3f  max %.3f\n", med, t[0],
	       t[(runs * 9) / 10 < runs ? (runs * 9) / 10 : runs - 1], t[runs - 1]);
	printf("throughput      %.1f MB/s (median)\n", len / 1e6 / (med / 1e3));
	printf("peak RSS KiB    %ld (process, including the file buffer of %ld KiB); load added %ld KiB\n",
	       rss_after, (len + 1023) / 1024, rss_after - rss_before);
	free(buf);
	free(t);
	return 0;
}
