#!/bin/sh
# SPDX-License-Identifier: MIT
# Hostile input: every file in tests/data/bad, and a few too big to keep in
# the repository made here, with the exact exit status and message. Data
# errors exit 65 naming file:line:column; odd but valid data loads and warns.
. "$top_srcdir/tests/cli/lib.sh"
BAD="$top_srcdir/tests/data/bad"
export XDG_CONFIG_HOME="$TMP/no-config"

# in_dir DIR CMD...: runs CMD in DIR, so that messages name files as given
in_dir() { (cd "$1" && shift && "$@"); }

# bad NAME FILE MESSAGE: cinx table fails with exit 65 and exactly
# "cinx: FILE:MESSAGE" (MESSAGE starts with line:column)
bad() { expect_err "$1" 65 "cinx: $2:$3" -- in_dir "$BAD" "$CINX" --data "$2" table; }

# loads NAME FILE STDERR: cinx table succeeds, printing exactly STDERR
loads() { expect_err "$1" 0 "$3" -- in_dir "$BAD" "$CINX" --data "$2" table; }

# shows NAME FILE TEXT ARGS...: cinx ARGS succeeds and its output has TEXT
shows() {
	name=$1 file=$2 text=$3
	shift 3
	if in_dir "$BAD" "$CINX" --data "$file" "$@" >"$TMP/out" 2>"$TMP/err" && grep -qF -- "$text" "$TMP/out"; then
		ok "$name"
	else
		not_ok "$name"
		sed 's/^/# /' "$TMP/out" "$TMP/err"
	fi
}

# terminal_safe FILE: valid UTF-8, and no control character but newline and
# tab: no C0 (ESC starts CSI and OSC), DEL, C1 (U+0080-U+009F) or bidi override
terminal_safe() {
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || return 1
	LC_ALL=C tr -d '\n\t' <"$1" | LC_ALL=C grep -q '[[:cntrl:]]' && return 1
	c1="$(printf '\302')[$(printf '\200')-$(printf '\237')]"
	bidi="$(printf '\342\200')[$(printf '\250')-$(printf '\256')]"
	isolate="$(printf '\342\201')[$(printf '\246')-$(printf '\251')]"
	! LC_ALL=C grep -q -e "$c1" -e "$bidi" -e "$isolate" "$1"
}

# ---- not a CSV file, or nothing in it ------------------------------------------------
bad "empty file" empty.csv "1:1: the file is empty; expected a CSV header starting time_period,..."
bad "byte order mark only" bom_only.csv "1:1: the file is empty; expected a CSV header starting time_period,..."
bad "blank lines only" blank_lines.csv "1:1: the file is empty; expected a CSV header starting time_period,..."
bad "header only" header_only.csv "2:1: the file has a header but no data rows; expected at least one row"
bad "header only, no final newline" header_only_no_newline.csv \
	"1:1: the file has a header but no data rows; expected at least one row"
bad "UTF-16 with a byte order mark" utf16le.csv "1:1: the file is UTF-16 text; expected UTF-8 (save it as CSV UTF-8)"
bad "UTF-16 without a byte order mark" utf16be_no_bom.csv \
	"1:1: NUL byte: this is not a text file; expected a UTF-8 CSV file"
bad "gzip-compressed" gzipped.csv "1:1: the file is gzip-compressed; expected plain CSV (gunzip it first)"
bad "NUL byte in a name" nul_byte.csv "3:10: NUL byte: this is not a text file; expected a UTF-8 CSV file"

# ---- broken CSV --------------------------------------------------------------------
bad "truncated row" truncated_row.csv "3:8: row has 7 fields; expected 12, as in the header"
bad "truncated inside quotes" truncated_in_quotes.csv "3:10: the file ends inside a quoted field; expected a closing \""
bad "stray quote" stray_quote.csv \
	"3:10: malformed quoting (a stray or unbalanced \" in a field); expected fields quoted as \"...\" with inner quotes doubled"
bad "text after a closing quote" quote_after_close.csv \
	"3:10: malformed quoting (a stray or unbalanced \" in a field); expected fields quoted as \"...\" with inner quotes doubled"
# found by fuzzing: the stray quote comes first, whatever the read sizes
bad "stray quote, then a NUL byte" stray_quote_then_nul.csv \
	"2:3: malformed quoting (a stray or unbalanced \" in a field); expected fields quoted as \"...\" with inner quotes doubled"
