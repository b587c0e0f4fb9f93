/* Pins, the comparison, the notable list and the first-run screen. */
#include <config.h>

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "state_prompt.h"
#include "state_views.h"

static const char *name_of(const ui_state *s, int area)
{
	return cinx_dataset_area(s->ds, area)->name;
}

/* ---- the notable list ------------------------------------------------------ */

static int clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

static void notable_visible(ui_state *s)
{
	int page = s->page > 0 ? s->page : 1;

	if (s->notable_sel < s->notable_top)
		s->notable_top = s->notable_sel;
	if (s->notable_sel >= s->notable_top + page)
		s->notable_top = s->notable_sel - page + 1;
	s->notable_top = clamp(s->notable_top, 0, (int)s->n_notable > page ? (int)s->n_notable - page : 0);
}

void ui_notable_refresh(ui_state *s)
{
	const cinx_indicator *in = cinx_dataset_indicator(s->ds, s->metric);
	double threshold = cinx_notable_default_threshold(in);
	int keep = s->n_notable ? s->notable[s->notable_sel].area : -1;
	size_t n = 0;

	if (cinx_notable_fences(s->ds, s->year, s->metric, &s->fences))
		s->fences.n = 0; /* out of memory: no outliers rather than wrong ones */
	for (size_t a = 0; a < cinx_dataset_n_areas(s->ds); a++) {
		const cinx_area *ar = cinx_dataset_area(s->ds, (int)a);
		ui_notable_row r = {(int)a, false, 0};
		if (ar->level != CINX_LEVEL_LA)
			continue;
		r.changed = s->year > 0 && cinx_notable_change(s->ds, (int)a, s->year, s->metric, threshold);
		r.outlier = cinx_notable_outlier(&s->fences, cinx_dataset_value(s->ds, (int)a, s->year, s->metric));
		if (!r.changed && !r.outlier)
			continue;
		/* by name: a few dozen at most, so insertion is quick enough */
		size_t j = n++;
		while (j > 0 && strcasecmp(name_of(s, s->notable[j - 1].area), ar->name) > 0) {
			s->notable[j] = s->notable[j - 1];
			j--;
		}
		s->notable[j] = r;
	}
	s->n_notable = n;
	s->notable_sel = clamp(s->notable_sel, 0, n ? (int)n - 1 : 0);
	for (size_t i = 0; i < n; i++)
		if (s->notable[i].area == keep)
			s->notable_sel = (int)i;
	notable_visible(s);
}

/* ---- moving in the views ------------------------------------------------------ */

void ui_views_move(ui_state *s, int delta)
{
	long to;

	switch (s->view) {
	case UI_VIEW_COMPARE:
		to = (long)s->cmp_sel + delta;
		s->cmp_sel = s->n_pins ? (int)(to < 0 ? 0 : to >= (long)s->n_pins ? (long)s->n_pins - 1 : to) : 0;
		break;
	case UI_VIEW_NOTABLE:
		to = (long)s->notable_sel + delta;
		s->notable_sel = s->n_notable ? (int)(to < 0 ? 0 : to >= (long)s->n_notable ? (long)s->n_notable - 1 : to) : 0;
		notable_visible(s);
		break;
	case UI_VIEW_WELCOME:
		to = (long)s->welcome_sel + delta;
		s->welcome_sel = (int)(to < 0 ? 0 : to > 2 ? 2 : to);
		break;
	case UI_VIEW_AREAS:
	case UI_VIEW_COUNT:
		break;
	}
}

void ui_views_accept(ui_state *s)
{
	int area = ui_state_focus_area(s);

	if (area < 0)
		return;
	s->view = UI_VIEW_AREAS;
	ui_state_goto(s, area);
}

void ui_views_toggle(ui_state *s, ui_view v)
{
	if (s->view == v) {
		s->view = UI_VIEW_AREAS;
		return;
	}
	s->view = v;
	if (v == UI_VIEW_COMPARE && !s->n_pins)
		ui_state_say(s, "Nothing pinned yet: Space pins the selected area (up to %d)", UI_MAX_PINS);
	if (s->cmp_sel >= (int)s->n_pins)
		s->cmp_sel = s->n_pins ? (int)s->n_pins - 1 : 0;
}

/* ---- pins -------------------------------------------------------------------- */

static void unpin_at(ui_state *s, size_t i)
{
	memmove(s->pins + i, s->pins + i + 1, (s->n_pins - i - 1) * sizeof *s->pins);
	s->n_pins--;
	if (s->cmp_sel >= (int)s->n_pins)
		s->cmp_sel = s->n_pins ? (int)s->n_pins - 1 : 0;
}

void ui_pin_toggle(ui_state *s)
{
	int area = ui_state_focus_area(s);

	if (area < 0)
		return;
	for (size_t i = 0; i < s->n_pins; i++)
		if (s->pins[i] == area) {
			unpin_at(s, i);
			ui_state_say(s, "Unpinned %s (%zu pinned)", name_of(s, area), s->n_pins);
			return;
		}
	if (s->n_pins == UI_MAX_PINS) {
		ui_state_say(s, "%d areas are pinned, the most a comparison shows: Space on one unpins it, X all",
			     UI_MAX_PINS);
		return;
	}
	s->pins[s->n_pins++] = area;
	ui_state_say(s, "Pinned %s (%zu of %d); c compares the pinned areas", name_of(s, area), s->n_pins,
		     UI_MAX_PINS);
}

