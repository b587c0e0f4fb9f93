/* SPDX-License-Identifier: MIT */
/* The EES metadata file: what it gives each column, every refusal with its
 * place, and what applying it changes in a loaded data set. */
#include "testutil.h"

#include "cinx/text.h"
#include "model/ees_meta.h"

#define META_HDR "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column\n"

static cinx_meta *meta_str(const char *text)
{
	cinx_meta *m = NULL;
	cinx_error err;

	if (cinx_meta_load_memory("x.meta.csv", text, strlen(text), &m, &err) != CINX_OK)
		fail_msg("metadata failed to load: %s", err.message);
	return m;
}

static void expect_error(const char *text, size_t len, const char *message)
{
	cinx_meta *m = NULL;
	cinx_error err;

	cinx_error_clear(&err);
	assert_int_equal(cinx_meta_load_memory("x.meta.csv", text, len, &m, &err), CINX_E_DATA);
	assert_null(m);
	assert_string_equal(err.message, message);
}

#define EXPECT_ERROR(text, msg) expect_error(text, sizeof(text) - 1, msg)

static void reads_every_field(void **state)
{
	(void)state;
	cinx_meta *m = meta_str(META_HDR
				"sex,Filter,Sex of pupil,,,,Choose one,\n"
				"pupil_count,Indicator,Number of pupils,Counts,,0,,\n"
				"absence_rate,Indicator,Absence rate,Rates,%,1,,\n"
				"spend,Indicator,Spending,,\xC2\xA3m,2,,\n"
				"gap,Indicator,Gap,,pp,,,\n");
	const cinx_meta_col *c;

	assert_int_equal(cinx_meta_n_cols(m), 5);
	c = cinx_meta_find(m, "sex");
	assert_non_null(c);
	assert_int_equal(c->type, CINX_META_FILTER);
	assert_string_equal(c->label, "Sex of pupil");
	assert_string_equal(c->filter_hint, "Choose one");
	assert_null(c->unit_symbol);
	assert_int_equal(c->dp, -1);
	assert_int_equal(c->line, 2);
	c = cinx_meta_find(m, "pupil_count");
	assert_int_equal(c->type, CINX_META_INDICATOR);
	assert_string_equal(c->grouping, "Counts");
	assert_int_equal(c->unit, CINX_UNIT_COUNT);
	assert_int_equal(c->dp, 0);
	c = cinx_meta_find(m, "ABSENCE_RATE"); /* any case */
	assert_int_equal(c->unit, CINX_UNIT_PERCENT);
	assert_string_equal(c->unit_symbol, "%");
	assert_int_equal(c->dp, 1);
	c = cinx_meta_find(m, "spend");
	assert_int_equal(c->unit, CINX_UNIT_COUNT);
	assert_string_equal(c->unit_symbol, "\xC2\xA3m");
	assert_int_equal(c->dp, 2);
	c = cinx_meta_find(m, "gap");
	assert_string_equal(c->unit_symbol, "pp");
	assert_int_equal(c->dp, -1);
	assert_null(cinx_meta_find(m, "nothing"));
	cinx_meta_free(m);
}

static void columns_in_any_order_extra_ignored(void **state)
{
	(void)state;
	/* CRLF line ends, a BOM, an optional column EES knows (filter_default)
	 * and one it does not: the eight are found by name */
	cinx_meta *m = meta_str("\xEF\xBB\xBF" "filter_default,label,col_type,col_name,notes,filter_grouping_column,"
				"filter_hint,indicator_dp,indicator_unit,indicator_grouping\r\n"
				",\"Pupils, all\",Indicator,pupil_count,whatever,,,0,,\r\n"
				"Total,Phase,Filter,school_phase,,,,,,\r\n");

	assert_int_equal(cinx_meta_n_cols(m), 2);
	assert_string_equal(cinx_meta_find(m, "pupil_count")->label, "Pupils, all");
	assert_int_equal(cinx_meta_find(m, "pupil_count")->dp, 0);
	assert_int_equal(cinx_meta_find(m, "school_phase")->type, CINX_META_FILTER);
	assert_int_equal(cinx_meta_find(m, "school_phase")->line, 3);
	cinx_meta_free(m);
	/* a header alone describes nothing, and that is allowed */
	m = meta_str(META_HDR);
	assert_int_equal(cinx_meta_n_cols(m), 0);
	cinx_meta_free(m);
}

