/* SPDX-License-Identifier: MIT */
/* cinx update with libcurl: the version check (json-c), the download into a
 * temporary file checked by the real loader as it arrives, SHA-256 (nettle)
 * and the move into the cache; every request bounded in time and size. The
 * three libraries are opened here, not linked (curl_lib.h, json_lib.h,
 * digest.h). */
#include <config.h>

#include <curl/curl.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
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
#include "digest.h"
#include "json_lib.h"

#define TIMEOUT_DEFAULT 30L
#define DEADLINE_DEFAULT 300L
/* megabytes: far beyond the real file (under 1 MB): a runaway or a bomb */
#define MAX_DOWNLOAD_DEFAULT 32L
/* rows of the real file are under 200 bytes */
#define ROW_BYTES_MAX 1024ULL
#define ROW_MARGIN 1000ULL
#define MAX_REDIRECTS 5
#define SUMMARY_MAX (1u << 20)
#define ERROR_BODY_MAX (1u << 16)
/* set by cinx_update before any transfer */
static const curl_lib *cl;
static const json_lib *jl;

#define NETWORK_HINT "check the network connection and any proxy settings (https_proxy, no_proxy)"

/* What the environment allows an update. */
typedef struct limits {
	long timeout;                /* CINX_TIMEOUT: to connect, and the longest stall */
	long deadline;               /* CINX_DEADLINE: the whole update */
	struct timespec end;         /* when the deadline falls (CLOCK_MONOTONIC) */
	unsigned long long max_mb;   /* CINX_MAX_DOWNLOAD */
} limits;

typedef struct latest {
	char version[64], published[64];
	unsigned long long rows;     /* latestVersion.totalResults; 0 when not given */
} latest;

/* One GET: the body goes to memory, or (for a successful CSV) to a file,
 * the checksum and the loader. */
