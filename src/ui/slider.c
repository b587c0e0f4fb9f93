/* SPDX-License-Identifier: MIT */
/* The year slider: every year in the file, the selected one marked with
 * brackets as well as highlighted. */
#include <config.h>

#include <stdio.h>

#include "cinx/text.h"
#include "draw.h"
#include "periods.h"

/* Years in which the selected area has no row are dimmed. */
static ui_role year_role(const ui_state *s, size_t y)
{
	int area = ui_state_selected_area(s);

	if (area >= 0 && cinx_dataset_value(s->ds, area, y, s->metric).kind == CINX_NO_ROW)
		return UI_ROLE_DIM;
	return UI_ROLE_NORMAL;
}

/* Returns the column after the slider. */
static int timeline(const ui_state *s, const ui_layout *l)
{
	size_t n = cinx_dataset_n_years(s->ds);
	int y = l->slider_y, step = l->slider_step, x0 = l->slider_x;
	char buf[128];

	if (step == 0) {
		int w, room = l->w - x0 - 7;
		/* the compact layout's indicator follows */
		if (l->size == UI_SIZE_COMPACT && room > 30)
			room = 30;
		ui_period_fit(s->ds, s->year, room, buf, sizeof buf);
		ui_text(y, x0, 1, ui_glyph_str(UI_G_PREV), s->year > 0 ? UI_ROLE_NORMAL : UI_ROLE_DIM);
		ui_text(y, x0 + 2, 1, "[", UI_ROLE_STRONG);
		w = ui_text(y, x0 + 3, room, buf, UI_ROLE_MARK);
		ui_text(y, x0 + 3 + w, 1, "]", UI_ROLE_STRONG);
		ui_text(y, x0 + 5 + w, 1, ui_glyph_str(UI_G_NEXT), s->year + 1 < n ? UI_ROLE_NORMAL : UI_ROLE_DIM);
		return x0 + 6 + w;
	}
	for (size_t i = 0; i < n; i++) {
		int x = x0 + (int)i * step;
		ui_period_form_text(s->ds, i, l->slider_form, buf, sizeof buf);
		if (i == s->year) {
			ui_text(y, x, 1, "[", UI_ROLE_STRONG);
			ui_text(y, x + 1, step - 1, buf, UI_ROLE_MARK);
			ui_text(y, x + step, 1, "]", UI_ROLE_STRONG);
		} else {
			ui_text(y, x + 1, step - 1, buf, year_role(s, i));
		}
	}
	return x0 + (int)n * step + 1;
}

void ui_draw_slider(const ui_state *s, const ui_layout *l)
{
	int x;

	if (l->size == UI_SIZE_FULL)
		ui_text(l->slider_y, 1, l->slider_x - 2, cinx_dataset_period_noun(s->ds), UI_ROLE_STRONG);
	x = timeline(s, l);
	if (s->playing) {
		char buf[32];
		snprintf(buf, sizeof buf, " %s playing", ui_glyph_str(UI_G_PLAY));
		if (x + 1 + cinx_text_width(buf) < l->w)
			x += ui_text(l->slider_y, x + 1, l->w - x - 1, buf, UI_ROLE_MESSAGE) + 1;
	}
	if (l->size == UI_SIZE_COMPACT) {
		char label[128];
		ui_metric_label(cinx_dataset_indicator(s->ds, s->metric), true, label, sizeof label);
		ui_text(l->slider_y, x + 2, l->w - x - 3, label, UI_ROLE_STRONG);
	}
}
