/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "standing_report.h"

void cinx_standing_text_columns(cinx_report *r, const cinx_dataset *ds, int area, const cinx_neighbours *nb,
			bench_text *bt)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	bool la = a->level == CINX_LEVEL_LA;

	memset(bt, 0, sizeof *bt);
	bt->nb = la ? nb : NULL;
	bt->eng = bt->eng_d = bt->reg = bt->reg_d = bt->sub = bt->mean = bt->mean_d = bt->med = bt->med_d = -1;
	bt->band = la ? cinx_report_add_column(r, "quartile", "Band", CINX_COL_TEXT, 0) : -1;
	if (la && cinx_dataset_ancestor(ds, area, CINX_LEVEL_REGIONAL) >= 0) {
		bt->reg = cinx_report_add_column(r, "region", "Region", CINX_COL_VALUE, 0);
		bt->reg_d = cinx_report_add_column(r, "diff_region", "vs Reg", CINX_COL_CHANGE, 0);
	}
	int sub = cinx_standing_subregion(ds, area);
	if (sub >= 0) /* headed by its name: a sub-region, with no difference from it */
		bt->sub = cinx_report_add_column(r, "subregion", cinx_dataset_area(ds, sub)->name, CINX_COL_VALUE, 0);
	if (cinx_dataset_england(ds) >= 0 && cinx_dataset_england(ds) != area) {
		bt->eng = cinx_report_add_column(r, "england", "England", CINX_COL_VALUE, 0);
		bt->eng_d = cinx_report_add_column(r, "diff_england", "vs Eng", CINX_COL_CHANGE, 0);
	}
	if (bt->nb) {
		size_t n;
		if (cinx_neighbours_of(nb, a->old_code, &n)) {
			bt->mean = cinx_report_add_column(r, "sn_mean", "SN mean", CINX_COL_VALUE, 0);
			bt->mean_d = cinx_report_add_column(r, "diff_sn_mean", "vs mean", CINX_COL_CHANGE, 0);
			bt->med = cinx_report_add_column(r, "sn_median", "SN median", CINX_COL_VALUE, 0);
			bt->med_d = cinx_report_add_column(r, "diff_sn_median", "vs median", CINX_COL_CHANGE, 0);
		}
	}
}

static void set_diff(cinx_report *r, int col, cinx_value a, cinx_value b, int dp, bool show)
{
	if (col >= 0 && show)
		cinx_report_set_value_dp(r, col, cinx_value_diff(a, b, dp), dp);
}

void cinx_standing_text_row(cinx_report *r, bench_text *bt, const cinx_dataset *ds, int area, size_t yi, size_t ind,
		    bool seen[CINX_KIND_COUNT])
{
	const cinx_indicator *in = cinx_dataset_indicator(ds, ind);
	bool comparable = cinx_standing_comparable(in);
	int dp = in->decimals, sdp = cinx_standing_decimals(in);
	cinx_standing b;

	if (cinx_standing_get(ds, bt->nb, area, yi, ind, &b))
		return;
	if (bt->band >= 0)
		cinx_report_set_text(r, bt->band, cinx_quartile_label(b.band));
	if (bt->eng >= 0) {
		cinx_report_set_value_dp(r, bt->eng, b.england_value, dp);
		seen[b.england_value.kind] = true;
	}
	set_diff(r, bt->eng_d, b.value, b.england_value, dp, comparable);
	if (bt->reg >= 0) {
		cinx_report_set_value_dp(r, bt->reg, b.region_value, dp);
		seen[b.region_value.kind] = true;
	}
	set_diff(r, bt->reg_d, b.value, b.region_value, dp, comparable);
	if (bt->sub >= 0) {
		cinx_report_set_value_dp(r, bt->sub, b.subregion_value, dp);
		seen[b.subregion_value.kind] = true;
	}
	if (bt->mean < 0)
		return;
	cinx_report_set_value_dp(r, bt->mean, b.sn_mean, sdp);
	seen[b.sn_mean.kind] = true;
	cinx_report_set_value_dp(r, bt->med, b.sn_median, sdp);
	set_diff(r, bt->mean_d, b.value, b.sn_mean, sdp, true);
	set_diff(r, bt->med_d, b.value, b.sn_median, sdp, true);
	if (b.sn_used < b.sn_model) {
		size_t o = strlen(bt->short_of);
		snprintf(bt->short_of + o, sizeof bt->short_of - o, "%s%s (%zu of %zu)", o ? ", " : "",
			 in->short_label, b.sn_used, b.sn_model);
		bt->n_short++;
	}
}

