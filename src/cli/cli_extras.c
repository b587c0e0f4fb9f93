#include <config.h>

#include "cinx/rates.h"
#include "cmd_analysis.h"

int cli_load_extras(const cli_opts *o, cinx_dataset *ds, cinx_neighbours **nb)
{
	cinx_error err;

	*nb = NULL;
	if (o->population && cinx_rates_add_file(ds, o->population, &err))
		return cli_fail(&err);
	if (o->neighbours && cinx_neighbours_load_file(o->neighbours, nb, &err))
		return cli_fail(&err);
	return -1;
}
