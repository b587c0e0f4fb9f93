/* SPDX-License-Identifier: MIT */
/* cinx update and the catalogue in a build without libcurl: update explains
 * the manual steps, and both say why they cannot reach the API. */
#include <config.h>

#include <string.h>

#include "cinx/catalogue.h"
#include "cinx/update.h"

#define NO_CURL "it was built without libcurl (configure --without-curl)"

bool cinx_update_supported(void) { return false; }

cinx_status cinx_update(const cinx_update_opts *o, cinx_update_result *res, cinx_error *err)
{
	(void)o;
	memset(res, 0, sizeof *res); /* it touched no copy, and says nothing of one */
	return cinx_error_set(err, CINX_E_NETWORK, "this build of cinx cannot download: " NO_CURL);
}

static cinx_status no_catalogue(cinx_error *err)
{
	return cinx_error_set(err, CINX_E_NETWORK, "this build of cinx cannot reach the EES catalogue: " NO_CURL);
}

cinx_status cinx_catalogue_search(const char *api_base, const char *search, bool data_sets, cinx_catalogue *out,
				  cinx_error *err)
{
	(void)api_base, (void)search, (void)data_sets;
	memset(out, 0, sizeof *out);
	return no_catalogue(err);
}

cinx_status cinx_catalogue_data_sets(const char *api_base, cinx_catalogue *c, size_t pub, cinx_error *err)
{
	(void)api_base, (void)c, (void)pub;
	return no_catalogue(err);
}
