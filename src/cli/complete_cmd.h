/* SPDX-License-Identifier: MIT */
/* What the shell completion scripts ask: `cinx --complete WORD...`. */
#ifndef CINX_COMPLETE_CMD_H
#define CINX_COMPLETE_CMD_H

#include <stdio.h>

/* words are the command line after "cinx", the last one the word under the
 * cursor (maybe empty, maybe --option=part). Writes to out how to complete
 * it: the line "files" (the shell completes a file name), or the line
 * "words" and then the candidates, one a line, that start with the word in
 * any case: commands; the options of the command on the line; an option's
 * words; metrics, years and areas from the data the command would open.
 * Returns the exit status: always 0, as a completion must not fail. */
int cli_complete(int n, char **words, FILE *out);

#endif
