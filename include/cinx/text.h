/* SPDX-License-Identifier: MIT */
/* UTF-8 text: display width, truncation, neutralising control characters. */
#ifndef CINX_TEXT_H
#define CINX_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* Decodes one UTF-8 sequence of at most len bytes; returns its length, or 0
 * when invalid (overlong, surrogate, out of range or cut short). Stops at the
 * first byte that is not a continuation, so a NUL ends it safely. */
size_t cinx_utf8_decode(const unsigned char *s, size_t len, unsigned *cp);

/* Columns the UTF-8 string takes on a terminal (invalid bytes count 1). */
int cinx_text_width(const char *s);

/* Copies s into out, cut to at most width columns; a cut string ends in
 * "…" (or "~" when ascii). Returns the columns used. */
int cinx_text_fit(const char *s, int width, bool ascii, char *out, size_t cap);

/* Rewrites s in place so that it holds no control characters (C0, DEL, C1)
 * and only valid UTF-8; each offending byte or sequence becomes '?'.
 * Returns the new length; *changed tells whether anything was replaced. */
size_t cinx_text_sanitize(char *s, size_t len, bool *changed);

/* The first 40 bytes of s[0..len) for a message, safe to print (as
 * cinx_text_sanitize leaves them), ending in "..." when cut, between quote
 * and quote ("'" or ""). */
void cinx_text_excerpt(const char *s, size_t len, const char *quote, char *out, size_t cap);

/* Case-insensitive ASCII helpers. */
bool cinx_text_icontains(const char *hay, const char *needle);
bool cinx_text_iprefix(const char *s, const char *prefix);
/* Whether prefix (any case) starts a word of s: at its start or after an
 * ASCII character that is not a letter or digit ("hull" in "Kingston upon
 * Hull", not in "Solihull"). */
bool cinx_text_word_iprefix(const char *s, const char *prefix);

#endif
