/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "cinx/paths.h"

size_t cinx_xdg_path(const char *var, const char *home_dir, const char *name, char *buf, size_t cap)
{
	const char *xdg = getenv(var), *home = getenv("HOME");
	int n;

	if (xdg && xdg[0] == '/')
		n = snprintf(buf, cap, "%s/%s", xdg, name);
	else if (home && home[0])
		n = snprintf(buf, cap, "%s/%s/%s", home, home_dir, name);
	else
		return 0;
	return n > 0 ? (size_t)n : 0;
}

bool cinx_path_in_home(const char *path)
{
	return path[0] == '~' && (path[1] == '/' || path[1] == '\0');
}

bool cinx_expand_home(const char *path, char *out, size_t cap)
{
	const char *home = getenv("HOME");

	if (!cinx_path_in_home(path)) {
		snprintf(out, cap, "%s", path);
		return true;
	}
	if (!home || !home[0]) {
		snprintf(out, cap, "%s", path);
		return false;
	}
	snprintf(out, cap, "%s%s", home, path + 1);
	return true;
}
