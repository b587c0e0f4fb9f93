/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/format.h"
#include "cinx/report.h"
#include "cinx/text.h"

typedef struct cell {
	bool set;
	cinx_value v;
	long n;
	int dp; /* decimals for this cell; -1: the column's */
	char *s;
	char *label; /* CINX_COL_PERIOD: s is the code */
} cell;

typedef struct column {
	char *name, *title;
	cinx_col_type type;
	int decimals;
	bool wordy; /* CINX_COL_PERIOD: a label that is more than digits, set left */
} column;

struct cinx_report {
	column *cols;
	size_t n_cols;
	cell *cells; /* n_rows * n_cols */
	size_t n_rows, cap_rows;
	char *title;
	char *notice; /* above the title, e.g. that the data are synthetic */
	char **notes;
	size_t n_notes;
	bool nomem;
};

static const char *const format_names[] = {"text", "csv", "tsv", "json", "markdown"};

bool cinx_format_parse(const char *s, cinx_format *out)
{
	for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
		if (strcmp(s, format_names[i]) == 0) {
			*out = (cinx_format)i;
			return true;
		}
	if (strcmp(s, "md") == 0) {
		*out = CINX_FORMAT_MARKDOWN;
		return true;
	}
	return false;
}

const char *cinx_format_name(cinx_format f) { return format_names[f]; }

/* Every string a report holds is made safe for a terminal here, whatever
 * its source: no control characters, and valid UTF-8 even where a caller's
 * buffer cut a character in two. Newlines and tabs stay: each writer
 * handles them (CSV quotes them, TSV flattens them). */
static char *dup_clean(const char *s)
{
	size_t len = strlen(s), o = 0;
	char *p = malloc(len + 1);

	if (!p)
		return NULL;
	for (size_t i = 0; i <= len;) {
		size_t n = strcspn(s + i, "\n\t");
		memcpy(p + o, s + i, n);
		o += cinx_text_sanitize(p + o, n, NULL);
		if (i + n < len)
			p[o++] = s[i + n];
		i += n + 1;
	}
	p[o] = '\0';
	return p;
}

cinx_report *cinx_report_new(void) { return calloc(1, sizeof(cinx_report)); }

void cinx_report_free(cinx_report *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n_rows * r->n_cols; i++) {
		free(r->cells[i].s);
		free(r->cells[i].label);
	}
	for (size_t c = 0; c < r->n_cols; c++) {
		free(r->cols[c].name);
		free(r->cols[c].title);
	}
	for (size_t i = 0; i < r->n_notes; i++)
		free(r->notes[i]);
	free(r->notes);
	free(r->cols);
	free(r->cells);
	free(r->title);
	free(r->notice);
	free(r);
}

int cinx_report_add_column(cinx_report *r, const char *name, const char *title,
			   cinx_col_type type, int decimals)
{
	column *c;

	if (r->n_rows) /* columns come before rows */
		return -1;
	c = realloc(r->cols, (r->n_cols + 1) * sizeof *c);
	if (!c) {
		r->nomem = true;
		return -1;
	}
	r->cols = c;
	c += r->n_cols;
	c->name = dup_clean(name);
	c->title = dup_clean(title);
	c->type = type;
	c->decimals = decimals;
	c->wordy = false;
	if (!c->name || !c->title)
		r->nomem = true;
	return (int)r->n_cols++;
}

cinx_status cinx_report_add_row(cinx_report *r)
{
	if (r->n_rows == r->cap_rows) {
		size_t cap = r->cap_rows ? r->cap_rows * 2 : 32;
		cell *c = realloc(r->cells, cap * r->n_cols * sizeof *c);
		if (!c) {
			r->nomem = true;
			return CINX_E_NOMEM;
		}
		r->cells = c;
		r->cap_rows = cap;
	}
	memset(r->cells + r->n_rows * r->n_cols, 0, r->n_cols * sizeof *r->cells);
	r->n_rows++;
	return CINX_OK;
}

static cell *cur(cinx_report *r, int col)
{
	if (!r->n_rows || col < 0 || (size_t)col >= r->n_cols)
		return NULL;
	return &r->cells[(r->n_rows - 1) * r->n_cols + (size_t)col];
}

