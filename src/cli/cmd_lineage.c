#include <config.h>

#include <stdlib.h>

#include "cinx/lineage.h"
#include "cmd_analysis.h"

int cmd_trend_lineage(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;
	int *areas = calloc((size_t)o->n_args, sizeof *areas);
	size_t n;
	int rc;

	if (!areas)
		return 71;
	rc = cli_areas(o, ds, areas, &n);
	if (rc < 0)
		rc = cli_emit((o->with_successors ? cinx_query_trend_successors : cinx_query_trend_lineage)(ds, areas, n, vo, &r,
												  &err),
			      &r, o, &err);
	free(areas);
	return rc;
}
