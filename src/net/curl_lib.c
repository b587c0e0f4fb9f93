/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <dlfcn.h>
#include <stddef.h>

#include "curl_lib.h"

/* The SONAME of the libcurl the headers came from (Debian: libcurl4). */
#define CURL_SONAME "libcurl.so.4"

static curl_lib lib;
static int loaded;

const curl_lib *cinx_curl_lib_load(cinx_error *err)
{
	static const struct {
		const char *name;
		size_t offset;
	} syms[] = {
		{"curl_global_init", offsetof(curl_lib, global_init)},
		{"curl_global_cleanup", offsetof(curl_lib, global_cleanup)},
		{"curl_easy_init", offsetof(curl_lib, easy_init)},
		{"curl_easy_setopt", offsetof(curl_lib, easy_setopt)},
		{"curl_easy_perform", offsetof(curl_lib, easy_perform)},
		{"curl_easy_getinfo", offsetof(curl_lib, easy_getinfo)},
		{"curl_easy_cleanup", offsetof(curl_lib, easy_cleanup)},
		{"curl_easy_strerror", offsetof(curl_lib, easy_strerror)},
		{"curl_easy_escape", offsetof(curl_lib, easy_escape)},
		{"curl_free", offsetof(curl_lib, free)},
		{"curl_slist_append", offsetof(curl_lib, slist_append)},
		{"curl_slist_free_all", offsetof(curl_lib, slist_free_all)},
	};
	void *h;

	if (loaded)
		return &lib;
	if (!(h = dlopen(CURL_SONAME, RTLD_NOW | RTLD_LOCAL))) {
		cinx_error_set(err, CINX_E_NETWORK, "cannot load %s (%s); install the Debian package libcurl4",
			       CURL_SONAME, dlerror());
		return NULL;
	}
	for (size_t i = 0; i < sizeof syms / sizeof syms[0]; i++) {
		void *fn = dlsym(h, syms[i].name);
		if (!fn) {
			cinx_error_set(err, CINX_E_NETWORK, "%s has no %s; install a current libcurl4",
				       CURL_SONAME, syms[i].name);
			dlclose(h);
			return NULL;
		}
		/* POSIX guarantees data and function pointers convert for dlsym */
		*(void **)((char *)&lib + syms[i].offset) = fn;
	}
	loaded = 1;
	return &lib;
}
