/* SPDX-License-Identifier: MIT */
/* libFuzzer harness for the loader. Each input is loaded twice, once whole
 * and once fed in pieces whose sizes follow from the input, and the two
 * results must agree exactly. A loaded dataset is then printed through every
 * view and format, and neither the output nor any message may carry a
 * control character a terminal would act on. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/dataset.h"
#include "cinx/rank.h"
#include "cinx/report.h"
#include "cinx/queries.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint64_t hash_input(const uint8_t *data, size_t size)
{
	uint64_t h = 1469598103934665603ULL;

	for (size_t i = 0; i < size; i++)
		h = (h ^ data[i]) * 1099511628211ULL;
	return h | 1;
}

static cinx_status load_chunked(const uint8_t *data, size_t size, cinx_dataset **out, cinx_error *err)
{
	cinx_loader *l;
	cinx_status st = cinx_loader_new("fuzz.csv", &l, err);
	uint64_t x = hash_input(data, size);
	size_t at = 0;

	*out = NULL;
	if (st)
		return st;
	while (!st && at <= size) {
		/* xorshift: mostly short pieces, some empty, some long */
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		size_t n = (x >> 8) % 8 == 0 ? (size_t)(x >> 16) % 512 : (size_t)(x >> 16) % 5;
		if (n > size - at)
			n = size - at;
		st = cinx_loader_feed(l, data + at, n, err);
		if (at == size)
			break;
		at += n;
	}
	if (!st)
		st = cinx_loader_finish(l, out, err);
	cinx_loader_free(l);
	return st;
}

static bool same_value(cinx_value a, cinx_value b)
{
	return a.kind == b.kind && (a.kind != CINX_NUM || memcmp(&a.num, &b.num, sizeof a.num) == 0);
}

static void compare(const cinx_dataset *a, const cinx_dataset *b)
{
	if (cinx_dataset_n_rows(a) != cinx_dataset_n_rows(b) ||
	    cinx_dataset_n_areas(a) != cinx_dataset_n_areas(b) ||
	    cinx_dataset_n_years(a) != cinx_dataset_n_years(b) ||
	    cinx_dataset_n_indicators(a) != cinx_dataset_n_indicators(b) ||
	    cinx_dataset_n_warnings(a) != cinx_dataset_n_warnings(b))
		abort();
	for (size_t i = 0; i < cinx_dataset_n_warnings(a); i++)
		if (strcmp(cinx_dataset_warning(a, i), cinx_dataset_warning(b, i)) != 0)
			abort();
	for (size_t ar = 0; ar < cinx_dataset_n_areas(a); ar++) {
		if (strcmp(cinx_dataset_area(a, (int)ar)->name, cinx_dataset_area(b, (int)ar)->name) != 0)
			abort();
		for (size_t y = 0; y < cinx_dataset_n_years(a); y++)
			for (size_t i = 0; i < cinx_dataset_n_indicators(a); i++)
				if (!same_value(cinx_dataset_value(a, (int)ar, y, i),
						cinx_dataset_value(b, (int)ar, y, i)))
					abort();
	}
}

static void print(cinx_status st, cinx_report *r, cinx_format f, int flags)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out;
	cinx_error err;

	if (st)
		return;
	out = open_memstream(&buf, &len);
	if (!out)
		abort();
	cinx_report_write(r, f, flags, out, &err);
	fclose(out);
	check_printable("report", buf, len);
	free(buf);
	cinx_report_free(r);
}

/* Ranks for a whole table must be those of one area at a time. */
static void check_ranks(const cinx_dataset *ds)
{
	size_t n_areas = cinx_dataset_n_areas(ds);
	size_t ny = cinx_dataset_n_years(ds), ni = cinx_dataset_n_indicators(ds);
	cinx_rank *all = malloc((n_areas + 1) * sizeof *all);

	if (!all)
		abort();
	/* first and last year and indicator: each check is quadratic in areas */
	for (size_t y = 0; y < ny; y += ny > 1 ? ny - 1 : 1)
		for (size_t i = 0; i < ni; i += ni > 1 ? ni - 1 : 1) {
			if (!cinx_rank_la_all(ds, y, i, all))
				abort();
			for (size_t a = 0; a < n_areas; a++) {
				cinx_rank one = cinx_rank_la(ds, (int)a, y, i);
				if (one.rank != all[a].rank || one.of != all[a].of)
					abort();
			}
		}
	free(all);
}

static void exercise(const cinx_dataset *ds)
{
	size_t n_areas = cinx_dataset_n_areas(ds);
	int areas[3];
	size_t n = 0;

	for (size_t i = 0; i < cinx_dataset_n_warnings(ds); i++)
		check_printable("warning", cinx_dataset_warning(ds, i), strlen(cinx_dataset_warning(ds, i)));
	check_ranks(ds);
	for (size_t i = 0; i < n_areas && n < 3; i += 1 + n_areas / 3)
		areas[n++] = (int)i;
	for (int f = CINX_FORMAT_TEXT; f <= CINX_FORMAT_MARKDOWN; f++) {
		cinx_query_opts o;
		cinx_report *r = NULL;
		cinx_error err;

		cinx_query_opts_init(&o);
		o.format = (cinx_format)f;
		o.sort = f % 3 - 1;
		print(cinx_query_overview(ds, &o, &r, &err), r, o.format, f & 1);
		for (int level = 0; level < CINX_LEVEL_COUNT; level++) {
			o.level = level;
			print(cinx_query_table(ds, &o, &r, &err), r, o.format, 0);
		}
		o.level = -1;
		o.metric = (int)(cinx_dataset_n_indicators(ds) - 1);
		print(cinx_query_trend(ds, areas, n, &o, &r, &err), r, o.format, CINX_REPORT_ASCII);
		for (size_t k = 0; k < n; k++)
			print(cinx_query_show(ds, areas[k], &o, &r, &err), r, o.format, 0);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cinx_dataset *whole = NULL, *pieces = NULL;
	cinx_error e1, e2;
	cinx_status s1, s2;

	s1 = cinx_dataset_load_memory("fuzz.csv", data, size, &whole, &e1);
	s2 = load_chunked(data, size, &pieces, &e2);
	if (s1 != s2 || (s1 && strcmp(e1.message, e2.message) != 0)) {
		fprintf(stderr, "whole: %d %s\npieces: %d %s\n", s1, s1 ? e1.message : "",
			s2, s2 ? e2.message : "");
		abort();
	}
	if (s1) {
		check_printable("error", e1.message, strlen(e1.message));
	} else {
		compare(whole, pieces);
		exercise(whole);
	}
	cinx_dataset_free(whole);
	cinx_dataset_free(pieces);
	return 0;
}
