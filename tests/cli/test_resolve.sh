#!/bin/sh
# SPDX-License-Identifier: MIT
# Names resolved only when they mean one thing, on the command line: areas
# and metrics on the invented names.csv, then the cases users meet on the
# real file (skipped when ../shared/data is absent).
. "$top_srcdir/tests/cli/lib.sh"
NAMES="$FIX/names.csv"

# contains NAME FILE TEXT: the file holds the text (fixed string)
contains() {
	if grep -qF -- "$3" "$2"; then ok "$1"; else not_ok "$1"; sed 's/^/# /' "$2" | head -20; fi
}

# ---- on the fixture ----------------------------------------------------------------
expect_err "several matching areas are listed" 2 "cinx: area 'north' is ambiguous: it matches North Fenn (E12000001, region); North Brackwater (E06000908, local authority); name one by its code or full name" -- \
	"$CINX" --data "$NAMES" show north
expect_err "--region lists them too" 2 "cinx: --region: area 'north' is ambiguous: it matches North Fenn (E12000001, region); North Brackwater (E06000908, local authority); name one by its code or full name" -- \
	"$CINX" --data "$NAMES" table --region north
"$CINX" --data "$NAMES" show Tarnby >"$TMP/out" 2>"$TMP/err"
contains "a shared name opens the current area" "$TMP/out" "Tarnby (E06000906, old code 906)"
[ "$(cat "$TMP/err")" = "cinx: note: 'Tarnby' is E06000906 (2024-2025); the earlier Tarnby is E10000905 (2023): name it by its code" ] &&
	ok "and a note names the other" || not_ok "and a note names the other: $(cat "$TMP/err")"

"$CINX" --data "$NAMES" compare 901 E10000901 Brackwater Marsh --format csv >"$TMP/out" 2>"$TMP/err"
[ "$(grep -c ',E06000901,' "$TMP/out")" -eq 1 ] && [ "$(wc -l <"$TMP/out")" -eq 3 ] &&
	ok "compare: an area named three ways is one row" || not_ok "compare: an area named three ways is one row"
[ "$(cat "$TMP/err")" = "cinx: note: '901', 'E10000901' and 'Brackwater' all name Brackwater (E06000901): it is shown once" ] &&
	ok "compare: a note says which arguments named it" || not_ok "compare: a note says which arguments: $(cat "$TMP/err")"
"$CINX" --data "$NAMES" trend Marsh marsh --format csv >"$TMP/out" 2>"$TMP/err"
[ "$(wc -l <"$TMP/out")" -eq 4 ] && grep -qF "'Marsh' and 'marsh' both name Marsh (E06000902)" "$TMP/err" &&
	ok "trend: an area named twice is one series" || not_ok "trend: an area named twice is one series"

expect_err "a metric is its exact name" 2 "cinx: unknown metric 'rereferral_p'; did you mean 'rereferral_percent', 'rereferral_count' or 'rereferrals'? (columns: referral_count, rereferral_count, rereferral_percent; aliases: referrals = referral_count, rereferrals = rereferral_count, re-referrals = rereferral_count)" -- \
	"$CINX" --data "$NAMES" table --metric rereferral_p
expect_err "the explorer takes the same metrics" 2 "cinx: unknown metric 'rereferral_p'; did you mean 'rereferral_percent', 'rereferral_count' or 'rereferrals'? (columns: referral_count, rereferral_count, rereferral_percent; aliases: referrals = referral_count, rereferrals = rereferral_count, re-referrals = rereferral_count)" -- \
	"$CINX" --data "$NAMES" --metric rereferral_p --keys q --dump
"$CINX" --data "$NAMES" table --metric REFERRALS --format csv --limit 1 >"$TMP/out" 2>&1
contains "an alias names its column, in any case" "$TMP/out" ",old_la_code,referral_count,referral_count_change,"

# ---- a file without referral_count -----------------------------------------------
printf 'time_period,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,rereferral_count,rereferral_percent\n2025,National,E92000001,England,,,,,,50,25.0\n2025,Regional,E92000001,England,E12000001,North Fenn,,,,30,20.0\n' >"$TMP/noref.csv"
WANT="cinx: $TMP/noref.csv has no column 'referral_count', the metric shown by default; choose one with --metric (columns: rereferral_count, rereferral_percent; aliases: rereferrals = rereferral_count, re-referrals = rereferral_count)"
expect_err "table asks for a metric rather than show another" 2 "$WANT" -- "$CINX" --data "$TMP/noref.csv" table
expect_err "so does compare" 2 "$WANT" -- "$CINX" --data "$TMP/noref.csv" compare England
expect_err "referral_count is not a near name" 2 "cinx: unknown metric 'referral_count'; did you mean 'rereferral_count'? (columns: rereferral_count, rereferral_percent; aliases: rereferrals = rereferral_count, re-referrals = rereferral_count)" -- \
	"$CINX" --data "$TMP/noref.csv" table --metric referral_count