typedef struct fetch {
	CURL *curl;
	const char *url, *base;
	const limits *lim;
	char *mem;
	size_t mem_len, mem_max;
	FILE *file;
	cinx_digest digest;
	cinx_loader *loader;
	/* the CSV's caps: bytes and lines; promised is the summary's rows */
	unsigned long long max_bytes, max_lines, lines, promised;
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

/* Fails the CSV download once it is beyond its caps; false then. */
static bool within_caps(fetch *f, const char *p, size_t len)
{
	for (const char *q = p, *end = p + len; (q = memchr(q, '\n', (size_t)(end - q))); q++)
		f->lines++;
	if (f->promised && (f->lines > f->max_lines || f->digest.size > f->max_bytes)) {
		fail_in_callback(f, CINX_E_NETWORK, "the download from %s was stopped after more than %llu rows or "
				 "%llu kB: far more than the %llu rows the data set summary promised; try again later",
				 f->url, f->max_lines, f->max_bytes >> 10, f->promised);
		return false;
	}
	if (f->digest.size > f->max_bytes) {
		fail_in_callback(f, CINX_E_NETWORK, "the download from %s passed CINX_MAX_DOWNLOAD (%llu MB) and was "
				 "stopped; if the data set has really grown that large, set CINX_MAX_DOWNLOAD to allow "
				 "more", f->url, f->lim->max_mb);
		return false;
	}
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
	cinx_digest_add(&f->digest, p, len);
	if (!within_caps(f, p, len))
		return 0;
	/* straight to the file: memory stays flat however long the answer */
	if (fwrite(p, 1, len, f->file) != len) {
		fail_in_callback(f, CINX_E_IO, "cannot write the download to the cache: %s", strerror(errno));
		return 0;
	}
	if (cinx_loader_feed(f->loader, p, len, &f->error)) {
		char msg[CINX_ERROR_MAX];
		snprintf(msg, sizeof msg, "%s", f->error.message);
		fail_in_callback(f, CINX_E_DATA, "the download from %s is not valid C1 data: %s", f->url, msg);
		return 0;
	}
	return len;
}

/* The value of header key (lowercase, with its colon) in line p, or NULL. */
static const char *header_value(const char *p, size_t len, const char *key)
{
	size_t k = strlen(key);

	if (len <= k || strncasecmp(p, key, k) != 0)
		return NULL;
	return p + k + strspn(p + k, " \t");
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
	fetch *f = ud;
	size_t len = size * n;
	const char *v;
	long status = 0;

	if (len > 5 && strncmp(p, "HTTP/", 5) == 0)
		f->retry_after[0] = '\0'; /* a new response: forget the last one's */
	else if ((v = header_value(p, len, "retry-after:"))) {
		size_t keep = strspn(v, "0123456789");
		if (keep && keep < sizeof f->retry_after) {
			memcpy(f->retry_after, v, keep);
			f->retry_after[keep] = '\0';
		}
	} else if (f->file && (v = header_value(p, len, "content-length:")) &&
		   cl->easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &status) == CURLE_OK && status < 300 &&
		   strtoull(v, NULL, 10) > f->max_bytes) {
		/* compressed, it is no larger than the CSV: refuse before a byte */
		unsigned long long mb = strtoull(v, NULL, 10) >> 20;
		if (f->promised)
			fail_in_callback(f, CINX_E_NETWORK, "the download from %s announces %llu MB: far more than the "
					 "%llu rows the data set summary promised; refused", f->url, mb, f->promised);
		else
			fail_in_callback(f, CINX_E_NETWORK, "the download from %s announces %llu MB, more than "
					 "CINX_MAX_DOWNLOAD (%llu MB); refused: set CINX_MAX_DOWNLOAD to allow more",
					 f->url, mb, f->lim->max_mb);
		return 0;
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

	if (!root || jl->pointer_get(root, pointer, &v) || !jl->object_is_type(v, json_type_string))
		return NULL;
	return jl->object_get_string(v);
}

static json_object *parse_json(const char *p, size_t len)
{
	json_tokener *tok = jl->tokener_new();
	json_object *root;

	if (!tok)
		return NULL;
	root = jl->tokener_parse_ex(tok, p, (int)len);
	if (jl->tokener_get_error(tok) != json_tokener_success) {
		jl->object_put(root);
		root = NULL;
	}
	jl->tokener_free(tok);
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
	jl->object_put(root);
	if (status == 429 && f->retry_after[0])
		snprintf(wait, sizeof wait, "; try again in %s seconds", f->retry_after);
	else if (status == 429 || status >= 500)
		snprintf(wait, sizeof wait, "; try again later");
	return cinx_error_set(err, CINX_E_NETWORK, "%s answered HTTP %ld: %s%s", f->url, status, text, wait);
}

/* Milliseconds left before the deadline; 0 or less when it has passed. */
static long remaining_ms(const limits *lim)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(lim->end.tv_sec - now.tv_sec) * 1000 + (lim->end.tv_nsec - now.tv_nsec) / 1000000;
}

