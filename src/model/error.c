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

int cinx_status_exit_code(cinx_status st)
{
	switch (st) {
	case CINX_OK: return 0;
	case CINX_E_DATA: return 65;      /* EX_DATAERR */
	case CINX_E_USAGE:
	case CINX_E_NOTFOUND:
	case CINX_E_AMBIGUOUS: return 2;
	case CINX_E_IO: return 74;        /* EX_IOERR */
	case CINX_E_NETWORK: return 69;   /* EX_UNAVAILABLE */
	case CINX_E_CONFIG: return 78;    /* EX_CONFIG */
	case CINX_E_NOMEM: return 71;     /* EX_OSERR */
	}
	return 1;
}
