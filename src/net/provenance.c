/* SPDX-License-Identifier: MIT */
/* Which data opens, and the record of where it came from that travels with
 * the dataset. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cinx/cache.h"
#include "cinx/demo.h"
#include "cinx/provenance.h"
#include "cinx/update.h"
#include "digest.h"
#include "model/dataset_internal.h"

static cinx_load_progress watch;
static void *watch_ctx;

void cinx_data_watch(cinx_load_progress progress, void *ctx)
{
	watch = progress;
	watch_ctx = ctx;
}

/* Gives *ds its provenance; on failure frees it and leaves *ds NULL. */
static cinx_status attach(cinx_dataset **ds, const cinx_provenance *p, cinx_error *err)
{
	if (!((*ds)->provenance = malloc(sizeof *p))) {
		cinx_dataset_free(*ds);
		*ds = NULL;
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	}
	*(*ds)->provenance = *p;
	return CINX_OK;
}

static bool snapshots = true;

void cinx_data_snapshots(bool on)
{
	snapshots = on;
}

cinx_status cinx_data_open_file(const char *path, cinx_origin origin, cinx_dataset **out,
				cinx_error *err)
{
	cinx_provenance p = {.origin = origin};
	cinx_load_opts o = {.snapshot = snapshots, .progress = watch, .progress_ctx = watch_ctx};
	cinx_status st = cinx_dataset_load_file_with(path, &o, out, err);

	if (st)
		return st;
	snprintf(p.path, sizeof p.path, "%s", path);
	return attach(out, &p, err);
}

static void hash_chunk(void *digest, const void *buf, size_t len)
{
	cinx_digest_add(digest, buf, len);
}

/* The copy in c, which has one; fix: the update that downloads it again. */
static cinx_status open_copy(const cinx_cache *c, const char *fix, cinx_dataset **out, cinx_error *err)
{
	cinx_provenance p = {.origin = c->shared ? CINX_ORIGIN_SYSTEM : CINX_ORIGIN_CACHE};
	cinx_digest d;
	char sum[65];
	/* a copy with no record (put there by hand) has nothing to check it
	 * against: it is loaded without hashing, and nettle stays unloaded */
	bool check = access(c->meta, F_OK) == 0;
	cinx_status st;

	/* the record is checked against the very bytes loaded, even if an
	 * update replaces the file meanwhile */
	if (check && (st = cinx_digest_init(&d, err)))
		return st;
	cinx_load_opts o = {.snapshot = snapshots, .tap = check ? hash_chunk : NULL, .tap_ctx = &d,
			    .progress = watch, .progress_ctx = watch_ctx};
	if ((st = cinx_dataset_load_file_with(c->data, &o, out, err))) {
		char msg[CINX_ERROR_MAX];
		if (st != CINX_E_DATA) /* unreadable, not damaged: the message says why */
			return st;
		snprintf(msg, sizeof msg, "%s", err->message);
		return cinx_error_set(err, st, "%s (the %s copy is damaged: run '%s --force%s' to "
				      "download it again, or use --data FILE)", msg,
				      c->shared ? "system-wide" : "cached", fix, c->shared ? " --system" : "");
	}
	snprintf(p.path, sizeof p.path, "%s", c->data);
	if (check) {
		cinx_digest_hex(&d, sum);
		/* metadata that does not describe these very bytes is no provenance */
		cinx_cache_read_meta_of(c->meta, d.size, sum, &p, NULL);
	}
	return attach(out, &p, err);
}

/* The user's cache when it has a copy, else the system-wide copy when
 * there is one; false when neither has (or err says why it cannot tell).
 * id: a data set other than C1, or NULL. */
static bool find_copy(cinx_cache *c, const char *id, cinx_error *err)
{
	return ((id ? cinx_cache_locate_dataset(c, id, false, NULL) : cinx_cache_locate(c, NULL)) == CINX_OK &&
		cinx_cache_reach_data(c, err)) ||
	       (!err->status &&
		(id ? cinx_cache_locate_dataset(c, id, true, NULL) : cinx_cache_locate_system(c, NULL)) == CINX_OK &&
		cinx_cache_reach_data(c, err));
}

