/* SPDX-License-Identifier: MIT */
/* The demo data set: fictional authorities in the real C1 layout. Values
 * come from integer arithmetic on a hash of (authority, year, field), so the
 * bytes never depend on the platform's floating point or libm. */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cinx/demo.h"

#define FIRST_YEAR 2013
#define LAST_YEAR 2025
#define N_YEARS (LAST_YEAR - FIRST_YEAR + 1)

static const char header[] =
	"time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
	"old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,rereferral_percent,"
	"no_further_action_count,no_further_action_percent,not_in_need_count,not_in_need_percent,"
	"referral_child_count,rereferral_child_count,rereferral_child_percent\n";

/* The real regions; Inner and Outer London make up London. */
enum { NE, NW, YH, EM, WM, EE, LON, SE, SW, INNER, OUTER, N_REGIONS };

static const struct { const char *code, *name; } regions[N_REGIONS] = {
	{"E12000001", "North East"}, {"E12000002", "North West"},
	{"E12000003", "Yorkshire and The Humber"}, {"E12000004", "East Midlands"},
	{"E12000005", "West Midlands"}, {"E12000006", "East of England"},
	{"E12000007", "London"}, {"E12000008", "South East"}, {"E12000009", "South West"},
	{"E13000001", "Inner London"}, {"E13000002", "Outer London"},
};

/* Fictional authorities. Old LA codes 5xx and GSS numbers 9xx are used by no
 * real authority. children: population aged 0 to 17; rate: referrals per
 * 10,000 children in 2013; drift: per mille a year; re, nfa, nin: per mille
 * of referrals that are re-referrals, no further action, not in need. */
typedef struct demo_la {
	const char *name, *old_code, *code;
	int region;
	int children, rate, drift, re, nfa, nin;
	int from, to; /* years with a row */
} demo_la;

