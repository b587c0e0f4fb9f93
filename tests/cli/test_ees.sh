#!/bin/sh
# SPDX-License-Identifier: MIT
# Print mode on any EES data set: hand-made files of six shapes (exact
# output in tests/cli/ees/expected), --year, --filter and --level and
# their refusals, and the load's progress on a terminal.
. "$top_srcdir/tests/cli/lib.sh"
EES="$top_srcdir/tests/cli/ees"
MINI="$FIX/mini.csv"

run_cases "$EES/cases.txt" "$EES" "$EES/expected" absence.csv
run_cases "$EES/shared_cases.txt" "$top_srcdir/tests/ees" "$EES/expected" academic_two_filters.csv

# contains NAME FILE TEXT: the file holds the text (fixed string)
contains() {
	if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1"; sed 's/^/# /' "$2" | head -20; fi
}

# ---- --filter ---------------------------------------------------------------------
expect_err "a filter without Total must be named, and its values are listed" 2 \
	"cinx: filter population_type has no Total: choose one of its values with --filter population_type=VALUE ('Children in need' or 'Looked after')" -- \
	"$CINX" --data "$EES/no_total.csv" table --metric children_count
expect_err "an unknown filter lists the filters" 2 \
	"cinx: --filter age=5: no filter 'age' in $EES/absence.csv; its filters are 'sex', 'school_phase'" -- \
	"$CINX" --data "$EES/absence.csv" table --metric absence_rate --filter age=5
expect_err "an unknown value lists the values" 2 \
	"cinx: --filter sex=Other: filter 'sex' has no value 'Other'; its values are 'Total', 'Boys', 'Girls'" -- \
	"$CINX" --data "$EES/absence.csv" show Leeds --filter sex=Other
expect_err "a filter named twice" 2 \
	"cinx: --filter: sex is named twice (sex=Boys and SEX=Girls); choose one value" -- \
	"$CINX" --data "$EES/absence.csv" trend Leeds --filter sex=Boys --filter SEX=Girls
expect_err "--filter on a data set without filters" 2 \
	"cinx: --filter sex=Boys: $MINI has no filters (one row per area and period)" -- \
	"$CINX" --data "$MINI" table --filter sex=Boys
expect_err "--filter needs COLUMN=VALUE" 2 "cinx: --filter expects COL=VALUE such as sex=Boys, not 'sex'" -- \
	"$CINX" --data "$MINI" table --filter sex
expect_err "--filter does not apply to update" 2 \
	"cinx: --filter does not apply to update; it is used by show, table, trend, info, compare, neighbours, similar, notable and the explorer (no command)" -- \
	"$CINX" update --filter sex=Boys
"$CINX" --data "$EES/no_total.csv" info >"$TMP/out" 2>&1
contains "info is not stopped by a filter without Total, and says so" "$TMP/out" \
	"Filter population_type  2 values; Total: none (--filter needed); in use: Children in need; values: Children in need, Looked after"
"$CINX" --data "$EES/absence.csv" info --filter sex=Boys --format csv >"$TMP/out" 2>&1
contains "info: the filter in use" "$TMP/out" "Filter sex,\"3 values; Total: Total; in use: Boys; values: Total, Boys, Girls\""
contains "info: the periods" "$TMP/out" "Academic years,2022/23 to 2024/25"
contains "info: how many" "$TMP/out" "Academic years in the file,3"
contains "info: attributes" "$TMP/out" "Attributes,la_type"
"$CINX" --data "$EES/levels.csv" info --format csv >"$TMP/out" 2>&1
contains "info: other levels and their areas" "$TMP/out" "Level Parliamentary constituency,3 areas (--level 'Parliamentary constituency')"
expect_err "no rates off a filter's Total, and why" 2 \
	"cinx: --metric referral_rate_per_10k: No rates per 10,000 children: the population is of every child, and these figures are not (a filter is off its Total)." -- \
	"$CINX" --data "$EES/referrals_sex.csv" --population "$top_srcdir/tests/compare/population.csv" table --filter sex=Girls \
	--metric referral_rate_per_10k
"$CINX" --data "$EES/referrals_sex.csv" --population "$top_srcdir/tests/compare/population.csv" table --filter sex=Girls \
	--format csv >"$TMP/out" 2>"$TMP/err"
[ "$(cat "$TMP/err")" = "cinx: note: No rates per 10,000 children: the population is of every child, and these figures are not (a filter is off its Total)." ] &&
	ok "CSV: why no rates, on stderr" || not_ok "CSV: why no rates, on stderr: $(cat "$TMP/err")"
mkdir -p "$XDG_CONFIG_HOME/cinx"
printf 'filter = sex=Boys\n' >"$XDG_CONFIG_HOME/cinx/config"
"$CINX" --data "$EES/absence.csv" table >"$TMP/out" 2>"$TMP/err"
[ $? -eq 78 ] && grep -qF "cinx: $XDG_CONFIG_HOME/cinx/config:1: unknown key 'filter' (--filter is for the command line only); expected one of data," "$TMP/err" &&
	ok "--filter is not a key of the configuration file" || not_ok "--filter is not a key of the configuration file: $(cat "$TMP/err")"
