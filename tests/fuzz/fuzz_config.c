/* SPDX-License-Identifier: MIT */
/* libFuzzer harness for the configuration file parser. A failure must leave
 * no configuration and a one-line message free of control characters (it
 * may quote the file). A success must hold only known keys, each once, with
 * the values cinx_config_get finds, and values as safe to print as messages. */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/config.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const known[] = {
	"data", "population", "neighbours", "no-snapshot", "format", "ascii", "no-color", "no-mouse",
	"metric", "region", "year", "level", "sort", "limit",
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	cinx_config *c = NULL;
	cinx_error err;

	/* paths expand against HOME and the file's folder */
	setenv("HOME", "/home/fuzz", 1);
	if (cinx_config_parse("/etc/cinx/config", (const char *)data, size, &c, &err) != CINX_OK) {
		if (c || !err.message[0] || strchr(err.message, '\n'))
			abort();
		check_printable("error", err.message, strlen(err.message));
		return 0;
	}
	for (size_t i = 0; i < cinx_config_n(c); i++) {
		const char *key = cinx_config_key(c, i), *value = cinx_config_value(c, i);
		bool ok = false;
		for (size_t k = 0; k < sizeof known / sizeof known[0]; k++)
			ok |= strcmp(key, known[k]) == 0;
		if (!ok || !value[0] || cinx_config_get(c, key) != value)
			abort();
		/* values end up in messages and on screen */
		check_printable("value", value, strlen(value));
		for (size_t j = 0; j < i; j++)
			if (strcmp(cinx_config_key(c, j), key) == 0)
				abort();
	}
	cinx_config_free(c);
	return 0;
}
