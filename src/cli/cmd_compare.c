/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cinx/compare.h"
#include "cmd_analysis.h"

cinx_status cmd_compare(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	return cli_emit_areas(o, ds, vo, CINX_COMPARE_MAX, cinx_query_compare, &res->err);
}
