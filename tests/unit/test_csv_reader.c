/* SPDX-License-Identifier: MIT */
/* The CSV reader's limits hold while it streams: an endless field, an
 * endless line or an endless row stops with a located error naming the
 * limit, before libcsv buffers much past it. */
#include "testutil.h"

#include "model/csv_reader.h"

static void ignore_field(void *ctx, size_t col, const char *s, size_t len)
{
	(void)ctx, (void)col, (void)s, (void)len;
}

static void ignore_row(void *ctx, size_t n)
{
	(void)ctx, (void)n;
}

/* Feeds text (a header line), then filler repeated in 4 KiB chunks until the
 * reader fails or max bytes went in; returns the bytes fed. */
static size_t feed_until_error(cinx_csv_reader *r, const char *text, char filler, size_t max)
{
	char chunk[4096];
	size_t fed = 0;

	memset(chunk, filler, sizeof chunk);
	assert_int_equal(cinx_csv_init(r, "endless.csv", CSV_STRICT, ignore_field, ignore_row, NULL), CINX_OK);
	assert_int_equal(cinx_csv_feed(r, text, strlen(text)), CINX_OK);
	while (fed < max && cinx_csv_feed(r, chunk, sizeof chunk) == CINX_OK)
		fed += sizeof chunk;
	return fed;
}

static void an_endless_field_stops_at_the_field_limit(void **state)
{
	cinx_csv_reader r;
	size_t fed;

	(void)state;
	fed = feed_until_error(&r, "a,b\n1,", 'x', 64UL << 20);
	assert_int_equal(r.failed, CINX_E_DATA);
	assert_string_equal(r.error.message, "endless.csv:2:2: field is longer than 4194304 bytes; expected at most "
					     "4194304 (a field this long is not C1 data)");
	/* stopped within a piece of the limit, with the buffer no bigger */
	assert_true(fed <= CINX_CSV_MAX_FIELD_BYTES + 32768);
	assert_true(r.csv.entry_size <= CINX_CSV_MAX_FIELD_BYTES + 32768);
	cinx_csv_free(&r);
}

static void an_endless_quoted_field_across_lines_stops_too(void **state)
{
	cinx_csv_reader r;

	(void)state;
	feed_until_error(&r, "a,b\n1,\"", '\n', 64UL << 20);
	assert_int_equal(r.failed, CINX_E_DATA);
	assert_non_null(strstr(r.error.message, "field is longer than 4194304 bytes"));
	cinx_csv_free(&r);
}

static void an_endless_line_of_short_fields_stops_at_the_field_count(void **state)
{
	cinx_csv_reader r;

	(void)state;
	feed_until_error(&r, "a\n", ',', 64UL << 20);
	assert_int_equal(r.failed, CINX_E_DATA);
	assert_string_equal(r.error.message, "endless.csv:2:65537: row has more than 65536 fields; expected at most 65536");
	cinx_csv_free(&r);
}

static void an_endless_line_stops_at_the_line_limit(void **state)
{
	enum { FIELD = 1 << 20 };
	cinx_csv_reader r;
	char *field = malloc(FIELD + 1);
	size_t fed = 0;

	(void)state;
	/* 20 fields of 1 MiB: under the field and field-count limits */
	assert_non_null(field);
	memset(field, 'y', FIELD);
	field[FIELD] = ',';
	assert_int_equal(cinx_csv_init(&r, "long.csv", CSV_STRICT, ignore_field, ignore_row, NULL), CINX_OK);
	for (int i = 0; i < 20 && cinx_csv_feed(&r, field, FIELD + 1) == CINX_OK; i++)
		fed += FIELD + 1;
	free(field);
	assert_int_equal(r.failed, CINX_E_DATA);
	assert_non_null(strstr(r.error.message, "long.csv:1:"));
	assert_non_null(strstr(r.error.message, "line is longer than 16777216 bytes; expected at most 16777216"));
	assert_true(fed <= CINX_CSV_MAX_LINE_BYTES + (1 << 20) + 1);
	cinx_csv_free(&r);
}

static void a_long_header_name_is_refused_by_the_loader(void **state)
{
	char csv[1024];
	cinx_dataset *ds = NULL;
	cinx_error err;

	(void)state;
	snprintf(csv, sizeof csv, "time_period,%0300d\n2025,1\n", 0);
	assert_int_equal(cinx_dataset_load_memory("wide.csv", csv, strlen(csv), &ds, &err), CINX_E_DATA);
	assert_string_equal(err.message, "wide.csv:1:2: column name is 300 bytes long; expected at most 256");
	assert_null(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(an_endless_field_stops_at_the_field_limit),
		cmocka_unit_test(an_endless_quoted_field_across_lines_stops_too),
		cmocka_unit_test(an_endless_line_of_short_fields_stops_at_the_field_count),
		cmocka_unit_test(an_endless_line_stops_at_the_line_limit),
		cmocka_unit_test(a_long_header_name_is_refused_by_the_loader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
