/* SPDX-License-Identifier: MIT */
/* EES time periods: a time_period ("2025", "202425") read with its
 * time_identifier ("Academic year", "Autumn term", "Week 5"). */
#ifndef CINX_PERIOD_H
#define CINX_PERIOD_H

#include <stdbool.h>
#include <stddef.h>

/* How a period's year is written. */
typedef enum period_family {
	PF_YEAR,       /* calendar or reporting year: "2025" */
	PF_ACADEMIC,   /* "2024/25" */
	PF_FINANCIAL,  /* financial or tax year: "2024-25" */
} period_family;

/* The order of a whole year among the parts of its year: after them. */
#define PERIOD_WHOLE 900
/* A period's order (and, in a file with parts of years, its key) is
 * year * PERIOD_SCALE + part: seven digits, where a whole year's key is
 * the year's four. */
#define PERIOD_SCALE 1000

typedef struct cinx_period {
	int year;              /* start year */
	int part;              /* order within the year; PERIOD_WHOLE for the whole year */
	period_family family;
	const char *part_name; /* "Autumn term", "Q1", "January", "Week 5"; "" for a whole year */
	const char *noun;      /* "Year", "Academic year", "Term", "Quarter", "Month", "Week"... */
} cinx_period;

/* Reads one period. On failure returns false with why filled with what was
 * expected (a sentence without the file position). identifier NULL: the
 * file has no time_identifier column (a 4-digit year then). part_name and
 * noun point into static tables or into identifier. */
bool cinx_period_parse(const char *time_period, const char *identifier, cinx_period *out, char *why, size_t n);

/* "2025", "2024/25", "2024-25", "2024/25 Autumn term", "2024-25 Q1". */
void cinx_period_label(const cinx_period *p, char *buf, size_t n);

#endif
