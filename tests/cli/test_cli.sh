#!/bin/sh
# SPDX-License-Identifier: MIT
# Print mode on the hand-made fixture (exact output), usage and data errors,
# and the documented commands on the real file when it is there.
. "$top_srcdir/tests/cli/lib.sh"
EXP="$top_srcdir/tests/cli/expected"
MINI="$FIX/mini.csv"

# golden outputs: tests/cli/cases.txt lists name | arguments
while IFS='|' read -r name args; do
	case "$name" in '#'*|'') continue ;; esac
	name=$(echo $name)
	eval "set -- $args"
	if [ -n "${UPDATE_GOLDEN:-}" ]; then
		"$CINX" --data "$MINI" "$@" >"$EXP/$name.out" 2>&1
	fi
	expect "$name" 0 "$EXP/$name.out" -- "$CINX" --data "$MINI" "$@"
done <"$top_srcdir/tests/cli/cases.txt"

# the data comes from CINX_DATA or standard input too
CINX_DATA="$MINI" expect "CINX_DATA names the file" 0 "$EXP/table_default.out" -- "$CINX" table
expect "--data - reads standard input" 0 "$EXP/table_default.out" -- sh -c "\"$CINX\" --data - table <\"$MINI\""

# usage errors: exit 2, one line
expect_err "unknown command" 2 "cinx: unknown command 'shwo'; did you mean 'show'? (commands: show, table, trend, update, info, compare, neighbours, similar, notable, datasets)" -- \
	"$CINX" --data "$MINI" shwo Hackney
expect_err "unknown option" 2 "cinx: unknown option '--yaer'; did you mean '--year'?" -- "$CINX" --yaer 2024 table
expect_err "option needs a value" 2 "cinx: option '--year' needs a value" -- "$CINX" table --year
expect_err "bad year" 2 "cinx: --year expects a period such as 2025 or 2024/25, not 'last'" -- "$CINX" table --year last
expect_err "year not in the file" 2 "cinx: --year: no period '2019' in $MINI; it has 2021 to 2024" -- \
	"$CINX" --data "$MINI" table --year 2019
expect_err "bad format" 2 "cinx: --format expects text, csv, tsv, json or markdown, not 'xml'" -- \
	"$CINX" table --format xml
expect_err "bad level" 2 "cinx: --level expects national, regional or la, not 'county'" -- "$CINX" table --level county
expect_err "bad sort" 2 "cinx: --sort expects asc or desc, not 'up'" -- "$CINX" table --sort up
expect_err "bad limit" 2 "cinx: --limit expects a positive whole number, not '0'" -- "$CINX" table --limit 0
expect_err "show needs an area" 2 "cinx: show takes one area, e.g. cinx show Leeds" -- "$CINX" show
expect_err "table takes no area" 2 "cinx: table takes no arguments (got 'Leeds'), e.g. cinx table --year 2025" -- \
	"$CINX" table Leeds
expect_err "unknown area" 2 "cinx: unknown area 'Hackny'; did you mean: Hackney; Barnet; Camden?" -- \
	"$CINX" --data "$MINI" show Hackny
expect_err "ambiguous area" 2 "cinx: area 'upon' is ambiguous: it matches Kingston upon Hull, City of (E06000010); Newcastle upon Tyne (E08000021); name one by its code or full name" -- \
	"$CINX" --data "$MINI" show upon
expect_err "part of a metric's name is not a metric" 2 "cinx: unknown metric 'count' (columns: referral_count, rereferral_count, rereferral_percent, no_further_action_count; aliases: referrals = referral_count, rereferrals = rereferral_count, re-referrals = rereferral_count)" -- \
	"$CINX" --data "$MINI" table --metric count
expect_err "metric all is for table and trend" 2 "cinx: --metric all works with table and trend; name one metric here" -- \
	"$CINX" --data "$MINI" compare Hackney Camden --metric all
expect_err "metric all cannot be sorted" 2 "cinx: --sort needs one metric to sort by, not --metric all" -- \
	"$CINX" --data "$MINI" table --metric all --sort desc