static const demo_la las[] = {
	{"Brackenmoor", "501", "E06000901", NE, 41000, 720, 6, 235, 60, 310, FIRST_YEAR, LAST_YEAR},
	{"Saltmere", "502", "E08000902", NE, 57000, 810, -4, 250, 45, 280, FIRST_YEAR, LAST_YEAR},
	{"Farrowby", "503", "E06000903", NE, 23000, 650, 9, 210, 110, 350, FIRST_YEAR, LAST_YEAR},
	{"Millbrook Vale", "511", "E08000911", NW, 68000, 560, 3, 205, 80, 260, FIRST_YEAR, LAST_YEAR},
	{"Kestrel Bay", "512", "E06000912", NW, 31000, 690, -7, 265, 35, 330, FIRST_YEAR, LAST_YEAR},
	{"Oldcastle, City of", "513", "E08000913", NW, 94000, 600, 2, 225, 95, 295, FIRST_YEAR, LAST_YEAR},
	{"Rydale Moors", "521", "E10000921", YH, 112000, 380, 8, 180, 130, 370, FIRST_YEAR, LAST_YEAR},
	{"Ashcombe", "522", "E08000922", YH, 73000, 540, 0, 215, 70, 240, FIRST_YEAR, LAST_YEAR},
	{"Thornsby", "523", "E06000923", YH, 38000, 700, 5, 270, 50, 300, FIRST_YEAR, LAST_YEAR},
	{"Fenmarsh", "530", "E10000930", EM, 148000, 410, 4, 220, 90, 320, FIRST_YEAR, 2020},
	{"North Fenmarsh", "531", "E06000931", EM, 71000, 430, 6, 215, 85, 315, 2021, LAST_YEAR},
	{"South Fenmarsh", "532", "E06000932", EM, 79000, 400, 2, 230, 95, 325, 2021, LAST_YEAR},
	{"Wrenfield", "533", "E06000933", EM, 52000, 590, -2, 240, 60, 270, FIRST_YEAR, LAST_YEAR},
	{"Forgeley", "541", "E08000941", WM, 88000, 620, 1, 200, 75, 285, FIRST_YEAR, LAST_YEAR},
	{"Copperhill", "542", "E08000942", WM, 61000, 670, -5, 255, 40, 255, FIRST_YEAR, LAST_YEAR},
	{"Greywater", "543", "E10000943", WM, 131000, 350, 7, 190, 140, 390, FIRST_YEAR, LAST_YEAR},
	{"Broadfen", "551", "E10000951", EE, 164000, 330, 5, 175, 120, 360, FIRST_YEAR, LAST_YEAR},
	{"Cressing Vale", "552", "E06000952", EE, 44000, 480, -3, 200, 65, 280, FIRST_YEAR, LAST_YEAR},
	{"Kingsmere", "561", "E09000961", INNER, 49000, 640, -1, 185, 55, 265, FIRST_YEAR, LAST_YEAR},
	{"St Aldric", "562", "E09000962", INNER, 36000, 580, 4, 170, 70, 290, FIRST_YEAR, LAST_YEAR},
	{"Wharfside", "563", "E09000963", INNER, 42000, 700, 2, 195, 45, 250, FIRST_YEAR, LAST_YEAR},
	{"Eastwood Green", "571", "E09000971", OUTER, 67000, 420, 3, 180, 85, 300, FIRST_YEAR, LAST_YEAR},
	{"Hollins Park", "572", "E09000972", OUTER, 59000, 460, -2, 190, 100, 340, FIRST_YEAR, LAST_YEAR},
	{"Northgate", "573", "E09000973", OUTER, 75000, 390, 6, 165, 60, 275, FIRST_YEAR, LAST_YEAR},
	{"Chalkdown", "581", "E10000981", SE, 236000, 310, 4, 210, 115, 355, FIRST_YEAR, LAST_YEAR},
	{"Havenmouth", "582", "E06000982", SE, 46000, 650, 1, 245, 50, 285, FIRST_YEAR, LAST_YEAR},
	{"Isle of Carrow", "583", "E06000983", SE, 300, 600, 0, 180, 60, 300, FIRST_YEAR, LAST_YEAR},
	{"Oakhurst Weald", "584", "E10000984", SE, 183000, 340, 3, 200, 105, 345, FIRST_YEAR, LAST_YEAR},
	{"Tamarisk Coast", "591", "E06000991", SW, 58000, 560, 2, 230, 70, 305, FIRST_YEAR, LAST_YEAR},
	{"Moorleigh", "592", "E10000992", SW, 119000, 400, 5, 205, 125, 380, FIRST_YEAR, LAST_YEAR},
	{"Wyvern Vale", "593", "E06000993", SW, 47000, 520, -1, 220, 80, 290, FIRST_YEAR, LAST_YEAR},
};
#define N_LAS (sizeof las / sizeof las[0])

/* England's pattern over the years, per mille of 2013: a dip in the year of
 * the pandemic (2021), then growth. */
static const int trend[N_YEARS] = {1000, 1035, 1005, 1010, 1000, 1035, 1020, 1005, 920, 1005, 1020, 1045,
				   1050};

enum { REF, REREF, NFA, NIN, CHILD, RECHILD, N_COUNTS };
/* The ten indicators in file order: counts, and percentages of a count. */
enum { F_REF, F_REREF, F_REREF_PCT, F_NFA, F_NFA_PCT, F_NIN, F_NIN_PCT, F_CHILD, F_RECHILD,
       F_RECHILD_PCT, N_FIELDS };
/* Each field's count, and for a percentage the count it is a share of. */
static const struct { int count, of; } fields[N_FIELDS] = {
	{REF, -1}, {REREF, -1}, {REREF, REF}, {NFA, -1}, {NFA, REF},
	{NIN, -1}, {NIN, REF}, {CHILD, -1}, {RECHILD, -1}, {RECHILD, CHILD},
};

