/* SPDX-License-Identifier: MIT */
/* Everything cinx says on stderr passes here: messages quote what users,
 * the environment, files and servers gave, and none of it may reach the
 * terminal raw (an escape sequence could clear or rewrite the screen, a
 * bidi mark reorder it). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cinx/provenance.h"
#include "cinx/text.h"
#include "cli.h"

void cli_say(const char *prefix, const char *text)
{
	while (*text) {
		size_t len = strcspn(text, "\n");
		char line[CINX_ERROR_MAX];
		size_t n = len < sizeof line - 1 ? len : sizeof line - 1;

		memcpy(line, text, n);
		line[cinx_text_sanitize(line, n, NULL)] = '\0';
		fprintf(stderr, "%s%s\n", prefix, line);
		text += len + (text[len] == '\n');
	}
}

/* A load's progress: one line on stderr, rewritten in place, once the load
 * has taken half a second; only on a terminal, where it is cleared at the
 * end. */
typedef struct progress {
	struct timespec start, last;
	bool shown;
} progress;

static progress loading;

static double since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

static void show_progress(void *ctx, unsigned long long done, unsigned long long total)
{
	progress *p = ctx;

	if (since(&p->start) < 0.5 || (p->shown && since(&p->last) < 0.1))
		return;
	clock_gettime(CLOCK_MONOTONIC, &p->last);
	if (total)
		fprintf(stderr, "\rcinx: loading the data: %3llu%% (%.1f of %.1f MB)", done * 100 / total, done / 1e6,
			total / 1e6);
	else
		fprintf(stderr, "\rcinx: loading the data: %.1f MB", done / 1e6);
	fflush(stderr);
	p->shown = true;
}

void cli_progress_begin(void)
{
	if (!isatty(STDERR_FILENO))
		return;
	loading = (progress){.shown = false};
	clock_gettime(CLOCK_MONOTONIC, &loading.start);
	cinx_data_watch(show_progress, &loading);
}

void cli_progress_end(void)
{
	cinx_data_watch(NULL, NULL);
	if (loading.shown)
		fputs("\r\033[K", stderr);
	loading.shown = false;
}