bad "too many fields" too_many_fields.csv "3:13: row has 13 fields; expected 12, as in the header"
bad "too few fields" too_few_fields.csv "3:12: row has 11 fields; expected 12, as in the header"
# found by fuzzing: a bare CR, a row, then LF is two line ends, not one
bad "mixed line endings count every line" mixed_line_endings.csv \
	"5:1: found '20x4' in column 'time_period'; expected a year such as 2025 for Reporting year"
bad "a line break inside a quoted name counts" line_break_in_name.csv \
	"5:12: found 'bad' in column 'rereferral_percent'; expected a number or a symbol (c, x, :, z, u, k, low)"

# ---- the header ----------------------------------------------------------------------
bad "duplicate header" duplicate_header.csv \
	"1:12: duplicate column 'referral_count' (also column 11); expected each column once"
bad "missing required column" missing_required_column.csv \
	"3:3: missing required column 'la_name', which Local authority rows need; expected an EES header such as time_period,time_identifier,geographic_level,country_code,..."
bad "no indicator columns" no_indicator_columns.csv \
	"1:11: no indicator columns; expected at least one column of figures after the geography columns"

# ---- rows ----------------------------------------------------------------------------
bad "unknown geographic level" unknown_level.csv \
	"3:3: geographic_level 'Ward' needs its code and name columns; the header has neither"
bad "duplicate area and year" duplicate_area_year.csv \
	"5:1: duplicate row for Alphaville in 2024 (first seen on line 3); expected one row per area and year"
bad "year before 1900" year_before_1900.csv "2:1: year 1899 in column 'time_period' is outside 1900 to 2100"
bad "year after 2100" year_after_2100.csv "3:1: year 2101 in column 'time_period' is outside 1900 to 2100"
bad "time period that is not a year" time_period_not_a_year.csv \
	"2:1: found '202324' in column 'time_period'; expected a year such as 2025 for Reporting year"
bad "empty name" empty_name.csv "3:10: empty la_name in a Local authority row; expected a name"
bad "empty code" empty_code.csv "3:9: empty new_la_code in a Local authority row; expected a GSS code"

# ---- figures -------------------------------------------------------------------------
bad "16 digits overflow" overflow_16_digits.csv \
	"3:11: found '1234567890123456' in column 'referral_count'; expected a number of at most 15 significant digits (more cannot be held exactly)"
bad "16 decimals overflow" overflow_16_decimals.csv \
	"3:11: found '0.1234567890123456' in column 'referral_count'; expected a number of at most 15 significant digits (more cannot be held exactly)"
bad "exponent" exponent.csv \
	"3:11: found '1e3' in column 'referral_count'; expected a number or a symbol (c, x, :, z, u, k, low)"
bad "thousands separator" thousands_separator.csv \
	"3:11: found '1,200' in column 'referral_count'; expected a number or a symbol (c, x, :, z, u, k, low)"
bad "unknown symbol" unknown_symbol.csv \
	"3:11: found 'n/a' in column 'referral_count'; expected a number or a symbol (c, x, :, z, u, k, low)"
loads "15 digits load" fifteen_digits.csv ""
shows "15 digits are exact" fifteen_digits.csv "999999999999999" table --format csv
loads "space around a number is trimmed" leading_space_number.csv ""
loads "negative count loads and warns" negative_count.csv \
	"cinx: warning: negative_count.csv:3: referral_count for Alphaville in 2024 is negative (-7); loaded as published"
shows "negative count is shown as published" negative_count.csv ",-7," table --format csv
loads "percentage over 100 loads and warns" percent_over_100.csv \
	"cinx: warning: percent_over_100.csv:3: rereferral_percent for Alphaville in 2024 is over 100 (100.1); loaded as published"
shows "percentage over 100 is shown as published" percent_over_100.csv ",100.1," \
	table --format csv --metric rereferral_percent

