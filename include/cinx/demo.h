/* SPDX-License-Identifier: MIT */
/* Demo data: a synthetic data set in exactly the C1 layout, so cinx can be
 * tried with no download. Fictional authorities (names and codes) under the
 * real England, regions and Inner/Outer London; plausible trends 2013 to
 * 2025; every symbol the loader knows; one boundary change. The same bytes
 * on every run and every machine: integer arithmetic and a fixed seed. */
#ifndef CINX_DEMO_H
#define CINX_DEMO_H

#include <stddef.h>
#include "cinx/error.h"

/* The demo CSV in a new buffer (the caller frees it). */
CINX_MUST_CHECK cinx_status cinx_demo_csv(char **out, size_t *len, cinx_error *err);

#endif
