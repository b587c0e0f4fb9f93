/* SPDX-License-Identifier: MIT */
/* The configuration file: default options and the paths of the extra files.
 *
 * One `key = value` per line; blank lines and lines starting with '#' are
 * ignored. The value is the rest of the line without surrounding spaces (no
 * quoting; a '#' inside a value is part of it). The keys are the options
 * the table in src/options.c marks as such, and their values pass the same
 * checks as on the command line; flags take yes or no (true/false, on/off,
 * 1/0). Paths: a leading ~/ is the home folder, and a relative path is
 * taken from the configuration file's folder. A key may appear once. */
#ifndef CINX_CONFIG_H
#define CINX_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/error.h"

typedef struct cinx_config cinx_config;

/* $XDG_CONFIG_HOME/cinx/config when XDG_CONFIG_HOME is an absolute path,
 * else $HOME/.config/cinx/config. False when neither variable helps. */
bool cinx_config_default_path(char *buf, size_t cap);

/* Errors are CINX_E_CONFIG with "source:line: message". */
CINX_MUST_CHECK cinx_status cinx_config_parse(const char *source, const char *text, size_t len, cinx_config **out,
			      cinx_error *err);
/* A missing file is an empty configuration. */
CINX_MUST_CHECK cinx_status cinx_config_load(const char *path, cinx_config **out, cinx_error *err);
void cinx_config_free(cinx_config *c);

/* Entries in file order. Paths come expanded; yes/no values as "yes"/"no". */
size_t cinx_config_n(const cinx_config *c);
const char *cinx_config_key(const cinx_config *c, size_t i);
const char *cinx_config_value(const cinx_config *c, size_t i);
/* The value of key, or NULL when it is not set. */
const char *cinx_config_get(const cinx_config *c, const char *key);

#endif
