/* SPDX-License-Identifier: MIT */
/* What the state asks for and cannot do itself (see ui_request): download
 * the data with a progress bar, open a file, send text to the clipboard.
 * The runner owns the data sets it opens. */
#ifndef CINX_UI_RUNNER_H
#define CINX_UI_RUNNER_H

#include <stdbool.h>
#include "explorer.h"
#include "state.h"

/* o: for the population file and the API base; terminal: a real terminal
 * (keys can cancel a download, the clipboard can be reached); ds: the data
 * on screen, whose filters it changes. */
void ui_runner_setup(const explorer_launch *o, bool terminal, cinx_dataset *ds);
/* Carries out s->request, if any. */
void ui_runner_handle(ui_state *s);
/* Frees the data sets opened on the way. */
void ui_runner_finish(void);

#endif
