#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/config.h"
#include "cmd_analysis.h"

/* Kept for the life of the process: the options point into it. */
static cinx_config *config;

int cli_config_apply(cli_opts *o, opt_cmd cmd)
{
	const char *env_data = getenv("CINX_DATA");
	char path[4096];
	cinx_error err;

	if (!cinx_config_default_path(path, sizeof path))
		return -1;
	if (cinx_config_load(path, &config, &err)) {
		fprintf(stderr, "cinx: %s\n", err.message);
		return cinx_status_exit_code(err.status);
	}
	for (size_t i = 0; i < cinx_config_n(config); i++) {
		const opt_def *d = opt_find(cinx_config_key(config, i));
		int rc;
		/* a key is shared by every command: the others leave it be */
		if (!opt_applies(d, cmd) || (d->id == OPT_DATA && env_data && env_data[0]))
			continue;
		if ((rc = cli_set_option(o, d, cinx_config_value(config, i))) >= 0)
			return rc;
	}
	return -1;
}