static void refusals_are_located(void **state)
{
	(void)state;
	EXPECT_ERROR("", "x.meta.csv:1:1: the file is empty; expected a metadata header starting col_name,col_type,...");
	EXPECT_ERROR("col_name,col_type,label\n",
		     "x.meta.csv:1:1: missing required column 'indicator_grouping'; expected an EES metadata header with "
		     "col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column");
	EXPECT_ERROR("col_name,col_type,label,col_type\n",
		     "x.meta.csv:1:4: duplicate column 'col_type' (also column 2); expected each column once");
	EXPECT_ERROR(META_HDR "sex,Filter,Sex,,,,\n", "x.meta.csv:2:8: row has 7 fields; expected 8, as in the header");
	EXPECT_ERROR(META_HDR "sex,Filter,Sex,,,,,,\n", "x.meta.csv:2:9: row has 9 fields; expected 8, as in the header");
	EXPECT_ERROR(META_HDR ",Filter,Sex,,,,,\n",
		     "x.meta.csv:2:1: empty col_name; expected the name of a column of the data file");
	EXPECT_ERROR(META_HDR "sex,Filter,Sex,,,,,\nrate,Indicator,Rate,,%,1,,\nSex,Filter,Sex again,,,,,\n",
		     "x.meta.csv:4:1: column 'Sex' described twice (first on line 2); expected one row per column");
	EXPECT_ERROR(META_HDR "sex,Measure,Sex,,,,,\n",
		     "x.meta.csv:2:2: found 'Measure' in column 'col_type'; expected Filter or Indicator");
	EXPECT_ERROR(META_HDR "sex,Filter, ,,,,,\n",
		     "x.meta.csv:2:3: empty label for 'sex'; expected the column's description");
	EXPECT_ERROR(META_HDR "rate,Indicator,Rate,,kg,1,,\n",
		     "x.meta.csv:2:5: found 'kg' in column 'indicator_unit'; expected %, pp, \xC2\xA3, \xC2\xA3m, "
		     "numberstring or nothing");
	EXPECT_ERROR(META_HDR "rate,Indicator,Rate,,%,1.5,,\n",
		     "x.meta.csv:2:6: found '1.5' in column 'indicator_dp'; expected a whole number of decimal places "
		     "from 0 to 15, or nothing");
	EXPECT_ERROR(META_HDR "rate,Indicator,Rate,,%,-1,,\n",
		     "x.meta.csv:2:6: found '-1' in column 'indicator_dp'; expected a whole number of decimal places "
		     "from 0 to 15, or nothing");
	EXPECT_ERROR(META_HDR "rate,Indicator,Rate,,%,16,,\n",
		     "x.meta.csv:2:6: found '16' in column 'indicator_dp'; expected a whole number of decimal places "
		     "from 0 to 15, or nothing");
	/* the screener's rules on which fields belong to which kind */
	EXPECT_ERROR(META_HDR "sex,Filter,Sex,,%,,,\n",
		     "x.meta.csv:2:5: found '%' in column 'indicator_unit'; expected it empty on a Filter row "
		     "(only indicators have it)");
	EXPECT_ERROR(META_HDR "sex,Filter,Sex,,,0,,\n",
		     "x.meta.csv:2:6: found '0' in column 'indicator_dp'; expected it empty on a Filter row "
		     "(only indicators have it)");
	EXPECT_ERROR(META_HDR "sex,Filter,Sex,Counts,,,,\n",
		     "x.meta.csv:2:4: found 'Counts' in column 'indicator_grouping'; expected it empty on a Filter row "
		     "(only indicators have it)");
	EXPECT_ERROR(META_HDR "rate,Indicator,Rate,,,,Pick one,\n",
		     "x.meta.csv:2:7: found 'Pick one' in column 'filter_hint'; expected it empty on an Indicator row "
		     "(only filters have it)");
	EXPECT_ERROR(META_HDR "rate,Indicator,Rate,,,,,sex\n",
		     "x.meta.csv:2:8: found 'sex' in column 'filter_grouping_column'; expected it empty on an Indicator row "
		     "(only filters have it)");
	/* what the CSV reader refuses, refused here too */
	EXPECT_ERROR(META_HDR "sex,Filter,\"Sex\n",
		     "x.meta.csv:2:3: the file ends inside a quoted field; expected a closing \"");
	EXPECT_ERROR(META_HDR "sex,Filter,S\0x,,,,,\n",
		     "x.meta.csv:2:3: NUL byte: this is not a text file; expected a UTF-8 CSV file");
}

