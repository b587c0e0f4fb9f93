/* SPDX-License-Identifier: MIT */
/* Where a user's files are: the XDG base directories and "~". */
#ifndef CINX_PATHS_H
#define CINX_PATHS_H

#include <stdbool.h>
#include <stddef.h>

/* $var/name when var (XDG_CONFIG_HOME, XDG_CACHE_HOME...) is an absolute
 * path (the specification ignores a relative one), else $HOME/home_dir/name
 * (home_dir such as ".config"). Returns the length the path needs, as
 * snprintf does (>= cap: cut), or 0 when neither is set. */
size_t cinx_xdg_path(const char *var, const char *home_dir, const char *name, char *buf, size_t cap);

/* Whether path is "~" or starts with "~/": it names the home folder. */
bool cinx_path_in_home(const char *path);

/* path with its leading "~" made $HOME; other paths as they are. False,
 * with path copied as it is, when it is in the home folder but HOME is not
 * set. */
bool cinx_expand_home(const char *path, char *out, size_t cap);

#endif
