#include <config.h>

#include <stdlib.h>

#include "cinx/notable.h"
#include "cmd_analysis.h"

int cmd_notable(const cli_opts *o, const cinx_dataset *ds, const cinx_query_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;
	/* checked as it was read (options.c) */
	double threshold = o->threshold ? strtod(o->threshold, NULL) : 0;

	return cli_emit(cinx_query_notable(ds, vo, threshold, &r, &err), &r, o, &err);
}
