/* SPDX-License-Identifier: MIT */
/* The benchmark columns of `cinx show` (text and wide machine rows), kept
 * here so that queries.c calls them in a few lines. */
#ifndef CINX_BENCHMARK_REPORT_H
#define CINX_BENCHMARK_REPORT_H

#include "cinx/standing.h"
#include "cinx/report.h"

/* Columns for one row per indicator. */
typedef struct bench_text {
	const cinx_neighbours *nb;
	int band, eng, eng_d, reg, reg_d, sub, mean, mean_d, med, med_d; /* sub: Inner/Outer London */
	char short_of[512];  /* indicators whose neighbour figures lack some neighbours */
	size_t n_short;
} bench_text;

void cinx_standing_text_columns(cinx_report *r, const cinx_dataset *ds, int area, const cinx_neighbours *nb,
			bench_text *bt);
/* Marks in seen[] the kinds of the benchmark values shown, for the legend. */
void cinx_standing_text_row(cinx_report *r, bench_text *bt, const cinx_dataset *ds, int area, size_t yi,
		    size_t ind, bool seen[CINX_KIND_COUNT]);
void cinx_standing_text_notes(cinx_report *r, const bench_text *bt, const cinx_dataset *ds, int area);

/* Columns <indicator>_quartile, _diff_england, _diff_region and, with a
 * model, _sn_mean, _sn_median, _sn_count, _diff_sn_mean, _diff_sn_median,
 * filled on the area's own row. */
typedef struct bench_wide {
	const cinx_neighbours *nb;
	int first;
	size_t n_inds, stride; /* columns per indicator */
} bench_wide;

void cinx_standing_wide_columns(cinx_report *r, const cinx_dataset *ds, const cinx_neighbours *nb, bench_wide *bw);
/* Fills the current row when it is the area's own (not its region's). */
void cinx_standing_wide_row(cinx_report *r, const bench_wide *bw, const cinx_dataset *ds, int area, size_t yi);

#endif