void cinx_standing_text_notes(cinx_report *r, const bench_text *bt, const cinx_dataset *ds, int area)
{
	const cinx_area *a = cinx_dataset_area(ds, area);
	int region = cinx_dataset_ancestor(ds, area, CINX_LEVEL_REGIONAL);
	int sub = cinx_standing_subregion(ds, area);
	char line[1024], also[256] = "";

	if (bt->band >= 0)
		cinx_report_add_note(r, "Band: quartile among local authorities; A to D (A the better end) for "
				     "indicators with a direction, Q1 to Q4 (Q1 lowest) otherwise.");
	if (bt->reg >= 0) {
		if (sub >= 0)
			snprintf(also, sizeof also, " (the benchmark for every London borough); %s, the sub-region %s "
				 "is in, is shown for context, with no difference taken from it",
				 cinx_dataset_area(ds, sub)->name, a->name);
		snprintf(line, sizeof line, "Region: %s%s. Differences from England and the region are shown for "
			 "percentages and rates only%s.", cinx_dataset_area(ds, region)->name, also,
			 bt->mean >= 0 ? " (neighbours are of a similar size, so theirs are shown for counts too)" : "");
		cinx_report_add_note(r, line);
	}
	if (bt->mean >= 0) {
		snprintf(line, sizeof line, "SN: the mean and median of %s's statistical neighbours in %s; "
			 "symbols and missing rows left out.", a->name, cinx_neighbours_source(bt->nb));
		cinx_report_add_note(r, line);
	} else if (bt->nb) {
		snprintf(line, sizeof line, "%s is not in the statistical neighbours model %s.", a->name,
			 cinx_neighbours_source(bt->nb));
		cinx_report_add_note(r, line);
	}
	if (bt->n_short) {
		snprintf(line, sizeof line, "Neighbours with a number: %s.", bt->short_of);
		cinx_report_add_note(r, line);
	}
}

static const char *const wide_cols[] = {
	"quartile", "diff_england", "diff_region", "sn_mean", "sn_median", "sn_count",
	"diff_sn_mean", "diff_sn_median",
};
#define N_WIDE (sizeof wide_cols / sizeof wide_cols[0])
#define N_WIDE_NO_SN 3 /* without a model, no neighbour columns */

void cinx_standing_wide_columns(cinx_report *r, const cinx_dataset *ds, const cinx_neighbours *nb, bench_wide *bw)
{
	bw->nb = nb;
	bw->first = -1;
	bw->n_inds = cinx_dataset_n_indicators(ds);
	bw->stride = nb ? N_WIDE : N_WIDE_NO_SN;
	for (size_t i = 0; i < bw->n_inds; i++) {
		const cinx_indicator *in = cinx_dataset_indicator(ds, i);
		for (size_t k = 0; k < bw->stride; k++) {
			char name[160];
			cinx_col_type t = k == 0 ? CINX_COL_TEXT : k == 5 ? CINX_COL_INT : CINX_COL_VALUE;
			snprintf(name, sizeof name, "%s_%s", in->name, wide_cols[k]);
			int c = cinx_report_add_column(r, name, name, t, k == 3 || k == 4 || k >= 6
						       ? cinx_standing_decimals(in) : in->decimals);
			if (bw->first < 0)
				bw->first = c;
		}
	}
}

void cinx_standing_wide_row(cinx_report *r, const bench_wide *bw, const cinx_dataset *ds, int area, size_t yi)
{
	for (size_t i = 0; i < bw->n_inds; i++) {
		const cinx_indicator *in = cinx_dataset_indicator(ds, i);
		int c = bw->first + (int)(i * bw->stride);
		cinx_standing b;
		if (cinx_standing_get(ds, bw->nb, area, yi, i, &b))
			return;
		if (b.band.band)
			cinx_report_set_text(r, c, cinx_quartile_label(b.band));
		if (cinx_standing_comparable(in)) {
			if (b.england >= 0)
				cinx_report_set_value(r, c + 1, cinx_value_diff(b.value, b.england_value, in->decimals));
			if (b.region >= 0)
				cinx_report_set_value(r, c + 2, cinx_value_diff(b.value, b.region_value, in->decimals));
		}
		if (!b.sn_model)
			continue;
		cinx_report_set_value(r, c + 3, b.sn_mean);
		cinx_report_set_value(r, c + 4, b.sn_median);
		cinx_report_set_int(r, c + 5, (long)b.sn_used);
		cinx_report_set_value(r, c + 6, cinx_value_diff(b.value, b.sn_mean, cinx_standing_decimals(in)));
		cinx_report_set_value(r, c + 7, cinx_value_diff(b.value, b.sn_median, cinx_standing_decimals(in)));
	}
}
