/* SPDX-License-Identifier: MIT */
/* The option table: one check per value type for the command line and the
 * configuration file alike, and the help, the man page and config.example
 * listing exactly its options. */
#include "testutil.h"

#include "cinx/config.h"
#include "cli/options.h"

/* A value each type accepts, and one it refuses. */
static const char *good_value(const opt_def *d)
{
	switch (d->type) {
	case OPT_T_FLAG: return "yes";
	case OPT_T_INT: return "10";
	case OPT_T_NUMBER: return "2.5";
	case OPT_T_ENUM:
	case OPT_T_LEVEL: return d->words[0];
	case OPT_T_YEAR: return "2024/25 Autumn term";
	case OPT_T_FILTER: return "sex=Boys";
	case OPT_T_AREA: return "Leeds";
	case OPT_T_REGION: return "Inner London";
	case OPT_T_METRIC: return "referral_count";
	case OPT_T_PATH: return "/srv/c1.csv";
	case OPT_T_TEXT: return "jj<Enter>";
	case OPT_T_SIZE: return "100x30";
	case OPT_T_DATASET: return "342F9A01-26f0-2a71-91a1-f8bc0bee8b11";
	}
	return NULL;
}

static const char *bad_value(const opt_def *d)
{
	switch (d->type) {
	case OPT_T_FLAG: return "maybe";
	case OPT_T_INT: return "3x";
	case OPT_T_NUMBER: return "-1";
	case OPT_T_ENUM: return "sideways";
	case OPT_T_YEAR: return "25";
	case OPT_T_FILTER: return "sex";
	case OPT_T_SIZE: return "80 by 24";
	case OPT_T_DATASET: return "../342f9a01-26f0-2a71-91a1-f8bc0bee8b1";
	default: return "yes"; /* a flag's value given to a key that takes a value */
	}
}

static void every_type_accepts_and_refuses(void **state)
{
	char why[256];
	const char *keep;

	(void)state;
	for (size_t i = 0; i < opt_n_defs; i++) {
		const opt_def *d = &opt_defs[i];
		assert_int_equal(d->id, (int)i);
		if (!opt_check(d, good_value(d), &keep, why, sizeof why))
			fail_msg("--%s refuses '%s': expected %s", d->name, good_value(d), why);
		if (opt_check(d, bad_value(d), &keep, why, sizeof why))
			fail_msg("--%s accepts '%s'", d->name, bad_value(d));
		assert_null(keep);
		assert_true(why[0] != '\0');
		if (d->type != OPT_T_TEXT && opt_check(d, "", &keep, why, sizeof why))
			fail_msg("--%s accepts an empty value", d->name);
	}
}

static void aliases_become_their_word(void **state)
{
	char why[256];
	const char *keep;

	(void)state;
	assert_true(opt_check(opt_find("level"), "Local authority", &keep, why, sizeof why));
	assert_string_equal(keep, "la");
	assert_true(opt_check(opt_find("format"), "md", &keep, why, sizeof why));
	assert_string_equal(keep, "markdown");
	assert_true(opt_check(opt_find("ascii"), "Off", &keep, why, sizeof why));
	assert_string_equal(keep, "no");
	assert_ptr_equal(opt_find("no-colour"), opt_find("no-color"));
	assert_false(opt_check(opt_find("year"), "1", &keep, why, sizeof why));
	assert_true(opt_check(opt_find("limit"), "1", &keep, why, sizeof why));
}

/* The configuration file refuses what the command line refuses, with the
 * same words: "FILE:LINE: key = 'bad': expected WHY". */
static void config_refuses_what_the_command_line_refuses(void **state)
{
	(void)state;
	for (size_t i = 0; i < opt_n_defs; i++) {
		const opt_def *d = &opt_defs[i];
		char text[256], want[512], why[256];
		const char *keep;
		cinx_config *c = NULL;
		cinx_error err;
		if (!d->config)
			continue;
		snprintf(text, sizeof text, "# a comment\n%s = %s\n", d->name, good_value(d));
		if (cinx_config_parse("cfg", text, strlen(text), &c, &err))
			fail_msg("%s", err.message);
		cinx_config_free(c);
		snprintf(text, sizeof text, "# a comment\n%s = %s\n", d->name, bad_value(d));
		assert_int_equal(cinx_config_parse("cfg", text, strlen(text), &c, &err), CINX_E_CONFIG);
		assert_false(opt_check(d, bad_value(d), &keep, why, sizeof why));
		snprintf(want, sizeof want, "cfg:2: %s = '%s': expected %s", d->name, bad_value(d), why);
		assert_string_equal(err.message, want);
		assert_int_equal(err.status, CINX_E_CONFIG);
		if (d->type != OPT_T_FLAG) {
			/* no value never becomes a flag either */
			snprintf(text, sizeof text, "%s =\n", d->name);
			assert_int_equal(cinx_config_parse("cfg", text, strlen(text), &c, &err), CINX_E_CONFIG);
		}
	}
}

static void config_refuses_options_that_are_not_keys(void **state)
{
	cinx_config *c = NULL;
	cinx_error err;

	(void)state;
	for (size_t i = 0; i < opt_n_defs; i++) {
		char text[128];
		if (opt_defs[i].config)
			continue;
		snprintf(text, sizeof text, "%s = %s\n", opt_defs[i].name, good_value(&opt_defs[i]));
		assert_int_equal(cinx_config_parse("cfg", text, strlen(text), &c, &err), CINX_E_CONFIG);
		assert_non_null(strstr(err.message, "unknown key"));
	}
}

