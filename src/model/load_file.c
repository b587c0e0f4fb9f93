/* SPDX-License-Identifier: MIT */
/* Loading a data file: its metadata beside it, a snapshot when one matches,
 * else the parse (and a snapshot of it for next time). */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cinx/snapshot.h"
#include "dataset_internal.h"
#include "dataset_snapshot.h"
#include "ees_meta.h"
#include "load_parallel.h"
#include "loader_internal.h"

cinx_status cinx_dataset_load_file(const char *path, cinx_dataset **out, cinx_error *err)
{
	return cinx_dataset_load_file_with(path, NULL, out, err);
}

cinx_status cinx_dataset_load_file_requiring(const char *path, const cinx_requirement *req, cinx_dataset **out,
					     cinx_error *err)
{
	cinx_load_opts o = {.req = req};

	return cinx_dataset_load_file_with(path, &o, out, err);
}

cinx_status cinx_dataset_load_file_tapped(const char *path, const cinx_requirement *req, cinx_load_tap tap,
					  void *tap_ctx, cinx_dataset **out, cinx_error *err)
{
	cinx_load_opts o = {.req = req, .tap = tap, .tap_ctx = tap_ctx};

	return cinx_dataset_load_file_with(path, &o, out, err);
}

static unsigned long long file_size(FILE *f)
{
	struct stat sb;

	return fstat(fileno(f), &sb) == 0 && S_ISREG(sb.st_mode) ? (unsigned long long)sb.st_size : 0;
}

static cinx_status parse(const char *path, const cinx_load_opts *o, const cinx_meta *meta, cinx_dataset **out,
			 cinx_error *err)
{
	static char buf[1 << 16];
	const cinx_requirement *req = o ? o->req : NULL;
	unsigned long long done = 0, total;
	bool is_stdin = strcmp(path, "-") == 0;
	FILE *f = is_stdin ? stdin : fopen(path, "rb");
	cinx_loader *l;
	cinx_status st;
	size_t n;

	if (!f)
		return cinx_error_set(err, CINX_E_IO, "%s: cannot open: %s", path, strerror(errno));
	total = file_size(f);
	st = cinx_loader_new(is_stdin ? "<stdin>" : path, &l, err);
	if (!st && req)
		st = cinx_loader_require(l, req->column, req->value, req->why, err);
	if (!st)
		cinx_loader_set_meta(l, meta);
	while (!st && (n = fread(buf, 1, sizeof buf, f)) > 0) {
		if (o && o->tap)
			o->tap(o->tap_ctx, buf, n);
		st = cinx_loader_feed(l, buf, n, err);
		done += n;
		if (o && o->progress)
			o->progress(o->progress_ctx, done, total);
	}
	if (!st && ferror(f))
		st = cinx_error_set(err, CINX_E_IO, "%s: read error: %s", path, strerror(errno));
	if (!st)
		st = cinx_loader_finish(l, out, err);
	if (l)
		cinx_loader_free(l);
	if (!is_stdin)
		fclose(f);
	return st;
}

/* The tap still sees every byte of a file read from its snapshot, so that
 * what it hashes is the file's. */
static cinx_status tap_file(const char *path, const cinx_load_opts *o, cinx_error *err)
{
	static char buf[1 << 16];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return cinx_error_set(err, CINX_E_IO, "%s: cannot open: %s", path, strerror(errno));
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		o->tap(o->tap_ctx, buf, n);
	bool bad = ferror(f);
	fclose(f);
	return bad ? cinx_error_set(err, CINX_E_IO, "%s: read error", path) : CINX_OK;
}

/* Where this file's snapshot is, and what it must have been written from;
 * false when there is none to use (turned off, standard input...). The
 * metadata shapes the data set, so its content is part of the schema. */
static bool snapshot_key(const char *path, const char *meta_path, cinx_snapshot_source *src, uint32_t *schema,
			 char *snap, size_t cap)
{
	cinx_snapshot_source msrc;
	cinx_error ignored;
	bool on = false;

	if (cinx_snapshot_enabled(path, false, &on, &ignored) != CINX_OK || !on ||
	    cinx_snapshot_source_of(path, src, &ignored) != CINX_OK ||
	    cinx_snapshot_path_for(src, snap, cap, &ignored) != CINX_OK)
		return false;
	*schema = CINX_DATASET_SCHEMA;
	if (meta_path) {
		if (cinx_snapshot_source_of(meta_path, &msrc, &ignored) != CINX_OK)
			return false;
		*schema ^= (uint32_t)(msrc.hash ^ (msrc.hash >> 32));
	}
	return true;
}

static void keep_snapshot(const cinx_dataset *ds, const cinx_snapshot_source *src, uint32_t schema)
{
	cinx_snapshot_writer *w;
	cinx_error ignored;

	/* a cache that cannot be written costs the next open a parse, nothing more */
	if (cinx_snapshot_writer_new(src, schema, &w, &ignored) != CINX_OK)
		return;
	if (cinx_dataset_snapshot_write(ds, w, NULL, &ignored) != CINX_OK)
		ignored.message[0] = '\0';
	cinx_snapshot_writer_free(w);
}

static cinx_status from_snapshot_or_parse(const char *path, const cinx_load_opts *o, const cinx_meta *meta,
					  const char *meta_path, cinx_dataset **out, cinx_error *err)
{
	cinx_snapshot_source src;
	cinx_snapshot *s;
	uint32_t schema = 0;
	char snap[PATH_MAX];
	cinx_error why;
	bool keyed = o && o->snapshot && !o->req && strcmp(path, "-") != 0 &&
		     snapshot_key(path, meta_path, &src, &schema, snap, sizeof snap);

	if (keyed && cinx_snapshot_open(snap, &src, schema, &s, &why) == CINX_SNAPSHOT_OK &&
	    cinx_dataset_from_snapshot(s, path, out, &why) == CINX_OK) {
		if (o->tap) {
			cinx_status st = tap_file(path, o, err);
			if (st) {
				cinx_dataset_free(*out);
				*out = NULL;
				return st;
			}
		}
		if (o->progress)
			o->progress(o->progress_ctx, src.size, src.size);
		return CINX_OK;
	}
	cinx_status st;
	if (!cinx_load_parallel(path, o, meta, out, &st, err))
		st = parse(path, o, meta, out, err);
	if (!st && keyed)
		keep_snapshot(*out, &src, schema);
	return st;
}

cinx_status cinx_dataset_load_file_with(const char *path, const cinx_load_opts *o, cinx_dataset **out,
					cinx_error *err)
{
	char meta_path[PATH_MAX];
	bool has_meta = strcmp(path, "-") != 0 && cinx_meta_path(path, meta_path, sizeof meta_path);
	cinx_meta *meta = NULL;
	cinx_status st;

	*out = NULL;
	if (has_meta && (st = cinx_meta_load_file(meta_path, &meta, err)))
		return st;
	st = from_snapshot_or_parse(path, o, meta, has_meta ? meta_path : NULL, out, err);
	if (!st && meta && (st = cinx_dataset_apply_meta(*out, meta, err))) {
		cinx_dataset_free(*out);
		*out = NULL;
	}
	cinx_meta_free(meta);
	return st;
}
