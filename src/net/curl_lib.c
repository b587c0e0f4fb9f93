/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stddef.h>

#include "curl_lib.h"
#include "dynlib.h"

const curl_lib *cinx_curl_lib_load(cinx_error *err)
{
#define SYM(fn, field) {"curl_" #fn, offsetof(curl_lib, field)}
	static const cinx_dynsym syms[] = {
		SYM(global_init, global_init),   SYM(global_cleanup, global_cleanup),
		SYM(easy_init, easy_init),       SYM(easy_setopt, easy_setopt),
		SYM(easy_perform, easy_perform), SYM(easy_getinfo, easy_getinfo),
		SYM(easy_cleanup, easy_cleanup), SYM(easy_strerror, easy_strerror),
		SYM(easy_escape, easy_escape),   SYM(free, free),
		SYM(slist_append, slist_append), SYM(slist_free_all, slist_free_all),
	};
#undef SYM
	/* the SONAME of the libcurl the headers came from */
	static cinx_dynlib curl = {
		.soname = "libcurl.so.4",
		.package = "libcurl4",
		.purpose = "to download",
		.syms = syms,
		.n_syms = sizeof syms / sizeof syms[0]
	};
	static curl_lib lib;

	return cinx_dynlib_load(&curl, &lib, CINX_E_NETWORK, err) == CINX_OK ? &lib : NULL;
}
