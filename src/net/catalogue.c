/* SPDX-License-Identifier: MIT */
/* The EES catalogue through libcurl: each list is paged (results, and
 * paging with page, pageSize, totalResults, totalPages), and every page is
 * fetched and checked before the next. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/catalogue.h"
#include "http.h"

/* The largest pages the API serves (its validators: 1 to 40, 1 to 20). */
#define PUBLICATIONS_PAGE 40
#define DATA_SETS_PAGE 20

typedef struct list {
	cinx_catalogue_entry **items;
	size_t *n;
	size_t cap;
	size_t publication;     /* what each entry belongs to */
	bool data_sets;         /* entries are data sets, else publications */
} list;

static long int_at(json_object *root, const char *pointer)
{
	json_object *v;

	return root && cinx_http_json()->pointer_get(root, pointer, &v) == 0 && cinx_http_json()->object_is_type(v, json_type_int)
		       ? (long)cinx_http_json()->object_get_int64(v)
		       : -1;
}

static cinx_status unexpected(const char *url, const char *why, cinx_error *err)
{
	return cinx_error_set(err, CINX_E_NETWORK, "unexpected answer from %s: %s; expected a page of results "
			      "with paging", url, why);
}

/* One result into the list; false for an answer that is no catalogue. */
static bool add(list *l, json_object *r)
{
	const char *id = cinx_json_string_at(r, "/id"), *title = cinx_json_string_at(r, "/title");
	const char *version = cinx_json_string_at(r, "/latestVersion/version");
	const char *published = cinx_json_string_at(r, l->data_sets ? "/latestVersion/published" : "/lastPublished");
	cinx_catalogue_entry *e;

	if (*l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 64;
		void *more = realloc(*l->items, cap * sizeof **l->items);
		if (!more)
			return false;
		*l->items = more;
		l->cap = cap;
	}
	e = memset(&(*l->items)[*l->n], 0, sizeof **l->items);
	if (!id || cinx_dataset_id_check(id, e->id, NULL))
		return false;
	cinx_http_clean_copy(e->title, sizeof e->title, title ? title : "");
	cinx_http_clean_copy(e->version, sizeof e->version, l->data_sets && version ? version : "");
	cinx_http_clean_copy(e->published, sizeof e->published, published ? published : "");
	e->rows = l->data_sets ? cinx_json_count_at(r, "/latestVersion/totalResults") : 0;
	e->publication = l->publication;
	(*l->n)++;
	return true;
}

/* Page page of url_stem ("...?pageSize=N" and more); *pages: how many the
 * answer says there are. */
static cinx_status get_page(const http_limits *lim, const char *base, const char *url_stem, long page,
			    long page_size, list *l, long *pages, cinx_error *err)
{
	char url[2400];
	json_object *root, *results;
	long at, size;
	cinx_status st;

	snprintf(url, sizeof url, "%s&page=%ld", url_stem, page);
	if ((st = cinx_http_get_json(lim, base, url, CINX_HTTP_SUMMARY_MAX, &root, err)))
		return st;
	at = int_at(root, "/paging/page");
	size = int_at(root, "/paging/pageSize");
	*pages = int_at(root, "/paging/totalPages");
	if (!root)
		st = unexpected(url, "not JSON", err);
	else if (!cinx_http_json()->object_object_get_ex(root, "results", &results) || !cinx_http_json()->object_is_type(results, json_type_array) ||
		 at < 1 || size < 1 || *pages < 0 || int_at(root, "/paging/totalResults") < 0)
		st = unexpected(url, "no results or paging", err);
	else if (at != page || (long)cinx_http_json()->object_array_length(results) > page_size)
		st = unexpected(url, "not the page asked for", err);
	else if (*pages > CINX_CATALOGUE_PAGES_MAX)
		st = cinx_error_set(err, CINX_E_NETWORK, "%s announces %ld pages of results, more than %d; refused: "
				    "search for fewer", url, *pages, CINX_CATALOGUE_PAGES_MAX);
	for (size_t i = 0; !st && i < cinx_http_json()->object_array_length(results); i++)
		if (!add(l, cinx_http_json()->object_array_get_idx(results, i)))
			st = unexpected(url, "a result without a valid id", err);
	cinx_http_json()->object_put(root);
	return st;
}

/* Every page of url_stem. */
static cinx_status get_all(const http_limits *lim, const char *base, const char *url_stem, long page_size, list *l,
			   cinx_error *err)
{
	long pages = 1;
	cinx_status st = CINX_OK;

	for (long page = 1; !st && page <= pages; page++)
		st = get_page(lim, base, url_stem, page, page_size, l, &pages, err);
	return st;
}

static cinx_status publications(const http_limits *lim, const char *base, const char *search, cinx_catalogue *c,
				cinx_error *err)
{
	list l = {.items = &c->pubs, .n = &c->n_pubs};
	char url[2200], q[1200] = "";

	if (search && search[0] && !cinx_http_escape(search, q, sizeof q))
		return cinx_error_set(err, CINX_E_USAGE, "the search is too long");
	snprintf(url, sizeof url, "%s/v1/publications?pageSize=%d%s%s", base, PUBLICATIONS_PAGE, q[0] ? "&search=" : "", q);
	return get_all(lim, base, url, PUBLICATIONS_PAGE, &l, err);
}

static cinx_status data_sets(const http_limits *lim, const char *base, cinx_catalogue *c, size_t pub,
			     cinx_error *err)
{
	list l = {.items = &c->sets, .n = &c->n_sets, .cap = c->n_sets, .publication = pub, .data_sets = true};
	char url[1200];

	snprintf(url, sizeof url, "%s/v1/publications/%s/data-sets?pageSize=%d", base, c->pubs[pub].id, DATA_SETS_PAGE);
	return get_all(lim, base, url, DATA_SETS_PAGE, &l, err);
}

/* The base and the limits, checked before libcurl starts. */
static cinx_status begin(const char *api_base, char *base, size_t cap, http_limits *lim, cinx_error *err)
{
	cinx_status st;

	if ((st = cinx_api_base(api_base, base, cap, err)) || (st = cinx_http_limits(lim, err)))
		return st;
	return cinx_http_start(err);
}

cinx_status cinx_catalogue_search(const char *api_base, const char *search, bool with_sets, cinx_catalogue *out,
				  cinx_error *err)
{
	char base[1024];
	http_limits lim;
	cinx_status st;

	memset(out, 0, sizeof *out);
	if (search && search[0] && strlen(search) < CINX_CATALOGUE_SEARCH_MIN)
		return cinx_error_set(err, CINX_E_USAGE, "the search '%s' is too short: the EES API takes %d "
				      "characters or more", search, CINX_CATALOGUE_SEARCH_MIN);
	if ((st = begin(api_base, base, sizeof base, &lim, err)))
		return st;
	st = publications(&lim, base, search, out, err);
	for (size_t i = 0; !st && with_sets && i < out->n_pubs; i++)
		st = data_sets(&lim, base, out, i, err);
	cinx_http_stop();
	if (st)
		cinx_catalogue_free(out);
	return st;
}

cinx_status cinx_catalogue_data_sets(const char *api_base, cinx_catalogue *c, size_t pub, cinx_error *err)
{
	char base[1024];
	http_limits lim;
	cinx_status st;

	free(c->sets);
	c->sets = NULL;
	c->n_sets = 0;
	if ((st = begin(api_base, base, sizeof base, &lim, err)))
		return st;
	st = data_sets(&lim, base, c, pub, err);
	cinx_http_stop();
	return st;
}
