/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cinx/paths.h"
#include "complete.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether dir/name is a folder (following links). */
static bool is_folder(const char *dir, const char *name)
{
	char path[4096];
	struct stat st;

	snprintf(path, sizeof path, "%s%s", dir, name);
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The matching entries of the folder, sorted; NULL when it cannot be read. */
static char **matches(const char *dir, const char *base, size_t *n)
{
	DIR *d = opendir(dir[0] ? dir : ".");
	char **list = NULL;
	size_t cap = 0;
	struct dirent *e;

	*n = 0;
	if (!d)
		return NULL;
	while ((e = readdir(d))) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (e->d_name[0] == '.' && base[0] != '.')
			continue;
		if (strncmp(e->d_name, base, strlen(base)) != 0)
			continue;
		if (*n == cap) {
			char **bigger = realloc(list, (cap = cap ? 2 * cap : 16) * sizeof *list);
			if (!bigger)
				break;
			list = bigger;
		}
		if (!(list[*n] = strdup(e->d_name)))
			break;
		(*n)++;
	}
	closedir(d);
	if (*n)
		qsort(list, *n, sizeof *list, by_name);
	return list;
}

size_t ui_complete_path(const char *text, char *out, size_t cap, char **names, size_t max, size_t *n_names)
{
	const char *slash = strrchr(text, '/');
	size_t dir_len = slash ? (size_t)(slash - text) + 1 : 0, n, common;
	char dir[4096], typed_dir[4096];
	char **list;

	*n_names = 0;
	snprintf(out, cap, "%s", text);
	snprintf(typed_dir, sizeof typed_dir, "%.*s", (int)dir_len, text);
	cinx_expand_home(typed_dir, dir, sizeof dir);
	if (strcmp(text, "~") == 0) {
		snprintf(out, cap, "~/");
		return 1;
	}
	list = matches(dir, text + dir_len, &n);
	if (!n) {
		free(list);
		return 0;
	}
	common = strlen(list[0]);
	for (size_t i = 1; i < n; i++) {
		size_t k = 0;
		while (k < common && list[i][k] == list[0][k])
			k++;
		common = k;
	}
	snprintf(out, cap, "%s%.*s%s", typed_dir, (int)common, list[0],
		 n == 1 && is_folder(dir, list[0]) ? "/" : "");
	for (size_t i = 0; i < n; i++) {
		if (n > 1 && *n_names < max) {
			size_t len = strlen(list[i]);
			bool folder = is_folder(dir, list[i]);
			char *name = malloc(len + 2);
			if (name) {
				snprintf(name, len + 2, "%s%s", list[i], folder ? "/" : "");
				names[(*n_names)++] = name;
			}
		}
		free(list[i]);
	}
	free(list);
	return n;
}
