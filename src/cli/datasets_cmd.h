/* SPDX-License-Identifier: MIT */
/* cinx datasets: the EES catalogue on the command line. */
#ifndef CINX_DATASETS_CMD_H
#define CINX_DATASETS_CMD_H

#include "cli.h"

/* The publications matching the arguments (one search) and their data sets
 * (ds and vo are NULL). */
cli_command_fn cmd_datasets;

#endif