# ---- odd but valid -------------------------------------------------------------------
loads "doubled quotes" doubled_quotes.csv ""
shows "doubled quotes become one" doubled_quotes.csv 'Alpha "Old" Town' table
loads "CR line endings" cr_only.csv ""
shows "CR line endings keep every row" cr_only.csv "Brookfield,802,80" table --format csv
loads "invalid UTF-8 in a name" invalid_utf8_name.csv ""
shows "invalid UTF-8 becomes ?" invalid_utf8_name.csv "Alpha??ville??" table
loads "columns in odd order" odd_column_order.csv ""
for f in text csv json; do
	in_dir "$BAD" "$CINX" --data odd_column_order_twin.csv table --format $f >"$TMP/twin.$f" 2>&1
	expect "columns in odd order read as in the usual order ($f)" 0 "$TMP/twin.$f" -- \
		in_dir "$BAD" "$CINX" --data odd_column_order.csv table --format $f
done

# ---- escape sequences in names never reach the terminal --------------------------------
for file in escape_sequences_in_names.csv escape_sequence_in_header.csv; do
	for f in text csv tsv json markdown; do
		# every indicator: the header's names are the column names
		for cmd in "table --metric all" "table --level regional --metric all" "trend Alpha" "show Alpha"; do
			# shellcheck disable=SC2086
			if in_dir "$BAD" "$CINX" --data "$file" --format $f $cmd >"$TMP/out" 2>&1 && terminal_safe "$TMP/out"; then
				ok "$file: $cmd --format $f prints no control character"
			else
				not_ok "$file: $cmd --format $f prints no control character"
				od -c "$TMP/out" | head -20 | sed 's/^/# /'
			fi
		done
	done
done
shows "escape sequences are shown as ?" escape_sequences_in_names.csv "Alpha?[2J?[31mville" table
shows "8-bit CSI and OSC are shown as ?" escape_sequences_in_names.csv "Cedar?6n?2;x??vale" table
shows "bidi override is shown as ?" escape_sequences_in_names.csv "Dun?????eerg" table
# found by fuzzing: the duplicate-row message quoted the name raw
bad "escape sequence in an error message" escape_sequence_in_error.csv \
	"4:1: duplicate row for Alpha?]52;c;ZXZpbA==? in 2024 (first seen on line 3); expected one row per area and year"
loads "escape sequence in warnings" escape_sequence_in_warning.csv \
	"cinx: warning: escape_sequence_in_warning.csv:3: referral_count for Alpha?]52;c;ZXZpbA==? in 2024 is negative (-5); loaded as published
cinx: warning: escape_sequence_in_warning.csv:3: rereferral_percent for Alpha?]52;c;ZXZpbA==? in 2024 is over 100 (180.5); loaded as published"

# ---- too big to keep in the repository: made here ------------------------------------
H="time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,referral_count,rereferral_percent"
LA="2024,Reporting year,Local authority,E92000001,England,E12000001,North East"
MB=$(head -c 1048576 /dev/zero | tr '\0' 'a')
printf '%s\n%s,801,E06000801,%s,1,2\n' "$H" "$LA" "$MB" >"$TMP/mb_name.csv"
expect_err "1 MB name" 65 \
	"cinx: mb_name.csv:2:10: field is 1048576 bytes long in column 'la_name'; expected at most 256" -- \
	in_dir "$TMP" "$CINX" --data mb_name.csv table
printf '%s\n%s,801,E06000801,Alphaville,1%s,2\n' "$H" "$LA" "$MB" >"$TMP/mb_figure.csv"
expect_err "1 MB figure" 65 \
	"cinx: mb_figure.csv:2:11: found '1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...' in column 'referral_count'; expected a number or a symbol (c, x, :, z, u, k, low)" -- \
	in_dir "$TMP" "$CINX" --data mb_figure.csv table
printf '%s\n2024,"%s",Local authority,E92000001,England,E12000001,North East,801,E06000801,Alphaville,1,2\n' \
	"$H" "$MB" >"$TMP/mb_ignored.csv"
expect_err "1 MB field in a column of the period" 65 \
	"cinx: mb_ignored.csv:2:2: field is 1048576 bytes long in column 'time_identifier'; expected at most 256" -- \
	in_dir "$TMP" "$CINX" --data mb_ignored.csv table

awk -v H="$H" -v LA="$LA" 'BEGIN {
	h = H; r = LA ",801,E06000801,Alphaville,1,2"
	for (i = 1; i <= 10000; i++) { h = h ",extra_" i "_count"; r = r "," i }
	print h; print r; sub(/,[0-9]*$/, "", r); print r }' >"$TMP/wide.csv"
