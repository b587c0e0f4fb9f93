/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <dlfcn.h>
#include <string.h>

#include "dynlib.h"

/* Enough for the largest table (libcurl's). */
#define MAX_SYMS 16

cinx_status cinx_dynlib_load(const cinx_dynlib *lib, void *table, cinx_status st, cinx_error *err)
{
	void *fns[MAX_SYMS];
	void *h;

	if (lib->n_syms > MAX_SYMS)
		return cinx_error_set(err, st, "%s: too many functions to load", lib->soname);
	if (!(h = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL)))
		return cinx_error_set(err, st, "cannot load %s, needed %s (%s); install the Debian package %s",
				      lib->soname, lib->purpose, dlerror(), lib->package);
	for (size_t i = 0; i < lib->n_syms; i++)
		if (!(fns[i] = dlsym(h, lib->syms[i].name))) {
			dlclose(h);
			return cinx_error_set(err, st, "%s has no %s; install a current %s", lib->soname,
					      lib->syms[i].name, lib->package);
		}
	/* all or nothing; POSIX guarantees data and function pointers convert
	 * for dlsym */
	for (size_t i = 0; i < lib->n_syms; i++)
		memcpy((char *)table + lib->syms[i].offset, &fns[i], sizeof fns[i]);
	return CINX_OK;
}
