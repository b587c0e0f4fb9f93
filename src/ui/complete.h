/* SPDX-License-Identifier: MIT */
/* Tab completion of file names, as a shell does it. No curses. */
#ifndef CINX_UI_COMPLETE_H
#define CINX_UI_COMPLETE_H

#include <stddef.h>

/* Completes the last part of text (a path being typed; a leading "~/" is
 * the home folder) against the folder it names: out receives text extended
 * by the longest prefix every match shares, and a '/' after a single
 * folder. Dot files match only when the part typed starts with '.'.
 * Returns the number of matches; when there are several, names receives
 * the first max of them, sorted, as new strings (folders end in '/') and
 * *n_names how many it holds. */
size_t ui_complete_path(const char *text, char *out, size_t cap, char **names, size_t max, size_t *n_names);

#endif