head -n 2 "$TMP/wide.csv" >"$TMP/wide_ok.csv"
expect_err "10,000 columns load" 0 "" -- in_dir "$TMP" "$CINX" --data wide_ok.csv table
printf 'Alphaville,801,10000\n' >"$TMP/want"
expect "10,000 columns: the last is read" 0 "$TMP/want" -- \
	sh -c "cd '$TMP' && '$CINX' --data wide_ok.csv table --metric extra_10000_count --format csv | cut -d, -f4,5,6 | tail -n 1"
expect_err "10,000 columns, a short row" 65 \
	"cinx: wide.csv:3:10012: row has 10011 fields; expected 10012, as in the header" -- \
	in_dir "$TMP" "$CINX" --data wide.csv table

# each authority in a different year: a 1 MB file that would need a 67 MB table
awk -v H="$H" 'BEGIN { print H
	for (a = 0; a < 10500; a++)
		printf "%d,Reporting year,Local authority,E92000001,England,E12000001,North East,%d,E0%07d,Authority %d,1,2\n",
			1900 + a % 201, 1000 + a, 6000000 + a, a }' >"$TMP/sparse.csv"
expect_err "rows scattered over areas and years" 65 \
	"cinx: sparse.csv: 10500 rows spread over 10502 areas and 201 years would leave nearly all of the table empty; expected a row for most areas in most years" -- \
	in_dir "$TMP" "$CINX" --data sparse.csv table

# found by fuzzing: a long indicator name with multi-byte characters, cut
# short in a column name, left half a character in the output
LONG=$(awk 'BEGIN { for (i = 0; i < 120; i++) printf "\303\251" }')
printf '%s,%s\n%s,801,E06000801,Alphaville,1,2,3\n' "$H" "$LONG" "$LA" >"$TMP/long_name.csv"
for f in text csv tsv json markdown; do
	if in_dir "$TMP" "$CINX" --data long_name.csv --metric "$LONG" --format $f table >"$TMP/out" 2>&1 &&
	   terminal_safe "$TMP/out"; then
		ok "long multi-byte column name, --format $f: valid UTF-8"
	else
		not_ok "long multi-byte column name, --format $f: valid UTF-8"
		head -c 600 "$TMP/out" | sed 's/^/# /'
	fi
done
if in_dir "$TMP" "$CINX" --data long_name.csv --metric "$LONG" --format json table |
	python3 -c 'import json, sys; assert sys.argv[1] + "_status" in json.load(sys.stdin)["rows"][0]' "$LONG"; then
	ok "long column name keeps its _status key whole"
else
	not_ok "long column name keeps its _status key whole"
fi

# ---- other text cinx reads: the configuration file and key scripts ------------------
# found by fuzzing: both echoed what they could not read, control bytes and all
KEYS=$(printf '<Unknown\033[31m>')
expect_err "escape sequence in a key name" 2 \
	"cinx: --keys: key script, character 1: a key name holds byte 0x1B; expected <Enter> <Esc> <Tab> <BS> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <lt> <C-a>..<C-z> <Resize WxH> <Click X,Y> <DoubleClick X,Y> <WheelUp [X,Y]> <WheelDown [X,Y]>" -- \
	"$CINX" --data "$FIX/mini.csv" --keys "$KEYS" --dump
mkdir -p "$TMP/config/cinx"
printf 'format = csv\nregion = \302\23331mNorth\n' >"$TMP/config/cinx/config"
expect_err "8-bit CSI in a configuration value" 78 \
	"cinx: $TMP/config/cinx/config:2: a control character or bytes that are not UTF-8; expected plain UTF-8 text" -- \
	env XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$FIX/mini.csv" table
printf 'metric = \033]0;x\007\n' >"$TMP/config/cinx/config"
expect_err "OSC in a configuration value" 78 \
	"cinx: $TMP/config/cinx/config:1: control character (byte 0x1B); expected plain text" -- \
	env XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$FIX/mini.csv" table
printf 'region = Nor\377th\n' >"$TMP/config/cinx/config"
expect_err "invalid UTF-8 in a configuration value" 78 \
	"cinx: $TMP/config/cinx/config:1: a control character or bytes that are not UTF-8; expected plain UTF-8 text" -- \
	env XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$FIX/mini.csv" table

done_testing
