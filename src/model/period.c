/* SPDX-License-Identifier: MIT */
/* EES time identifiers, as the open data standards list them. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "period.h"

typedef struct family_name {
	const char *name;   /* the identifier's start: "Financial year" */
	period_family family;
	int digits;         /* of time_period */
	const char *noun;
} family_name;

static const family_name families[] = {
	{"Calendar year", PF_YEAR, 4, "Year"},
	{"Reporting year", PF_YEAR, 4, "Year"},
	{"Academic year", PF_ACADEMIC, 6, "Academic year"},
	{"Financial year", PF_FINANCIAL, 6, "Financial year"},
	{"Tax year", PF_FINANCIAL, 6, "Tax year"},
};

typedef struct part_name {
	const char *name;
	int part;
	period_family family;
	int digits;
	const char *noun;
} part_name;

static const part_name parts[] = {
	{"Autumn term", 410, PF_ACADEMIC, 6, "Term"},
	{"Autumn and spring term", 415, PF_ACADEMIC, 6, "Term"},
	{"Spring term", 420, PF_ACADEMIC, 6, "Term"},
	{"Summer term", 430, PF_ACADEMIC, 6, "Term"},
	{"Part 1 (April to September)", 325, PF_FINANCIAL, 6, "Half year"},
	{"Part 2 (October to March)", 345, PF_FINANCIAL, 6, "Half year"},
	{"January", 1, PF_YEAR, 4, "Month"}, {"February", 2, PF_YEAR, 4, "Month"},
	{"March", 3, PF_YEAR, 4, "Month"}, {"April", 4, PF_YEAR, 4, "Month"},
	{"May", 5, PF_YEAR, 4, "Month"}, {"June", 6, PF_YEAR, 4, "Month"},
	{"July", 7, PF_YEAR, 4, "Month"}, {"August", 8, PF_YEAR, 4, "Month"},
	{"September", 9, PF_YEAR, 4, "Month"}, {"October", 10, PF_YEAR, 4, "Month"},
	{"November", 11, PF_YEAR, 4, "Month"}, {"December", 12, PF_YEAR, 4, "Month"},
};

#define EXPECTED_IDS "a year (Calendar year, Reporting year, Academic year, Financial year, Tax year), " \
	"one of them with a quarter (Financial year Q1), a term (Autumn term), a month (January) " \
	"or a week (Week 1 to Week 53)"

/* "Q2" or "Q1-Q3" after a family name: quarters, ranges after their end. */
static bool parse_quarter(const char *s, int *part)
{
	int a, b;
	char end;

	if (sscanf(s, "Q%d%c", &a, &end) == 1 && a >= 1 && a <= 4) {
		*part = 300 + 10 * a + 5 - a;
		return true;
	}
	if (sscanf(s, "Q%d-Q%d%c", &a, &b, &end) == 2 && a >= 1 && a < b && b <= 4) {
		*part = 300 + 10 * b + 5 - a;
		return true;
	}
	return false;
}

static bool parse_week(const char *s, int *part)
{
	int w;
	char end;

	if (strncasecmp(s, "Week ", 5) || sscanf(s + 5, "%d%c", &w, &end) != 1 || w < 1 || w > 53)
		return false;
	*part = 100 + w;
	return true;
}

/* The identifier's family, part and digits; false when unknown. */
static bool classify(const char *id, cinx_period *p, int *digits)
{
	for (size_t i = 0; i < sizeof families / sizeof families[0]; i++) {
		size_t n = strlen(families[i].name);
		if (strncasecmp(id, families[i].name, n) != 0)
			continue;
		p->family = families[i].family;
		*digits = families[i].digits;
		if (!id[n]) {
			p->part = PERIOD_WHOLE;
			p->part_name = "";
			p->noun = families[i].noun;
			return true;
		}
		p->part_name = id + n + 1;
		p->noun = "Quarter";
		return id[n] == ' ' && parse_quarter(id + n + 1, &p->part);
	}
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
		if (strcasecmp(id, parts[i].name) == 0) {
			p->part = parts[i].part;
			p->family = parts[i].family;
			p->part_name = parts[i].name;
			p->noun = parts[i].noun;
			*digits = parts[i].digits;
			return true;
		}
	if (parse_week(id, &p->part)) {
		p->family = PF_YEAR;
		p->part_name = id;
		p->noun = "Week";
		*digits = 4;
		return true;
	}
	return false;
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return s[n] == '\0';
}

bool cinx_period_parse(const char *tp, const char *id, cinx_period *p, char *why, size_t n)
{
	int digits = 4;
	size_t len = strlen(tp);

	memset(p, 0, sizeof *p);
	if (!id) {
		p->family = PF_YEAR;
		p->part = PERIOD_WHOLE;
		p->part_name = "";
		p->noun = "Year";
	} else if (!classify(id, p, &digits)) {
		snprintf(why, n, "unknown time_identifier '%.80s'; expected %s", id, EXPECTED_IDS);
		return false;
	}
	if (len != (size_t)digits || !all_digits(tp, len)) {
		if (digits == 4)
			snprintf(why, n, "found '%.40s' in column 'time_period'; expected a year such as 2025%s%.80s",
				 tp, id ? " for " : "", id ? id : "");
		else
			snprintf(why, n, "found '%.40s' in column 'time_period'; expected two years run together "
				 "such as 202425 for %.80s", tp, id);
		return false;
	}
	p->year = (tp[0] - '0') * 1000 + (tp[1] - '0') * 100 + (tp[2] - '0') * 10 + (tp[3] - '0');
	if (p->year < 1900 || p->year > 2100) {
		snprintf(why, n, "year %.4s in column 'time_period' is outside 1900 to 2100", tp);
		return false;
	}
	if (digits == 6 && (tp[4] - '0') * 10 + (tp[5] - '0') != (p->year + 1) % 100) {
		snprintf(why, n, "found '%s' in column 'time_period'; expected the second year to follow the "
			 "first, such as %d%02d", tp, p->year, (p->year + 1) % 100);
		return false;
	}
	return true;
}

void cinx_period_label(const cinx_period *p, char *buf, size_t n)
{
	char year[16];

	if (p->family == PF_ACADEMIC)
		snprintf(year, sizeof year, "%d/%02d", p->year, (p->year + 1) % 100);
	else if (p->family == PF_FINANCIAL)
		snprintf(year, sizeof year, "%d-%02d", p->year, (p->year + 1) % 100);
	else
		snprintf(year, sizeof year, "%d", p->year);
	snprintf(buf, n, "%s%s%s", year, p->part_name[0] ? " " : "", p->part_name);
}