static cinx_status deadline_passed(const fetch *f, cinx_error *err)
{
	return cinx_error_set(err, CINX_E_NETWORK, "timed out: the update did not finish within %ld s (at %s); "
			      "try again, or set CINX_DEADLINE to allow longer", f->lim->deadline, f->url);
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
		if (remaining_ms(f->lim) <= 0)
			return deadline_passed(f, err);
		if (!connect_us)
			return cinx_error_set(err, CINX_E_NETWORK, "timed out connecting to %s after %ld s; %s",
					      f->base, f->lim->timeout, NETWORK_HINT);
		return cinx_error_set(err, CINX_E_NETWORK,
				      "timed out: %s sent no data for %ld s; try again, or set CINX_TIMEOUT "
				      "to wait longer", f->url, f->lim->timeout);
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

/* "scheme://host:port" of url: its length, or 0 when it has none. */
static size_t origin_len(const char *url)
{
	const char *p = strstr(url, "://");

	return p ? (size_t)(p + 3 - url) + strcspn(p + 3, "/?#") : 0;
}

static bool same_origin(const char *a, const char *b)
{
	size_t n = origin_len(a);

	return n && n == origin_len(b) && strncasecmp(a, b, n) == 0;
}

/* The options of one GET, each checked: a libcurl that refuses one (too old,
 * or built without it) would otherwise download with weaker rules. */
static cinx_status set_options(fetch *f, struct curl_slist *headers, cinx_error *err)
{
	CURLcode rc = CURLE_OK;
	const char *failed = NULL;

#define SET(opt, val) \
	do { \
		if (!rc && (rc = cl->easy_setopt(f->curl, opt, val)) != CURLE_OK) \
			failed = #opt; \
	} while (0)
	SET(CURLOPT_URL, f->url);
	SET(CURLOPT_HTTPHEADER, headers);
	SET(CURLOPT_USERAGENT, "cinx/" PACKAGE_VERSION);
	SET(CURLOPT_ERRORBUFFER, f->curl_msg);
	SET(CURLOPT_NOSIGNAL, 1L);
	/* proxies come from the usual variables: libcurl's default */
	SET(CURLOPT_PROTOCOLS_STR, "http,https");
	/* redirects are followed by hand, only on the API base's own origin */
	SET(CURLOPT_FOLLOWLOCATION, 0L);
	SET(CURLOPT_SSL_VERIFYPEER, 1L);
	SET(CURLOPT_SSL_VERIFYHOST, 2L);
	/* "" offers every encoding libcurl decodes; the API sends gzip */
	SET(CURLOPT_ACCEPT_ENCODING, "");
	SET(CURLOPT_CONNECTTIMEOUT, f->lim->timeout);
	SET(CURLOPT_LOW_SPEED_LIMIT, 1L);
	SET(CURLOPT_LOW_SPEED_TIME, f->lim->timeout);
	SET(CURLOPT_WRITEFUNCTION, on_body);
	SET(CURLOPT_WRITEDATA, f);
	SET(CURLOPT_HEADERFUNCTION, on_header);
	SET(CURLOPT_HEADERDATA, f);
	if (f->file && f->o->progress) {
		SET(CURLOPT_XFERINFOFUNCTION, on_progress);
		SET(CURLOPT_XFERINFODATA, f);
		SET(CURLOPT_NOPROGRESS, 0L);
	}
#undef SET
	if (rc)
		return cinx_error_set(err, CINX_E_NETWORK, "libcurl refused the option %s (%s); install a current "
				      "libcurl4", failed, cl->easy_strerror(rc));
	return CINX_OK;
}

/* One transfer of the current URL within what is left of the deadline. */
static cinx_status perform(fetch *f, CURLcode *rc, cinx_error *err)
{
	long ms = remaining_ms(f->lim);
	CURLcode set;

	if (ms <= 0)
		return deadline_passed(f, err);
	if ((set = cl->easy_setopt(f->curl, CURLOPT_TIMEOUT_MS, ms)) != CURLE_OK)
		return cinx_error_set(err, CINX_E_NETWORK, "libcurl refused the option CURLOPT_TIMEOUT_MS (%s); "
				      "install a current libcurl4", cl->easy_strerror(set));
	*rc = cl->easy_perform(f->curl);
	return CINX_OK;
}

/* After a redirect answer: *next is the URL to follow, or NULL when the
 * answer names none; an error when it leads elsewhere or one too far. */
static cinx_status next_hop(fetch *f, int hops, char **next, cinx_error *err)
{
	char shown[512];

	*next = NULL;
	if (cl->easy_getinfo(f->curl, CURLINFO_REDIRECT_URL, next) != CURLE_OK || !*next)
		return CINX_OK;
	clean_copy(shown, sizeof shown, *next);
	if (!same_origin(f->base, *next))
		return cinx_error_set(err, CINX_E_NETWORK, "%s redirected to %s, away from %s; refused (cinx "
				      "follows redirects only on the API base's own scheme, host and port)", f->url,
				      shown, f->base);
	if (hops == MAX_REDIRECTS)
		return cinx_error_set(err, CINX_E_NETWORK, "%s redirected more than %d times; refused", f->url,
				      MAX_REDIRECTS);
	return CINX_OK;
}

static cinx_status get(fetch *f, const char *accept, cinx_error *err)
{
	struct curl_slist *headers = NULL;
	char accept_header[64];
	CURLcode rc = CURLE_OK;
	cinx_status st;

	if (!(f->curl = cl->easy_init()))
		return cinx_error_set(err, CINX_E_NOMEM, "cannot start libcurl");
	snprintf(accept_header, sizeof accept_header, "Accept: %s", accept);
	if (!(headers = cl->slist_append(NULL, accept_header)))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	st = set_options(f, headers, err);
	for (int hops = 0; !st; hops++) {
		long status = 0;
		char *next;
		if ((st = perform(f, &rc, err)))
			break;
		cl->easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &status);
		/* a redirect without a Location is reported as the answer it is */
		if (rc != CURLE_OK || f->fail || status < 300 || status >= 400 ||
		    (st = next_hop(f, hops, &next, err)) || !next)
			break;
		if ((rc = cl->easy_setopt(f->curl, CURLOPT_URL, next)) != CURLE_OK)
			break;
		f->mem_len = 0; /* the redirect's own page */
	}
	cl->slist_free_all(headers);
	return st ? st : outcome(f, rc, err);
}

