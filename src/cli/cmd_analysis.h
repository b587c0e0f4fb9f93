/* SPDX-License-Identifier: MIT */
/* The comparison commands (compare, notable, trend --with-predecessors or
 * --with-successors)
 * and what they load besides the data: the population file for rates and
 * the statistical neighbours model. */
#ifndef CINX_CMD_ANALYSIS_H
#define CINX_CMD_ANALYSIS_H

#include "cli.h"

cli_command_fn cmd_compare, cmd_notable, cmd_trend_lineage;

/* Adds rates from o->population and loads o->neighbours into *nb (NULL when
 * not given). */
CINX_MUST_CHECK cinx_status cli_load_extras(const cli_opts *o, cinx_dataset *ds, cinx_neighbours **nb,
					    cinx_error *err);

/* Sets the options of the configuration file that cmd takes, so that the
 * command line, read after, wins; $CINX_DATA wins over the file's data.
 * A bad file is CINX_E_CONFIG, "file:line: message". */
CINX_MUST_CHECK cinx_status cli_config_apply(cli_opts *o, opt_cmd cmd, cinx_error *err);

#endif