void cinx_report_set_text(cinx_report *r, int col, const char *s)
{
	cell *c = cur(r, col);

	if (!c)
		return;
	free(c->s);
	c->s = dup_clean(s ? s : "");
	c->set = c->s != NULL;
	if (!c->s)
		r->nomem = true;
}

static bool all_digits(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

void cinx_report_set_period(cinx_report *r, int col, const char *code, const char *label)
{
	cell *c = cur(r, col);

	if (!c)
		return;
	cinx_report_set_text(r, col, code);
	free(c->label);
	if (!(c->label = dup_clean(label)))
		r->nomem = true;
	c->set = c->s && c->label;
	r->cols[col].wordy |= !all_digits(label);
}

void cinx_report_set_int(cinx_report *r, int col, long n)
{
	cell *c = cur(r, col);

	if (c) {
		c->n = n;
		c->set = true;
	}
}

void cinx_report_set_value(cinx_report *r, int col, cinx_value v)
{
	cell *c = cur(r, col);

	if (c) {
		c->v = v;
		c->dp = -1;
		c->set = true;
	}
}

void cinx_report_set_value_dp(cinx_report *r, int col, cinx_value v, int decimals)
{
	cell *c = cur(r, col);

	if (c) {
		c->v = v;
		c->dp = decimals;
		c->set = true;
	}
}

void cinx_report_set_title(cinx_report *r, const char *title)
{
	free(r->title);
	if (!(r->title = dup_clean(title)))
		r->nomem = true;
}

void cinx_report_append_title(cinx_report *r, const char *s)
{
	size_t n = r->title ? strlen(r->title) : 0;
	char *joined = r->title ? malloc(n + strlen(s) + 1) : NULL;

	if (!r->title)
		return;
	if (joined) {
		memcpy(joined, r->title, n);
		memcpy(joined + n, s, strlen(s) + 1);
		cinx_report_set_title(r, joined);
	}
	r->nomem |= !joined;
	free(joined);
}

void cinx_report_set_notice(cinx_report *r, const char *notice)
{
	free(r->notice);
	if (!(r->notice = dup_clean(notice)))
		r->nomem = true;
}

void cinx_report_add_note(cinx_report *r, const char *note)
{
	char **n = realloc(r->notes, (r->n_notes + 1) * sizeof *n);

	if (!n || !(n[r->n_notes] = dup_clean(note))) {
		r->nomem = true;
		if (n)
			r->notes = n;
		return;
	}
	r->notes = n;
	r->n_notes++;
}

size_t cinx_report_n_rows(const cinx_report *r) { return r->n_rows; }

static bool machine_format(cinx_format f)
{
	return f == CINX_FORMAT_CSV || f == CINX_FORMAT_TSV || f == CINX_FORMAT_JSON;
}

/* The cell as text in the given format; never NULL. */
static const char *cell_text(const column *col, const cell *c, cinx_format f, char *buf, size_t cap)
{
	bool human = !machine_format(f);

	buf[0] = '\0';
	if (!c->set)
		return buf;
	switch (col->type) {
	case CINX_COL_TEXT:
	case CINX_COL_SPARK:
		return c->s;
	case CINX_COL_PERIOD:
		return human ? c->label : c->s;
	case CINX_COL_INT:
		snprintf(buf, cap, "%ld", c->n);
		return buf;
	case CINX_COL_VALUE:
		cinx_format_value(c->v, c->dp >= 0 ? c->dp : col->decimals, human ? CINX_FMT_GROUP | CINX_FMT_NOROW_DASH : 0, buf, cap);
		return buf;
	case CINX_COL_CHANGE:
		/* a leading + would make the number text in other tools */
		cinx_format_value(c->v, c->dp >= 0 ? c->dp : col->decimals,
				  human ? CINX_FMT_SIGN | CINX_FMT_GROUP | CINX_FMT_NOROW_DASH : 0, buf, cap);
		return buf;
	}
	return buf;
}

static bool right_aligned(const column *c)
{
	/* years line up as the numbers they are; labels such as 2024/25
	 * Autumn term read as words */
	return c->type == CINX_COL_INT || c->type == CINX_COL_VALUE || c->type == CINX_COL_CHANGE ||
	       (c->type == CINX_COL_PERIOD && !c->wordy);
}

static void put_padded(FILE *out, const char *s, int width, bool right)
{
	int pad = width - cinx_text_width(s);

	if (right)
		for (int i = 0; i < pad; i++)
			fputc(' ', out);
	fputs(s, out);
	if (!right)
		for (int i = 0; i < pad; i++)
			fputc(' ', out);
}

/* Line k of a header that may run over several lines ("" past its last). */
static const char *header_line(const char *title, int k, char *buf, size_t cap)
{
	if (k < 0)
		title = NULL;
	for (; k > 0 && title; k--)
		if ((title = strchr(title, '\n')))
			title++;
	snprintf(buf, cap, "%.*s", title ? (int)strcspn(title, "\n") : 0, title ? title : "");
	return buf;
}

static int header_lines(const char *title)
{
	int n = 1;

	for (const char *p = strchr(title, '\n'); p; p = strchr(p + 1, '\n'))
		n++;
	return n;
}

static void write_text(const cinx_report *r, int flags, FILE *out)
{
	int *w = calloc(r->n_cols ? r->n_cols : 1, sizeof *w), head_lines = 1;
	char buf[256];

	if (!w)
		return;
	if (r->notice)
		fprintf(out, r->title ? "%s\n" : "%s\n\n", r->notice);
	if (r->title)
		fprintf(out, "%s\n\n", r->title);
	for (size_t c = 0; c < r->n_cols; c++) {
		w[c] = 0;
		for (int k = 0; k < header_lines(r->cols[c].title); k++) {
			int hw = cinx_text_width(header_line(r->cols[c].title, k, buf, sizeof buf));
			w[c] = hw > w[c] ? hw : w[c];
		}
		if (header_lines(r->cols[c].title) > head_lines)
			head_lines = header_lines(r->cols[c].title);
		for (size_t i = 0; i < r->n_rows; i++) {
			int cw = cinx_text_width(cell_text(&r->cols[c], &r->cells[i * r->n_cols + c],
							   CINX_FORMAT_TEXT, buf, sizeof buf));
			if (cw > w[c])
				w[c] = cw;
		}
	}
	/* a long header (a term's label) runs over lines, bottom-aligned */
	for (int k = 0; k < head_lines; k++) {
		size_t end = 0; /* columns up to the last with words on this line */
		for (size_t c = 0; c < r->n_cols; c++)
			if (header_line(r->cols[c].title, k - (head_lines - header_lines(r->cols[c].title)), buf,
					sizeof buf)[0])
				end = c + 1;
		for (size_t c = 0; c < end; c++) {
			if (c)
				fputs("  ", out);
			put_padded(out, header_line(r->cols[c].title, k - (head_lines - header_lines(r->cols[c].title)), buf,
						    sizeof buf),
				   c + 1 == r->n_cols && !right_aligned(&r->cols[c]) ? 0 : w[c], right_aligned(&r->cols[c]));
		}
		fputc('\n', out);
	}
	for (size_t c = 0; c < r->n_cols; c++) {
		if (c)
			fputs("  ", out);
		for (int i = 0; i < w[c]; i++)
			fputs((flags & CINX_REPORT_ASCII) ? "-" : "\xE2\x94\x80", out);
	}
	fputc('\n', out);
	for (size_t i = 0; i < r->n_rows; i++) {
		for (size_t c = 0; c < r->n_cols; c++) {
			const char *s = cell_text(&r->cols[c], &r->cells[i * r->n_cols + c], CINX_FORMAT_TEXT,
						  buf, sizeof buf);
			if (c)
				fputs("  ", out);
			put_padded(out, s, c + 1 == r->n_cols && !right_aligned(&r->cols[c]) ? 0 : w[c],
				   right_aligned(&r->cols[c]));
		}
		fputc('\n', out);
	}
	if (r->n_notes)
		fputc('\n', out);
	for (size_t i = 0; i < r->n_notes; i++)
		fprintf(out, "%s\n", r->notes[i]);
	free(w);
}

/* A field: lead (the apostrophe that defuses a formula, or "") then s,
 * quoted when it holds a comma, a quote or a line break, or has a space at
 * either end. */
static void csv_field(FILE *out, const char *lead, const char *s)
{
	size_t n = strlen(s);
	bool quote = strpbrk(s, ",\"\r\n") || (n && s[n - 1] == ' ') || (!lead[0] && s[0] == ' ');

	if (quote)
		fputc('"', out);
	fputs(lead, out);
	for (; *s; s++) {
		if (quote && *s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	if (quote)
		fputc('"', out);
}

static void tsv_field(FILE *out, const char *lead, const char *s)
{
	fputs(lead, out);
	/* TSV has no quoting: a tab or line break inside a field becomes a space */
	for (; *s; s++)
		fputc(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s, out);
}

/* A text cell a spreadsheet would run as a formula (=, +, -, @, or a tab
 * or carriage return before one) gets a leading apostrophe, which
 * spreadsheets show as text and hide: OWASP's advice for CSV injection.
 * Signed numbers and a lone "-" are no formulas and stay as they are. */
static bool is_formula(const char *s)
{
	size_t i = 1;

	if (!s[0] || !strchr("=+-@\t\r", s[0]))
		return false;
	if (s[0] == '=' || s[0] == '@' || s[0] == '\t' || s[0] == '\r')
		return true;
	/* a lone sign ("-": none) or a signed number is no formula */
	while (s[i] >= '0' && s[i] <= '9')
		i++;
	if (s[i] == '.' && i > 1)
		for (i++; s[i] >= '0' && s[i] <= '9'; i++)
			;
	return s[i] != '\0';
}

/* What goes before a name (a column name or a text cell): the apostrophe
 * when it reads as a formula, unless raw output was asked for. */
static const char *lead_of(const char *s, int flags)
{
	return !(flags & CINX_REPORT_RAW) && is_formula(s) ? "'" : "";
}

static void write_delimited(const cinx_report *r, cinx_format f, int flags, FILE *out)
{
	void (*field)(FILE *, const char *, const char *) = f == CINX_FORMAT_CSV ? csv_field : tsv_field;
	char buf[256];
	bool first = true;
	char sep = f == CINX_FORMAT_CSV ? ',' : '\t';

	for (size_t c = 0; c < r->n_cols; c++) {
		if (r->cols[c].type == CINX_COL_SPARK)
			continue;
		if (!first)
			fputc(sep, out);
		/* column names come from the data file's header: names like any other */
		field(out, lead_of(r->cols[c].name, flags), r->cols[c].name);
		first = false;
	}
	fputc('\n', out);
	for (size_t i = 0; i < r->n_rows; i++) {
		first = true;
		for (size_t c = 0; c < r->n_cols; c++) {
			if (r->cols[c].type == CINX_COL_SPARK)
				continue;
			if (!first)
				fputc(sep, out);
			const char *t = cell_text(&r->cols[c], &r->cells[i * r->n_cols + c], f, buf, sizeof buf);
			field(out, r->cols[c].type == CINX_COL_TEXT ? lead_of(t, flags) : "", t);
			first = false;
		}
		fputc('\n', out);
	}
}

/* The inside of a JSON string: s escaped, without the quotes. */
static void json_chars(FILE *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(out, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", out);
		else if (*p == '\t')
			fputs("\\t", out);
		else if (*p < 0x20 || *p == 0x7F)
			fprintf(out, "\\u%04x", *p);
		else
			fputc(*p, out);
	}
}

static void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	json_chars(out, s);
	fputc('"', out);
}

static void write_json(const cinx_report *r, FILE *out)
{
	char buf[256];

	fputs("{", out);
	if (r->notice) {
		fputs("\"notice\":", out);
		json_string(out, r->notice);
		fputs(",", out);
	}
	if (r->title) {
		fputs("\"title\":", out);
		json_string(out, r->title);
		fputs(",", out);
	}
	fputs("\"rows\":[", out);
	for (size_t i = 0; i < r->n_rows; i++) {
		bool first = true;
		fputs(i ? ",\n{" : "\n{", out);
		for (size_t c = 0; c < r->n_cols; c++) {
			const column *col = &r->cols[c];
			const cell *ce = &r->cells[i * r->n_cols + c];
			if (col->type == CINX_COL_SPARK)
				continue;
			if (!first)
				fputc(',', out);
			first = false;
			json_string(out, col->name);
			fputc(':', out);
			if (!ce->set) {
				fputs("null", out);
			} else if (col->type == CINX_COL_TEXT) {
				json_string(out, ce->s);
			} else if (col->type == CINX_COL_INT) {
				fprintf(out, "%ld", ce->n);
			} else if (col->type == CINX_COL_PERIOD) {
				/* EES writes time_period as a number */
				if (all_digits(ce->s))
					fputs(ce->s, out);
				else
					json_string(out, ce->s);
			} else {
				if (ce->v.kind == CINX_NUM)
					fputs(cell_text(col, ce, CINX_FORMAT_JSON, buf, sizeof buf), out);
				else if (ce->v.kind == CINX_NO_ROW)
					fputs("null", out);
				else
					json_string(out, cinx_kind_symbol(ce->v.kind));
				fputc(',', out);
				/* written whole: a long name cut in a buffer would lose "_status" */
				fputc('"', out);
				json_chars(out, col->name);
				fputs("_status\":", out);
				json_string(out, cinx_kind_status(ce->v.kind));
			}
		}
		fputs("}", out);
	}
	fputs("\n],\"notes\":[", out);
	for (size_t i = 0; i < r->n_notes; i++) {
		if (i)
			fputc(',', out);
		json_string(out, r->notes[i]);
	}
	fputs("]}\n", out);
}

static void md_field(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '|' || *s == '\\' || *s == '*' || *s == '_' || *s == '`' || *s == '<' || *s == '[')
			fputc('\\', out);
		fputc(*s, out);
	}
}

