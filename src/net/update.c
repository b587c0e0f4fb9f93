/* SPDX-License-Identifier: MIT */
/* cinx update with libcurl: the version check (json-c), the download into a
 * temporary file checked by the real loader as it arrives, SHA-256 (nettle)
 * and the move into the cache. A data set other than C1 brings its
 * metadata too, written beside the CSV as an EES .meta.csv. */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cinx/cache.h"
#include "cinx/update.h"
#include "http.h"
#include "meta_csv.h"

/* rows of the real file are under 200 bytes */
#define ROW_BYTES_MAX 1024ULL
#define ROW_MARGIN 1000ULL
/* the meta of a data set with long filters (every school, say) */
#define META_MAX (16u << 20)

typedef struct latest {
	char version[64], published[64], title[256];
	unsigned long long rows;     /* latestVersion.totalResults; 0 when not given */
} latest;

/* One update: which data set, from where, within which limits. */
typedef struct job {
	const cinx_update_opts *o;
	char id[CINX_DATA_SET_ID_SIZE]; /* lowercase */
	bool c1;
	char base[1024];
	http_limits lim;
	/* the indicators the data set's meta lists, which the CSV must have */
	char (*indicators)[CINX_META_COLUMN_MAX];
	size_t n_indicators;
} job;

bool cinx_update_supported(void) { return true; }

static cinx_status check_latest(const job *j, latest *l, cinx_error *err)
{
	char url[1200];
	json_object *root;
	const char *version, *published, *title;
	cinx_status st;

	snprintf(url, sizeof url, "%s/v1/data-sets/%s", j->base, j->id);
	if ((st = cinx_http_get_json(&j->lim, j->base, url, CINX_HTTP_SUMMARY_MAX, &root, err)))
		return st;
	version = cinx_json_string_at(root, "/latestVersion/version");
	published = cinx_json_string_at(root, "/latestVersion/published");
	title = cinx_json_string_at(root, "/title");
	if (!version || !version[0])
		st = cinx_error_set(err, CINX_E_NETWORK,
				    "unexpected answer from %s: %s; expected a data set summary with "
				    "latestVersion.version", url, root ? "no latestVersion.version" : "not JSON");
	else {
		cinx_http_clean_copy(l->version, sizeof l->version, version);
		cinx_http_clean_copy(l->published, sizeof l->published, published ? published : "");
		cinx_http_clean_copy(l->title, sizeof l->title, title ? title : "");
		l->rows = cinx_json_count_at(root, "/latestVersion/totalResults");
	}
	cinx_http_json()->object_put(root);
	return st;
}

/* The cached copy is this version, and is the very file that was recorded. */
static bool is_current(const cinx_cache *c, const latest *l, cinx_provenance *p)
{
	p->origin = c->shared ? CINX_ORIGIN_SYSTEM : CINX_ORIGIN_CACHE;
	snprintf(p->path, sizeof p->path, "%s", c->data);
	return cinx_cache_read_meta(c->meta, c->data, p, NULL) == CINX_OK && p->recorded &&
	       strcmp(p->version, l->version) == 0;
}

static bool has_indicator(const cinx_dataset *ds, const char *name)
{
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (strcmp(cinx_dataset_indicator(ds, i)->name, name) == 0)
			return true;
	return false;
}

/* The CSV's caps: CINX_MAX_DOWNLOAD, and when the summary promised a number
 * of rows, twice that plus a margin (and a generous size for each). */
static void set_caps(http_fetch *f, const latest *l)
{
	f->max_bytes = f->lim->max_mb << 20;
	if (!(f->promised = l->rows))
		return;
	f->max_lines = 2 * l->rows + ROW_MARGIN;
	if (f->max_lines * ROW_BYTES_MAX < f->max_bytes)
		f->max_bytes = f->max_lines * ROW_BYTES_MAX;
}

/* "?dataSetVersion=V": the version just checked, so that the file and its
 * record agree. */
static cinx_status version_query(const latest *l, char *buf, size_t cap, cinx_error *err)
{
	char v[200];

	if (!cinx_http_escape(l->version, v, sizeof v))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	snprintf(buf, cap, "?dataSetVersion=%s", v);
	return CINX_OK;
}

