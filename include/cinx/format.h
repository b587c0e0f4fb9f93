/* SPDX-License-Identifier: MIT */
/* Numbers and values as text. */
#ifndef CINX_FORMAT_H
#define CINX_FORMAT_H

#include <stddef.h>
#include "cinx/value.h"

enum {
	CINX_FMT_GROUP = 1,   /* thousands separators: 632,830 */
	CINX_FMT_SIGN = 2,    /* always a sign: +1.2, -340, 0 */
	CINX_FMT_NOROW_DASH = 4 /* no row as "-" (else "") */
};

/* Returns the length written (snprintf semantics, always terminated). */
size_t cinx_format_number(double x, int decimals, int flags, char *buf, size_t cap);
/* Numbers as above; symbols as their EES symbol; no row as "" or "-". */
size_t cinx_format_value(cinx_value v, int decimals, int flags, char *buf, size_t cap);

#endif
