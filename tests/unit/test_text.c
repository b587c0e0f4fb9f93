/* SPDX-License-Identifier: MIT */
/* Display width, truncation by columns, and neutralising control bytes. */
#include "testutil.h"

#include <locale.h>

#include "cinx/text.h"

static void width_counts_columns_not_bytes(void **state)
{
	(void)state;
	assert_int_equal(cinx_text_width("Leeds"), 5);
	assert_int_equal(cinx_text_width("\xE2\x96\x81\xE2\x96\x88"), 2); /* two block glyphs */
	assert_int_equal(cinx_text_width("Ynys M\xC3\xB4n"), 8);
	assert_int_equal(cinx_text_width("\xE6\x97\xA5"), 2); /* a wide CJK ideograph */
	assert_int_equal(cinx_text_width(""), 0);
}

static void fit_cuts_on_character_boundaries(void **state)
{
	char out[64];

	(void)state;
	assert_int_equal(cinx_text_fit("Leeds", 10, false, out, sizeof out), 5);
	assert_string_equal(out, "Leeds");
	assert_int_equal(cinx_text_fit("Kingston upon Hull", 8, false, out, sizeof out), 8);
	assert_string_equal(out, "Kingsto\xE2\x80\xA6");
	assert_int_equal(cinx_text_fit("Kingston upon Hull", 8, true, out, sizeof out), 8);
	assert_string_equal(out, "Kingsto~");
	/* never splits a multi-byte character */
	assert_int_equal(cinx_text_fit("\xC3\xB4\xC3\xB4\xC3\xB4\xC3\xB4", 3, true, out, sizeof out), 3);
	assert_string_equal(out, "\xC3\xB4\xC3\xB4~");
	assert_int_equal(cinx_text_fit("abc", 0, false, out, sizeof out), 0);
	assert_string_equal(out, "");
}

static void sanitize_replaces_controls_and_bad_utf8(void **state)
{
	char s[64];
	bool changed;
	size_t n;

	(void)state;
	strcpy(s, "ok \xC3\xB4");
	n = cinx_text_sanitize(s, strlen(s), &changed);
	assert_false(changed);
	assert_int_equal(n, 5);
	strcpy(s, "a\x1b[31mb\x07\x7f\xC2\x9b\xFF\xC3");
	n = cinx_text_sanitize(s, strlen(s), &changed);
	assert_true(changed);
	assert_string_equal(s, "a?[31mb?????");
	assert_int_equal(n, strlen("a?[31mb?????"));
	strcpy(s, "\xE2\x80\xAE" "evil"); /* right-to-left override */
	cinx_text_sanitize(s, strlen(s), NULL);
	assert_string_equal(s, "?evil");
	/* bidi marks reorder neighbouring text too: LRM, RLM, ALM */
	strcpy(s, "a\xE2\x80\x8E" "b\xE2\x80\x8F" "c\xD8\x9C" "d");
	n = cinx_text_sanitize(s, strlen(s), &changed);
	assert_true(changed);
	assert_string_equal(s, "a?b?c?d");
	assert_int_equal(n, 7);
}

static void case_insensitive_matching(void **state)
{
	(void)state;
	assert_true(cinx_text_iprefix("Leeds", "lee"));
	assert_false(cinx_text_iprefix("Leeds", "leeds city"));
	assert_true(cinx_text_icontains("Kingston upon Hull, City of", "HULL"));
	assert_false(cinx_text_icontains("Leeds", "hull"));
}

/* One rule for where a word starts, for the command line's look-up and the
 * explorer's search alike. */
static void word_starts(void **state)
{
	(void)state;
	assert_true(cinx_text_word_iprefix("Kingston upon Hull, City of", "hull"));
	assert_false(cinx_text_word_iprefix("Solihull", "hull"));
	assert_true(cinx_text_word_iprefix("Solihull", "SOLI"));
	assert_true(cinx_text_word_iprefix("Bristol, City of", "city"));
	assert_true(cinx_text_word_iprefix("St.Helens", "helens"));
	assert_true(cinx_text_word_iprefix("Telford and Wrekin (Shropshire)", "shrop"));
	/* inside a word spelt with other letters: "n" after "ô" starts none */
	assert_false(cinx_text_word_iprefix("Ynys M\xC3\xB4n", "n"));
}

static void excerpts_are_short_and_safe(void **state)
{
	char out[64];
	const char *long_text = "0123456789012345678901234567890123456789and more";

	(void)state;
	cinx_text_excerpt("Leeds", 5, "'", out, sizeof out);
	assert_string_equal(out, "'Leeds'");
	cinx_text_excerpt("a\tb\x7f", 4, "", out, sizeof out);
	assert_string_equal(out, "a?b?");
	cinx_text_excerpt(long_text, strlen(long_text), "'", out, sizeof out);
	assert_string_equal(out, "'0123456789012345678901234567890123456789...'");
	/* a character cut at the 40th byte does not reach the message whole */
	cinx_text_excerpt("012345678901234567890123456789012345678\xC3\xB4", 41, "", out, sizeof out);
	assert_string_equal(out, "012345678901234567890123456789012345678?...");
}

int main(void)
{
	setlocale(LC_ALL, "C.UTF-8");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(width_counts_columns_not_bytes),
		cmocka_unit_test(fit_cuts_on_character_boundaries),
		cmocka_unit_test(sanitize_replaces_controls_and_bad_utf8),
		cmocka_unit_test(case_insensitive_matching),
		cmocka_unit_test(word_starts),
		cmocka_unit_test(excerpts_are_short_and_safe),
	};
	return cmocka_run_group_tests_name("text", tests, NULL, NULL);
}
