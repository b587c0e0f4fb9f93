/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/config.h"
#include "cmd_analysis.h"

/* Kept for the life of the process: the options point into it. */
static cinx_config *config;

cinx_status cli_config_apply(cli_opts *o, opt_cmd cmd, cinx_error *err)
{
	const char *env_data = getenv("CINX_DATA");
	char path[4096];
	cinx_status st;

	if (!cinx_config_default_path(path, sizeof path))
		return CINX_OK;
	if ((st = cinx_config_load(path, &config, err)))
		return st;
	for (size_t i = 0; i < cinx_config_n(config); i++) {
		const opt_def *d = opt_find(cinx_config_key(config, i));
		/* a key is shared by every command: the others leave it be */
		if (!opt_applies(d, cmd) || (d->id == OPT_DATA && env_data && env_data[0]))
			continue;
		if ((st = cli_set_option(o, d, cinx_config_value(config, i), err)))
			return st;
	}
	return CINX_OK;
}
