/* The full-screen explorer. */
#ifndef CINX_EXPLORER_H
#define CINX_EXPLORER_H

#include "cinx/dataset.h"
#include "../cli.h"

/* Runs the explorer (or, with o->keys, replays keys headless) on ds with
 * the options resolved in vo (indicator, region, neighbours model); returns
 * the exit status. */
int explorer_main(const cinx_dataset *ds, const cli_opts *o, const cinx_view_opts *vo);

#endif
