/* SPDX-License-Identifier: MIT */
/* A cell of the data set: a number, or the reason there is no number. */
#ifndef CINX_VALUE_H
#define CINX_VALUE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum cinx_kind {
	CINX_NUM = 0,   /* a number */
	CINX_SYM_C,     /* c: confidential (suppressed) */
	CINX_SYM_X,     /* x: not available */
	CINX_SYM_COLON, /* ':': not available */
	CINX_SYM_Z,     /* z: not applicable */
	CINX_SYM_U,     /* u: low reliability */
	CINX_SYM_K,     /* k: rounds to zero */
	CINX_SYM_LOW,   /* low: rounds to zero */
	CINX_NO_ROW,    /* the area has no row that year */
	CINX_KIND_COUNT
} cinx_kind;

typedef struct cinx_value {
	double num;     /* meaningful only when kind == CINX_NUM */
	cinx_kind kind;
} cinx_value;

static inline cinx_value cinx_value_number(double n) { cinx_value v = {n, CINX_NUM}; return v; }
static inline cinx_value cinx_value_of(cinx_kind k) { cinx_value v = {0.0, k}; return v; }

/* The EES symbol as written in files ("c", "x", ":", "z", "u", "k", "low");
 * "" for a number or no row. */
const char *cinx_kind_symbol(cinx_kind k);
/* Plain words for people: "confidential", "not available", "no data"... */
const char *cinx_kind_meaning(cinx_kind k);
/* A short machine name for JSON status fields: "ok", "confidential",
 * "not_available", "not_applicable", "low_reliability", "rounds_to_zero", "no_row". */
const char *cinx_kind_status(cinx_kind k);

/* Parses one field: a decimal number (optional sign, digits, optional
 * fraction) or a known symbol. Returns false when it is neither; *decimals
 * receives the digits after the point (may be NULL). */
bool cinx_value_parse(const char *s, size_t len, cinx_value *out, int *decimals);

/* Orders values for sorting: numbers first by number, then symbols, then no
 * row. Returns <0, 0, >0 like strcmp. */
int cinx_value_cmp(cinx_value a, cinx_value b);

#endif