/* The options of a text's option lines (those starting with line_start
 * then '-'), checked against the table both ways. */
static void options_listed_are_the_table(const char *text, const char *line_start)
{
	bool seen[OPT_ID_COUNT] = {false};
	char name[64];

	for (const char *p = text; (p = strstr(p, line_start)); p += strlen(line_start)) {
		const char *q = p + strlen(line_start), *eol = strchr(q, '\n');
		size_t n = 0;
		if (*q != '-' || !(q = strstr(q, "--")) || (eol && q > eol))
			continue;
		for (q += 2; (*q >= 'a' && *q <= 'z') || (*q >= '0' && *q <= '9') || *q == '-'; q++)
			if (n + 1 < sizeof name)
				name[n++] = *q;
		name[n] = '\0';
		const opt_def *d = opt_find(name);
		if (!d)
			fail_msg("'--%s' is listed but is not in the table", name);
		seen[d->id] = true;
	}
	for (size_t i = 0; i < opt_n_defs; i++)
		if (!seen[i])
			fail_msg("--%s is in the table but not listed", opt_defs[i].name);
}

/* Whether text has --name as an option's label (not --name-more, nor
 * "--name:" in a sentence). */
static bool has_label(const char *text, const char *name)
{
	char label[64];

	snprintf(label, sizeof label, "--%s", name);
	for (const char *p = text; (p = strstr(p, label)); p++) {
		char after = p[strlen(label)];
		if (p > text && p[-1] == ' ' && (after == ' ' || after == '\n' || after == ','))
			return true;
	}
	return false;
}

static char *read_all(FILE *f)
{
	long n;
	char *buf;

	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = calloc((size_t)n + 1, 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, f), (size_t)n);
	return buf;
}

static void help_lists_the_table(void **state)
{
	FILE *f = tmpfile();
	char *text;

	(void)state;
	assert_non_null(f);
	opt_print_help(f);
	text = read_all(f);
	options_listed_are_the_table(text, "\n  ");
	free(text);
	fclose(f);
}

/* the man page built from the template, with roff's \- for minus */
static void man_page_lists_the_table(void **state)
{
	const char *top = getenv("top_builddir");
	char path[4096], *text, *from, *to;
	FILE *f;

	(void)state;
	snprintf(path, sizeof path, "%s/assets/cinx.1", top ? top : ".");
	assert_non_null(f = fopen(path, "r"));
	text = read_all(f);
	fclose(f);
	/* plain text: roff's \- is a minus, and fonts go */
	for (char *p = text, *q = text;; p++) {
		if (p[0] == '\\' && p[1] == '-') {
			*q++ = '-';
			p++;
		} else if (p[0] == '\\' && p[1] == 'f' && p[2]) {
			p += 2;
		} else if (!(*q++ = *p)) {
			break;
		}
	}
	assert_non_null(from = strstr(text, "\n.SH OPTIONS\n"));
	assert_non_null(to = strstr(from, "\n.SH EXPLORER KEYS"));
	*to = '\0';
	options_listed_are_the_table(from, ".TP\n");
	free(text);
}

/* assets/config.example shows every key of the table, and only those */
static void config_example_lists_the_keys(void **state)
{
	const char *top = getenv("top_srcdir");
	bool seen[OPT_ID_COUNT] = {false};
	char path[4096], line[512];
	FILE *f;

	(void)state;
	snprintf(path, sizeof path, "%s/assets/config.example", top ? top : ".");
	assert_non_null(f = fopen(path, "r"));
	while (fgets(line, sizeof line, f)) {
		char key[64];
		const char *p = line[0] == '#' ? line + 1 : line;
		if (sscanf(p, "%63[a-z0-9-] = %*s", key) != 1 || !strstr(p, " = "))
			continue;
		const opt_def *d = opt_find(key);
		if (!d || !d->config)
			fail_msg("config.example shows '%s', which is not a key", key);
		seen[d->id] = true;
	}
	fclose(f);
	for (size_t i = 0; i < opt_n_defs; i++)
		if (opt_defs[i].config && !seen[i])
			fail_msg("config.example does not show the key %s", opt_defs[i].name);
}

static void every_command_has_help(void **state)
{
	(void)state;
	for (int c = 1; c < OPT_CMD_COUNT; c++) {
		FILE *f = tmpfile();
		char *text;
		assert_non_null(f);
		opt_print_command_help(f, &opt_commands[c]);
		text = read_all(f);
		assert_non_null(strstr(text, opt_commands[c].example));
		for (size_t i = 0; i < opt_n_defs; i++)
			if (has_label(text, opt_defs[i].name) != opt_applies(&opt_defs[i], (opt_cmd)c))
				fail_msg("cinx %s --help and the table disagree on --%s", opt_commands[c].name,
					 opt_defs[i].name);
		free(text);
		fclose(f);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_type_accepts_and_refuses),
		cmocka_unit_test(aliases_become_their_word),
		cmocka_unit_test(config_refuses_what_the_command_line_refuses),
		cmocka_unit_test(config_refuses_options_that_are_not_keys),
		cmocka_unit_test(help_lists_the_table),
		cmocka_unit_test(man_page_lists_the_table),
		cmocka_unit_test(config_example_lists_the_keys),
		cmocka_unit_test(every_command_has_help),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
