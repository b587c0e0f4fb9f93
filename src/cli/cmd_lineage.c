#include <config.h>

#include <stdlib.h>

#include "cinx/lineage.h"
#include "cmd_analysis.h"

cinx_status cmd_trend_lineage(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo,
			      cli_result *res)
{
	cinx_report *r = NULL;
	int *areas = calloc((size_t)o->n_args, sizeof *areas);
	cinx_status st;
	size_t n;

	if (!areas)
		return cinx_error_set(&res->err, CINX_E_NOMEM, "out of memory");
	st = cli_areas(o, ds, areas, &n, &res->err);
	if (!st)
		st = cli_emit(cinx_query_trend_lineage(ds, areas, n, vo, &r, &res->err), &r, o, &res->err);
	free(areas);
	return st;
}