/* Cells published as a symbol, so every symbol the loader knows occurs. */
static const struct {
	const char *la;
	int from, to;
	const int *fields; /* NULL: every field; else ends with -1 */
	const char *symbol;
} specials[] = {
	/* not available: no return for two years (totals use what there is) */
	{"Kingsmere", 2021, 2022, NULL, "x"},
	/* low reliability: a return with known problems */
	{"Chalkdown", 2024, 2024, NULL, "u"},
	/* not collected from this authority in the first years */
	{"Moorleigh", 2013, 2014, (const int[]){F_NIN, F_NIN_PCT, -1}, ":"},
	/* a new authority has no previous 12 months of its own */
	{"North Fenmarsh", 2021, 2021, (const int[]){F_REREF, F_REREF_PCT, F_RECHILD, F_RECHILD_PCT, -1}, "z"},
	{"South Fenmarsh", 2021, 2021, (const int[]){F_REREF, F_REREF_PCT, F_RECHILD, F_RECHILD_PCT, -1}, "z"},
	/* a share that rounds to zero but is not zero (see tiny below) */
	{"Greywater", 2017, 2017, (const int[]){F_NFA_PCT, -1}, "k"},
	{"Broadfen", 2020, 2020, (const int[]){F_NIN_PCT, -1}, "low"},
};

/* Counts of 1 or 2 in large authorities: confidential themselves, and
 * their share of thousands of referrals rounds to 0.0. */
static const struct {
	const char *la;
	int year, count, value;
} tiny[] = {
	{"Greywater", 2017, NFA, 1},
	{"Broadfen", 2020, NIN, 2},
};

typedef struct buf {
	char *p;
	size_t len, cap;
	bool nomem;
} buf;

static void put(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void put(buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (b->nomem)
		return;
	va_start(ap, fmt);
	n = vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->nomem = true;
		return;
	}
	if ((size_t)n >= b->cap - b->len) {
		size_t cap = (b->cap + (size_t)n + 1) * 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			b->nomem = true;
			return;
		}
		b->p = p;
		b->cap = cap;
		va_start(ap, fmt);
		vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	b->len += (size_t)n;
}

/* A fixed pseudo-random number in [-spread, spread] for this cell. */
static int64_t noise(size_t la, int year, int field, int spread)
{
	uint64_t x = (uint64_t)la * 0x9E3779B97F4A7C15u + (uint64_t)year * 0xBF58476D1CE4E5B9u +
		     (uint64_t)field * 0x94D049BB133111EBu + 0x5DEECE66Du;

	/* splitmix64 finaliser */
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9u;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBu;
	x ^= x >> 31;
	return (int64_t)(x % (uint64_t)(2 * spread + 1)) - spread;
}

/* num * scale / den rounded half up; den > 0. */
static int64_t ratio(int64_t num, int64_t scale, int64_t den)
{
	return (2 * num * scale + den) / (2 * den);
}

/* The true counts of one authority in one year. */
static void la_counts(size_t i, int year, int64_t c[N_COUNTS])
{
	const demo_la *a = &las[i];
	int t = year - FIRST_YEAR;
	int64_t growth = 1000 + (int64_t)a->drift * t + noise(i, year, REF, 40);
	int64_t re = a->re + noise(i, year, REREF, 18);
	/* no further action has fallen everywhere over the series */
	int64_t nfa = a->nfa * (100 - 3 * t) / 100 + noise(i, year, NFA, 10);
	int64_t nin = a->nin + noise(i, year, NIN, 25);
	int64_t child = 880 + noise(i, year, CHILD, 20);
	int64_t rechild = re - 25 + noise(i, year, RECHILD, 10);

	c[REF] = ratio((int64_t)a->children * a->rate * trend[t], growth, 10000LL * 1000 * 1000);
	c[REREF] = ratio(c[REF], re, 1000);
	c[NFA] = ratio(c[REF], nfa > 5 ? nfa : 5, 1000);
	c[NIN] = ratio(c[REF], nin, 1000);
	c[CHILD] = ratio(c[REF], child, 1000);
	c[RECHILD] = ratio(c[CHILD], rechild, 1000);
	for (size_t k = 0; k < sizeof tiny / sizeof tiny[0]; k++)
		if (tiny[k].year == year && strcmp(tiny[k].la, a->name) == 0)
			c[tiny[k].count] = tiny[k].value;
}

