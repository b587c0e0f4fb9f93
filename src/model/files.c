/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cinx/files.h"

cinx_status cinx_make_dirs(const char *dir, mode_t mode, bool force_mode, cinx_error *err)
{
	char path[4096];

	if (snprintf(path, sizeof path, "%s", dir) >= (int)sizeof path)
		return cinx_error_set(err, CINX_E_IO, "the directory's path is too long: %.200s...", dir);
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char end = *p;
		*p = '\0';
		if (mkdir(path, mode) == 0) {
			/* the umask (077 for root on some servers) must not hide a
			 * folder meant for every user */
			if (force_mode && chmod(path, mode) != 0)
				return cinx_error_set(err, CINX_E_IO, "cannot open %s to every user: %s", path,
						      strerror(errno));
		} else if (errno != EEXIST) {
			return cinx_error_set(err, CINX_E_IO, "cannot create the directory %s: %s", path,
					      strerror(errno));
		}
		*p = end;
		if (!end)
			break;
	}
	return CINX_OK;
}

cinx_status cinx_temp_beside(const char *path, mode_t mode, char *tmp, size_t cap, int *fd, cinx_error *err)
{
	int n = snprintf(tmp, cap, "%s%s", path, CINX_TEMP_MARK "XXXXXX");

	*fd = -1;
	if (n < 0 || (size_t)n >= cap)
		return cinx_error_set(err, CINX_E_IO, "%.200s: path too long", path);
	if ((*fd = mkostemp(tmp, O_CLOEXEC)) < 0)
		return cinx_error_set(err, CINX_E_IO, "cannot create %s: %s", tmp, strerror(errno));
	/* mkstemp makes files only their owner reads */
	if (fchmod(*fd, mode) != 0) {
		int e = errno;
		close(*fd);
		unlink(tmp);
		*fd = -1;
		return cinx_error_set(err, CINX_E_IO, "cannot set the mode of %s: %s", tmp, strerror(e));
	}
	return CINX_OK;
}

void cinx_sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

cinx_status cinx_install_temp(int fd, const char *tmp, const char *path, cinx_error *err)
{
	char dir[4096];
	const char *slash = strrchr(path, '/');
	bool synced = fsync(fd) == 0;
	int e = errno;

	if (close(fd) != 0 && synced) {
		synced = false;
		e = errno;
	}
	if (!synced) {
		unlink(tmp);
		return cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp, strerror(e));
	}
	if (rename(tmp, path) != 0) {
		e = errno;
		unlink(tmp);
		return cinx_error_set(err, CINX_E_IO, "cannot rename %s to %s: %s", tmp, path, strerror(e));
	}
	if (slash && slash != path && snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path) < (int)sizeof dir)
		cinx_sync_dir(dir);
	return CINX_OK;
}
