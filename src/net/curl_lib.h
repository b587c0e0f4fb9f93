/* SPDX-License-Identifier: MIT */
/* libcurl, loaded when a download starts rather than when cinx starts:
 * linking it pulls in some thirty libraries and costs every start several
 * milliseconds, and only `cinx update` needs it. */
#ifndef CINX_CURL_LIB_H
#define CINX_CURL_LIB_H

#include <curl/curl.h>

#include "cinx/error.h"

typedef struct curl_lib {
	CURLcode (*global_init)(long flags);
	void (*global_cleanup)(void);
	CURL *(*easy_init)(void);
	CURLcode (*easy_setopt)(CURL *curl, CURLoption option, ...);
	CURLcode (*easy_perform)(CURL *curl);
	CURLcode (*easy_getinfo)(CURL *curl, CURLINFO info, ...);
	void (*easy_cleanup)(CURL *curl);
	const char *(*easy_strerror)(CURLcode code);
	char *(*easy_escape)(CURL *curl, const char *s, int len);
	void (*free)(void *p);
	struct curl_slist *(*slist_append)(struct curl_slist *list, const char *s);
	void (*slist_free_all)(struct curl_slist *list);
} curl_lib;

/* The loaded library (loaded once; never unloaded), or NULL with err saying
 * which Debian package to install. */
const curl_lib *cinx_curl_lib_load(cinx_error *err);

#endif
