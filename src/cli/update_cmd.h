/* SPDX-License-Identifier: MIT */
/* The commands about the data itself: cinx update and cinx info. */
#ifndef CINX_UPDATE_CMD_H
#define CINX_UPDATE_CMD_H

#include "cli.h"

/* Downloads the latest official data into the cache (ds and vo are NULL). */
cli_command_fn cmd_update;
/* Which data is open, where it came from, and where the cache is. */
cli_command_fn cmd_info;

#endif
