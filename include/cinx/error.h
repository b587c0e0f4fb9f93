/* SPDX-License-Identifier: MIT */
/* Status codes and the error struct every fallible function fills. */
#ifndef CINX_ERROR_H
#define CINX_ERROR_H

#include <stddef.h>

typedef enum cinx_status {
	CINX_OK = 0,
	CINX_E_NOMEM,     /* out of memory */
	CINX_E_IO,        /* a file could not be read or written */
	CINX_E_DATA,      /* the input data is malformed */
	CINX_E_USAGE,     /* the command line is wrong */
	CINX_E_NOTFOUND,  /* an area, metric or year does not exist */
	CINX_E_AMBIGUOUS, /* a query matches more than one thing */
	CINX_E_NETWORK,   /* a download failed */
	CINX_E_CONFIG,    /* the configuration file is malformed */
	CINX_E_UNAVAILABLE /* something the command needs is missing (a terminal) */
} cinx_status;

/* On functions whose result must be looked at: the compiler says when one
 * is ignored (a (void) cast does not silence it). */
#define CINX_MUST_CHECK __attribute__((warn_unused_result))

#define CINX_ERROR_MAX 1024

typedef struct cinx_error {
	cinx_status status;
	char message[CINX_ERROR_MAX];
} cinx_error;

/* Fills err (when not NULL) and returns st, so callers can
 * `return cinx_error_set(err, CINX_E_DATA, "...")`. */
cinx_status cinx_error_set(cinx_error *err, cinx_status st, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Same, prefixed with "file:line:column: ". */
cinx_status cinx_error_at(cinx_error *err, cinx_status st, const char *file,
			  unsigned long line, unsigned long column, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

void cinx_error_clear(cinx_error *err);

#endif
