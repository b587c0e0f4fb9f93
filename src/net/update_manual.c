/* SPDX-License-Identifier: MIT */
/* The API base, data set ids, the catalogue's memory and how to fetch the
 * data by hand: shared by builds with and without libcurl. */
#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/cache.h"
#include "cinx/catalogue.h"
#include "cinx/update.h"

cinx_status cinx_api_base(const char *api_base, char *buf, size_t cap, cinx_error *err)
{
	const char *base = api_base && api_base[0] ? api_base : getenv("CINX_API_BASE");
	size_t n;

	if (!base || !base[0])
		base = CINX_API_BASE_DEFAULT;
	if (strncmp(base, "https://", 8) && strncmp(base, "http://", 7))
		return cinx_error_set(err, CINX_E_USAGE,
				      "API base '%.200s' is not an http:// or https:// URL; expected e.g. %s", base,
				      CINX_API_BASE_DEFAULT);
	n = strlen(base);
	while (n && base[n - 1] == '/')
		n--;
	if (n >= cap)
		return cinx_error_set(err, CINX_E_USAGE, "API base '%.200s...' is too long", base);
	memcpy(buf, base, n);
	buf[n] = '\0';
	return CINX_OK;
}

void cinx_catalogue_free(cinx_catalogue *c)
{
	free(c->pubs);
	free(c->sets);
	memset(c, 0, sizeof *c);
}

cinx_status cinx_dataset_id_check(const char *id, char out[CINX_DATA_SET_ID_SIZE], cinx_error *err)
{
	static const char hex[] = "0123456789abcdefABCDEF";
	size_t i = 0;

	/* 8-4-4-4-12: nothing else reaches a path or a URL */
	for (; id[i] && i < CINX_DATA_SET_ID_SIZE - 1; i++) {
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;
		if (dash ? id[i] != '-' : !strchr(hex, id[i]))
			break;
		out[i] = (char)(id[i] >= 'A' && id[i] <= 'F' ? id[i] - 'A' + 'a' : id[i]);
	}
	out[i] = '\0';
	if (i == CINX_DATA_SET_ID_SIZE - 1 && !id[i])
		return CINX_OK;
	out[0] = '\0';
	return cinx_error_set(err, CINX_E_USAGE, "'%.60s' is not a data set id; expected one like %s "
			      "(cinx datasets lists them)", id, CINX_DATA_SET_ID);
}

/* s in single quotes when a shell would split or expand it. */
static const char *shell_word(const char *s, char *buf, size_t cap)
{
	size_t o = 0;

	if (strspn(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/._-+:=") == strlen(s))
		return s;
	buf[o++] = '\'';
	for (; *s && o + 5 < cap; s++) {
		if (*s == '\'') {
			memcpy(buf + o, "'\\''", 4);
			o += 4;
		} else {
			buf[o++] = *s;
		}
	}
	buf[o++] = '\'';
	buf[o] = '\0';
	return buf;
}

size_t cinx_update_manual_steps(const char *api_base, char *buf, size_t cap)
{
	char base[1024], url[1200], qurl[1300], qdir[4200], qdata[4200];
	cinx_cache c;
	int n;

	if (cinx_api_base(api_base, base, sizeof base, NULL))
		snprintf(base, sizeof base, "%s", CINX_API_BASE_DEFAULT);
	snprintf(url, sizeof url, "%s/v1/data-sets/%s/csv", base, CINX_DATA_SET_ID);
	n = snprintf(buf, cap,
		     "To get the data by hand:\n"
		     "  1. Download the C1 CSV (the API sends it gzip-compressed; --compressed unpacks it):\n"
		     "       curl --compressed -fL -o c1.csv %s\n"
		     "     or download \"Referrals and re-referrals to children's social care services by\n"
		     "     local authority\" from https://explore-education-statistics.service.gov.uk\n",
		     shell_word(url, qurl, sizeof qurl));
	if (n < 0 || (size_t)n >= cap)
		return n < 0 ? 0 : (size_t)n;
	if (cinx_cache_locate(&c, NULL) == CINX_OK)
		n += snprintf(buf + n, cap - (size_t)n,
			      "  2. Put it where cinx looks for the official copy:\n"
			      "       mkdir -p %s && mv c1.csv %s\n"
			      "     or keep it anywhere and use --data FILE or CINX_DATA=FILE.\n",
			      shell_word(c.dir, qdir, sizeof qdir), shell_word(c.data, qdata, sizeof qdata));
	else
		n += snprintf(buf + n, cap - (size_t)n,
			      "  2. Keep it anywhere and use --data FILE or CINX_DATA=FILE.\n");
	if ((size_t)n < cap)
		n += snprintf(buf + n, cap - (size_t)n, "  3. Check what cinx opens: cinx info\n");
	return (size_t)n;
}