static void size_is_bounded(void **state)
{
	(void)state;
	size_t len = 17u << 20;
	char *big = malloc(len);
	cinx_meta *m = NULL;
	cinx_error err;

	assert_non_null(big);
	memset(big, 'a', len);
	memcpy(big, META_HDR, strlen(META_HDR));
	assert_int_equal(cinx_meta_load_memory("x.meta.csv", big, len, &m, &err), CINX_E_DATA);
	assert_null(m);
	assert_string_equal(err.message, "x.meta.csv:1:1: the metadata file is larger than 16 MiB; expected a few kB "
			    "(one row per column of the data file)");
	free(big);
}

static void control_characters_are_neutralised(void **state)
{
	(void)state;
	cinx_meta *m = meta_str(META_HDR "rate,Indicator,\"Rate\x1b[2J\",,,,,\n");

	assert_string_equal(cinx_meta_find(m, "rate")->label, "Rate?[2J");
	cinx_meta_free(m);
}

static void files_and_paths(void **state)
{
	(void)state;
	char dir[] = "/tmp/cinx-meta-XXXXXX", data[256], meta[256], got[256];
	cinx_meta *m = NULL;
	cinx_error err;
	FILE *f;

	assert_non_null(mkdtemp(dir));
	snprintf(data, sizeof data, "%s/x.csv", dir);
	snprintf(meta, sizeof meta, "%s/x.meta.csv", dir);
	/* none beside it yet */
	assert_false(cinx_meta_path(data, got, sizeof got));
	assert_int_equal(cinx_meta_load_file(meta, &m, &err), CINX_E_IO);
	assert_null(m);
	f = fopen(meta, "w");
	assert_non_null(f);
	fputs(META_HDR "rate,Indicator,Rate,,%,1,,\n", f);
	fclose(f);
	assert_true(cinx_meta_path(data, got, sizeof got));
	assert_string_equal(got, meta);
	assert_int_equal(cinx_meta_load_file(got, &m, &err), CINX_OK);
	assert_false(cinx_meta_path(data, got, 8)); /* does not fit */
	assert_false(cinx_meta_path("-", got, sizeof got));
	assert_false(cinx_meta_path(dir, got, sizeof got));
	assert_int_equal(cinx_meta_find(m, "rate")->dp, 1);
	cinx_meta_free(m);
	f = fopen(meta, "w");
	assert_non_null(f);
	fputs(META_HDR "rate,Indicator,Rate,,%,x,,\n", f);
	fclose(f);
	assert_int_equal(cinx_meta_load_file(meta, &m, &err), CINX_E_DATA);
	assert_true(strstr(err.message, "x.meta.csv:2:6: found 'x' in column 'indicator_dp'") != NULL);
	remove(meta);
	rmdir(dir);
}

/* ---- applied to a data set ------------------------------------------------------- */

