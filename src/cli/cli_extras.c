/* SPDX-License-Identifier: MIT */
#include <config.h>

#include "cinx/rates.h"
#include "cmd_analysis.h"

cinx_status cli_load_extras(const cli_opts *o, cinx_dataset *ds, cinx_neighbours **nb, cinx_error *err)
{
	cinx_status st;

	*nb = NULL;
	/* a population of every child is no denominator for some of them */
	if (o->population && cinx_dataset_at_totals(ds) && (st = cinx_rates_add_file(ds, o->population, err)))
		return st;
	if (o->neighbours && (st = cinx_neighbours_load_file(o->neighbours, nb, err)))
		return st;
	return CINX_OK;
}
