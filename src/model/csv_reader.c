/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "csv_reader.h"

cinx_status cinx_csv_fail_at(cinx_csv_reader *r, size_t col, const char *fmt, ...)
{
	char msg[CINX_ERROR_MAX];
	va_list ap;

	if (r->failed)
		return r->failed;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->failed = cinx_error_at(&r->error, CINX_E_DATA, r->source, r->row_line ? r->row_line : r->line,
				  (unsigned long)col + 1, "%s", msg);
	return r->failed;
}

cinx_status cinx_csv_fail_nomem(cinx_csv_reader *r)
{
	if (!r->failed)
		r->failed = cinx_error_set(&r->error, CINX_E_NOMEM, "%s: out of memory", r->source);
	return r->failed;
}

static void on_field(void *s, size_t len, void *data)
{
	cinx_csv_reader *r = data;
	size_t col = r->field++;

	if (r->failed)
		return;
	if (col == 0)
		r->row_line = r->line;
	if (col >= CINX_CSV_MAX_FIELDS) {
		cinx_csv_fail_at(r, col, "row has more than %lu fields; expected at most %lu", CINX_CSV_MAX_FIELDS,
				 CINX_CSV_MAX_FIELDS);
		return;
	}
	r->on_field(r->ctx, col, s ? s : "", s ? len : 0);
}

static void on_row(int term, void *data)
{
	cinx_csv_reader *r = data;
	size_t n = r->field;

	(void)term;
	r->field = 0;
	if (!r->failed)
		r->on_row(r->ctx, n);
}

cinx_status cinx_csv_init(cinx_csv_reader *r, const char *source, unsigned char options,
			  cinx_csv_field_fn *field_fn, cinx_csv_row_fn *row_fn, void *ctx)
{
	memset(r, 0, sizeof *r);
	r->source = source;
	r->on_field = field_fn;
	r->on_row = row_fn;
	r->ctx = ctx;
	r->line = 1;
	if (csv_init(&r->csv, options) != 0)
		return cinx_csv_fail_nomem(r);
	/* Large blocks: libcsv grows its field buffer in these steps. */
	csv_set_blk_size(&r->csv, 4096);
	return CINX_OK;
}

void cinx_csv_free(cinx_csv_reader *r)
{
	csv_free(&r->csv);
}

/* Whether the field or the line being read is past its limit; records the
 * error. Checked between pieces, so libcsv never buffers much more. */
static bool over_limit(cinx_csv_reader *r)
{
	if (r->csv.entry_pos > CINX_CSV_MAX_FIELD_BYTES) {
		r->row_line = r->row_line && r->field ? r->row_line : r->line;
		cinx_csv_fail_at(r, r->field, "field is longer than %lu bytes; expected at most %lu "
				 "(a field this long is not C1 data)", CINX_CSV_MAX_FIELD_BYTES, CINX_CSV_MAX_FIELD_BYTES);
		return true;
	}
	if (r->line_bytes > CINX_CSV_MAX_LINE_BYTES) {
		r->row_line = r->line;
		cinx_csv_fail_at(r, r->field, "line is longer than %lu bytes; expected at most %lu",
				 CINX_CSV_MAX_LINE_BYTES, CINX_CSV_MAX_LINE_BYTES);
		return true;
	}
	return false;
}

/* Feeds libcsv in pieces small enough for the limits to bite early. */
static bool parse(cinx_csv_reader *r, const unsigned char *p, size_t len)
{
	enum { PIECE = 16384 };

	while (len) {
		size_t n = len < PIECE ? len : PIECE;
		if (csv_parse(&r->csv, p, n, on_field, on_row, r) != n && !r->failed)
			return false;
		r->line_bytes += n;
		if (r->failed || over_limit(r))
			return true;
		p += n;
		len -= n;
	}
	return true;
}

/* The next line end, NUL or CR in p[from, len); len when there is none.
 * memchr is vectorised, so this is much cheaper than a byte loop. */
