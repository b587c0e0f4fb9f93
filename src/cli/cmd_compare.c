#include <config.h>

#include <stdlib.h>

#include "cinx/compare.h"
#include "cmd_analysis.h"

int cmd_compare(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	int *areas = calloc((size_t)o->n_args, sizeof *areas);
	cinx_report *r = NULL;
	cinx_error err;
	size_t n;
	int rc;

	if (!areas)
		return 71;
	rc = cli_areas(o, ds, areas, &n);
	if (rc < 0 && n > CINX_COMPARE_MAX)
		rc = cli_usage_error("compare takes at most %d areas (got %zu), e.g. %s", CINX_COMPARE_MAX, n,
				     o->command->example);
	if (rc < 0)
		rc = cli_emit(cinx_query_compare(ds, areas, n, vo, &r, &err), &r, o, &err);
	free(areas);
	return rc;
}
