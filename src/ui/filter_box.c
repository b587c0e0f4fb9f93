/* SPDX-License-Identifier: MIT */
/* Filters on screen: the bar under the header with every filter's value,
 * and the lists that change one (the filters, then a filter's values as
 * the user narrows them by typing). */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/text.h"
#include "draw.h"

/* A value other than the Total stands out: the figures are of a part. */
static ui_role value_role(const cinx_dataset *ds, size_t f)
{
	return (int)cinx_dataset_filter_chosen(ds, f) == cinx_dataset_filter_total(ds, f) ? UI_ROLE_NORMAL
											   : UI_ROLE_STRONG;
}

static int item_width(const cinx_dataset *ds, size_t f)
{
	return cinx_text_width(cinx_dataset_filter_label(ds, f)) + 2 +
	       cinx_text_width(cinx_dataset_filter_value(ds, f, cinx_dataset_filter_chosen(ds, f)));
}

static int draw_item(const cinx_dataset *ds, size_t f, int y, int x, int w)
{
	char label[256];
	int used;

	snprintf(label, sizeof label, "%s: ", cinx_dataset_filter_label(ds, f));
	used = ui_text(y, x, w, label, UI_ROLE_DIM);
	return used + ui_text(y, x + used, w - used, cinx_dataset_filter_value(ds, f, cinx_dataset_filter_chosen(ds, f)),
			      value_role(ds, f));
}

void ui_draw_filter_bar(const ui_state *s, const ui_layout *l)
{
	const cinx_dataset *ds = s->ds;
	size_t n = cinx_dataset_n_filters(ds);
	const char *sep = ui_draw_ascii() ? " | " : " \xC2\xB7 ";
	int y = l->filter_y, x0 = 1, x = x0, end = l->w - 1, total = 0;
	char more[64];

	for (size_t f = 0; f < n; f++)
		total += (f ? 3 : 0) + item_width(ds, f);
	/* the key that changes them, at the right when everything fits */
	if (total + 12 <= end - x0)
		ui_text(y, end - 8, 8, "f change", UI_ROLE_DIM);
	for (size_t f = 0; f < n; f++) {
		int left = (int)(n - f - 1);
		snprintf(more, sizeof more, "%s+%d more (f)", sep, left);
		/* the rest, counted, where the next would not fit with the count */
		if (f && total > end - x0 &&
		    x + 3 + item_width(ds, f) + (left ? cinx_text_width(more) : 0) > end) {
			snprintf(more, sizeof more, "%s+%d more (f)", sep, left + 1);
			ui_text(y, x, end - x, more, UI_ROLE_DIM);
			return;
		}
		if (f)
			x += ui_text(y, x, end - x, sep, UI_ROLE_DIM);
		x += draw_item(ds, f, y, x, end - x);
	}
}

/* The box of a list, centred, as tall as its rows allow. */
static ui_rect list_box(const ui_layout *l, size_t rows, const char *title)
{
	int w = l->w - 4 < 64 ? l->w - 4 : 64;
	int want = (int)rows + 3, h = l->h - 2 < want ? l->h - 2 : want;

	return ui_box((ui_rect){(l->h - h) / 2, (l->w - w) / 2, h, w}, title);
}

/* A row of a list: text, then after (may be NULL) from column after_x of
 * the row (or after the text when it is longer). */
static void list_row(ui_rect in, int i, bool sel, bool chosen, const char *text, const char *after, int after_x)
{
	int used;

	if (sel) {
		ui_text(in.y + i, in.x, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
		ui_fill(in.y + i, in.x + 2, in.w - 2, UI_ROLE_SELECTED);
	}
	ui_text(in.y + i, in.x + 2, 2, chosen ? "*" : " ", sel ? UI_ROLE_SELECTED : UI_ROLE_STRONG);
	used = 4 + ui_text(in.y + i, in.x + 4, in.w - 4, text, sel ? UI_ROLE_SELECTED : UI_ROLE_NORMAL) + 2;
	if (after_x < used)
		after_x = used;
	if (after)
		ui_text(in.y + i, in.x + after_x, in.w - after_x, after, sel ? UI_ROLE_SELECTED : UI_ROLE_DIM);
}

/* The first of n rows to show in h lines with sel among them. */
static int first_row(int sel, int h)
{
	return sel >= h ? sel - h + 1 : 0;
}

static void filters(const ui_state *s, const ui_layout *l)
{
	size_t n = cinx_dataset_n_filters(s->ds);
	ui_rect in = list_box(l, n, "Filters");
	int h = in.h - 1, top = first_row(s->filter.filter, h), label_w = 0;

	/* the values in a column after the longest label, where it fits */
	for (size_t f = 0; f < n; f++)
		if (cinx_text_width(cinx_dataset_filter_label(s->ds, f)) > label_w)
			label_w = cinx_text_width(cinx_dataset_filter_label(s->ds, f));
	if (label_w > in.w / 2)
		label_w = in.w / 2;
	for (int i = 0; i < h && top + i < (int)n; i++) {
		size_t f = (size_t)(top + i);
		list_row(in, i, (int)f == s->filter.filter, false, cinx_dataset_filter_label(s->ds, f),
			 cinx_dataset_filter_value(s->ds, f, cinx_dataset_filter_chosen(s->ds, f)), 4 + label_w + 2);
	}
	ui_text(in.y + in.h, in.x, in.w, " Enter its values  Esc close ", UI_ROLE_BOX);
}

static void values(const ui_state *s, const ui_layout *l)
{
	const ui_filter_pick *p = &s->filter;
	size_t f = (size_t)p->filter, n = cinx_dataset_filter_n_values(s->ds, f);
	ui_rect in = list_box(l, n + 1, cinx_dataset_filter_label(s->ds, f));
	int h = in.h - 2, top = first_row((int)p->sel, h), x;
	char foot[96];

	x = ui_text(in.y, in.x, in.w, "Type to narrow: ", UI_ROLE_DIM);
	x += ui_text(in.y, in.x + x, in.w - x - 1, p->query, UI_ROLE_NORMAL);
	ui_text(in.y, in.x + x, 1, " ", UI_ROLE_SELECTED); /* where typing goes */
	for (int i = 0; i < h && top + i < (int)p->n_matches; i++) {
		size_t k = (size_t)(top + i), v = p->matches[k];
		list_row(in, 1 + i, k == p->sel, v == cinx_dataset_filter_chosen(s->ds, f),
			 cinx_dataset_filter_value(s->ds, f, v), NULL, 0);
	}
	if (!p->n_matches)
		ui_text(in.y + 1, in.x + 4, in.w - 4, "No value holds that", UI_ROLE_DIM);
	snprintf(foot, sizeof foot, " %zu of %zu  * shown  Enter show  Esc cancel ", p->n_matches, n);
	ui_text(in.y + in.h, in.x, in.w, foot, UI_ROLE_BOX);
}

void ui_draw_filters(const ui_state *s, const ui_layout *l)
{
	if (s->filter.values)
		values(s, l);
	else
		filters(s, l);
}