void ui_unpin_all(ui_state *s)
{
	if (!s->n_pins) {
		ui_state_say(s, "Nothing is pinned");
		return;
	}
	ui_state_say(s, "Unpinned all %zu areas", s->n_pins);
	s->n_pins = 0;
	s->cmp_sel = 0;
}

void ui_pin_neighbours(ui_state *s)
{
	const cinx_neighbours *m = s->env.neighbours;
	int area = ui_state_focus_area(s);
	const cinx_neighbour *nb;
	const cinx_area *a;
	size_t n, in_data = 0;

	if (area < 0)
		return;
	a = cinx_dataset_area(s->ds, area);
	if (!m) {
		ui_state_say(s, "No statistical neighbours model loaded: start cinx with --neighbours FILE");
		return;
	}
	if (a->level != CINX_LEVEL_LA) {
		ui_state_say(s, "Statistical neighbours are for local authorities; %s is not one", a->name);
		return;
	}
	if (!(nb = cinx_neighbours_of(m, a->old_code, &n))) {
		ui_state_say(s, "%s is not in the statistical neighbours model %s", a->name,
			     cinx_neighbours_source(m));
		return;
	}
	s->n_pins = 0;
	s->pins[s->n_pins++] = area;
	for (size_t i = 0; i < n; i++) {
		int k = cinx_neighbours_area(s->ds, nb[i].old_code);
		if (k < 0)
			continue;
		in_data++;
		if (s->n_pins < UI_MAX_PINS)
			s->pins[s->n_pins++] = k;
	}
	if (s->n_pins - 1 < in_data)
		ui_state_say(s, "Pinned %s and its %zu nearest statistical neighbours of %zu (a comparison shows "
			     "%d areas)", a->name, s->n_pins - 1, in_data, UI_MAX_PINS);
	else
		ui_state_say(s, "Pinned %s and its %zu statistical neighbours", a->name, s->n_pins - 1);
	if (in_data < n) {
		size_t len = strlen(s->message);
		snprintf(s->message + len, sizeof s->message - len, "; %zu in the model are not in the data",
			 n - in_data);
	}
	s->view = UI_VIEW_COMPARE;
	s->cmp_sel = 0;
}

/* ---- predecessors --------------------------------------------------------------- */

bool ui_lineage_note(const ui_state *s, int area, char *buf, size_t cap)
{
	const cinx_area *a = cinx_dataset_area(s->ds, area);
	int from = 0, to = 0;
	size_t o;

	if (!a->n_predecessors)
		return false;
	o = (size_t)snprintf(buf, cap, "%s: ", a->name);
	for (size_t i = 0; i < a->n_predecessors && o < cap; i++) {
		const cinx_area *p = cinx_dataset_area(s->ds, a->predecessors[i].area);
		o += (size_t)snprintf(buf + o, cap - o, "%s%s", i == 0 ? "" : i + 1 == a->n_predecessors ? " and " : ", ",
				      p->name);
		if (!from || (p->first_year && p->first_year < from))
			from = p->first_year;
		if (p->last_year > to)
			to = p->last_year;
	}
	if (o < cap && from == to)
		snprintf(buf + o, cap - o, "%s %d", a->n_predecessors > 1 ? " combined," : "", from);
	else if (o < cap)
		snprintf(buf + o, cap - o, "%s %d to %d", a->n_predecessors > 1 ? " combined," : "", from, to);
	return true;
}

void ui_predecessors_toggle(ui_state *s)
{
	int area = ui_state_focus_area(s);
	char note[256];

	s->predecessors = !s->predecessors;
	if (!s->predecessors)
		ui_state_say(s, "Trends show each area's own years only");
	else if (area >= 0 && ui_lineage_note(s, area, note, sizeof note))
		ui_state_say(s, "Predecessors in trends, dimmed: %s", note);
	else
		ui_state_say(s, "Trends show predecessors' combined figures, dimmed, before an authority was formed");
}

/* ---- the first-run screen ------------------------------------------------------------ */

void ui_welcome_download(ui_state *s)
{
	s->welcome_error[0] = '\0';
	if (!s->env.can_download) {
		ui_state_say(s, "This build cannot download: follow the steps shown, or open a file (f)");
		return;
	}
	s->request = UI_REQ_DOWNLOAD;
}

void ui_welcome_open(ui_state *s)
{
	s->welcome_error[0] = '\0';
	ui_prompt_begin(s, UI_PROMPT_OPEN, "");
}

void ui_welcome_demo(ui_state *s)
{
	s->view = UI_VIEW_AREAS;
	ui_state_say(s, "Exploring the demo data; 'cinx update' downloads the official data");
}

void ui_welcome_accept(ui_state *s)
{
	switch (s->welcome_sel) {
	case 0: ui_welcome_download(s); break;
	case 1: ui_welcome_open(s); break;
	default: ui_welcome_demo(s); break;
	}
}