static void fetch_done(fetch *f)
{
	cl->easy_cleanup(f->curl);
	free(f->mem);
}

static cinx_status check_latest(const cinx_update_opts *o, const char *base, const limits *lim, latest *l,
				cinx_error *err)
{
	char url[1200];
	fetch f = {.url = url, .base = base, .lim = lim, .mem_max = SUMMARY_MAX, .o = o};
	cinx_status st;

	snprintf(url, sizeof url, "%s/v1/data-sets/%s", base, CINX_DATA_SET_ID);
	st = get(&f, "application/json", err);
	if (!st) {
		json_object *root = parse_json(f.mem ? f.mem : "", f.mem_len);
		const char *version = json_string_at(root, "/latestVersion/version");
		const char *published = json_string_at(root, "/latestVersion/published");
		json_object *rows;
		if (!version || !version[0])
			st = cinx_error_set(err, CINX_E_NETWORK,
					    "unexpected answer from %s: %s; expected a data set summary with "
					    "latestVersion.version", url, root ? "no latestVersion.version" : "not JSON");
		else {
			clean_copy(l->version, sizeof l->version, version);
			clean_copy(l->published, sizeof l->published, published ? published : "");
			l->rows = jl->pointer_get(root, "/latestVersion/totalResults", &rows) == 0 &&
						  jl->object_is_type(rows, json_type_int) && jl->object_get_int64(rows) > 0
					  ? (unsigned long long)jl->object_get_int64(rows)
					  : 0;
		}
		jl->object_put(root);
	}
	fetch_done(&f);
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
static void set_caps(fetch *f, const latest *l)
{
	f->max_bytes = f->lim->max_mb << 20;
	if (!(f->promised = l->rows))
		return;
	f->max_lines = 2 * l->rows + ROW_MARGIN;
	if (f->max_lines * ROW_BYTES_MAX < f->max_bytes)
		f->max_bytes = f->max_lines * ROW_BYTES_MAX;
}

/* Downloads into tmp (an open file) and checks it; fills res on success. */
static cinx_status download(const cinx_update_opts *o, const char *base, const limits *lim, const latest *l,
			    FILE *tmp, cinx_update_result *res, cinx_error *err)
{
	char url[1400];
	fetch f = {.url = url, .base = base, .lim = lim, .mem_max = ERROR_BODY_MAX, .o = o, .file = tmp};
	cinx_dataset *ds = NULL;
	char *version = cl->easy_escape(NULL, l->version, 0);
	cinx_status st;

	if (!version)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	/* ask for the version just checked, so the file and its record agree */
	snprintf(url, sizeof url, "%s/v1/data-sets/%s/csv?dataSetVersion=%s", base, CINX_DATA_SET_ID, version);
	cl->free(version);
	set_caps(&f, l);
	st = cinx_digest_init(&f.digest, err);
	if (!st)
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
		p->size = f.digest.size;
		cinx_digest_hex(&f.digest, p->sha256);
		res->n_rows = cinx_dataset_n_rows(ds);
		res->first_year = cinx_dataset_year(ds, 0);
		res->last_year = cinx_dataset_latest_year(ds);
	}
	cinx_dataset_free(ds);
	cinx_loader_free(f.loader);
	fetch_done(&f);
	return st;
}

