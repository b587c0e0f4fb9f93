#include <config.h>

#include "cinx/analysis_views.h"
#include "cinx/lookup.h"
#include "cmd_analysis.h"

int cmd_similar(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;
	int area;

	if (cinx_lookup_area(ds, o->args[0], &area, &err))
		return cli_usage_error("%s", err.message);
	return cli_emit(cinx_view_similar(ds, area, vo, &r, &err), &r, o, &err);
}
