/* SPDX-License-Identifier: MIT */
/* Reading a large file on all cores (load_parallel.c). */
#ifndef CINX_LOAD_PARALLEL_H
#define CINX_LOAD_PARALLEL_H

#include <stdbool.h>

#include "cinx/dataset.h"
#include "ees_meta.h"

/* Reads path in parts on several threads when it is a regular file large
 * enough to gain and o asks for nothing a single pass must do (a
 * requirement, a tap): true with *st (and *out or err) as one pass would
 * give them; false when it declined or found a cut inside a quoted field,
 * for the caller to read it in one pass. */
bool cinx_load_parallel(const char *path, const cinx_load_opts *o, const cinx_meta *meta, cinx_dataset **out,
			cinx_status *st, cinx_error *err);

#endif
