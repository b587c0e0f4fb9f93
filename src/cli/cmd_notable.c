/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdlib.h>

#include "cinx/notable.h"
#include "cmd_analysis.h"

cinx_status cmd_notable(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	cinx_report *r = NULL;
	/* checked as it was read (options.c) */
	double threshold = o->threshold ? strtod(o->threshold, NULL) : 0;

	return cli_emit(cinx_query_notable(ds, vo, threshold, &r, &res->err), &r, o, &res->err);
}