expect_err "unknown region" 2 "cinx: --region: unknown area 'Wales'; did you mean: Barnet; Camden; Yorkshire and The Humber?" -- \
	"$CINX" --data "$MINI" table --region Wales

# data errors: exit 65 with file:line:column, and nothing printed on stdout
printf 'time_period,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,referral_count\n2025,National,E92000001,England,,,,,lots\n' >"$TMP/bad.csv"
expect_err "bad value" 65 "cinx: $TMP/bad.csv:2:9: found 'lots' in column 'referral_count'; expected a number or a symbol (c, x, :, z, u, k, low)" -- \
	"$CINX" --data "$TMP/bad.csv" table
if [ -s "$TMP/out" ]; then not_ok "nothing from a failed file is shown"; else ok "nothing from a failed file is shown"; fi
expect_err "missing file" 74 "cinx: $TMP/none.csv: cannot open: No such file or directory" -- "$CINX" --data "$TMP/none.csv" table
expect_err "no data configured: the demo, labelled" 0 "cinx: DEMO DATA: synthetic, not official statistics" -- \
	"$CINX" table --format csv

# help and version
"$CINX" --help >"$TMP/help" 2>&1 && grep -q '^Usage: cinx' "$TMP/help" && grep -q 'Open Government' "$TMP/help" &&
	ok "--help prints usage and the licence" || not_ok "--help prints usage and the licence"
[ "$("$CINX" --version)" = "cinx $(sed -n 's/^AC_INIT(\[cinx\], \[\([^]]*\)\].*/\1/p' "$top_srcdir/configure.ac")" ] &&
	ok "--version" || not_ok "--version"

# the documented commands on the real file
REAL=$(real_data c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)
if [ -z "$REAL" ]; then
	skip "real-data commands" "../shared/data not present"
else
	check_real() {
		name=$1 pattern=$2
		shift 2
		if "$CINX" --data "$REAL" "$@" >"$TMP/real" 2>&1 && grep -Eq -- "$pattern" "$TMP/real"; then
			ok "$name"
		else
			not_ok "$name"
			sed 's/^/# /' "$TMP/real" | head -20
		fi
	}
	check_real "show Leeds: referrals, rank and England" '^Referrals +10,304 +\+390 +5/153 +Q4 +63,590 +632,830 ' show Leeds
	check_real "show Leeds: re-referral rate" '^Re-referral % +24\.2 ' show Leeds
	check_real "table top 10 re-referral rate" '^Isle of Wight +E06000046 +46\.7 +\+1\.3 +1/153 ' \
		table --year 2025 --metric rereferral_percent --level la --sort desc --limit 10
	"$CINX" --data "$REAL" table --year 2025 --metric rereferral_percent --level la --sort desc --limit 10 --format csv >"$TMP/top"
	[ "$(wc -l <"$TMP/top")" -eq 11 ] && ok "limit 10 gives 10 rows" || not_ok "limit 10 gives 10 rows"
	check_real "trend North Yorkshire is one series 2013-2025" '^2013,Local authority,E06000065,North Yorkshire,815,' \
		trend "North Yorkshire" --format csv
	"$CINX" --data "$REAL" trend "North Yorkshire" --format csv | tail -n +2 | cut -d, -f1 | tr '\n' ' ' >"$TMP/years"
	[ "$(cat "$TMP/years")" = "2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025 " ] &&
		ok "North Yorkshire has every year" || not_ok "North Yorkshire has every year: $(cat "$TMP/years")"
	check_real "trend Northamptonshire ends in 2021 and names successors" \
		'Northamptonshire was replaced in 2022 by North Northamptonshire \(E06000061\) and West Northamptonshire \(E06000062\); its series ends in 2021\.' \
		trend Northamptonshire
	check_real "Hackney 2021 is x with its footnote" 'Note: Hackney: data not available for 2021 and 2022\.' show Hackney --year 2021
	check_real "England 2025 in CSV" '^2025,National,E92000001,England,,632830,' table --level national --format csv
fi

done_testing