/* What a download records of itself. */
static void record(const job *j, const latest *l, http_fetch *f, const cinx_dataset *ds,
		   cinx_update_result *res)
{
	cinx_provenance *p = &res->prov;
	time_t now = time(NULL);
	struct tm tm;

	p->recorded = true;
	snprintf(p->version, sizeof p->version, "%s", l->version);
	snprintf(p->published, sizeof p->published, "%s", l->published);
	strftime(p->downloaded, sizeof p->downloaded, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
	snprintf(p->url, sizeof p->url, "%s", f->url);
	p->size = f->digest.size;
	cinx_digest_hex(&f->digest, p->sha256);
	res->n_rows = cinx_dataset_n_rows(ds);
	if (!j->c1) {
		/* C1's record stays as it always was */
		snprintf(p->dataset_id, sizeof p->dataset_id, "%s", j->id);
		snprintf(p->title, sizeof p->title, "%s", l->title);
		p->rows = res->n_rows;
	}
	snprintf(res->first_period, sizeof res->first_period, "%s", cinx_dataset_period_label(ds, 0));
	snprintf(res->last_period, sizeof res->last_period, "%s",
		 cinx_dataset_period_label(ds, cinx_dataset_n_years(ds) - 1));
}

/* Downloads into tmp (an open file) and checks it; fills res on success. */
static cinx_status download(const job *j, const latest *l, FILE *tmp, cinx_update_result *res, cinx_error *err)
{
	char url[1400], query[256];
	const char *kind = j->c1 ? "C1" : "EES";
	http_fetch f = {.url = url, .base = j->base, .lim = &j->lim, .mem_max = CINX_HTTP_ERROR_BODY_MAX,
			.file = tmp, .kind = kind, .progress = j->o->progress, .progress_ctx = j->o->progress_ctx};
	cinx_dataset *ds = NULL;
	cinx_status st;

	if ((st = version_query(l, query, sizeof query, err)))
		return st;
	snprintf(url, sizeof url, "%s/v1/data-sets/%s/csv%s", j->base, j->id, query);
	if ((st = cinx_digest_init(&f.digest, err)))
		return st;
	set_caps(&f, l);
	st = cinx_loader_new(j->c1 ? "c1.csv" : "data.csv", &f.loader, err);
	if (!st)
		st = cinx_http_get(&f, "text/csv", err);
	if (!st && (fflush(tmp) != 0 || fsync(fileno(tmp)) != 0))
		st = cinx_error_set(err, CINX_E_IO, "cannot write the download to the cache: %s", strerror(errno));
	if (!st && cinx_loader_finish(f.loader, &ds, err)) {
		char msg[CINX_ERROR_MAX];
		snprintf(msg, sizeof msg, "%s", err->message);
		st = cinx_error_set(err, CINX_E_DATA, "the download from %s is not valid %s data: %s", url, kind, msg);
	}
	if (!st && j->c1 && !has_indicator(ds, "referral_count"))
		st = cinx_error_set(err, CINX_E_DATA,
				    "the download from %s is not the C1 data set: it has no referral_count column", url);
	/* a column with a stray word loads as text: the meta says it counts */
	for (size_t i = 0; !st && i < j->n_indicators; i++)
		if (!has_indicator(ds, j->indicators[i]))
			st = cinx_error_set(err, CINX_E_DATA, "the download from %s is not valid EES data: the data "
					    "set's meta lists the indicator '%s', which is not a numeric column of the "
					    "file", url, j->indicators[i]);
	if (!st)
		record(j, l, &f, ds, res);
	cinx_dataset_free(ds);
	cinx_loader_free(f.loader);
	cinx_http_done(&f);
	return st;
}

/* Downloads the data set's meta (filters and indicators) and writes it as
 * an EES .meta.csv to a new temporary file, whose name goes to path. */
static cinx_status fetch_meta(job *j, const latest *l, const cinx_cache *c, char *path, size_t cap,
			      cinx_error *err)
{
	char url[1400], query[256];
	json_object *root = NULL;
	cinx_status st;

	if ((st = version_query(l, query, sizeof query, err)))
		return st;
	snprintf(url, sizeof url, "%s/v1/data-sets/%s/meta%s&types=Filters,Indicators", j->base, j->id, query);
	if ((st = cinx_http_get_json(&j->lim, j->base, url, META_MAX, &root, err)))
		return st;
	if (!cinx_meta_csv_valid(root))
		st = cinx_error_set(err, CINX_E_NETWORK, "unexpected answer from %s: %s; expected the data set's "
				    "meta with filters and indicators", url, root ? "no filters or indicators" : "not JSON");
	else if (!(st = cinx_meta_indicator_columns(root, &j->indicators, &j->n_indicators, err)))
		st = cinx_meta_csv_write(root, c, path, cap, err);
	cinx_http_json()->object_put(root);
	return st;
}

static cinx_status download_to(const job *j, const latest *l, const char *tmp_path, int fd,
			       cinx_update_result *res, cinx_error *err)
{
	FILE *tmp = fdopen(fd, "wb");
	cinx_status st;

	if (!tmp) {
		st = cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp_path, strerror(errno));
		close(fd);
		return st;
	}
	st = download(j, l, tmp, res, err);
	if (fclose(tmp) != 0 && !st)
		st = cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp_path, strerror(errno));
	return st;
}

