/* cinx update with libcurl: the version check (json-c), the download into a
 * temporary file checked by the real loader as it arrives, SHA-256 (nettle)
 * and the move into the cache. */
#include <config.h>

#include <curl/curl.h>
#include <errno.h>
#include <json.h>
#include <stdarg.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "cinx/cache.h"
#include "cinx/text.h"
#include "cinx/update.h"
#include "curl_lib.h"

#define TIMEOUT_DEFAULT 30L
#define SUMMARY_MAX (1u << 20)
#define ERROR_BODY_MAX (1u << 16)
/* far beyond the real file (a few MB): a runaway or a compression bomb */
#define CSV_MAX (512ULL << 20)
/* set by cinx_update before any transfer */
static const curl_lib *cl;

#define NETWORK_HINT "check the network connection and any proxy settings (https_proxy, no_proxy)"

typedef struct latest {
	char version[64], published[64];
} latest;

/* One GET: the body goes to memory, or (for a successful CSV) to a file,
 * the checksum and the loader. */
typedef struct fetch {
	CURL *curl;
	const char *url, *base;
	long timeout;
	char *mem;
	size_t mem_len, mem_max;
	FILE *file;
	struct sha256_ctx sha;
	cinx_loader *loader;
	unsigned long long stored;
	const cinx_update_opts *o;
	char retry_after[32];
	cinx_status fail;   /* a failure found in a callback */
	cinx_error error;
	char curl_msg[CURL_ERROR_SIZE];
} fetch;

bool cinx_update_supported(void) { return true; }

static cinx_status fail_in_callback(fetch *f, cinx_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static cinx_status fail_in_callback(fetch *f, cinx_status st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	f->fail = st;
	f->error.status = st;
	vsnprintf(f->error.message, sizeof f->error.message, fmt, ap);
	va_end(ap);
	return st;
}

static bool keep_in_memory(fetch *f, const char *p, size_t len)
{
	size_t room = f->mem_max - f->mem_len;
	char *m;

	if (len > room)
		return false;
	if (!(m = realloc(f->mem, f->mem_len + len + 1)))
		return false;
	f->mem = m;
	memcpy(f->mem + f->mem_len, p, len);
	f->mem_len += len;
	f->mem[f->mem_len] = '\0';
	return true;
}

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	fetch *f = ud;
	size_t len = size * n;
	long status = 0;

	cl->easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &status);
	if (!f->file || status >= 300) {
		if (keep_in_memory(f, p, len))
			return len;
		if (status >= 300)
			return len; /* an error page: its start is enough */
		fail_in_callback(f, CINX_E_NETWORK, "the answer from %s is larger than %u bytes; expected a short "
				 "JSON summary", f->url, SUMMARY_MAX);
		return 0;
	}
	f->stored += len;
	if (f->stored > CSV_MAX) {
		fail_in_callback(f, CINX_E_NETWORK, "the download from %s is larger than %llu MB; expected a file "
				 "of a few MB", f->url, CSV_MAX >> 20);
		return 0;
	}
	if (fwrite(p, 1, len, f->file) != len) {
		fail_in_callback(f, CINX_E_IO, "cannot write the download to the cache: %s", strerror(errno));
		return 0;
	}
	sha256_update(&f->sha, len, (const uint8_t *)p);
	if (cinx_loader_feed(f->loader, p, len, &f->error)) {
		char msg[CINX_ERROR_MAX];
		snprintf(msg, sizeof msg, "%s", f->error.message);
		fail_in_callback(f, CINX_E_DATA, "the download from %s is not valid C1 data: %s", f->url, msg);
		return 0;
	}
	return len;
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
	fetch *f = ud;
	size_t len = size * n;
	static const char key[] = "retry-after:";

	if (len > 5 && strncmp(p, "HTTP/", 5) == 0)
		f->retry_after[0] = '\0'; /* a new response: forget the last one's */
	else if (len > sizeof key - 1 && strncasecmp(p, key, sizeof key - 1) == 0) {
		size_t skip = sizeof key - 1 + strspn(p + sizeof key - 1, " \t");
		size_t keep = strspn(p + skip, "0123456789");
		if (keep && keep < sizeof f->retry_after) {
			memcpy(f->retry_after, p + skip, keep);
			f->retry_after[keep] = '\0';
		}
	}
	return len;
}

