/* SPDX-License-Identifier: MIT */
/* The clock and the sort the benchmark programs take their medians with. */
#ifndef CINX_BENCH_TIME_H
#define CINX_BENCH_TIME_H

#include <time.h>

static inline double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* For qsort of doubles, smallest first. */
static inline int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

#endif