static cinx_status update_locked(job *j, const cinx_cache *c, cinx_update_result *res, cinx_error *err)
{
	latest l;
	char tmp_path[4200], meta_path[4200] = "";
	int fd;
	cinx_status st = check_latest(j, &l, err);

	if (st)
		return st;
	if (!j->o->force && is_current(c, &l, &res->prov))
		return CINX_OK;
	memset(&res->prov, 0, sizeof res->prov);
	res->prov.origin = c->shared ? CINX_ORIGIN_SYSTEM : CINX_ORIGIN_CACHE;
	snprintf(res->prov.path, sizeof res->prov.path, "%s", c->data);
	if (!j->c1 && (st = fetch_meta(j, &l, c, meta_path, sizeof meta_path, err)))
		return st;
	if (!(st = cinx_cache_temp(c, tmp_path, sizeof tmp_path, &fd, err))) {
		st = download_to(j, &l, tmp_path, fd, res, err);
		if (!st) {
			res->kept_previous = cinx_cache_has_data(c);
			st = cinx_cache_install_with(c, tmp_path, meta_path[0] ? meta_path : NULL, &res->prov, err);
		}
		if (st)
			unlink(tmp_path);
	}
	if (st && meta_path[0])
		unlink(meta_path);
	if (!st)
		res->downloaded = true;
	return st;
}

static cinx_status locate(const job *j, cinx_cache *c, cinx_error *err)
{
	if (j->c1)
		return j->o->system ? cinx_cache_locate_system(c, err) : cinx_cache_locate(c, err);
	return cinx_cache_locate_dataset(c, j->id, j->o->system, err);
}

cinx_status cinx_update(const cinx_update_opts *o, cinx_update_result *res, cinx_error *err)
{
	job j = {.o = o, .c1 = !o->dataset_id};
	cinx_cache c;
	int lock = -1;
	cinx_status st;

	memset(res, 0, sizeof *res);
	if (o->dataset_id && (st = cinx_dataset_id_check(o->dataset_id, j.id, err)))
		return st;
	if (j.c1)
		snprintf(j.id, sizeof j.id, "%s", CINX_DATA_SET_ID);
	if ((st = cinx_api_base(o->api_base, j.base, sizeof j.base, err)) || (st = locate(&j, &c, err)))
		return st;
	if (!(st = cinx_http_limits(&j.lim, err)) && !(st = cinx_cache_make_dir(&c, err)) &&
	    !(st = cinx_cache_lock(&c, &lock, &res->busy, err)) && !(st = cinx_http_start(err))) {
		st = update_locked(&j, &c, res, err);
		free(j.indicators);
		cinx_http_stop();
	}
	/* what a failure left, read while the lock still keeps other updates out */
	if (st && !res->busy && (res->has_copy = cinx_cache_has_data(&c))) {
		res->prov.origin = c.shared ? CINX_ORIGIN_SYSTEM : CINX_ORIGIN_CACHE;
		snprintf(res->prov.path, sizeof res->prov.path, "%s", c.data);
		cinx_cache_read_meta(c.meta, c.data, &res->prov, NULL);
	}
	cinx_cache_unlock(lock);
	return st;
}