static void write_markdown(const cinx_report *r, FILE *out)
{
	char buf[256];

	if (r->notice) {
		fputs("**", out);
		md_field(out, r->notice);
		fputs("**\n\n", out);
	}
	if (r->title) {
		fputs("**", out);
		md_field(out, r->title);
		fputs("**\n\n", out);
	}
	fputs("|", out);
	for (size_t c = 0; c < r->n_cols; c++) {
		fputc(' ', out);
		/* a header over lines is one line here */
		for (const char *p = r->cols[c].title; p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
			if (p != r->cols[c].title)
				fputc(' ', out);
			md_field(out, header_line(p, 0, buf, sizeof buf));
		}
		fputs(" |", out);
	}
	fputs("\n|", out);
	for (size_t c = 0; c < r->n_cols; c++)
		fputs(right_aligned(&r->cols[c]) ? " ---: |" : " --- |", out);
	fputc('\n', out);
	for (size_t i = 0; i < r->n_rows; i++) {
		fputs("|", out);
		for (size_t c = 0; c < r->n_cols; c++) {
			fputc(' ', out);
			md_field(out, cell_text(&r->cols[c], &r->cells[i * r->n_cols + c],
						CINX_FORMAT_MARKDOWN, buf, sizeof buf));
			fputs(" |", out);
		}
		fputc('\n', out);
	}
	if (r->n_notes)
		fputc('\n', out);
	for (size_t i = 0; i < r->n_notes; i++) {
		fputs("- ", out);
		md_field(out, r->notes[i]);
		fputc('\n', out);
	}
}

cinx_status cinx_report_write(const cinx_report *r, cinx_format f, int flags, FILE *out,
			      cinx_error *err)
{
	if (r->nomem)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory while formatting");
	switch (f) {
	case CINX_FORMAT_TEXT: write_text(r, flags, out); break;
	case CINX_FORMAT_CSV:
	case CINX_FORMAT_TSV: write_delimited(r, f, flags, out); break;
	case CINX_FORMAT_JSON: write_json(r, out); break;
	case CINX_FORMAT_MARKDOWN: write_markdown(r, out); break;
	}
	if (fflush(out) != 0 || ferror(out))
		return cinx_error_set(err, CINX_E_IO, "cannot write output: %s", strerror(errno));
	return CINX_OK;
}
