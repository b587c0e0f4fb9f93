#include <config.h>

#include "cinx/compare.h"
#include "cmd_analysis.h"

int cmd_compare(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	int areas[CINX_COMPARE_MAX];
	cinx_report *r = NULL;
	cinx_error err;
	int rc;

	if (o->n_args > CINX_COMPARE_MAX)
		return cli_usage_error("compare takes at most %d areas (got %d), e.g. %s", CINX_COMPARE_MAX,
				       o->n_args, o->command->example);
	if ((rc = cli_areas(o, ds, areas)) >= 0)
		return rc;
	return cli_emit(cinx_view_compare(ds, areas, (size_t)o->n_args, vo, &r, &err), &r, o, &err);
}
