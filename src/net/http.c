/* SPDX-License-Identifier: MIT */
/* One GET through libcurl (see http.h): every request bounded in time and
 * size, redirects followed by hand on the base's own origin, failures
 * worded for the user. */
#include <config.h>

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cinx/text.h"
#include "curl_lib.h"
#include "json_lib.h"
#include "http.h"

#define TIMEOUT_DEFAULT 30L
#define DEADLINE_DEFAULT 300L
/* megabytes: far beyond the real file (under 1 MB): a runaway or a bomb */
#define MAX_DOWNLOAD_DEFAULT 32L
#define MAX_REDIRECTS 5
/* set by cinx_http_start before any transfer */
static const curl_lib *cl;
static const json_lib *jl;
static struct sigaction old_xfsz;

#define NETWORK_HINT "check the network connection and any proxy settings (https_proxy, no_proxy)"


static cinx_status fail_in_callback(http_fetch *f, cinx_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static cinx_status fail_in_callback(http_fetch *f, cinx_status st, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	f->fail = st;
	f->error.status = st;
	vsnprintf(f->error.message, sizeof f->error.message, fmt, ap);
	va_end(ap);
	return st;
}

static bool keep_in_memory(http_fetch *f, const char *p, size_t len)
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
static bool within_caps(http_fetch *f, const char *p, size_t len)
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
	http_fetch *f = ud;
	size_t len = size * n;
	long status = 0;

	cl->easy_getinfo(f->curl, CURLINFO_RESPONSE_CODE, &status);
	if (!f->file || status >= 300) {
		if (keep_in_memory(f, p, len))
			return len;
		if (status >= 300)
			return len; /* an error page: its start is enough */
		fail_in_callback(f, CINX_E_NETWORK, "the answer from %s is larger than %zu bytes; expected a short "
				 "JSON summary", f->url, f->mem_max);
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
		fail_in_callback(f, CINX_E_DATA, "the download from %s is not valid %s data: %s", f->url,
				 f->kind, msg);
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
	http_fetch *f = ud;
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
	http_fetch *f = ud;

	(void)ut;
	(void)un;
	return f->progress(f->progress_ctx, (unsigned long long)now, (unsigned long long)total) ? 0 : 1;
}

const char *cinx_json_string_at(json_object *root, const char *pointer)
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

void cinx_http_clean_copy(char *dst, size_t cap, const char *src)
{
	bool changed;

	snprintf(dst, cap, "%s", src);
	cinx_text_sanitize(dst, strlen(dst), &changed);
}

static cinx_status http_error(http_fetch *f, long status, cinx_error *err)
{
	json_object *root = f->mem ? parse_json(f->mem, f->mem_len) : NULL;
	const char *title = cinx_json_string_at(root, "/title");
	char text[256], wait[96] = "";

	cinx_http_clean_copy(text, sizeof text, title && title[0] ? title : "no details given");
	jl->object_put(root);
	if (status == 429 && f->retry_after[0])
		snprintf(wait, sizeof wait, "; try again in %s seconds", f->retry_after);
	else if (status == 429 || status >= 500)
		snprintf(wait, sizeof wait, "; try again later");
	return cinx_error_set(err, CINX_E_NETWORK, "%s answered HTTP %ld: %s%s", f->url, status, text, wait);
}

/* Milliseconds left before the deadline; 0 or less when it has passed. */
static long remaining_ms(const http_limits *lim)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(lim->end.tv_sec - now.tv_sec) * 1000 + (lim->end.tv_nsec - now.tv_nsec) / 1000000;
}

static cinx_status deadline_passed(const http_fetch *f, cinx_error *err)
{
	return cinx_error_set(err, CINX_E_NETWORK, "timed out: the update did not finish within %ld s (at %s); "
			      "try again, or set CINX_DEADLINE to allow longer", f->lim->deadline, f->url);
}

/* What went wrong with a finished transfer, in words a user can act on. */
static cinx_status outcome(http_fetch *f, CURLcode rc, cinx_error *err)
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
static cinx_status set_options(http_fetch *f, struct curl_slist *headers, cinx_error *err)
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
	if (f->file && f->progress) {
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
static cinx_status perform(http_fetch *f, CURLcode *rc, cinx_error *err)
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
static cinx_status next_hop(http_fetch *f, int hops, char **next, cinx_error *err)
{
	char shown[512];

	*next = NULL;
	if (cl->easy_getinfo(f->curl, CURLINFO_REDIRECT_URL, next) != CURLE_OK || !*next)
		return CINX_OK;
	cinx_http_clean_copy(shown, sizeof shown, *next);
	if (!same_origin(f->base, *next))
		return cinx_error_set(err, CINX_E_NETWORK, "%s redirected to %s, away from %s; refused (cinx "
				      "follows redirects only on the API base's own scheme, host and port)", f->url,
				      shown, f->base);
	if (hops == MAX_REDIRECTS)
		return cinx_error_set(err, CINX_E_NETWORK, "%s redirected more than %d times; refused", f->url,
				      MAX_REDIRECTS);
	return CINX_OK;
}

cinx_status cinx_http_get(http_fetch *f, const char *accept, cinx_error *err)
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

void cinx_http_done(http_fetch *f)
{
	cl->easy_cleanup(f->curl);
	free(f->mem);
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

cinx_status cinx_http_limits(http_limits *lim, cinx_error *err)
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

const json_lib *cinx_http_json(void)
{
	return jl;
}

cinx_status cinx_http_start(cinx_error *err)
{
	struct sigaction ignore = {.sa_handler = SIG_IGN};

	if (!(cl = cinx_curl_lib_load(err)) || !(jl = cinx_json_lib_load(err)))
		return err->status;
	if (cl->global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK)
		return cinx_error_set(err, CINX_E_NOMEM, "cannot start libcurl");
	sigemptyset(&ignore.sa_mask);
	sigaction(SIGXFSZ, &ignore, &old_xfsz);
	return CINX_OK;
}

void cinx_http_stop(void)
{
	sigaction(SIGXFSZ, &old_xfsz, NULL);
	cl->global_cleanup();
}

cinx_status cinx_http_get_json(const http_limits *lim, const char *base, const char *url, size_t max,
			       json_object **root, cinx_error *err)
{
	http_fetch f = {.url = url, .base = base, .lim = lim, .mem_max = max};
	cinx_status st = cinx_http_get(&f, "application/json", err);

	*root = st ? NULL : parse_json(f.mem ? f.mem : "", f.mem_len);
	cinx_http_done(&f);
	return st;
}

bool cinx_http_escape(const char *s, char *buf, size_t cap)
{
	char *e = cl->easy_escape(NULL, s, 0);
	bool ok = e && (size_t)snprintf(buf, cap, "%s", e) < cap;

	cl->free(e);
	return ok;
}

unsigned long long cinx_json_count_at(json_object *root, const char *pointer)
{
	json_object *v;

	return root && jl->pointer_get(root, pointer, &v) == 0 && jl->object_is_type(v, json_type_int) &&
			       jl->object_get_int64(v) > 0
		       ? (unsigned long long)jl->object_get_int64(v)
		       : 0;
}
