/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>

#include "cinx/error.h"

static void vset(cinx_error *err, cinx_status st, const char *prefix, const char *fmt, va_list ap)
{
	size_t n;

	err->status = st;
	n = (size_t)snprintf(err->message, sizeof err->message, "%s", prefix);
	if (n >= sizeof err->message)
		return;
	vsnprintf(err->message + n, sizeof err->message - n, fmt, ap);
}

cinx_status cinx_error_set(cinx_error *err, cinx_status st, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return st;
	va_start(ap, fmt);
	vset(err, st, "", fmt, ap);
	va_end(ap);
	return st;
}

cinx_status cinx_error_at(cinx_error *err, cinx_status st, const char *file,
			  unsigned long line, unsigned long column, const char *fmt, ...)
{
	char prefix[512];
	va_list ap;

	if (!err)
		return st;
	snprintf(prefix, sizeof prefix, "%s:%lu:%lu: ", file, line, column);
	va_start(ap, fmt);
	vset(err, st, prefix, fmt, ap);
	va_end(ap);
	return st;
}

void cinx_error_clear(cinx_error *err)
{
	if (!err)
		return;
	err->status = CINX_OK;
	err->message[0] = '\0';
}