rm "$XDG_CONFIG_HOME/cinx/config"

# ---- the explorer starts on the choice, or at a filter's first value without a Total ----
expect "the explorer takes --filter" 0 "" -- "$CINX" --data "$EES/absence.csv" --metric absence_rate --filter sex=Boys --keys q --dump
expect "the explorer opens a filter without Total at its first value" 0 "" -- \
	"$CINX" --data "$EES/no_total.csv" --metric children_count --keys q --dump
expect_err "the explorer refuses an unknown value too" 2 \
	"cinx: --filter sex=x: filter 'sex' has no value 'x'; its values are 'Total', 'Boys', 'Girls'" -- \
	"$CINX" --data "$EES/absence.csv" --metric absence_rate --filter sex=x --keys q --dump

expect_err "the explorer refuses a level it cannot open, naming the command that lists it" 2 \
	"cinx: --level parl: the explorer opens national, regional or la; 'cinx table --level \"Parliamentary constituency\"' lists that level's areas" -- \
	"$CINX" --data "$EES/levels.csv" --level parl --metric claimant_count --keys q --dump

expect_err "neighbours are for authorities, not a constituency" 2 \
	"cinx: statistical neighbours are for local authorities; Birch Hill is a parliamentary constituency" -- \
	"$CINX" --data "$EES/levels.csv" neighbours "Birch Hill" --neighbours "$top_srcdir/tests/compare/sn.csv"

# ---- --year -------------------------------------------------------------------------
expect_err "a start year naming several terms is ambiguous" 2 \
	"cinx: --year: 2023 names 3 periods of $EES/terms.csv, 2023/24 Autumn term to 2023/24 Spring term; expected one, such as '2023/24 Spring term'" -- \
	"$CINX" --data "$EES/terms.csv" table --metric enrolments --year 2023
expect_err "a period not in the file names those there are" 2 \
	"cinx: --year: no period '2026/27' in $EES/absence.csv; it has 2022/23 to 2024/25" -- \
	"$CINX" --data "$EES/absence.csv" table --metric absence_rate --year 2026/27
"$CINX" --data "$MINI" table --year 2023 --format csv >"$TMP/a"
"$CINX" --data "$MINI" table --year 2023 --format csv --year 2023 >"$TMP/b"
cmp -s "$TMP/a" "$TMP/b" && ok "C1: a year is still a year" || not_ok "C1: a year is still a year"

# ---- --level ------------------------------------------------------------------------
expect_err "an unknown level lists the data's levels" 2 \
	"cinx: --level expects national, regional, la or a level of $EES/levels.csv (Parliamentary constituency, Local authority district), not 'ward'" -- \
	"$CINX" --data "$EES/levels.csv" table --metric claimant_count --level ward
expect_err "C1 has no other levels" 2 "cinx: --level expects national, regional or la, not 'ward'" -- \
	"$CINX" --data "$MINI" table --level ward

# ---- completions from the data in use -----------------------------------------------
"$CINX" --complete --data "$EES/absence.csv" table --filter s >"$TMP/out"
contains "completion: COLUMN=VALUE" "$TMP/out" "sex=Boys"
contains "completion: every filter" "$TMP/out" "school_phase=Primary"
"$CINX" --complete --data "$EES/absence.csv" table --year '' >"$TMP/out"
contains "completion: periods as shown" "$TMP/out" "2023/24"
contains "completion: and as the file writes them" "$TMP/out" "202324"
"$CINX" --complete --data "$EES/levels.csv" table --level P >"$TMP/out"
contains "completion: other levels" "$TMP/out" "Parliamentary constituency"
"$CINX" --complete --data "$EES/absence.csv" table --filter sex=Boys --f >"$TMP/out"
contains "completion: --filter again after one" "$TMP/out" "--filter"

# ---- progress on a terminal's stderr, never on stdout ----------------------------------
if command -v script >/dev/null 2>&1; then
	big="$TMP/slow.sh"
	printf '#!/bin/sh\nhead -c 9000 "$1"; sleep 1; tail -c +9001 "$1"\n' >"$big"
	chmod +x "$big"
	script -qc "sh -c '\"$big\" \"$EES/absence.csv\" | \"$CINX\" --data - table --metric absence_rate >\"$TMP/stdout\"'" /dev/null \
		>"$TMP/tty" 2>&1
	grep -q "cinx: loading the data: .* MB" "$TMP/tty" && grep -q "$(printf '\r\033\\[K')" "$TMP/tty" &&
		ok "a slow load shows progress on a terminal, then clears it" ||
		{ not_ok "a slow load shows progress on a terminal"; od -c "$TMP/tty" | head -5 | sed 's/^/# /'; }
	grep -q loading "$TMP/stdout" && not_ok "progress never on stdout" || ok "progress never on stdout"
	"$big" "$EES/absence.csv" | "$CINX" --data - table --metric absence_rate >/dev/null 2>"$TMP/err"
	[ -s "$TMP/err" ] && not_ok "no progress when stderr is not a terminal" || ok "no progress when stderr is not a terminal"
else
	skip "progress on a terminal" "no script(1)"
fi

done_testing
