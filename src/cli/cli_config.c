#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/config.h"
#include "cmd_analysis.h"

/* Kept for the life of the process: argv points into them. */
static char **config_argv;
static cinx_config *config;

int cli_config_args(int *argc, char ***argv)
{
	const char *env_data = getenv("CINX_DATA");
	char path[4096];
	cinx_error err;
	int n = 1;

	if (!cinx_config_default_path(path, sizeof path))
		return -1;
	if (cinx_config_load(path, &config, &err)) {
		fprintf(stderr, "cinx: %s\n", err.message);
		return cinx_status_exit_code(err.status);
	}
	if (!cinx_config_n(config))
		return -1;
	config_argv = calloc(cinx_config_n(config) + (size_t)*argc + 1, sizeof *config_argv);
	if (!config_argv)
		return 71;
	config_argv[0] = (*argv)[0];
	for (size_t i = 0; i < cinx_config_n(config); i++) {
		const char *key = cinx_config_key(config, i), *value = cinx_config_value(config, i);
		size_t len = strlen(key) + strlen(value) + 4;
		if (strcmp(value, "no") == 0 || (strcmp(key, "data") == 0 && env_data && env_data[0]))
			continue;
		if (!(config_argv[n] = malloc(len)))
			return 71;
		if (strcmp(value, "yes") == 0)
			snprintf(config_argv[n++], len, "--%s", key);
		else
			snprintf(config_argv[n++], len, "--%s=%s", key, value);
	}
	for (int i = 1; i < *argc; i++)
		config_argv[n++] = (*argv)[i];
	config_argv[n] = NULL;
	*argc = n;
	*argv = config_argv;
	return -1;
}