#define C1_HDR "time_period,time_identifier,geographic_level,country_code,country_name,region_code," \
	       "region_name,old_la_code,new_la_code,la_name,referral_count,rereferral_percent,spend\n"
#define C1_ROW(y) y ",Reporting year,National,E92000001,England,,,,,,100,20.55,1.5\n"

static const cinx_indicator *ind(const cinx_dataset *ds, const char *name)
{
	int i = cinx_dataset_find_indicator(ds, name, NULL);

	assert_true(i >= 0);
	return cinx_dataset_indicator(ds, (size_t)i);
}

static void apply_sets_labels_units_and_decimals(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(C1_HDR C1_ROW("2024") C1_ROW("2025"));
	cinx_meta *m = meta_str(META_HDR
				"rereferral_percent,Indicator,Re-referral rate,,%,1,,\n"
				"spend,Indicator,Spending on early help services per child,,\xC2\xA3m,3,,\n"
				"not_in_the_file,Indicator,Ignored,,%,1,,\n");
	cinx_error err;

	assert_int_equal(ind(ds, "rereferral_percent")->decimals, 2);
	assert_int_equal(cinx_dataset_apply_meta(ds, m, &err), CINX_OK);
	/* the metadata's decimals win over those seen, fewer or more */
	assert_string_equal(ind(ds, "rereferral_percent")->label, "Re-referral rate");
	assert_string_equal(ind(ds, "rereferral_percent")->short_label, "Re-referral rate");
	assert_int_equal(ind(ds, "rereferral_percent")->unit, CINX_UNIT_PERCENT);
	assert_string_equal(ind(ds, "rereferral_percent")->unit_symbol, "%");
	assert_int_equal(ind(ds, "rereferral_percent")->decimals, 1);
	/* a long label leaves the short one to the column's name */
	assert_string_equal(ind(ds, "spend")->label, "Spending on early help services per child");
	assert_string_equal(ind(ds, "spend")->short_label, "spend");
	assert_int_equal(ind(ds, "spend")->unit, CINX_UNIT_COUNT);
	assert_string_equal(ind(ds, "spend")->unit_symbol, "\xC2\xA3m");
	assert_int_equal(ind(ds, "spend")->decimals, 3);
	/* a column the metadata does not name keeps what the file gave it */
	assert_string_equal(ind(ds, "referral_count")->label, "Number of referrals");
	assert_null(ind(ds, "referral_count")->unit_symbol);
	assert_int_equal(ind(ds, "referral_count")->decimals, 0);
	cinx_meta_free(m); /* the labels were copied */
	assert_string_equal(ind(ds, "spend")->label, "Spending on early help services per child");
	cinx_dataset_free(ds);
}

static void short_label_counts_columns_not_bytes(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(C1_HDR C1_ROW("2025"));
	/* 20 columns, 22 bytes: short enough */
	cinx_meta *m = meta_str(META_HDR "spend,Indicator,\"\xC2\xA3 spent, per child \xC2\xA3\",,\xC2\xA3,,,\n"
				"referral_count,Indicator,Referrals in the year,,,,,\n");
	cinx_error err;

	assert_int_equal(cinx_dataset_apply_meta(ds, m, &err), CINX_OK);
	assert_int_equal(cinx_text_width(ind(ds, "spend")->label), 20);
	assert_string_equal(ind(ds, "spend")->short_label, ind(ds, "spend")->label);
	assert_int_equal(ind(ds, "spend")->decimals, 1); /* no dp: the digits seen */
	assert_string_equal(ind(ds, "referral_count")->short_label, "referral_count"); /* 21 columns */
	cinx_meta_free(m);
	cinx_dataset_free(ds);
}

