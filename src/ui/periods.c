/* SPDX-License-Identifier: MIT */
#include <config.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "cinx/queries.h"
#include "cinx/text.h"
#include "periods.h"

/* A label's year ("2024/25") and the rest ("Autumn term"), split at the
 * first space when it begins with a digit; else all of it is the rest. */
static void split(const char *label, char *year, size_t ycap, const char **rest)
{
	const char *sp = strchr(label, ' ');

	year[0] = '\0';
	*rest = label;
	if (!isdigit((unsigned char)label[0]))
		return;
	if (!sp) {
		snprintf(year, ycap, "%s", label);
		*rest = "";
		return;
	}
	snprintf(year, ycap, "%.*s", (int)(sp - label), label);
	*rest = sp + 1;
}

/* "2024/25" and "2024-25" lose the century; a single year keeps it. */
static void short_year(const char *year, char *buf, size_t cap)
{
	bool two = strlen(year) == 7 && (year[4] == '/' || year[4] == '-');

	snprintf(buf, cap, "%s", two ? year + 2 : year);
}

static bool has_digit(const char *w, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (isdigit((unsigned char)w[i]))
			return true;
	return false;
}

/* "Autumn and spring term" as "Aut+Spr", "March" as "Mar", "Week 12" as
 * "W12", "Part 1 (April to September)" as "P1", "Q1-Q3" as it is: words
 * of three letters, "and" as "+", "term" and anything in brackets left
 * out, a word before a number as its initial, words with digits whole. */
static void short_part(const char *rest, char *buf, size_t cap)
{
	size_t o = 0;
	const char *p = rest;

	buf[0] = '\0';
	while (*p && o + 1 < cap) {
		size_t n;
		while (*p == ' ')
			p++;
		if (*p == '(')
			break;
		n = strcspn(p, " ");
		if (!n)
			break;
		const char *next = p + n;
		while (*next == ' ')
			next++;
		if (n == 3 && strncasecmp(p, "and", 3) == 0)
			o += (size_t)snprintf(buf + o, cap - o, "+");
		else if (n == 4 && strncasecmp(p, "term", 4) == 0)
			;
		else if (has_digit(p, n)) /* "12", "Q1-Q3" */
			o += (size_t)snprintf(buf + o, cap - o, "%.*s", (int)n, p);
		else if (isdigit((unsigned char)*next))
			o += (size_t)snprintf(buf + o, cap - o, "%c", toupper((unsigned char)*p));
		else
			o += (size_t)snprintf(buf + o, cap - o, "%c%.*s", toupper((unsigned char)*p),
					      (int)(n < 3 ? n - 1 : 2), p + 1);
		if (o >= cap)
			o = cap - 1;
		p += n;
	}
}

void ui_period_form_text(const cinx_dataset *ds, size_t idx, ui_period_form f, char *buf, size_t cap)
{
	const char *label = cinx_dataset_period_label(ds, idx), *rest;
	char year[64], y[64], part[128];

	split(label, year, sizeof year, &rest);
	if (f == UI_PERIOD_FULL || (!year[0] && f != UI_PERIOD_SHORT_PART && f != UI_PERIOD_SHORT)) {
		snprintf(buf, cap, "%s", label);
		return;
	}
	if (f == UI_PERIOD_TINY && !rest[0] && strlen(year) == 4) {
		snprintf(buf, cap, "%s", year + 2);
		return;
	}
	if (f == UI_PERIOD_SHORT_PART)
		snprintf(y, sizeof y, "%s", year);
	else
		short_year(year, y, sizeof y);
	if (f == UI_PERIOD_SHORT_YEAR)
		snprintf(part, sizeof part, "%s", rest);
	else
		short_part(rest, part, sizeof part);
	snprintf(buf, cap, "%s%s%s", y, y[0] && part[0] ? " " : "", part);
}

int ui_period_form_width(const cinx_dataset *ds, ui_period_form f)
{
	int most = 0;
	char buf[128];

	for (size_t i = 0; i < cinx_dataset_n_years(ds); i++) {
		ui_period_form_text(ds, i, f, buf, sizeof buf);
		if (cinx_text_width(buf) > most)
			most = cinx_text_width(buf);
	}
	return most;
}

void ui_period_fit(const cinx_dataset *ds, size_t idx, int w, char *buf, size_t cap)
{
	for (int f = UI_PERIOD_FULL; f < UI_PERIOD_FORM_COUNT; f++) {
		ui_period_form_text(ds, idx, (ui_period_form)f, buf, cap);
		if (cinx_text_width(buf) <= w)
			return;
	}
}

void ui_period_phrase(const cinx_dataset *ds, size_t idx, bool capital, int w, char *buf, size_t cap)
{
	const char *label = cinx_dataset_period_label(ds, idx);
	const char *id = cinx_dataset_period_identifier(ds, idx);
	char fitted[128];
	int used;

	if (cinx_qp_is_c1(ds))
		used = snprintf(buf, cap, "Year to March ");
	else if (strcasestr(label, id))
		used = snprintf(buf, cap, "%s", "");
	else
		used = snprintf(buf, cap, "%s ", id);
	ui_period_fit(ds, idx, w - cinx_text_width(buf), fitted, sizeof fitted);
	snprintf(buf + used, cap - (size_t)used, "%s", fitted);
	buf[0] = (char)(capital ? toupper((unsigned char)buf[0]) : tolower((unsigned char)buf[0]));
}

void ui_period_noun(const cinx_dataset *ds, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s", cinx_dataset_period_noun(ds));
	buf[0] = (char)tolower((unsigned char)buf[0]);
}
