/* SPDX-License-Identifier: MIT */
/* Typing a file name: characters, erasing, Tab completion, Enter. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "complete.h"
#include "state_prompt.h"
#include "state_share.h"
#include "utf8.h"
#include "view.h"

void ui_prompt_clear_completions(ui_prompt *p)
{
	for (size_t i = 0; i < p->n_completions; i++)
		free(p->completions[i]);
	p->n_completions = p->more_completions = 0;
}

void ui_prompt_begin(ui_state *s, ui_prompt_kind kind, const char *text)
{
	ui_prompt_clear_completions(&s->prompt);
	s->prompt.kind = kind;
	snprintf(s->prompt.text, sizeof s->prompt.text, "%s", text);
	s->prompt.confirm[0] = '\0';
	s->overlay = UI_OVERLAY_PROMPT;
}

void ui_prompt_type(ui_state *s, int cp)
{
	ui_prompt_clear_completions(&s->prompt);
	ui_utf8_append(s->prompt.text, sizeof s->prompt.text, cp);
}

void ui_prompt_erase(ui_state *s)
{
	ui_prompt_clear_completions(&s->prompt);
	ui_utf8_erase_last(s->prompt.text);
}

void ui_prompt_clear(ui_state *s)
{
	ui_prompt_clear_completions(&s->prompt);
	s->prompt.text[0] = '\0';
}

void ui_prompt_complete(ui_state *s)
{
	ui_prompt *p = &s->prompt;
	char out[UI_PATH_MAX];
	size_t n;

	ui_prompt_clear_completions(p);
	if (p->kind == UI_PROMPT_CATALOGUE) {
		ui_state_say(s, "Type words of a publication's title, then Enter");
		return;
	}
	n = ui_complete_path(p->text, out, sizeof out, p->completions, UI_COMPLETIONS_MAX, &p->n_completions);
	if (n == 0) {
		ui_state_say(s, "No file or folder name starts so");
		return;
	}
	snprintf(p->text, sizeof p->text, "%s", out);
	p->more_completions = n - p->n_completions;
}

void ui_prompt_cancel(ui_state *s)
{
	ui_prompt_clear_completions(&s->prompt);
	s->overlay = UI_OVERLAY_NONE;
	ui_state_say(s, "%s", s->prompt.kind == UI_PROMPT_EXPORT      ? "Export cancelled"
			      : s->prompt.kind == UI_PROMPT_CATALOGUE ? "Nothing searched"
								       : "Nothing opened");
}

void ui_prompt_accept(ui_state *s)
{
	ui_prompt_clear_completions(&s->prompt);
	if (s->prompt.kind == UI_PROMPT_CATALOGUE) {
		s->overlay = UI_OVERLAY_NONE;
		ui_catalogue_search(s, s->prompt.text);
		return;
	}
	if (!s->prompt.text[0]) {
		ui_state_say(s, "Type a file name first (Esc cancels)");
		return;
	}
	if (s->prompt.kind == UI_PROMPT_EXPORT) {
		ui_export_write(s);
		return;
	}
	s->overlay = UI_OVERLAY_NONE;
	s->request = UI_REQ_OPEN_FILE;
}
