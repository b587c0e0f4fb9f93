/* SPDX-License-Identifier: MIT */
/* Saving and sharing a view: reports written atomically to a file, as a
 * string (for the clipboard), and the command line that reopens a view. */
#ifndef CINX_EXPORT_H
#define CINX_EXPORT_H

#include <stdbool.h>
#include <stddef.h>
#include "cinx/report.h"

/* Writes r to path in format f (flags as cinx_report_write): to a temporary
 * file in the same folder, then renamed over path, so that path is either
 * the old file or the whole new one. */
CINX_MUST_CHECK cinx_status cinx_export_write(const cinx_report *r, cinx_format f, int flags, const char *path,
			      cinx_error *err);

/* The format a file name's extension asks for: .csv, .tsv, .json, .md or
 * .markdown, .txt. False for anything else. */
bool cinx_export_format_for(const char *path, cinx_format *f);

/* "cinx-<what>-<year>.<ext>", e.g. cinx-compare-2025.csv; what is made safe
 * for a file name. */
void cinx_export_default_name(const char *what, int year, cinx_format f, char *buf, size_t cap);

/* r as it would be written, in a new string (free it); NULL when out of
 * memory or r cannot be written. */
char *cinx_report_to_string(const cinx_report *r, cinx_format f, int flags, size_t *len);

/* The OSC 52 escape sequence that asks the terminal to put text on the
 * clipboard, in a new string (free it); NULL when out of memory. */
char *cinx_osc52(const char *text, size_t len);

/* What a `cinx` command line needs to reopen a view. */
typedef struct cinx_query_state {
	const char *command;         /* "compare", "table", ...; NULL: the explorer */
	const char *const *areas;    /* positional areas (GSS codes are unambiguous) */
	size_t n_areas;
	const char *const *pins;     /* the explorer's pinned areas, as --pin CODE */
	size_t n_pins;
	const char *data, *population, *neighbours; /* files, when not the defaults */
	int year;                    /* 0: not given */
	const char *metric, *level, *region, *sort; /* NULL: not given */
	long limit;                  /* 0: not given */
	const char *format;          /* NULL: not given */
	bool ascii, with_predecessors;
} cinx_query_state;

/* The shell command line, quoted where needed. Returns the length it needs
 * (snprintf semantics; buf always terminated). */
size_t cinx_command_line(const cinx_query_state *s, char *buf, size_t cap);

/* s as one word for a POSIX shell: unchanged when safe, else in single
 * quotes. Same return convention. */
size_t cinx_shell_quote(const char *s, char *buf, size_t cap);

#endif