static void apply_refuses_a_kind_the_data_contradicts(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(C1_HDR C1_ROW("2025"));
	cinx_meta *m = meta_str(META_HDR "sex,Filter,Sex,,,,,\nspend,Filter,Spending,,,,,\n");
	cinx_error err;

	assert_int_equal(cinx_dataset_apply_meta(ds, m, &err), CINX_E_DATA);
	assert_string_equal(err.message, "x.meta.csv:3:2: 'spend' is a Filter here but a column of figures in the data "
			    "file; expected the two files to agree");
	cinx_meta_free(m);
	cinx_dataset_free(ds);
}

/* ---- the hand-made EES files ------------------------------------------------------ */

static const char *ees_path(const char *name)
{
	static char path[4096];
	const char *top = getenv("top_srcdir");

	snprintf(path, sizeof path, "%s/tests/ees/%s", top ? top : ".", name);
	return path;
}

static cinx_meta *meta_beside(const char *data)
{
	char path[4096];
	cinx_meta *m = NULL;
	cinx_error err;

	assert_true(cinx_meta_path(data, path, sizeof path));
	if (cinx_meta_load_file(path, &m, &err) != CINX_OK)
		fail_msg("%s", err.message);
	return m;
}

static void shipped_metadata_reads(void **state)
{
	(void)state;
	cinx_meta *m = meta_beside(ees_path("financial_years.csv"));

	assert_int_equal(cinx_meta_n_cols(m), 3);
	assert_string_equal(cinx_meta_find(m, "expenditure_gbp_m")->unit_symbol, "\xC2\xA3m");
	assert_string_equal(cinx_meta_find(m, "spend_per_child_gbp")->unit_symbol, "\xC2\xA3");
	cinx_meta_free(m);
	m = meta_beside(ees_path("academic_two_filters.csv"));
	assert_int_equal(cinx_meta_find(m, "sex")->type, CINX_META_FILTER);
	assert_string_equal(cinx_meta_find(m, "school_phase")->filter_hint, "Primary or secondary");
	cinx_meta_free(m);
	assert_false(cinx_meta_path(ees_path("terms.csv"), (char[4096]){0}, 4096));
}

static cinx_dataset *load_ees(const char *name)
{
	cinx_dataset *ds = NULL;
	cinx_error err;

	if (cinx_dataset_load_file(ees_path(name), &ds, &err) != CINX_OK)
		fail_msg("%s", err.message);
	return ds;
}

#define EES_HDR "time_period,time_identifier,geographic_level,country_code,country_name,sex,school_phase," \
		"pupil_count,absence_rate\n"
#define EES_ROW(sex, phase, n) "202324,Academic year,National,E92000001,England," sex "," phase "," n ",5.5\n"

static void apply_labels_filters(void **state)
{
	(void)state;
	cinx_dataset *ds = load_str(EES_HDR EES_ROW("Total", "Total", "1000") EES_ROW("Boys", "Total", "510")
				    EES_ROW("Girls", "Total", "490") EES_ROW("Total", "Primary", "600")
				    EES_ROW("Total", "Secondary", "400"));
	cinx_meta *m = meta_str(META_HDR "sex,Filter,Sex of pupil,,,,,\n"
				"school_phase,Filter,School phase,,,,Primary or secondary,\n"
				"absence_rate,Indicator,Overall absence rate,,%,1,,\n");
	cinx_error err;
	int sex = cinx_dataset_find_filter(ds, "sex", NULL), phase = cinx_dataset_find_filter(ds, "school_phase", NULL);

	assert_true(sex >= 0 && phase >= 0);
	assert_string_equal(cinx_dataset_filter_label(ds, (size_t)sex), "sex");
	assert_int_not_equal(ind(ds, "absence_rate")->unit, CINX_UNIT_PERCENT); /* its name does not say */
	assert_int_equal(cinx_dataset_apply_meta(ds, m, &err), CINX_OK);
	cinx_meta_free(m);
	assert_string_equal(cinx_dataset_filter_label(ds, (size_t)sex), "Sex of pupil");
	assert_string_equal(cinx_dataset_filter_label(ds, (size_t)phase), "School phase");
	/* a filter is found by its label too */
	assert_int_equal(cinx_dataset_find_filter(ds, "School phase", NULL), phase);
	assert_int_equal(ind(ds, "absence_rate")->unit, CINX_UNIT_PERCENT);
	assert_string_equal(ind(ds, "absence_rate")->label, "Overall absence rate");
	cinx_dataset_free(ds);
}

