/* SPDX-License-Identifier: MIT */
/* cinx update in a build without libcurl: it explains the manual steps. */
#include <config.h>

#include <string.h>

#include "cinx/update.h"

bool cinx_update_supported(void) { return false; }

cinx_status cinx_update(const cinx_update_opts *o, cinx_update_result *res, cinx_error *err)
{
	(void)o;
	memset(res, 0, sizeof *res); /* it touched no copy, and says nothing of one */
	return cinx_error_set(err, CINX_E_NETWORK,
			      "this build of cinx cannot download: it was built without libcurl "
			      "(configure --without-curl)");
}