cinx_status cinx_data_open_cache(cinx_dataset **out, cinx_error *err)
{
	cinx_cache c;
	cinx_status st;

	*out = NULL;
	cinx_error_clear(err);
	if (find_copy(&c, NULL, err))
		return open_copy(&c, "cinx update", out, err);
	if (err->status)
		return err->status;
	if ((st = cinx_cache_locate(&c, err)))
		return st;
	return cinx_error_set(err, CINX_E_NOTFOUND, "no downloaded copy in %s; run 'cinx update'", c.dir);
}

cinx_status cinx_data_open_dataset(const char *id, cinx_dataset **out, cinx_error *err)
{
	char sure[CINX_DATA_SET_ID_SIZE], fix[80];
	cinx_cache c;
	cinx_status st;

	*out = NULL;
	cinx_error_clear(err);
	if ((st = cinx_dataset_id_check(id, sure, err)))
		return st;
	snprintf(fix, sizeof fix, "cinx update --dataset %s", sure);
	if (find_copy(&c, sure, err))
		return open_copy(&c, fix, out, err);
	if (err->status)
		return err->status;
	if ((st = cinx_cache_locate_dataset(&c, sure, false, err)))
		return st;
	return cinx_error_set(err, CINX_E_NOTFOUND, "data set %s is not downloaded (no copy in %s); run '%s' "
			      "first ('cinx datasets' lists what there is)", sure, c.dir, fix);
}

cinx_status cinx_data_open_demo(cinx_dataset **out, cinx_error *err)
{
	cinx_provenance p = {.origin = CINX_ORIGIN_DEMO};
	char *csv;
	size_t len;
	cinx_status st = cinx_demo_csv(&csv, &len, err);

	*out = NULL;
	if (st)
		return st;
	st = cinx_dataset_load_memory("demo data", csv, len, out, err);
	free(csv);
	return st ? st : attach(out, &p, err);
}

cinx_status cinx_data_open(const char *data_opt, cinx_dataset **out, cinx_error *err)
{
	const char *env = getenv("CINX_DATA");
	cinx_cache c;

	if (data_opt && data_opt[0])
		return cinx_data_open_file(data_opt, CINX_ORIGIN_FILE, out, err);
	if (env && env[0])
		return cinx_data_open_file(env, CINX_ORIGIN_ENV, out, err);
	*out = NULL;
	cinx_error_clear(err);
	if (find_copy(&c, NULL, err))
		return open_copy(&c, "cinx update", out, err);
	if (err->status)
		return err->status;
	return cinx_data_open_demo(out, err);
}

const cinx_provenance *cinx_dataset_provenance(const cinx_dataset *ds) { return ds->provenance; }

bool cinx_dataset_is_demo(const cinx_dataset *ds)
{
	return ds->provenance && ds->provenance->origin == CINX_ORIGIN_DEMO;
}

const char *cinx_stamp_day(const char *stamp, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s", stamp);
	if (strlen(buf) > 10 && buf[4] == '-' && buf[7] == '-' && buf[10] == 'T')
		buf[10] = '\0';
	return buf;
}

void cinx_provenance_label(const cinx_dataset *ds, char *buf, size_t cap)
{
	const cinx_provenance *p = ds->provenance;
	const char *name;
	char pub[64], got[32];

	if (!p) {
		snprintf(buf, cap, "file %s", cinx_dataset_source(ds));
		return;
	}
	switch (p->origin) {
	case CINX_ORIGIN_DEMO:
		snprintf(buf, cap, "%s", CINX_DEMO_LABEL);
		return;
	case CINX_ORIGIN_CACHE:
	case CINX_ORIGIN_SYSTEM:
		if (p->recorded)
			snprintf(buf, cap, "%s v%s, published %s, downloaded %s%s",
				 p->title[0] ? p->title : "Official data", p->version,
				 cinx_stamp_day(p->published, pub, sizeof pub), cinx_stamp_day(p->downloaded, got, sizeof got),
				 p->origin == CINX_ORIGIN_SYSTEM ? " (system-wide copy)" : "");
		else
			snprintf(buf, cap, "%s (version not recorded)",
				 p->origin == CINX_ORIGIN_SYSTEM ? "System-wide copy" : "Cached copy");
		return;
	case CINX_ORIGIN_FILE:
	case CINX_ORIGIN_ENV:
		break;
	}
	if (strcmp(p->path, "-") == 0) {
		snprintf(buf, cap, "standard input");
		return;
	}
	name = strrchr(p->path, '/');
	snprintf(buf, cap, "file %s", name ? name + 1 : p->path);
}
