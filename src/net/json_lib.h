/* SPDX-License-Identifier: MIT */
/* json-c, loaded when an update or the catalogue reads the API's answers
 * rather than when cinx starts: only they read JSON. */
#ifndef CINX_JSON_LIB_H
#define CINX_JSON_LIB_H

#include <json.h>

#include "cinx/error.h"

typedef struct json_lib {
	json_tokener *(*tokener_new)(void);
	json_object *(*tokener_parse_ex)(json_tokener *tok, const char *str, int len);
	enum json_tokener_error (*tokener_get_error)(json_tokener *tok);
	void (*tokener_free)(json_tokener *tok);
	int (*pointer_get)(struct json_object *obj, const char *path, struct json_object **res);
	int (*object_is_type)(const struct json_object *obj, enum json_type type);
	const char *(*object_get_string)(struct json_object *obj);
	int64_t (*object_get_int64)(const struct json_object *obj);
	int (*object_put)(struct json_object *obj);
	int (*object_get_int)(const struct json_object *obj);
	int (*object_object_get_ex)(const struct json_object *obj, const char *key, struct json_object **value);
	size_t (*object_array_length)(const struct json_object *obj);
	struct json_object *(*object_array_get_idx)(const struct json_object *obj, size_t idx);
} json_lib;

/* The loaded library (loaded once; never unloaded), or NULL with err saying
 * which Debian package to install. */
const json_lib *cinx_json_lib_load(cinx_error *err);

#endif