static int on_progress(void *ud, curl_off_t total, curl_off_t now, curl_off_t ut, curl_off_t un)
{
	fetch *f = ud;

	(void)ut;
	(void)un;
	return f->o->progress((f->o->progress_ctx), (unsigned long long)now, (unsigned long long)total) ? 0 : 1;
}

/* A string at a JSON pointer, or NULL. */
static const char *json_string_at(json_object *root, const char *pointer)
{
	json_object *v;

	if (!root || json_pointer_get(root, pointer, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

static json_object *parse_json(const char *p, size_t len)
{
	json_tokener *tok = json_tokener_new();
	json_object *root;

	if (!tok)
		return NULL;
	root = json_tokener_parse_ex(tok, p, (int)len);
	if (json_tokener_get_error(tok) != json_tokener_success) {
		json_object_put(root);
		root = NULL;
	}
	json_tokener_free(tok);
	return root;
}

/* Text from the network made safe to print: one line, no control bytes. */
static void clean_copy(char *dst, size_t cap, const char *src)
{
	bool changed;

	snprintf(dst, cap, "%s", src);
	cinx_text_sanitize(dst, strlen(dst), &changed);
}

static cinx_status http_error(fetch *f, long status, cinx_error *err)
{
	json_object *root = f->mem ? parse_json(f->mem, f->mem_len) : NULL;
	const char *title = json_string_at(root, "/title");
	char text[256], wait[96] = "";

	clean_copy(text, sizeof text, title && title[0] ? title : "no details given");
	json_object_put(root);
	if (status == 429 && f->retry_after[0])
		snprintf(wait, sizeof wait, "; try again in %s seconds", f->retry_after);
	else if (status == 429 || status >= 500)
		snprintf(wait, sizeof wait, "; try again later");
	return cinx_error_set(err, CINX_E_NETWORK, "%s answered HTTP %ld: %s%s", f->url, status, text, wait);
}

/* What went wrong with a finished transfer, in words a user can act on. */
static cinx_status outcome(fetch *f, CURLcode rc, cinx_error *err)
{
	long status = 0;
	curl_off_t got = 0, want = -1, connect_us = 0;

	if (f->fail) {
		*err = f->error;
		return f->fail;
	}
	cl->easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &status);
	switch (rc) {
	case CURLE_OK:
		if (status >= 200 && status < 300)
			return CINX_OK;
		return http_error(f, status, err);
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_RESOLVE_PROXY:
	case CURLE_COULDNT_CONNECT:
		return cinx_error_set(err, CINX_E_NETWORK, "cannot connect to %s (%s); %s", f->base,
				      cl->easy_strerror(rc), NETWORK_HINT);
	case CURLE_OPERATION_TIMEDOUT:
		cl->easy_getinfo(f->curl, CURLINFO_CONNECT_TIME_T, &connect_us);
		if (!connect_us)
			return cinx_error_set(err, CINX_E_NETWORK, "timed out connecting to %s after %ld s; %s",
					      f->base, f->timeout, NETWORK_HINT);
		return cinx_error_set(err, CINX_E_NETWORK,
				      "timed out: %s sent no data for %ld s; try again, or set CINX_TIMEOUT "
				      "to wait longer", f->url, f->timeout);
	case CURLE_PARTIAL_FILE:
		cl->easy_getinfo(f->curl, CURLINFO_SIZE_DOWNLOAD_T, &got);
		cl->easy_getinfo(f->curl, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &want);
		if (want >= 0)
			return cinx_error_set(err, CINX_E_NETWORK,
					      "the download from %s was cut short (received %lld of %lld bytes); "
					      "try again", f->url, (long long)got, (long long)want);
		return cinx_error_set(err, CINX_E_NETWORK, "the download from %s was cut short; try again",
				      f->url);
	case CURLE_BAD_CONTENT_ENCODING:
		return cinx_error_set(err, CINX_E_NETWORK,
				      "the download from %s is damaged: its gzip compression is invalid; try again",
				      f->url);
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING:
		return cinx_error_set(err, CINX_E_NETWORK, "the connection to %s broke off (%s); try again",
				      f->base, cl->easy_strerror(rc));
	case CURLE_PEER_FAILED_VERIFICATION:
	case CURLE_SSL_CACERT_BADFILE:
		return cinx_error_set(err, CINX_E_NETWORK, "cannot verify the TLS certificate of %s: %s", f->base,
				      f->curl_msg[0] ? f->curl_msg : cl->easy_strerror(rc));
	case CURLE_ABORTED_BY_CALLBACK:
		return cinx_error_set(err, CINX_E_NETWORK, "download cancelled");
	default:
		return cinx_error_set(err, CINX_E_NETWORK, "downloading %s failed: %s", f->url,
				      f->curl_msg[0] ? f->curl_msg : cl->easy_strerror(rc));
	}
}

static cinx_status get(fetch *f, const char *accept, cinx_error *err)
{
	struct curl_slist *headers = NULL;
	char accept_header[64];
	bool https = strncmp(f->base, "https://", 8) == 0;
	CURLcode rc;

	if (!(f->curl = cl->easy_init()))
		return cinx_error_set(err, CINX_E_NOMEM, "cannot start libcurl");
	snprintf(accept_header, sizeof accept_header, "Accept: %s", accept);
	headers = cl->slist_append(NULL, accept_header);
	cl->easy_setopt(f->curl, CURLOPT_URL, f->url);
	cl->easy_setopt(f->curl, CURLOPT_HTTPHEADER, headers);
	cl->easy_setopt(f->curl, CURLOPT_USERAGENT, "cinx/" PACKAGE_VERSION);
	cl->easy_setopt(f->curl, CURLOPT_ERRORBUFFER, f->curl_msg);
	cl->easy_setopt(f->curl, CURLOPT_NOSIGNAL, 1L);
	/* proxies come from the usual variables: libcurl's default */
	cl->easy_setopt(f->curl, CURLOPT_PROTOCOLS_STR, "http,https");
	cl->easy_setopt(f->curl, CURLOPT_FOLLOWLOCATION, 1L);
	cl->easy_setopt(f->curl, CURLOPT_MAXREDIRS, 5L);
	cl->easy_setopt(f->curl, CURLOPT_REDIR_PROTOCOLS_STR, https ? "https" : "http,https");
	cl->easy_setopt(f->curl, CURLOPT_SSL_VERIFYPEER, 1L);
	cl->easy_setopt(f->curl, CURLOPT_SSL_VERIFYHOST, 2L);
	/* "" offers every encoding libcurl decodes; the API sends gzip */
	cl->easy_setopt(f->curl, CURLOPT_ACCEPT_ENCODING, "");
	cl->easy_setopt(f->curl, CURLOPT_CONNECTTIMEOUT, f->timeout);
	cl->easy_setopt(f->curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
	cl->easy_setopt(f->curl, CURLOPT_LOW_SPEED_TIME, f->timeout);
	cl->easy_setopt(f->curl, CURLOPT_WRITEFUNCTION, on_body);
	cl->easy_setopt(f->curl, CURLOPT_WRITEDATA, f);
	cl->easy_setopt(f->curl, CURLOPT_HEADERFUNCTION, on_header);
	cl->easy_setopt(f->curl, CURLOPT_HEADERDATA, f);
	if (f->file && f->o->progress) {
		cl->easy_setopt(f->curl, CURLOPT_XFERINFOFUNCTION, on_progress);
		cl->easy_setopt(f->curl, CURLOPT_XFERINFODATA, f);
		cl->easy_setopt(f->curl, CURLOPT_NOPROGRESS, 0L);
	}
	rc = cl->easy_perform(f->curl);
	cl->slist_free_all(headers);
	return outcome(f, rc, err);
}

static void fetch_done(fetch *f)
{
	cl->easy_cleanup(f->curl);
	free(f->mem);
}

static cinx_status check_latest(const cinx_update_opts *o, const char *base, long timeout, latest *l,
				cinx_error *err)
{
	char url[1200];
	fetch f = {.url = url, .base = base, .timeout = timeout, .mem_max = SUMMARY_MAX, .o = o};
	cinx_status st;

	snprintf(url, sizeof url, "%s/v1/data-sets/%s", base, CINX_DATA_SET_ID);
	st = get(&f, "application/json", err);
	if (!st) {
		json_object *root = parse_json(f.mem ? f.mem : "", f.mem_len);
		const char *version = json_string_at(root, "/latestVersion/version");
		const char *published = json_string_at(root, "/latestVersion/published");
		if (!version || !version[0])
			st = cinx_error_set(err, CINX_E_NETWORK,
					    "unexpected answer from %s: %s; expected a data set summary with "
					    "latestVersion.version", url, root ? "no latestVersion.version" : "not JSON");
		else {
			clean_copy(l->version, sizeof l->version, version);
			clean_copy(l->published, sizeof l->published, published ? published : "");
		}
		json_object_put(root);
	}
	fetch_done(&f);
	return st;
}

static void hex(const uint8_t *d, size_t n, char *out)
{
	for (size_t i = 0; i < n; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

/* SHA-256 of a file as lowercase hex; false when it cannot be read. */
static bool file_sha256(const char *path, char out[65])
{
	struct sha256_ctx ctx;
	uint8_t d[SHA256_DIGEST_SIZE], buf[1 << 16];
	FILE *f = fopen(path, "rb");
	size_t n;
	bool ok;

	if (!f)
		return false;
	sha256_init(&ctx);
	while ((n = fread(buf, 1, sizeof buf, f)) > 0)
		sha256_update(&ctx, n, buf);
	ok = !ferror(f);
	fclose(f);
	sha256_digest(&ctx, sizeof d, d);
	hex(d, sizeof d, out);
	return ok;
}

/* The cached copy is this version, and is the very file that was recorded. */
static bool is_current(const cinx_cache *c, const latest *l, cinx_provenance *p)
{
	char sum[65];

	p->origin = c->shared ? CINX_ORIGIN_SYSTEM : CINX_ORIGIN_CACHE;
	snprintf(p->path, sizeof p->path, "%s", c->data);
	return cinx_cache_has_data(c) && cinx_cache_read_meta(c->meta, p, NULL) == CINX_OK &&
	       strcmp(p->version, l->version) == 0 && file_sha256(c->data, sum) && strcmp(sum, p->sha256) == 0;
}

static bool has_indicator(const cinx_dataset *ds, const char *name)
{
	for (size_t i = 0; i < cinx_dataset_n_indicators(ds); i++)
		if (strcmp(cinx_dataset_indicator(ds, i)->name, name) == 0)
			return true;
	return false;
}

/* Downloads into tmp (an open file) and checks it; fills res on success. */
static cinx_status download(const cinx_update_opts *o, const char *base, long timeout, const latest *l,
			    FILE *tmp, cinx_update_result *res, cinx_error *err)
{
	char url[1400];
	fetch f = {.url = url, .base = base, .timeout = timeout, .mem_max = ERROR_BODY_MAX, .o = o, .file = tmp};
	cinx_dataset *ds = NULL;
	uint8_t digest[SHA256_DIGEST_SIZE];
	char *version = cl->easy_escape(NULL, l->version, 0);
	cinx_status st;

	if (!version)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	/* ask for the version just checked, so the file and its record agree */
	snprintf(url, sizeof url, "%s/v1/data-sets/%s/csv?dataSetVersion=%s", base, CINX_DATA_SET_ID, version);
	cl->free(version);
	sha256_init(&f.sha);
	st = cinx_loader_new("c1.csv", &f.loader, err);
	if (!st)
		st = get(&f, "text/csv", err);
	if (!st && (fflush(tmp) != 0 || fsync(fileno(tmp)) != 0))
		st = cinx_error_set(err, CINX_E_IO, "cannot write the download to the cache: %s", strerror(errno));
	if (!st && cinx_loader_finish(f.loader, &ds, err)) {
		char msg[CINX_ERROR_MAX];
		snprintf(msg, sizeof msg, "%s", err->message);
		st = cinx_error_set(err, CINX_E_DATA, "the download from %s is not valid C1 data: %s", url, msg);
	}
	if (!st && !has_indicator(ds, "referral_count"))
		st = cinx_error_set(err, CINX_E_DATA,
				    "the download from %s is not the C1 data set: it has no referral_count column", url);
	if (!st) {
		time_t now = time(NULL);
		struct tm tm;
		cinx_provenance *p = &res->prov;
		p->recorded = true;
		snprintf(p->version, sizeof p->version, "%s", l->version);
		snprintf(p->published, sizeof p->published, "%s", l->published);
		strftime(p->downloaded, sizeof p->downloaded, "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
		snprintf(p->url, sizeof p->url, "%s", url);
		sha256_digest(&f.sha, sizeof digest, digest);
		hex(digest, sizeof digest, p->sha256);
		p->size = f.stored;
		res->n_rows = cinx_dataset_n_rows(ds);
		res->first_year = cinx_dataset_year(ds, 0);
		res->last_year = cinx_dataset_latest_year(ds);
	}
	cinx_dataset_free(ds);
	cinx_loader_free(f.loader);
	fetch_done(&f);
	return st;
}

static cinx_status read_timeout(long *out, cinx_error *err)
{
	const char *s = getenv("CINX_TIMEOUT");
	char *end;
	long v;

	*out = TIMEOUT_DEFAULT;
	if (!s || !s[0])
		return CINX_OK;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < 1 || v > 3600)
		return cinx_error_set(err, CINX_E_USAGE,
				      "CINX_TIMEOUT must be a whole number of seconds from 1 to 3600, not '%.40s'", s);
	*out = v;
	return CINX_OK;
}

static cinx_status update_locked(const cinx_update_opts *o, const char *base, long timeout,
				 const cinx_cache *c, cinx_update_result *res, cinx_error *err)
{
	latest l;
	char tmp_path[4200];
	int fd;
	FILE *tmp;
	cinx_status st = check_latest(o, base, timeout, &l, err);

	if (st)
		return st;
	if (!o->force && is_current(c, &l, &res->prov))
		return CINX_OK;
	memset(&res->prov, 0, sizeof res->prov);
	res->prov.origin = c->shared ? CINX_ORIGIN_SYSTEM : CINX_ORIGIN_CACHE;
	snprintf(res->prov.path, sizeof res->prov.path, "%s", c->data);
	if ((st = cinx_cache_temp(c, tmp_path, sizeof tmp_path, &fd, err)))
		return st;
	if (!(tmp = fdopen(fd, "wb"))) {
		st = cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp_path, strerror(errno));
		close(fd);
	} else {
		st = download(o, base, timeout, &l, tmp, res, err);
		if (fclose(tmp) != 0 && !st)
			st = cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", tmp_path, strerror(errno));
	}
	if (!st) {
		res->kept_previous = cinx_cache_has_data(c);
		st = cinx_cache_install(c, tmp_path, &res->prov, err);
	}
	if (st)
		unlink(tmp_path);
	else
		res->downloaded = true;
	return st;
}

cinx_status cinx_update(const cinx_update_opts *o, cinx_update_result *res, cinx_error *err)
{
	char base[1024];
	long timeout;
	cinx_cache c;
	int lock = -1;
	cinx_status st;

	memset(res, 0, sizeof *res);
	if ((st = cinx_api_base(o->api_base, base, sizeof base, err)) || (st = read_timeout(&timeout, err)) ||
	    (st = o->system ? cinx_cache_locate_system(&c, err) : cinx_cache_locate(&c, err)) ||
	    (st = cinx_cache_make_dir(&c, err)) ||
	    (st = cinx_cache_lock(&c, &lock, err)))
		return st;
	if (!(cl = cinx_curl_lib_load(err))) {
		cinx_cache_unlock(lock);
		return err->status;
	}
	if (cl->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		cinx_cache_unlock(lock);
		return cinx_error_set(err, CINX_E_NOMEM, "cannot start libcurl");
	}
	st = update_locked(o, base, timeout, &c, res, err);
	cl->global_cleanup();
	cinx_cache_unlock(lock);
	return st;
}
