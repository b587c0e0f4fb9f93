/* SPDX-License-Identifier: MIT */
/* The table of views, and what is done to all of them at once. */
#include <config.h>

#include <stdlib.h>

#include "view.h"

static const ui_view_class *const views[UI_VIEW_COUNT] = {
	[UI_VIEW_AREAS] = &ui_view_areas,
	[UI_VIEW_COMPARE] = &ui_view_compare,
	[UI_VIEW_NOTABLE] = &ui_view_notable,
	[UI_VIEW_WELCOME] = &ui_view_welcome,
	[UI_VIEW_CATALOGUE] = &ui_view_catalogue,
};

const ui_view_class *ui_view_of(ui_view id)
{
	return views[id];
}

const ui_view_class *ui_view_for_mode(ui_mode mode)
{
	for (size_t i = 0; i < UI_VIEW_COUNT; i++)
		if (views[i]->mode == mode)
			return views[i];
	return NULL;
}

void *ui_view_data(const ui_state *s, const ui_view_class *v)
{
	return s->view_data[v->id];
}

cinx_status ui_views_create(ui_state *s, cinx_error *err)
{
	for (size_t i = 0; i < UI_VIEW_COUNT; i++)
		if (!(s->view_data[i] = calloc(1, views[i]->data_size ? views[i]->data_size : 1)))
			return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	return CINX_OK;
}

cinx_status ui_views_room(ui_state *s, size_t n_areas, cinx_error *err)
{
	for (size_t i = 0; i < UI_VIEW_COUNT; i++)
		if (views[i]->room && views[i]->room(s, n_areas, err))
			return err->status;
	return CINX_OK;
}

void ui_views_reset(ui_state *s)
{
	for (size_t i = 0; i < UI_VIEW_COUNT; i++)
		if (views[i]->reset)
			views[i]->reset(s);
}

void ui_views_refresh(ui_state *s)
{
	for (size_t i = 0; i < UI_VIEW_COUNT; i++)
		if (views[i]->refresh)
			views[i]->refresh(s);
}

void ui_views_free(ui_state *s)
{
	for (size_t i = 0; i < UI_VIEW_COUNT; i++) {
		if (s->view_data[i] && views[i]->free)
			views[i]->free(s);
		free(s->view_data[i]);
		s->view_data[i] = NULL;
	}
}

void ui_view_show(ui_state *s, const ui_view_class *v)
{
	s->view = v;
}

void ui_view_toggle(ui_state *s, const ui_view_class *v)
{
	if (s->view == v) {
		s->view = &ui_view_areas;
		return;
	}
	s->view = v;
	if (v->open)
		v->open(s);
}

bool ui_view_close_to_table(ui_state *s, ui_action a)
{
	if (a != UI_ACT_CLOSE)
		return false;
	s->view = &ui_view_areas;
	return true;
}

void ui_view_show_focus(ui_state *s)
{
	int area = ui_state_focus_area(s);

	if (area < 0)
		return;
	s->view = &ui_view_areas;
	ui_state_goto(s, area);
}

int ui_view_top_none(const ui_state *s)
{
	(void)s;
	return 0;
}

int ui_view_focus_none(const ui_state *s)
{
	(void)s;
	return -1;
}

size_t ui_view_visible_none(const ui_state *s, int page, int *out, size_t max)
{
	(void)s, (void)page, (void)out, (void)max;
	return 0;
}

bool ui_view_note_none(const ui_state *s, char *buf, size_t cap)
{
	(void)s, (void)buf, (void)cap;
	return false;
}

int ui_view_clamp(long to, size_t n)
{
	return n ? (int)(to < 0 ? 0 : to >= (long)n ? (long)n - 1 : to) : 0;
}

void ui_view_list_select(int *sel, int *top, long to, size_t n, int page)
{
	if (page < 1)
		page = 1;
	*sel = ui_view_clamp(to, n);
	if (*sel < *top)
		*top = *sel;
	if (*sel >= *top + page)
		*top = *sel - page + 1;
	if (*top > ((int)n > page ? (int)n - page : 0))
		*top = (int)n > page ? (int)n - page : 0;
	if (*top < 0)
		*top = 0;
}
