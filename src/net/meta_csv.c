/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "http.h"
#include "meta_csv.h"

#define HEADER "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint," \
	       "filter_grouping_column\n"

static json_object *array_at(json_object *root, const char *key)
{
	json_object *v;

	return root && cinx_http_json()->object_object_get_ex(root, key, &v) && cinx_http_json()->object_is_type(v, json_type_array) ? v : NULL;
}

bool cinx_meta_csv_valid(json_object *root)
{
	return array_at(root, "filters") && array_at(root, "indicators");
}

/* One field: quoted when it holds a comma, a quote or a line break (which,
 * like any control byte, arrives as a space: a field is one line). */
static void put_field(FILE *f, const char *v, bool last)
{
	char clean[512];

	cinx_http_clean_copy(clean, sizeof clean, v ? v : "");
	if (strpbrk(clean, ",\"")) {
		fputc('"', f);
		for (const char *p = clean; *p; p++) {
			if (*p == '"')
				fputc('"', f);
			fputc(*p, f);
		}
		fputc('"', f);
	} else {
		fputs(clean, f);
	}
	fputc(last ? '\n' : ',', f);
}

/* The units the EES standard allows; any other (the API's "string", a
 * unit added later) is left out rather than shown wrongly. */
static const char *known_unit(const char *unit)
{
	static const char *const units[] = {"%", "£", "£m", "pp"};

	for (size_t i = 0; unit && i < sizeof units / sizeof units[0]; i++)
		if (strcmp(unit, units[i]) == 0)
			return unit;
	return "";
}

static void put_rows(FILE *f, json_object *list, bool filters)
{
	for (size_t i = 0; i < cinx_http_json()->object_array_length(list); i++) {
		json_object *e = cinx_http_json()->object_array_get_idx(list, i), *dp;
		const char *column = cinx_json_string_at(e, "/column");
		char places[24] = "";
		if (!column || !column[0])
			continue;
		if (!filters && cinx_http_json()->object_object_get_ex(e, "decimalPlaces", &dp) &&
		    cinx_http_json()->object_is_type(dp, json_type_int))
			snprintf(places, sizeof places, "%d", cinx_http_json()->object_get_int(dp));
		put_field(f, column, false);
		put_field(f, filters ? "Filter" : "Indicator", false);
		put_field(f, cinx_json_string_at(e, "/label"), false);
		put_field(f, "", false);
		put_field(f, filters ? "" : known_unit(cinx_json_string_at(e, "/unit")), false);
		put_field(f, places, false);
		put_field(f, filters ? cinx_json_string_at(e, "/hint") : "", false);
		put_field(f, "", true);
	}
}

cinx_status cinx_meta_indicator_columns(json_object *root, char (**cols)[CINX_META_COLUMN_MAX], size_t *n,
					cinx_error *err)
{
	json_object *list = array_at(root, "indicators");
	size_t len = list ? cinx_http_json()->object_array_length(list) : 0;

	*n = 0;
	if (!(*cols = calloc(len ? len : 1, sizeof **cols)))
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory");
	for (size_t i = 0; i < len; i++) {
		const char *column = cinx_json_string_at(cinx_http_json()->object_array_get_idx(list, i), "/column");
		if (column && column[0])
			cinx_http_clean_copy((*cols)[(*n)++], CINX_META_COLUMN_MAX, column);
	}
	return CINX_OK;
}

cinx_status cinx_meta_csv_write(json_object *root, const cinx_cache *c, char *path, size_t cap, cinx_error *err)
{
	int fd, e;
	FILE *f;
	bool ok;
	cinx_status st = cinx_cache_temp_for(c, c->meta_csv, path, cap, &fd, err);

	if (st)
		return st;
	if (!(f = fdopen(fd, "w"))) {
		e = errno;
		close(fd);
		unlink(path);
		return cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", path, strerror(e));
	}
	fputs(HEADER, f);
	put_rows(f, array_at(root, "filters"), true);
	put_rows(f, array_at(root, "indicators"), false);
	ok = fflush(f) == 0 && fsync(fd) == 0;
	e = errno;
	if (fclose(f) != 0 || !ok) {
		unlink(path);
		return cinx_error_set(err, CINX_E_IO, "cannot write %s: %s", path, strerror(e));
	}
	return CINX_OK;
}
