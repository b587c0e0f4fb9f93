/* SPDX-License-Identifier: MIT */
/* One GET against the EES API through libcurl, bounded in time and size,
 * with its failures in words a user can act on: what cinx update and the
 * catalogue share. The body goes to memory (a JSON answer), or for a
 * successful CSV to a file, the checksum and the loader as it arrives. */
#ifndef CINX_HTTP_H
#define CINX_HTTP_H

#include <curl/curl.h>
#include <json.h>
#include <stdbool.h>
#include <stdio.h>
#include <time.h>

#include "cinx/dataset.h"
#include "cinx/error.h"
#include "cinx/update.h"
#include "digest.h"
#include "json_lib.h"

/* The largest JSON answer kept in memory; the start of an error page. */
#define CINX_HTTP_SUMMARY_MAX (1u << 20)
#define CINX_HTTP_ERROR_BODY_MAX (1u << 16)

/* What the environment allows: read once, for every request of a command. */
typedef struct http_limits {
	long timeout;                /* CINX_TIMEOUT: to connect, and the longest stall */
	long deadline;               /* CINX_DEADLINE: every request together */
	struct timespec end;         /* when the deadline falls (CLOCK_MONOTONIC) */
	unsigned long long max_mb;   /* CINX_MAX_DOWNLOAD */
} http_limits;

typedef struct http_fetch {
	CURL *curl;
	const char *url, *base;
	const http_limits *lim;
	char *mem;
	size_t mem_len, mem_max;
	FILE *file;
	cinx_digest digest;
	cinx_loader *loader;
	const char *kind;   /* what the CSV should be, for messages: "C1", "EES" */
	/* the CSV's caps: bytes and lines; promised is the summary's rows */
	unsigned long long max_bytes, max_lines, lines, promised;
	cinx_progress_fn progress; /* the CSV's progress, or NULL */
	void *progress_ctx;
	char retry_after[32];
	cinx_status fail;   /* a failure found in a callback */
	cinx_error error;
	char curl_msg[CURL_ERROR_SIZE];
} http_fetch;

/* Reads $CINX_TIMEOUT, $CINX_DEADLINE and $CINX_MAX_DOWNLOAD, and starts the
 * deadline's clock. */
CINX_MUST_CHECK cinx_status cinx_http_limits(http_limits *lim, cinx_error *err);
/* Loads and starts libcurl, and reports a file too large for ulimit -f as a
 * write error rather than a silent death by SIGXFSZ; cinx_http_stop undoes
 * both. */
/* json-c's functions, once cinx_http_start has loaded them. */
const json_lib *cinx_http_json(void);
CINX_MUST_CHECK cinx_status cinx_http_start(cinx_error *err);
void cinx_http_stop(void);

/* GETs f->url (set url, base, lim, mem_max; and file, loader and caps for a
 * CSV), following redirects only on the base's own origin. */
CINX_MUST_CHECK cinx_status cinx_http_get(http_fetch *f, const char *accept, cinx_error *err);
void cinx_http_done(http_fetch *f);
/* GETs url as JSON (at most max bytes) into *root; *root is NULL when the answer is not JSON
 * (the caller says what it expected). */
CINX_MUST_CHECK cinx_status cinx_http_get_json(const http_limits *lim, const char *base, const char *url,
					       size_t max, json_object **root, cinx_error *err);
/* s escaped for a URL's query, into buf; false when it does not fit. */
bool cinx_http_escape(const char *s, char *buf, size_t cap);

/* A string at a JSON pointer, or NULL. */
const char *cinx_json_string_at(json_object *root, const char *pointer);
/* A positive whole number at a JSON pointer, or 0. */
unsigned long long cinx_json_count_at(json_object *root, const char *pointer);
/* Text from the network made safe to print: one line, no control bytes. */
void cinx_http_clean_copy(char *dst, size_t cap, const char *src);

#endif
