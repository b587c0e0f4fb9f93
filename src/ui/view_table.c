/* SPDX-License-Identifier: MIT */
/* The area table: the level's own area, then its parts, one row each with
 * the value, change, rank and trend of the current indicator. */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "cinx/text.h"
#include "draw.h"
#include "rowfmt.h"

static void empty_state(const ui_state *s, const ui_layout *l);

static ui_role value_role(cinx_value v)
{
	if (v.kind == CINX_NO_ROW)
		return UI_ROLE_DIM;
	return v.kind == CINX_NUM ? UI_ROLE_NORMAL : UI_ROLE_SYMBOL;
}

/* A header with the sort arrow when this column orders the rows (key
 * UI_SORT_COUNT: a column nothing sorts by). */
static int head(const ui_state *s, const ui_layout *l, ui_col c, const char *text, ui_sort key, bool right)
{
	char buf[64];

	if (!c.w)
		return 0;
	if (s->sort == key)
		snprintf(buf, sizeof buf, "%s %s", text, ui_glyph_str(s->descending ? UI_G_DOWN : UI_G_UP));
	else
		snprintf(buf, sizeof buf, "%s", text);
	if (right)
		return ui_text_right(l->table.y, l->table.x + c.x, c.w, buf, UI_ROLE_HEADER);
	return ui_text(l->table.y, l->table.x + c.x, c.w, buf, UI_ROLE_HEADER);
}

static void header(const ui_state *s, const ui_layout *l, int top, int shown)
{
	const ui_table_cols *c = &l->cols;
	char name[64], trend[32];
	int y = l->table.y, x = l->table.x, used;

	size_t n_rows = ui_areas_of(s)->n_rows;

	if (shown < (int)n_rows)
		snprintf(name, sizeof name, "Area (%d-%d of %zu)", top + 1, top + shown, n_rows);
	else
		snprintf(name, sizeof name, "Area");
	used = head(s, l, c->name, name, UI_SORT_NAME, false);
	if (c->value.w)
		ui_draw_period_head(s, y, x + c->value.x, c->value.w, x + c->name.x + used + 2,
				    s->sort == UI_SORT_VALUE ? ui_glyph_str(s->descending ? UI_G_DOWN : UI_G_UP) : NULL);
	head(s, l, c->change, "Change", UI_SORT_CHANGE, true);
	head(s, l, c->rank, "Rank", UI_SORT_RANK, true);
	if (c->spark.w) {
		/* the header may run on past the marks, to the table's edge */
		int w = l->table.w - c->spark.x - 1 > c->spark.w ? l->table.w - c->spark.x - 1 : c->spark.w;
		ui_spark_header(s, w, trend, sizeof trend);
		ui_text(y, x + c->spark.x, w, trend, UI_ROLE_HEADER);
	}
}

