/* SPDX-License-Identifier: MIT */
/* The key-script parser: names, characters, sizes, and exact messages for
 * scripts that are wrong. */
#include "../unit/testutil.h"

#include "cinx/keyscript.h"

static cinx_key *keys;
static size_t n;

static void parse_ok(const char *script)
{
	cinx_error err;

	free(keys);
	keys = NULL;
	if (cinx_keyscript_parse(script, &keys, &n, &err) != CINX_OK)
		fail_msg("'%s' did not parse: %s", script, err.message);
}

static const char *parse_error(const char *script)
{
	static cinx_error err;
	cinx_key *k = NULL;
	size_t kn = 99;

	assert_int_equal(cinx_keyscript_parse(script, &k, &kn, &err), CINX_E_USAGE);
	assert_null(k);
	assert_int_equal(kn, 0);
	return err.message;
}

static int teardown(void **state)
{
	(void)state;
	free(keys);
	keys = NULL;
	return 0;
}

static void plain_characters_and_names(void **state)
{
	(void)state;
	parse_ok("jj<Enter>]]");
	assert_int_equal(n, 5);
	assert_int_equal(keys[0].code, 'j');
	assert_int_equal(keys[1].code, 'j');
	assert_int_equal(keys[2].code, CINX_KEY_ENTER);
	assert_int_equal(keys[3].code, ']');
	assert_int_equal(keys[4].code, ']');
}

static void every_named_key(void **state)
{
	static const struct {
		const char *script;
		int code;
	} cases[] = {
		{"<Enter>", CINX_KEY_ENTER}, {"<Esc>", CINX_KEY_ESC}, {"<Tab>", CINX_KEY_TAB},
		{"<BS>", CINX_KEY_BACKSPACE}, {"<Up>", CINX_KEY_UP}, {"<Down>", CINX_KEY_DOWN},
		{"<Left>", CINX_KEY_LEFT}, {"<Right>", CINX_KEY_RIGHT}, {"<PgUp>", CINX_KEY_PGUP},
		{"<PgDn>", CINX_KEY_PGDN}, {"<Home>", CINX_KEY_HOME}, {"<End>", CINX_KEY_END},
		{"<Space>", ' '}, {"<C-c>", 3}, {"<C-a>", 1}, {"<C-Z>", 26}, {"<lt>", '<'},
		{"<enter>", CINX_KEY_ENTER}, {"<PGDN>", CINX_KEY_PGDN},
		{"<WheelUp>", CINX_KEY_WHEEL_UP}, {"<WheelDown>", CINX_KEY_WHEEL_DOWN},
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		parse_ok(cases[i].script);
		assert_int_equal(n, 1);
		if (keys[0].code != cases[i].code)
			fail_msg("%s gave %d, expected %d", cases[i].script, keys[0].code, cases[i].code);
	}
}

static void resize_and_mouse_carry_numbers(void **state)
{
	(void)state;
	parse_ok("<Resize 100x30>j<Click 4,7><DoubleClick 0,0>");
	assert_int_equal(n, 4);
	assert_int_equal(keys[0].code, CINX_KEY_RESIZE);
	assert_int_equal(keys[0].x, 100);
	assert_int_equal(keys[0].y, 30);
	assert_int_equal(keys[2].code, CINX_KEY_CLICK);
	assert_int_equal(keys[2].x, 4);
	assert_int_equal(keys[2].y, 7);
	assert_int_equal(keys[3].code, CINX_KEY_DOUBLE_CLICK);
	/* the wheel turns somewhere: over the detail pane, it scrolls the pane */
	parse_ok("<WheelDown 50,9><WheelUp 3,4>");
	assert_int_equal(n, 2);
	assert_int_equal(keys[0].code, CINX_KEY_WHEEL_DOWN);
	assert_int_equal(keys[0].x, 50);
	assert_int_equal(keys[0].y, 9);
	assert_int_equal(keys[1].code, CINX_KEY_WHEEL_UP);
	assert_int_equal(keys[1].x, 3);
}

static void utf8_characters_are_one_key(void **state)
{
	(void)state;
	parse_ok("/\xC3\xA9\xE2\x82\xAC");
	assert_int_equal(n, 3);
	assert_int_equal(keys[1].code, 0xE9);
	assert_int_equal(keys[2].code, 0x20AC);
}

