/* The commands about the data itself: cinx update and cinx info. */
#ifndef CINX_UPDATE_CMD_H
#define CINX_UPDATE_CMD_H

#include "cli.h"

/* Downloads the latest official data into the cache (ds and vo are NULL). */
int cmd_update(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);
/* Which data is open, where it came from, and where the cache is. */
int cmd_info(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo);

#endif
