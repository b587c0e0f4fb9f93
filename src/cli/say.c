/* SPDX-License-Identifier: MIT */
/* Everything cinx says on stderr passes here: messages quote what users,
 * the environment, files and servers gave, and none of it may reach the
 * terminal raw (an escape sequence could clear or rewrite the screen, a
 * bidi mark reorder it). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/text.h"
#include "cli.h"

void cli_say(const char *prefix, const char *text)
{
	while (*text) {
		size_t len = strcspn(text, "\n");
		char line[CINX_ERROR_MAX];
		size_t n = len < sizeof line - 1 ? len : sizeof line - 1;

		memcpy(line, text, n);
		line[cinx_text_sanitize(line, n, NULL)] = '\0';
		fprintf(stderr, "%s%s\n", prefix, line);
		text += len + (text[len] == '\n');
	}
}
