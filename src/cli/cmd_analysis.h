/* The comparison commands (compare, notable, trend --with-predecessors or
 * --with-successors)
 * and what they load besides the data: the population file for rates and
 * the statistical neighbours model. */
#ifndef CINX_CMD_ANALYSIS_H
#define CINX_CMD_ANALYSIS_H

#include "cli.h"

int cmd_compare(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);
int cmd_notable(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);
int cmd_trend_lineage(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);

/* Adds rates from o->population and loads o->neighbours into *nb (NULL when
 * not given). Returns -1 to go on, or an exit status after reporting. */
int cli_load_extras(const cli_opts *o, cinx_dataset *ds, cinx_neighbours **nb);

/* Sets the options of the configuration file that cmd takes, so that the
 * command line, read after, wins; $CINX_DATA wins over the file's data.
 * Returns -1 to go on, or 78 after reporting a bad file as
 * "file:line: message". */
int cli_config_apply(cli_opts *o, opt_cmd cmd);

#endif
