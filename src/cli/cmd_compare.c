#include <config.h>

#include <stdlib.h>

#include "cinx/compare.h"
#include "cmd_analysis.h"

cinx_status cmd_compare(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo, cli_result *res)
{
	int *areas = calloc((size_t)o->n_args, sizeof *areas);
	cinx_report *r = NULL;
	cinx_status st;
	size_t n;

	if (!areas)
		return cinx_error_set(&res->err, CINX_E_NOMEM, "out of memory");
	st = cli_areas(o, ds, areas, &n, &res->err);
	if (!st && n > CINX_COMPARE_MAX)
		st = cinx_error_set(&res->err, CINX_E_USAGE, "compare takes at most %d areas (got %zu), e.g. %s",
				    CINX_COMPARE_MAX, n, o->command->example);
	if (!st)
		st = cli_emit(cinx_query_compare(ds, areas, n, vo, &r, &res->err), &r, o, &res->err);
	free(areas);
	return st;
}
