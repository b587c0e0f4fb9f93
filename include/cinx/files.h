/* SPDX-License-Identifier: MIT */
/* Files written whole or not at all: a temporary file beside the target,
 * flushed to the disk, then renamed over it, so a reader (or a kill at any
 * moment) sees the old file or the new one, never half of one. */
#ifndef CINX_FILES_H
#define CINX_FILES_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>
#include "cinx/error.h"

/* In the name of every temporary file, so leftovers can be found. */
#define CINX_TEMP_MARK ".part-"

/* Creates dir and each missing parent with mode; force_mode sets the mode
 * of those it creates even past the umask (a folder meant for every user). */
CINX_MUST_CHECK cinx_status cinx_make_dirs(const char *dir, mode_t mode, bool force_mode, cinx_error *err);

/* A new empty file beside path (path CINX_TEMP_MARK "XXXXXX", close-on-exec)
 * with mode; its name goes to tmp and its descriptor to *fd. */
CINX_MUST_CHECK cinx_status cinx_temp_beside(const char *path, mode_t mode, char *tmp, size_t cap, int *fd,
					     cinx_error *err);

/* Flushes fd to the disk, closes it and renames tmp to path, then flushes
 * path's folder. Whatever fails, fd is closed and tmp is gone. */
CINX_MUST_CHECK cinx_status cinx_install_temp(int fd, const char *tmp, const char *path, cinx_error *err);

/* Flushes a folder's entries (renames in it) to the disk, as far as it can. */
void cinx_sync_dir(const char *dir);

#endif
