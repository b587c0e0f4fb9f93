/* The downloaded official copy and what is known about it. It lives in the
 * XDG base directory spec's cache home, $XDG_CACHE_HOME/cinx (default
 * ~/.cache/cinx): everything there can be downloaded again.
 *
 *   c1.csv                 the current copy, plain CSV as published
 *   c1.meta                its provenance (version, published, SHA-256...)
 *   c1.previous.csv/.meta  the copy it replaced
 *
 * On a shared server an administrator can keep one copy for every user
 * (cinx update --system): the same files in the system data directory,
 * readable by all. A user's own cache, when it has a copy, comes first.
 */
#ifndef CINX_CACHE_H
#define CINX_CACHE_H

#include <stdbool.h>
#include "cinx/error.h"
#include "cinx/provenance.h"

typedef struct cinx_cache {
	bool shared;            /* the system-wide copy: files readable by every user */
	char dir[4096];
	char data[4096], meta[4096];
	char prev_data[4096], prev_meta[4096];
} cinx_cache;

/* Finds the paths (creates nothing). Fails when neither $XDG_CACHE_HOME
 * (an absolute path) nor $HOME is set. */
cinx_status cinx_cache_locate(cinx_cache *c, cinx_error *err);
/* The system-wide copy's paths: $CINX_SYSTEM_DATA_DIR when set (an
 * absolute path), else the directory chosen when cinx was built
 * (configure --with-system-data-dir, default LOCALSTATEDIR/lib/cinx). */
cinx_status cinx_cache_locate_system(cinx_cache *c, cinx_error *err);
/* Creates the directory and its parents. */
cinx_status cinx_cache_make_dir(const cinx_cache *c, cinx_error *err);
bool cinx_cache_has_data(const cinx_cache *c);
bool cinx_cache_has_previous(const cinx_cache *c);

/* Reads a metadata file into p's recorded fields (origin and path are left
 * alone); CINX_E_NOTFOUND when the file does not exist. */
cinx_status cinx_cache_read_meta(const char *path, cinx_provenance *p, cinx_error *err);
/* Writes p's recorded fields atomically (temporary file + rename). */
cinx_status cinx_cache_write_meta(const char *path, const cinx_provenance *p, cinx_error *err);

/* Takes the update lock (one update at a time) and removes what an
 * interrupted update left behind. Release with cinx_cache_unlock. */
cinx_status cinx_cache_lock(const cinx_cache *c, int *fd, cinx_error *err);
void cinx_cache_unlock(int fd);
/* Creates a new empty temporary file in the cache directory, beside the
 * current copy, for a download; its name goes to path. */
cinx_status cinx_cache_temp(const cinx_cache *c, char *path, size_t cap, int *fd, cinx_error *err);

/* Makes tmp_path (a complete, validated file in c->dir) the current copy
 * with metadata p. The current copy and its metadata, when present, become
 * the previous copy. Every step is a rename within the directory, so the
 * current copy is whole at every moment. */
cinx_status cinx_cache_install(const cinx_cache *c, const char *tmp_path, const cinx_provenance *p,
			       cinx_error *err);

#endif