static void loading_a_file_applies_the_metadata_beside_it(void **state)
{
	(void)state;
	cinx_dataset *ds = load_ees("academic_two_filters.csv");

	assert_string_equal(cinx_dataset_filter_label(ds, (size_t)cinx_dataset_find_filter(ds, "sex", NULL)),
			    "Sex of pupil");
	assert_int_equal(ind(ds, "absence_rate")->unit, CINX_UNIT_PERCENT);
	assert_string_equal(ind(ds, "persistent_absence_percent")->short_label, "persistent_absence_percent");
	cinx_dataset_free(ds);
	ds = load_ees("financial_years.csv");
	assert_string_equal(ind(ds, "expenditure_gbp_m")->unit_symbol, "\xC2\xA3m");
	assert_int_equal(ind(ds, "expenditure_gbp_m")->decimals, 1); /* 2 in the file */
	cinx_dataset_free(ds);
}

static void apply_labels_attributes(void **state)
{
	(void)state;
	cinx_dataset *ds = load_ees("attribute_column.csv");
	cinx_meta *m = meta_str(META_HDR "la_type,Filter,Type of authority,,,,,\n"
				"age_group,Filter,Age of child,,,,,\n"
				"referral_count,Indicator,Referrals,,,0,,\n"
				"referral_rate_per_10000,Indicator,\"Referrals per 10,000 children\",,,1,,\n");
	cinx_error err;

	assert_int_equal(cinx_dataset_n_attributes(ds), 1);
	assert_int_equal(ind(ds, "referral_rate_per_10000")->unit, CINX_UNIT_RATE);
	assert_int_equal(cinx_dataset_apply_meta(ds, m, &err), CINX_OK);
	/* no unit in the metadata does not make a rate a count (counts are
	 * summed over merged authorities, rates must not be) */
	assert_int_equal(ind(ds, "referral_rate_per_10000")->unit, CINX_UNIT_RATE);
	assert_string_equal(ind(ds, "referral_rate_per_10000")->label, "Referrals per 10,000 children");
	assert_string_equal(cinx_dataset_filter_label(ds, (size_t)cinx_dataset_find_filter(ds, "age_group", NULL)),
			    "Age of child");
	/* the attribute's name stays what commands print; its label is the metadata's */
	assert_string_equal(cinx_dataset_attribute_name(ds, 0), "la_type");
	cinx_meta_free(m);
	/* metadata calling a filter an indicator contradicts the data */
	m = meta_str(META_HDR "age_group,Indicator,Age,,,,,\n");
	assert_int_equal(cinx_dataset_apply_meta(ds, m, &err), CINX_E_DATA);
	assert_string_equal(err.message, "x.meta.csv:2:2: 'age_group' is an Indicator here but a text column in the "
			    "data file; expected the two files to agree");
	cinx_meta_free(m);
	cinx_dataset_free(ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(reads_every_field),
		cmocka_unit_test(columns_in_any_order_extra_ignored),
		cmocka_unit_test(refusals_are_located),
		cmocka_unit_test(size_is_bounded),
		cmocka_unit_test(control_characters_are_neutralised),
		cmocka_unit_test(files_and_paths),
		cmocka_unit_test(apply_sets_labels_units_and_decimals),
		cmocka_unit_test(short_label_counts_columns_not_bytes),
		cmocka_unit_test(apply_refuses_a_kind_the_data_contradicts),
		cmocka_unit_test(shipped_metadata_reads),
		cmocka_unit_test(apply_labels_filters),
		cmocka_unit_test(loading_a_file_applies_the_metadata_beside_it),
		cmocka_unit_test(apply_labels_attributes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