static void empty_script_has_no_keys(void **state)
{
	(void)state;
	parse_ok("");
	assert_int_equal(n, 0);
}

static void errors_name_the_character(void **state)
{
	(void)state;
	assert_string_equal(parse_error("jj<Entr>"),
			    "key script, character 3: unknown key <Entr>; expected <Enter> <Esc> <Tab> <BS> <Up> "
			    "<Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <lt> <C-a>..<C-z> "
			    "<Resize WxH> <Click X,Y> <DoubleClick X,Y> <WheelUp [X,Y]> <WheelDown [X,Y]>");
	assert_string_equal(parse_error("j<Enter"),
			    "key script, character 2: '<' starts a key name that no '>' closes "
			    "(write <lt> for the key '<')");
	assert_string_equal(parse_error("<<Enter>"),
			    "key script, character 1: '<' starts a key name that no '>' closes "
			    "(write <lt> for the key '<')");
	assert_string_equal(parse_error("\xC3\xA9<Resize 0x5>"),
			    "key script, character 2: <Resize 0x5> needs a size such as <Resize 80x24> "
			    "(1 to 1000 each)");
	assert_string_equal(parse_error("<Resize 80x24x1>"),
			    "key script, character 1: <Resize 80x24x1> needs a size such as <Resize 80x24> "
			    "(1 to 1000 each)");
	assert_string_equal(parse_error("<Click 4>"),
			    "key script, character 1: <Click 4> needs a column and row from 0, such as <Click 4,7>");
	assert_string_equal(parse_error("ab\ncd"),
			    "key script, character 3: control character 0x0A; write keys such as <Enter> or <C-c> "
			    "by name");
	assert_string_equal(parse_error("a\xFF"), "key script, character 2: byte 0xFF is not valid UTF-8");
	/* names are quoted back only when plain ASCII, and cut short */
	assert_string_equal(parse_error("j<a\x01" "b>"),
			    "key script, character 2: a key name holds byte 0x01; expected <Enter> <Esc> <Tab> <BS> "
			    "<Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <lt> <C-a>..<C-z> "
			    "<Resize WxH> <Click X,Y> <DoubleClick X,Y> <WheelUp [X,Y]> <WheelDown [X,Y]>");
	assert_string_equal(parse_error("<Resize 1234567890123456789012345678901234567890xyz>"),
			    "key script, character 1: <Resize 123456789012345678901234567890123> needs a size "
			    "such as <Resize 80x24> (1 to 1000 each)");
	assert_string_equal(parse_error("<C-1>"),
			    "key script, character 1: unknown key <C-1>; expected <Enter> <Esc> <Tab> <BS> <Up> "
			    "<Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <lt> <C-a>..<C-z> "
			    "<Resize WxH> <Click X,Y> <DoubleClick X,Y> <WheelUp [X,Y]> <WheelDown [X,Y]>");
}

/* Any prefix of a valid script either parses or fails cleanly. */
static void every_prefix_is_handled(void **state)
{
	const char *script = "a<Enter>\xE2\x82\xAC<Resize 12x34><Click 1,2>z";
	char buf[128];
	(void)state;
	for (size_t len = 0; len <= strlen(script); len++) {
		cinx_key *k = NULL;
		size_t kn;
		cinx_error err;
		memcpy(buf, script, len);
		buf[len] = '\0';
		if (cinx_keyscript_parse(buf, &k, &kn, &err) == CINX_OK)
			assert_true(kn <= len);
		else
			assert_non_null(strstr(err.message, "key script, character "));
		free(k);
	}
}

static void names_of_keys(void **state)
{
	(void)state;
	assert_string_equal(cinx_key_name(CINX_KEY_PGDN), "PgDn");
	assert_string_equal(cinx_key_name(CINX_KEY_RESIZE), "Resize");
	assert_null(cinx_key_name('j'));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_teardown(plain_characters_and_names, teardown),
		cmocka_unit_test_teardown(every_named_key, teardown),
		cmocka_unit_test_teardown(resize_and_mouse_carry_numbers, teardown),
		cmocka_unit_test_teardown(utf8_characters_are_one_key, teardown),
		cmocka_unit_test_teardown(empty_script_has_no_keys, teardown),
		cmocka_unit_test(errors_name_the_character),
		cmocka_unit_test(every_prefix_is_handled),
		cmocka_unit_test(names_of_keys),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