/* A whole number from the environment variable name, lo to hi, in unit. */
static cinx_status read_env(const char *name, long def, long lo, long hi, const char *unit, long *out,
			    cinx_error *err)
{
	const char *s = getenv(name);
	char *end;
	long v;

	*out = def;
	if (!s || !s[0])
		return CINX_OK;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return cinx_error_set(err, CINX_E_USAGE, "%s must be a whole number of %s from %ld to %ld, not "
				      "'%.40s'", name, unit, lo, hi, s);
	*out = v;
	return CINX_OK;
}

static cinx_status read_limits(limits *lim, cinx_error *err)
{
	long mb;
	cinx_status st;

	if ((st = read_env("CINX_TIMEOUT", TIMEOUT_DEFAULT, 1, 3600, "seconds", &lim->timeout, err)) ||
	    (st = read_env("CINX_DEADLINE", DEADLINE_DEFAULT, 1, 86400, "seconds", &lim->deadline, err)) ||
	    (st = read_env("CINX_MAX_DOWNLOAD", MAX_DOWNLOAD_DEFAULT, 1, 65536, "megabytes", &mb, err)))
		return st;
	lim->max_mb = (unsigned long long)mb;
	clock_gettime(CLOCK_MONOTONIC, &lim->end);
	lim->end.tv_sec += lim->deadline;
	return CINX_OK;
}

static cinx_status update_locked(const cinx_update_opts *o, const char *base, const limits *lim,
				 const cinx_cache *c, cinx_update_result *res, cinx_error *err)
{
	latest l;
	char tmp_path[4200];
	int fd;
	FILE *tmp;
	cinx_status st = check_latest(o, base, lim, &l, err);

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
		st = download(o, base, lim, &l, tmp, res, err);
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

/* Under the lock: libcurl, and the limits of a file too large (ulimit -f)
 * reported as a write error rather than a silent death by SIGXFSZ. */
static cinx_status update_with_curl(const cinx_update_opts *o, const char *base, const limits *lim,
				    const cinx_cache *c, cinx_update_result *res, cinx_error *err)
{
	struct sigaction ignore = {.sa_handler = SIG_IGN}, old;
	cinx_status st;

	if (!(cl = cinx_curl_lib_load(err)) || !(jl = cinx_json_lib_load(err)))
		return err->status;
	if (cl->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return cinx_error_set(err, CINX_E_NOMEM, "cannot start libcurl");
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGXFSZ, &ignore, &old);
	st = update_locked(o, base, lim, c, res, err);
	sigaction(SIGXFSZ, &old, NULL);
	cl->global_cleanup();
	return st;
}

cinx_status cinx_update(const cinx_update_opts *o, cinx_update_result *res, cinx_error *err)
{
	char base[1024];
	limits lim;
	cinx_cache c;
	int lock = -1;
	cinx_status st;

	memset(res, 0, sizeof *res);
	if ((st = cinx_api_base(o->api_base, base, sizeof base, err)) ||
	    (st = o->system ? cinx_cache_locate_system(&c, err) : cinx_cache_locate(&c, err)))
		return st;
	if (!(st = read_limits(&lim, err)) && !(st = cinx_cache_make_dir(&c, err)) &&
	    !(st = cinx_cache_lock(&c, &lock, &res->busy, err)))
		st = update_with_curl(o, base, &lim, &c, res, err);
	/* what a failure left, read while the lock still keeps other updates out */
	if (st && !res->busy && (res->has_copy = cinx_cache_has_data(&c))) {
		res->prov.origin = c.shared ? CINX_ORIGIN_SYSTEM : CINX_ORIGIN_CACHE;
		snprintf(res->prov.path, sizeof res->prov.path, "%s", c.data);
		cinx_cache_read_meta(c.meta, c.data, &res->prov, NULL);
	}
	cinx_cache_unlock(lock);
	return st;
}
