#!/bin/sh
# SPDX-License-Identifier: MIT
# CSV and TSV output for spreadsheets: a name that starts with =, +, - or @
# is written with a leading apostrophe, so a spreadsheet shows it instead of
# running it as a formula; numbers (negative changes) are left alone;
# --raw (or raw = yes) writes names exactly as they are.
. "$top_srcdir/tests/cli/lib.sh"

# Camden's 2022 referrals fall to 1: a negative change to leave alone
sed -e 's/,Barnet,/,"=HYPERLINK(""http:\/\/x"";""a"")",/' -e 's/,Camden,/,+Camden,/' \
	-e 's/,Hartlepool,/,-Hartlepool,/' -e 's/,Hackney,/,@Hackney,/' \
	-e '/^2022,.*,+Camden,/s/,Referrals and Re-referrals,[0-9]*,/,Referrals and Re-referrals,1,/' \
	"$FIX/mini.csv" >"$TMP/formulas.csv"

"$CINX" --data "$TMP/formulas.csv" table --year 2022 --format csv >"$TMP/out.csv" 2>/dev/null
grep -qF -- "\"'=HYPERLINK(\"\"http://x\"\";\"\"a\"\")\"" "$TMP/out.csv" && grep -qF ",'+Camden," "$TMP/out.csv" &&
	grep -qF ",'-Hartlepool," "$TMP/out.csv" && grep -qF ",'@Hackney," "$TMP/out.csv" &&
	ok "csv: formula-like names start with an apostrophe" || not_ok "csv: formula-like names start with an apostrophe"
grep -q "^2022,Local authority,E09000007,'+Camden,202,1,-[0-9]" "$TMP/out.csv" && ! grep -q ",'-[0-9]" "$TMP/out.csv" &&
	ok "csv: negative numbers stay numbers" || not_ok "csv: negative numbers stay numbers"
"$CINX" --data "$TMP/formulas.csv" table --year 2022 --format tsv 2>/dev/null | grep -q "	'=HYPERLINK" &&
	ok "tsv: the same" || not_ok "tsv: the same"
"$CINX" --data "$TMP/formulas.csv" table --year 2022 --format csv --raw 2>/dev/null | grep -qF ',+Camden,' &&
	ok "--raw writes names as they are" || not_ok "--raw writes names as they are"
sed '1s/,no_further_action_count$/,@SUM(1+1)/' "$FIX/mini.csv" >"$TMP/header.csv"
"$CINX" --data "$TMP/header.csv" table --metric all --format csv 2>/dev/null | head -n 1 | grep -q ",'@SUM(1+1)\$" &&
	ok "a column name that reads as a formula is defused too" ||
	not_ok "a column name that reads as a formula is defused too"
mkdir -p "$XDG_CONFIG_HOME/cinx"
printf 'raw = yes\n' >"$XDG_CONFIG_HOME/cinx/config"
"$CINX" --data "$TMP/formulas.csv" table --year 2022 --format csv 2>/dev/null | grep -qF ',-Hartlepool,' &&
	ok "raw = yes in the configuration does the same" || not_ok "raw = yes in the configuration does the same"
rm "$XDG_CONFIG_HOME/cinx/config"
"$CINX" --data "$TMP/formulas.csv" table --year 2022 --format json 2>/dev/null | grep -qF '"area_name":"+Camden"' &&
	ok "json keeps names as they are (no spreadsheet reads it as formulas)" || not_ok "json keeps names as they are"
"$CINX" --data "$TMP/formulas.csv" --keys "/+Camden<Enter>e<C-u>$TMP/export.csv<Enter>" --dump >/dev/null 2>&1
grep -qF ",'+Camden," "$TMP/export.csv" 2>/dev/null &&
	ok "the explorer's CSV export defuses too" || not_ok "the explorer's CSV export defuses too"

done_testing
