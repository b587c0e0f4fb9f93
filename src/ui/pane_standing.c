/* SPDX-License-Identifier: MIT */
/* Benchmarks in the detail pane: how the area stands against England, its
 * region and its statistical neighbours (mean and median) for the current
 * indicator, with the differences. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/standing.h"
#include "cinx/format.h"
#include "cinx/text.h"
#include "draw.h"
#include "periods.h"

#define MAX_ITEMS 6

typedef struct items {
	char text[MAX_ITEMS][320];
	int n;
} items;

/* "England 22.0 (+3.0)", the difference only when it means something. */
static void add(items *it, const char *label, cinx_value v, cinx_value diff, int dp, bool with_diff)
{
	char val[48], d[48];

	if (it->n >= MAX_ITEMS)
		return;
	cinx_format_value(v, dp, CINX_FMT_GROUP | CINX_FMT_NOROW_DASH, val, sizeof val);
	if (with_diff && diff.kind != CINX_NO_ROW) {
		cinx_format_value(diff, dp, CINX_FMT_GROUP | CINX_FMT_SIGN, d, sizeof d);
		snprintf(it->text[it->n++], sizeof it->text[0], "%s %s (%s)", label, val, d);
	} else {
		snprintf(it->text[it->n++], sizeof it->text[0], "%s %s", label, val);
	}
}

static void add_text(items *it, const char *text)
{
	if (it->n < MAX_ITEMS)
		snprintf(it->text[it->n++], sizeof it->text[0], "%s", text);
}

/* The items packed into lines of w columns after an indent. */
static int pack(const items *it, int y, int x, int w, int max_lines)
{
	char line[512];
	int lines = 0, i = 0;

	while (i < it->n && lines < max_lines) {
		size_t o = (size_t)snprintf(line, sizeof line, "  %s", it->text[i++]);
		while (i < it->n && (int)o + 2 + cinx_text_width(it->text[i]) <= w)
			o += (size_t)snprintf(line + o, sizeof line - o, "  %s", it->text[i++]);
		ui_text(y + lines++, x, w, line, UI_ROLE_NORMAL);
	}
	return lines;
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

int ui_draw_standing(const ui_state *s, int area, int y, int x, int w, int max_lines)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	const cinx_neighbours *m = s->env.neighbours;
	const cinx_area *a = cinx_dataset_area(s->ds, area);
	bool comparable = cinx_standing_comparable(in);
	int dp = in->decimals, sdp = cinx_standing_decimals(in), used;
	char head[384], label[128], buf[256], rank[64], period[128];
	cinx_standing b;
	items it = {.n = 0};

	if (max_lines < 2 || cinx_standing_get(s->ds, m, area, s->year, s->metric, &b) || b.england < 0)
		return 0;
	ui_metric_label(in, true, label, sizeof label);
	if (b.rank.rank && b.band.band)
		snprintf(rank, sizeof rank, ": rank %d/%d, band %s", b.rank.rank, b.rank.of, cinx_quartile_label(b.band));
	else if (b.rank.rank) /* among the areas of another level: no bands */
		snprintf(rank, sizeof rank, ": rank %d/%d", b.rank.rank, b.rank.of);
	else
		rank[0] = '\0';
	used = ui_text(y, x, w, "Benchmarks", UI_ROLE_HEADER);
	/* the period gives way to the rank */
	ui_period_fit(s->ds, s->year, w - used - 2 - cinx_text_width(label) - cinx_text_width(rank), period,
		      sizeof period);
	snprintf(head, sizeof head, " %s %s%s", label, period, rank);
	ui_text(y, x + used, w - used, head, UI_ROLE_NORMAL);
	add(&it, cinx_dataset_area(s->ds, b.england)->name, b.england_value, cinx_value_diff(b.value, b.england_value, dp),
	    dp, comparable);
	if (b.region >= 0)
		add(&it, cinx_dataset_area(s->ds, b.region)->name, b.region_value,
		    cinx_value_diff(b.value, b.region_value, dp), dp, comparable);
	if (b.subregion >= 0) { /* context, not a benchmark: no difference */
		snprintf(buf, sizeof buf, "sub-region %s", cinx_dataset_area(s->ds, b.subregion)->name);
		add(&it, buf, b.subregion_value, b.subregion_value, dp, false);
	}
	if (a->level == CINX_LEVEL_LA && !m) {
		add_text(&it, "Neighbours: --neighbours FILE adds their mean and median");
	} else if (a->level == CINX_LEVEL_LA && !b.sn_model) {
		snprintf(buf, sizeof buf, "Neighbours: %s is not in the model %s", a->name,
			 base_name(cinx_neighbours_source(m)));
		add_text(&it, buf);
	} else if (b.sn_model) {
		add(&it, "Neighbour mean", b.sn_mean, cinx_value_diff(b.value, b.sn_mean, sdp), sdp, true);
		add(&it, "Neighbour median", b.sn_median, cinx_value_diff(b.value, b.sn_median, sdp), sdp, true);
		snprintf(buf, sizeof buf, "from %zu of %zu neighbours", b.sn_used, b.sn_model);
		add_text(&it, buf);
	}
	return 1 + pack(&it, y + 1, x, w, max_lines - 1);
}