/* A percentage with one decimal place, written as EES does: "21" for 21.0. */
static void put_percent(buf *b, int64_t num, int64_t den)
{
	int64_t tenths = den ? ratio(num, 1000, den) : 0;

	if (tenths % 10)
		put(b, ",%lld.%lld", (long long)(tenths / 10), (long long)(tenths % 10));
	else
		put(b, ",%lld", (long long)(tenths / 10));
}

static const char *special_symbol(const char *la, int year, int field)
{
	for (size_t k = 0; k < sizeof specials / sizeof specials[0]; k++) {
		if (strcmp(specials[k].la, la) || year < specials[k].from || year > specials[k].to)
			continue;
		if (!specials[k].fields)
			return specials[k].symbol;
		for (const int *f = specials[k].fields; *f >= 0; f++)
			if (*f == field)
				return specials[k].symbol;
	}
	return NULL;
}

/* The ten indicator fields; la is NULL for totals, which are rounded to
 * the nearest 10 and carry no symbols. Counts 1 to 5 are confidential, and
 * so is a percentage made from one. */
static void put_fields(buf *b, const char *la, int year, const int64_t c[N_COUNTS])
{
	for (int f = 0; f < N_FIELDS; f++) {
		int64_t v = c[fields[f].count];
		const char *sym = la ? special_symbol(la, year, f) : NULL;
		if (!sym && la && v >= 1 && v <= 5)
			sym = "c";
		if (sym)
			put(b, ",%s", sym);
		else if (fields[f].of >= 0)
			put_percent(b, v, c[fields[f].of]);
		else
			put(b, ",%lld", (long long)(la ? v : (v + 5) / 10 * 10));
	}
	put(b, "\n");
}

static void put_row(buf *b, int year, const char *level, int region, const demo_la *a)
{
	put(b, "%d,Reporting year,%s,E92000001,England,", year, level);
	if (region >= 0)
		put(b, "%s,%s,", regions[region].code, regions[region].name);
	else
		put(b, ",,");
	if (a)
		put(b, strchr(a->name, ',') ? "%s,%s,\"%s\"," : "%s,%s,%s,", a->old_code, a->code, a->name);
	else
		put(b, ",,,");
	put(b, "Referrals and Re-referrals");
}

static void add_counts(int64_t *sum, const int64_t *c)
{
	for (int k = 0; k < N_COUNTS; k++)
		sum[k] += c[k];
}

cinx_status cinx_demo_csv(char **out, size_t *len, cinx_error *err)
{
	buf b = {malloc(1 << 17), 0, 1 << 17, false};

	if (!b.p)
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory while making the demo data");
	put(&b, "%s", header);
	for (int year = LAST_YEAR; year >= FIRST_YEAR; year--) {
		int64_t la_c[N_LAS][N_COUNTS];
		int64_t reg[N_REGIONS][N_COUNTS] = {{0}}, eng[N_COUNTS] = {0};
		for (size_t i = 0; i < N_LAS; i++) {
			la_counts(i, year, la_c[i]);
			const char *sym = special_symbol(las[i].name, year, F_REF);
			if (year < las[i].from || year > las[i].to || (sym && strcmp(sym, "x") == 0))
				continue;
			add_counts(reg[las[i].region], la_c[i]);
			if (las[i].region == INNER || las[i].region == OUTER)
				add_counts(reg[LON], la_c[i]);
			add_counts(eng, la_c[i]);
		}
		put_row(&b, year, "National", -1, NULL);
		put_fields(&b, NULL, year, eng);
		for (int r = 0; r < N_REGIONS; r++) {
			put_row(&b, year, "Regional", r, NULL);
			put_fields(&b, NULL, year, reg[r]);
		}
		for (size_t i = 0; i < N_LAS; i++) {
			if (year < las[i].from || year > las[i].to)
				continue;
			put_row(&b, year, "Local authority", las[i].region, &las[i]);
			put_fields(&b, las[i].name, year, la_c[i]);
		}
	}
	if (b.nomem) {
		free(b.p);
		return cinx_error_set(err, CINX_E_NOMEM, "out of memory while making the demo data");
	}
	*out = b.p;
	*len = b.len;
	return CINX_OK;
}
