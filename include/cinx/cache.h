/* SPDX-License-Identifier: MIT */
/* The downloaded official copy and what is known about it. It lives in the
 * XDG base directory spec's cache home, $XDG_CACHE_HOME/cinx (default
 * ~/.cache/cinx): everything there can be downloaded again.
 *
 *   c1.csv                 the current copy, plain CSV as published
 *   c1.meta                its provenance (version, published, size, SHA-256...)
 *   c1.previous.csv/.meta  the copy it replaced
 *
 * On a shared server an administrator can keep one copy for every user
 * (cinx update --system): the same files in the system data directory,
 * readable by all. A user's own cache, when it has a copy, comes first.
 *
 * Any other EES data set (cinx update --dataset ID) has a folder of its own,
 * datasets/ID beside C1's files, with the same files named data.* and its
 * metadata as EES publishes it beside a CSV:
 *
 *   datasets/ID/data.csv, data.meta, data.previous.csv/.meta
 *   datasets/ID/data.meta.csv           filters and indicators (EES layout)
 */
#ifndef CINX_CACHE_H
#define CINX_CACHE_H

#include <stdbool.h>
#include "cinx/error.h"
#include "cinx/provenance.h"
#include "cinx/update.h"

typedef struct cinx_cache {
	bool shared;            /* the system-wide copy: files readable by every user */
	char dir[4096];
	char data[4096], meta[4096];
	char prev_data[4096], prev_meta[4096];
	char meta_csv[4096], prev_meta_csv[4096]; /* "" for C1 */
	char stem[8];           /* of every file name: "c1", "data" */
} cinx_cache;

/* Finds the paths (creates nothing). Fails when neither $XDG_CACHE_HOME
 * (an absolute path) nor $HOME is set. */
cinx_status cinx_cache_locate(cinx_cache *c, cinx_error *err);
/* The system-wide copy's paths: $CINX_SYSTEM_DATA_DIR when set (an
 * absolute path), else the directory chosen when cinx was built
 * (configure --with-system-data-dir, default LOCALSTATEDIR/lib/cinx). */
cinx_status cinx_cache_locate_system(cinx_cache *c, cinx_error *err);
/* The paths of data set id's folder (checked with cinx_dataset_id_check),
 * in the user's cache or (system) the system-wide one. */
cinx_status cinx_cache_locate_dataset(cinx_cache *c, const char *id, bool system, cinx_error *err);
/* The data sets other than C1 that have a copy in the cache whose paths c
 * has (from cinx_cache_locate or _system), in order of id: *ids is an
 * array of *n ids to free(). */
cinx_status cinx_cache_list_datasets(const cinx_cache *c, char (**ids)[CINX_DATA_SET_ID_SIZE], size_t *n,
				     cinx_error *err);
/* Creates the directory and its parents. */
cinx_status cinx_cache_make_dir(const cinx_cache *c, cinx_error *err);
bool cinx_cache_has_data(const cinx_cache *c);
/* The same, but a copy that is there and cannot be reached (permissions)
 * fills err instead of passing for none: opening the demo data in its place
 * would be a silent wrong answer. */
bool cinx_cache_reach_data(const cinx_cache *c, cinx_error *err);
bool cinx_cache_has_previous(const cinx_cache *c);

/* What is known about the copy at data: the metadata file meta read into
 * p's recorded fields (origin and path are left alone), kept only when its
 * size and SHA-256 are those of data's bytes. Otherwise p->recorded is
 * false and the fields are empty: a stale record (a kill between the
 * renames of an install, a copy replaced by hand) never names the wrong
 * version or hash. CINX_E_NOTFOUND when either file does not exist. */
cinx_status cinx_cache_read_meta(const char *meta, const char *data, cinx_provenance *p, cinx_error *err);
/* The same for bytes already read (so the record is checked against the
 * very bytes loaded): size and sha256 (lowercase hex) are theirs. */
cinx_status cinx_cache_read_meta_of(const char *meta, unsigned long long size, const char *sha256,
				    cinx_provenance *p, cinx_error *err);
/* Writes p's recorded fields atomically (temporary file + rename). */
cinx_status cinx_cache_write_meta(const char *path, const cinx_provenance *p, cinx_error *err);

/* Takes the update lock (one update at a time) and removes what an
 * interrupted update left behind. Release with cinx_cache_unlock. Fails
 * at once, with *busy set, when another update holds it. */
cinx_status cinx_cache_lock(const cinx_cache *c, int *fd, bool *busy, cinx_error *err);
void cinx_cache_unlock(int fd);
/* Creates a new empty temporary file in the cache directory, beside the
 * current copy, for a download; its name goes to path. */
cinx_status cinx_cache_temp(const cinx_cache *c, char *path, size_t cap, int *fd, cinx_error *err);
/* The same beside final (one of c's files). */
cinx_status cinx_cache_temp_for(const cinx_cache *c, const char *final, char *path, size_t cap, int *fd,
				cinx_error *err);

/* Makes tmp_path (a complete, validated file in c->dir) the current copy
 * with metadata p (whose size and sha256 must be tmp_path's). The current
 * copy and its metadata, when present, become the previous copy. Every step
 * is a rename within the directory, so each copy is whole at every moment;
 * a kill between two steps can pair a copy with another's metadata, which
 * cinx_cache_read_meta then refuses. */
cinx_status cinx_cache_install(const cinx_cache *c, const char *tmp_path, const cinx_provenance *p,
			       cinx_error *err);
/* The same with meta_csv_tmp (or NULL), a complete .meta.csv in c->dir,
 * installed as c->meta_csv just before the data. */
cinx_status cinx_cache_install_with(const cinx_cache *c, const char *tmp_path, const char *meta_csv_tmp,
				    const cinx_provenance *p, cinx_error *err);

#endif
