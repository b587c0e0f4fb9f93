/* SPDX-License-Identifier: MIT */
/* The indicator list: each indicator with its description, and the
 * highlighted one's description in full below. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "draw.h"
#include "wrap.h"

#define LABEL_W 26 /* "10 * Child re-referral %" and a gap */

static const char *unit_name(cinx_unit u)
{
	switch (u) {
	case CINX_UNIT_PERCENT: return "percent";
	case CINX_UNIT_RATE: return "rate";
	case CINX_UNIT_COUNT: break;
	}
	return "count";
}

void ui_draw_metrics(const ui_state *s, const ui_layout *l)
{
	size_t n = cinx_dataset_n_indicators(s->ds);
	int w = l->w - 4 < 110 ? l->w - 4 : 110;
	int want = (int)n + 2 + 5, h = l->h - 2 < want ? l->h - 2 : want;
	ui_rect in = ui_box((ui_rect){(l->h - h) / 2, (l->w - w) / 2, h, w}, "Indicators");
	const cinx_indicator *cur = cinx_dataset_indicator(s->ds, (size_t)s->list_sel);
	int list_h = in.h - 5 > 1 ? in.h - 5 : 1;
	int top = s->list_sel >= list_h ? s->list_sel - list_h + 1 : 0;
	char buf[512];
	ui_span spans[4];
	size_t lines;

	for (int i = 0; i < list_h && top + i < (int)n; i++) {
		int k = top + i;
		const cinx_indicator *in_k = cinx_dataset_indicator(s->ds, (size_t)k);
		bool sel = k == s->list_sel;
		if (sel)
			ui_text(in.y + i, in.x, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
		char label[128];
		ui_metric_label(in_k, true, label, sizeof label);
		snprintf(buf, sizeof buf, "%2d %s %s", k + 1, (size_t)k == s->metric ? "*" : " ", label);
		if (sel)
			ui_fill(in.y + i, in.x + 2, in.w - 2, UI_ROLE_SELECTED);
		ui_text(in.y + i, in.x + 2, LABEL_W, buf, sel ? UI_ROLE_SELECTED : UI_ROLE_STRONG);
		ui_text(in.y + i, in.x + 2 + LABEL_W, in.w - 2 - LABEL_W, in_k->label,
			sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL);
	}
	ui_hline(in.y + list_h, in.x, in.w, UI_ROLE_BOX);
	lines = ui_wrap(cur->label, in.w, spans, 3);
	for (size_t i = 0; i < lines && i < 3; i++) {
		snprintf(buf, sizeof buf, "%.*s", (int)spans[i].len, cur->label + spans[i].start);
		ui_text(in.y + list_h + 1 + (int)i, in.x, in.w, buf, UI_ROLE_STRONG);
	}
	snprintf(buf, sizeof buf, "%s, column %s%s%s", unit_name(cur->unit), cur->name,
		 cur->derived ? "  " : "", cur->derived ? ui_glyph_str(UI_G_DERIVED) : "");
	if (cur->derived) {
		size_t o = strlen(buf);
		snprintf(buf + o, sizeof buf - o, " computed by cinx");
	}
	ui_text(in.y + list_h + 4, in.x, in.w, buf, UI_ROLE_DIM);
	ui_text(in.y + in.h, in.x, in.w, " * shown  Enter show  Esc close ", UI_ROLE_BOX);
}
