#include <config.h>

#include <errno.h>
#include <stdlib.h>

#include "cinx/notable.h"
#include "cmd_analysis.h"

int cmd_notable(const cli_opts *o, const cinx_dataset *ds, const cinx_view_opts *vo)
{
	cinx_report *r = NULL;
	cinx_error err;
	double threshold = 0;

	if (o->threshold) {
		char *end;
		errno = 0;
		threshold = strtod(o->threshold, &end);
		if (errno || end == o->threshold || *end || !(threshold > 0) || threshold > 1e6)
			return cli_usage_error("--threshold expects a positive number such as 5, not '%s'",
					       o->threshold);
	}
	return cli_emit(cinx_view_notable(ds, vo, threshold, &r, &err), &r, o, &err);
}