static size_t next_stop(const unsigned char *p, size_t from, size_t len)
{
	const unsigned char *nl = memchr(p + from, '\n', len - from);
	size_t end = nl ? (size_t)(nl - p) : len;
	const unsigned char *cr = memchr(p + from, '\r', end - from);
	const unsigned char *nul = memchr(p + from, '\0', (cr ? (size_t)(cr - p) : end) - from);

	return nul ? (size_t)(nul - p) : cr ? (size_t)(cr - p) : end;
}

static cinx_status parse_error(cinx_csv_reader *r)
{
	r->row_line = r->line;
	if (csv_error(&r->csv) == CSV_ENOMEM)
		return cinx_csv_fail_nomem(r);
	return cinx_csv_fail_at(r, r->field, "%s%s", "malformed quoting (a stray or unbalanced \" in a field); ",
				"expected fields quoted as \"...\" with inner quotes doubled");
}

/* Feeds libcsv up to each line end, so that errors can name the line. */
static cinx_status feed_body(cinx_csv_reader *r, const unsigned char *p, size_t len)
{
	size_t start = 0;

	for (size_t i = next_stop(p, 0, len); i < len; i = next_stop(p, start, len)) {
		unsigned char ch = p[i];
		if (ch == '\0') {
			/* a quoting error before the NUL is the first thing wrong */
			if (!parse(r, p + start, i - start))
				return parse_error(r);
			if (!r->failed) {
				r->row_line = r->line;
				cinx_csv_fail_at(r, r->field, "%s%s", "NUL byte: this is not a text file; ",
						 "expected a UTF-8 CSV file");
			}
			return r->failed;
		}
		if (!parse(r, p + start, i + 1 - start))
			return parse_error(r);
		if (r->failed)
			return r->failed;
		/* CR LF is one line end; the LF counts alone when text came between */
		if (ch == '\r' || !r->pending_cr || i != start)
			r->line++;
		r->line_bytes = 0;
		r->pending_cr = ch == '\r';
		start = i + 1;
	}
	if (start < len) {
		if (!parse(r, p + start, len - start))
			return parse_error(r);
		r->pending_cr = false;
	}
	return r->failed;
}

static cinx_status check_lead(cinx_csv_reader *r)
{
	static const unsigned char bom[3] = {0xEF, 0xBB, 0xBF};
	const unsigned char *p = r->lead;
	size_t n = r->n_lead;

	r->lead_done = true;
	if (n >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
		return cinx_csv_fail_at(r, 0, "%s%s", "the file is UTF-16 text; ",
					"expected UTF-8 (save it as CSV UTF-8)");
	if (n >= 2 && p[0] == 0x1F && p[1] == 0x8B)
		return cinx_csv_fail_at(r, 0, "%s%s", "the file is gzip-compressed; ",
					"expected plain CSV (gunzip it first)");
	if (n == 3 && memcmp(p, bom, 3) == 0)
		return CINX_OK;
	return feed_body(r, p, n);
}

cinx_status cinx_csv_feed(cinx_csv_reader *r, const void *buf, size_t len)
{
	const unsigned char *p = buf;

	if (r->failed)
		return r->failed;
	for (size_t i = 0; i < len && !r->saw_bytes; i++)
		r->saw_bytes = !strchr(" \t\r\n\xEF\xBB\xBF", p[i]) || !p[i];
	while (!r->lead_done && len) {
		r->lead[r->n_lead++] = *p++;
		len--;
		if (r->n_lead == 3 && check_lead(r))
			return r->failed;
	}
	if (len)
		return feed_body(r, p, len);
	return CINX_OK;
}

cinx_status cinx_csv_finish(cinx_csv_reader *r)
{
	if (!r->failed && !r->lead_done)
		check_lead(r);
	if (!r->failed && csv_fini(&r->csv, on_field, on_row, r) != 0 && !r->failed) {
		/* name the row's first line when the open field is not its first */
		if (r->field == 0)
			r->row_line = r->line;
		cinx_csv_fail_at(r, r->field, "%s%s", "the file ends inside a quoted field; ",
				 "expected a closing \"");
	}
	return r->failed;
}
