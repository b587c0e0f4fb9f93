/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stddef.h>

#include "dynlib.h"
#include "json_lib.h"

const json_lib *cinx_json_lib_load(cinx_error *err)
{
#define SYM(field) {"json_" #field, offsetof(json_lib, field)}
	static const cinx_dynsym syms[] = {
		SYM(tokener_new),    SYM(tokener_parse_ex),  SYM(tokener_get_error),
		SYM(tokener_free),   SYM(pointer_get),       SYM(object_is_type),
		SYM(object_get_string), SYM(object_get_int64), SYM(object_put),
		SYM(object_get_int), SYM(object_object_get_ex), SYM(object_array_length),
		SYM(object_array_get_idx),
	};
#undef SYM
	/* the SONAME of the json-c the headers came from */
	static cinx_dynlib json = {
		.soname = "libjson-c.so.5",
		.package = "libjson-c5",
		.purpose = "to read the answers of the EES API",
		.syms = syms,
		.n_syms = sizeof syms / sizeof syms[0]
	};
	static json_lib lib;

	return cinx_dynlib_load(&json, &lib, CINX_E_NETWORK, err) == CINX_OK ? &lib : NULL;
}