static void row(const ui_state *s, const ui_layout *l, int i, int y)
{
	const ui_table_cols *c = &l->cols;
	const ui_areas *t = ui_areas_of(s);
	int area = t->rows[i], x = l->table.x;
	const cinx_area *a = cinx_dataset_area(s->ds, area);
	bool own = i == 0 && ui_areas_level(s) == area;
	bool sel = i == t->sel;
	const char *value_mark, *change_mark;
	char name[512];
	ui_cells cells;

	ui_cells_fill(s, area, s->metric, &cells);
	if (sel)
		ui_text(y, x + c->mark.x, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
	if (ui_state_pinned(s, area))
		ui_text(y, x + c->mark.x + 1, 1, ui_glyph_str(UI_G_PIN), UI_ROLE_STRONG);
	if (a->n_children && !own)
		snprintf(name, sizeof name, "%s %s", a->name, ui_glyph_str(UI_G_DRILL));
	else
		snprintf(name, sizeof name, "%s", a->name);
	if (sel)
		ui_fill(y, x + c->name.x, c->name.w, UI_ROLE_SELECTED);
	ui_text(y, x + c->name.x, c->name.w, name, sel ? UI_ROLE_SELECTED : own ? UI_ROLE_STRONG : UI_ROLE_NORMAL);
	ui_notable_marks(s, area, &value_mark, &change_mark);
	if (c->value.w) {
		ui_text_right(y, x + c->value.x, c->value.w, cells.value_text, value_role(cells.value));
		/* in the gap after the column: flags never shift the figures */
		if (value_mark)
			ui_text(y, x + c->value.x + c->value.w, 1, value_mark, UI_ROLE_STRONG);
	}
	if (c->change.w) {
		ui_text_right(y, x + c->change.x, c->change.w, cells.change_text, value_role(cells.change));
		if (change_mark)
			ui_text(y, x + c->change.x + c->change.w, 1, change_mark, UI_ROLE_STRONG);
	}
	if (c->rank.w)
		ui_text_right(y, x + c->rank.x, c->rank.w, cells.rank_text, UI_ROLE_NORMAL);
	if (c->spark.w)
		ui_spark(y, x + c->spark.x, c->spark.w, cells.spark, cells.spark_faint, cells.n_spark, cells.spark_sel,
			 A_NORMAL);
}

void ui_draw_table(const ui_state *s, const ui_layout *l)
{
	const ui_areas *t = ui_areas_of(s);
	int top = s->view->top(s); /* the league table keeps its own */
	int page = l->table.h - 1;
	int shown = (int)t->n_rows - top < page ? (int)t->n_rows - top : page;

	header(s, l, top, shown);
	for (int i = 0; i < shown; i++)
		row(s, l, top + i, l->table.y + 1 + i);
	empty_state(s, l);
}

/* What an empty table (or a level with nothing below it) says, and which
 * key shows something. */
static void empty_state(const ui_state *s, const ui_layout *l)
{
	const ui_areas *t = ui_areas_of(s);
	bool others = cinx_dataset_n_other_levels(s->ds) > 0;
	char what[256], line[512];
	const char *next = NULL;
	int y = l->table.y + 1;

	if (t->league) {
		ui_league_describe(s, what, sizeof what);
		if (t->league_level < 0 && !cinx_dataset_has_level(s->ds, CINX_LEVEL_LA)) {
			snprintf(line, sizeof line, "No local authorities in this file.");
			next = others ? "v lists the areas of its other levels." : "L goes back.";
		} else if (t->n_rows == 0) {
			snprintf(line, sizeof line, "No %s with data in this year.", what);
			next = t->league_level >= 0 ? "v changes the level." : "r and t change the filters.";
		} else {
			return;
		}
	} else if (!cinx_dataset_has_level(s->ds, CINX_LEVEL_REGIONAL) && !cinx_dataset_has_level(s->ds, CINX_LEVEL_LA) && t->n_rows <= 1) {
		y += (int)t->n_rows; /* under England's row */
		snprintf(line, sizeof line, "No regions or local authorities in this file.");
		next = others ? "L lists the areas of its other levels." : NULL;
	} else if (t->n_rows == 0) {
		snprintf(line, sizeof line, "No areas with data in this year");
	} else {
		return;
	}
	ui_text(y, l->table.x + 2, l->table.w - 3, line, UI_ROLE_DIM);
	if (next)
		ui_text(y + 1, l->table.x + 2, l->table.w - 3, next, UI_ROLE_DIM);
}

void ui_notable_marks(const ui_state *s, int area, const char **value_mark, const char **change_mark)
{
	const ui_notable_row *r = ui_notable_find(s, area);

	*value_mark = *change_mark = NULL;
	if (r && r->outlier)
		*value_mark = ui_glyph_str(r->outlier > 0 ? UI_G_HIGH : UI_G_LOW);
	if (r && r->changed)
		*change_mark = ui_glyph_str(UI_G_JUMP);
}
