/* SPDX-License-Identifier: MIT */
/* The first-run screen: nothing has been downloaded, so the demo data is
 * open. Download the official data now (with a progress bar), open a file,
 * or explore the demo. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/cache.h"
#include "cinx/text.h"
#include "cinx/update.h"
#include "draw.h"
#include "wrap.h"

typedef struct page {
	ui_rect r;
	int y;
} page;

static void line(page *p, int indent, const char *text, ui_role role)
{
	if (p->y < p->r.y + p->r.h)
		ui_text(p->y, p->r.x + indent, p->r.w - indent - 1, text, role);
	p->y++;
}

/* text wrapped to the page after indent; lines keep their own leading spaces */
static void para(page *p, int indent, const char *text, ui_role role)
{
	ui_span spans[12];
	char buf[512];
	size_t lead = strspn(text, " ");
	size_t n = ui_wrap(text + lead, p->r.w - indent - (int)lead - 1, spans, 12);

	for (size_t i = 0; i < n && i < 12; i++) {
		snprintf(buf, sizeof buf, "%*s%.*s", (int)lead, "", (int)spans[i].len, text + lead + spans[i].start);
		line(p, indent, buf, role);
	}
}

/* The cache folder, with the home folder as "~". */
static void cache_dir(char *buf, size_t cap)
{
	const char *home = getenv("HOME");
	cinx_cache c;
	size_t hl = home ? strlen(home) : 0;

	if (cinx_cache_locate(&c, NULL)) {
		snprintf(buf, cap, "the cache folder");
		return;
	}
	if (hl && strncmp(c.dir, home, hl) == 0 && c.dir[hl] == '/')
		snprintf(buf, cap, "~%s", c.dir + hl);
	else
		snprintf(buf, cap, "%s", c.dir);
}

/* Below this height (or with the manual steps to show) each choice is one
 * line and the welcome is short. */
#define FULL_H 20

static void choice(const ui_state *s, page *p, int k, const char *title, const char *detail)
{
	bool sel = ui_welcome_of(s)->sel == k;
	char buf[256];

	if (p->y < p->r.y + p->r.h) {
		if (sel)
			ui_text(p->y, p->r.x, 1, ui_glyph_str(UI_G_SELECT), UI_ROLE_STRONG);
		snprintf(buf, sizeof buf, "%d  %s", k + 1, title);
		if (sel)
			ui_fill(p->y, p->r.x + 2, cinx_text_width(buf) + 2, UI_ROLE_SELECTED);
		ui_text(p->y, p->r.x + 3, p->r.w - 4, buf, sel ? UI_ROLE_SELECTED : UI_ROLE_STRONG);
	}
	p->y++;
	if (detail)
		para(p, 6, detail, UI_ROLE_DIM);
}

static void kilobytes(unsigned long long n, char *buf, size_t cap)
{
	snprintf(buf, cap, "%.1f %s", n >= 1000000 ? n / 1e6 : n / 1e3, n >= 1000000 ? "MB" : "KB");
}

void ui_draw_progress(const ui_state *s, int y, int x0, int w)
{
	bool ascii = ui_draw_ascii();
	char done[32], total[32], buf[128];
	int bar = w - 53, fill, x = x0; /* room for the words around it */

	if (s->progress_done == 0 && s->progress_total == 0) {
		ui_text(y, x, w - 1, "Asking the API for the latest version...  (Esc cancels)", UI_ROLE_MESSAGE);
		return;
	}
	kilobytes(s->progress_done, done, sizeof done);
	if (!s->progress_total || bar < 10) {
		snprintf(buf, sizeof buf, "Downloading: %s  (Esc cancels)", done);
		ui_text(y, x, w - 1, buf, UI_ROLE_MESSAGE);
		return;
	}
	if (bar > 50)
		bar = 50;
	kilobytes(s->progress_total, total, sizeof total);
	fill = (int)(s->progress_done * (unsigned long long)bar / s->progress_total);
	if (fill > bar)
		fill = bar;
	x += ui_text(y, x, 14, "Downloading  ", UI_ROLE_MESSAGE);
	for (int i = 0; i < bar; i++)
		ui_text(y, x + i, 1, i < fill ? (ascii ? "#" : "\xE2\x96\x88") : (ascii ? "-" : "\xE2\x96\x91"),
			i < fill ? UI_ROLE_STRONG : UI_ROLE_DIM);
	snprintf(buf, sizeof buf, "  %s of %s  (Esc cancels)", done, total);
	ui_text(y, x + bar, w - (x + bar - x0), buf, UI_ROLE_NORMAL);
}

static void progress(const ui_state *s, page *p)
{
	if (p->y < p->r.y + p->r.h)
		ui_draw_progress(s, p->y, p->r.x + 3, p->r.w - 3);
	p->y++;
}

void ui_draw_welcome(const ui_state *s, const ui_layout *l)
{
	page p = {{l->table.y, l->table.x + 1, l->table.h, l->table.w - 1}, l->table.y + 1};
	char dir[4096], base[1024], detail[5400];

	cache_dir(dir, sizeof dir);
	if (cinx_api_base(s->env.api_base, base, sizeof base, NULL))
		snprintf(base, sizeof base, "%s", CINX_API_BASE_DEFAULT);
	bool full = p.r.h >= FULL_H && s->env.can_download;

	line(&p, 1, "Welcome to cinx", UI_ROLE_HEADER);
	if (full)
		para(&p, 1, "cinx explores the Department for Education's statistics on \"Referrals and re-referrals "
			    "to children's social care services by local authority\". Nothing has been downloaded "
			    "yet, so the demo data is open.", UI_ROLE_NORMAL);
	else
		para(&p, 1, "Nothing downloaded yet: the demo data is open.", UI_ROLE_NORMAL);
	p.y++;
	snprintf(detail, sizeof detail, "the latest C1 file from %s, kept in %s; 'cinx update' refreshes it", base,
		 dir);
	choice(s, &p, 0, s->env.can_download ? "Download the official data now"
					     : "Download the official data: not in this build, see below",
	       full ? detail : NULL);
	choice(s, &p, 1, "Open a C1 file you already have",
	       full ? "a CSV in the published layout; Tab completes names" : NULL);
	choice(s, &p, 2, "Explore the demo data",
	       full ? "fictional authorities under the real regions: synthetic, not official statistics" : NULL);
	p.y++;
	if (s->downloading) {
		progress(s, &p);
	} else if (ui_welcome_of(s)->error[0]) {
		para(&p, 1, ui_welcome_of(s)->error, UI_ROLE_MESSAGE);
		para(&p, 1, "The demo data is still open: try again, open a file, or explore the demo.", UI_ROLE_NORMAL);
	} else if (!s->env.can_download) {
		char steps[4096], *save = NULL;
		cinx_update_manual_steps(s->env.api_base, steps, sizeof steps);
		for (char *ln = strtok_r(steps, "\n", &save); ln; ln = strtok_r(NULL, "\n", &save))
			para(&p, 1, ln, UI_ROLE_NORMAL);
	}
}
