/* SPDX-License-Identifier: MIT */
/* The file-name prompt part of the state machine (export, open a file). */
#ifndef CINX_UI_STATE_PROMPT_H
#define CINX_UI_STATE_PROMPT_H

#include "state.h"

/* Opens the prompt with text already typed. */
void ui_prompt_begin(ui_state *s, ui_prompt_kind kind, const char *text);
void ui_prompt_type(ui_state *s, int cp);
void ui_prompt_erase(ui_state *s);
void ui_prompt_clear(ui_state *s);
/* Tab: completes the name; lists the choices when several match. */
void ui_prompt_complete(ui_state *s);
/* Enter: writes the export, or asks the runner to open the file. */
void ui_prompt_accept(ui_state *s);
void ui_prompt_cancel(ui_state *s);
void ui_prompt_clear_completions(ui_prompt *p);

#endif
