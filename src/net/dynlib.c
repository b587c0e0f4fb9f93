/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <dlfcn.h>
#include <string.h>

#include "dynlib.h"

cinx_status cinx_dynlib_load(cinx_dynlib *lib, void *table, cinx_status st, cinx_error *err)
{
	void *h, *fn;
	size_t i;

	if (lib->loaded)
		return CINX_OK;
	if (!(h = dlopen(lib->soname, RTLD_NOW | RTLD_LOCAL)))
		return cinx_error_set(err, st, "cannot load %s, needed %s (%s); install the Debian package %s",
				      lib->soname, lib->purpose, dlerror(), lib->package);
	/* all or nothing: every name is looked up before the table is filled */
	for (i = 0; i < lib->n_syms && dlsym(h, lib->syms[i].name); i++)
		;
	if (i < lib->n_syms) {
		cinx_error_set(err, st, "%s has no %s; install a current %s", lib->soname, lib->syms[i].name,
			       lib->package);
		dlclose(h);
		return st;
	}
	/* POSIX guarantees data and function pointers convert for dlsym */
	for (i = 0; i < lib->n_syms; i++) {
		fn = dlsym(h, lib->syms[i].name);
		memcpy((char *)table + lib->syms[i].offset, &fn, sizeof fn);
	}
	lib->loaded = true;
	return CINX_OK;
}
