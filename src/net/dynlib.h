/* SPDX-License-Identifier: MIT */
/* Libraries opened when a command first needs them rather than when cinx
 * starts: `table` and `show` pay nothing for what only the explorer, a
 * download or a provenance check uses. The packages that provide them are
 * still dependencies of cinx's Debian package. */
#ifndef CINX_NET_DYNLIB_H
#define CINX_NET_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

#include "cinx/error.h"

typedef struct cinx_dynsym {
	const char *name;
	size_t offset; /* of its pointer (to a function, or a variable) in the caller's table */
} cinx_dynsym;

typedef struct cinx_dynlib {
	const char *soname;  /* e.g. "libnettle.so.8" */
	const char *package; /* the Debian package that ships it, e.g. "libnettle8" */
	const char *purpose; /* what it is needed for, e.g. "to download" */
	const cinx_dynsym *syms;
	size_t n_syms;
	bool loaded; /* set by cinx_dynlib_load */
} cinx_dynlib;

/* Opens lib and fills every pointer of table, once: later calls return at
 * once; never unloaded. On failure err (status st) names the library, why
 * it is needed and the package to install, and table is left as it was. */
CINX_MUST_CHECK cinx_status cinx_dynlib_load(cinx_dynlib *lib, void *table, cinx_status st, cinx_error *err);

#endif
