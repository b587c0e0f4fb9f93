/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cinx/lineage.h"
#include "cmd_analysis.h"

cinx_status cmd_trend_lineage(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
			      cli_result *res)
{
	return cli_emit_areas(o, ds, vo, (size_t)o->n_args,
			      o->with_successors ? cinx_query_trend_successors : cinx_query_trend_lineage, &res->err);
}