"$CINX" --data "$TMP/noref.csv" --keys '' --dump --screen 100x12 >"$TMP/out" 2>&1
contains "the explorer shows the first indicator and says so" "$TMP/out" "referral_count is not in this file; showing rereferral_count"

# ---- the aliases are listed where users look -------------------------------------
"$CINX" --data "$NAMES" info --format csv >"$TMP/info" 2>&1
contains "info lists the aliases" "$TMP/info" "referrals = referral_count, rereferrals = rereferral_count"
contains "info names the default metric" "$TMP/info" "Default metric,referral_count"
"$CINX" --help >"$TMP/help" 2>&1
missing="" aliases=0
for alias in $(sed -n 's/^Metric aliases,"\(.*\)"$/\1/p' "$TMP/info" | tr ',' '\n' | sed 's/ = .*//'); do
	aliases=$((aliases + 1))
	grep -qF -- "$alias" "$top_builddir/assets/cinx.1" || missing="$missing man:$alias"
	grep -qF -- "$alias" "$TMP/help" || missing="$missing help:$alias"
done
[ "$aliases" -gt 0 ] && [ -z "$missing" ] && ok "--help and the man page list every alias" || not_ok "--help and the man page list every alias:$missing"

# ---- the real file --------------------------------------------------------------------
REAL=$(real_data c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)
if [ -z "$REAL" ]; then
	for t in "show hull" "show north" "show Dorset" "compare North Yorkshire three ways" "referral_percent" \
		"exact names"; do
		skip "real data: $t" "../shared/data is absent"
	done
else
	"$CINX" --data "$REAL" show hull >"$TMP/out" 2>&1
	contains "real data: show hull is Kingston upon Hull" "$TMP/out" "Kingston upon Hull, City of (E06000010"
	"$CINX" --data "$REAL" show north >"$TMP/out" 2>"$TMP/err"
	st=$?
	[ "$st" -eq 2 ] && [ ! -s "$TMP/out" ] && grep -qF "North East (E12000001, region)" "$TMP/err" &&
		grep -qF "North Yorkshire (E06000065, local authority)" "$TMP/err" &&
		grep -qF "Northamptonshire (E10000021, local authority, 2013-2021)" "$TMP/err" &&
		ok "real data: show north lists the matches (exit 2)" || not_ok "real data: show north (exit $st): $(cat "$TMP/err")"
	"$CINX" --data "$REAL" show Dorset >"$TMP/out" 2>"$TMP/err"
	head -n 1 "$TMP/out" | grep -qF "Dorset (E06000059, old code 838)" &&
		[ "$(cat "$TMP/err")" = "cinx: note: 'Dorset' is E06000059 (2020-2025); the earlier Dorset is E10000009 (2013-2019): name it by its code" ] &&
		ok "real data: show Dorset is the current Dorset, with a note" ||
		not_ok "real data: show Dorset: $(head -n 1 "$TMP/out") / $(cat "$TMP/err")"
	"$CINX" --data "$REAL" compare 815 E10000023 "North Yorkshire" --format csv >"$TMP/out" 2>"$TMP/err"
	[ "$(wc -l <"$TMP/out")" -eq 2 ] &&
		[ "$(cat "$TMP/err")" = "cinx: note: '815', 'E10000023' and 'North Yorkshire' all name North Yorkshire (E06000065): it is shown once" ] &&
		ok "real data: compare North Yorkshire three ways is one row" ||
		not_ok "real data: compare North Yorkshire three ways: $(cat "$TMP/err")"
	"$CINX" --data "$REAL" table --metric referral_percent >"$TMP/out" 2>"$TMP/err"
	st=$?
	[ "$st" -eq 2 ] && [ ! -s "$TMP/out" ] &&
		grep -qF "unknown metric 'referral_percent'; did you mean 'rereferral_percent' or 'referral_count'?" "$TMP/err" &&
		ok "real data: --metric referral_percent is refused with suggestions" ||
		not_ok "real data: --metric referral_percent (exit $st): $(cat "$TMP/err")"
	bad=""
	for q in Bournemouth:E06000028 London:E12000007 Northamptonshire:E10000021 "North Yorkshire:E06000065" \
		York:E06000014 E10000023:E06000065 E06000065:E06000065 815:E06000065; do
		"$CINX" --data "$REAL" show "${q%%:*}" 2>/dev/null | head -n 1 | grep -qF "(${q##*:}" || bad="$bad ${q%%:*}"
	done
	[ -z "$bad" ] && ok "real data: exact names and codes of any era" || not_ok "real data: exact names and codes:$bad"
fi

done_testing
