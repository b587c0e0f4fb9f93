#!/bin/sh
# SPDX-License-Identifier: MIT
# Series out of print mode: trend --wide (one column per year, in every
# format) and trend --with-successors (a split county continued by its
# successors added up), on a hand-made fixture with invented names and, when
# ../shared/data is there, the combined Cumbria and Northamptonshire series
# against sums made from the raw file.
. "$top_srcdir/tests/cli/lib.sh"
HERE="$top_srcdir/tests/compare"
EXP="$HERE/expected"
S=../fixtures/split.csv

# name | arguments, run in tests/compare with --data ../fixtures/split.csv
cases='
series_successors_text | trend Fellshire --with-successors --metric rereferral_percent
series_successors_csv | trend 909 --with-successors --format csv
series_successors_tsv | trend Fellshire --with-successors --metric referral_count --format tsv
series_successors_json | trend Brookshire --with-successors --metric rereferral_percent --format json
series_successors_markdown | trend Fellshire Brookshire --with-successors --metric rereferral_percent --format markdown
series_successors_not_continued | trend "Marlow Bay" "West Brook" --with-successors --metric referral_count
series_wide_text | trend Fellshire "Fell North" "Fell South" --wide --metric rereferral_percent
series_wide_all | trend Fellshire Brookshire --wide --metric all
series_wide_csv | trend Fellshire "Fell North" "Fell South" --wide --metric rereferral_percent --format csv
series_wide_tsv | trend Fellshire "Fell South" --wide --format tsv
series_wide_json | trend "Fell South" Bayside --wide --metric rereferral_count --format json
series_wide_markdown | trend Fellshire "Fell North" --wide --metric rereferral_percent --format markdown --ascii
'
echo "$cases" >"$TMP/cases"
run_cases "$TMP/cases" "$HERE" "$EXP" "$S"

F="$FIX/split.csv"
# 101 / 400 = 25.25%: rounded half away from zero, not to even
"$CINX" --data "$F" trend Fellshire --with-successors --format csv >"$TMP/s.csv"
grep -qx '2024,Local authority,,Fell North + Fell South,,combined,400,101,25.3' "$TMP/s.csv" &&
	ok "combined 2024: counts summed, 25.25% rounds to 25.3" || { not_ok "combined 2024: counts summed, 25.25% rounds to 25.3"; sed 's/^/# /' "$TMP/s.csv"; }
# a suppressed successor count cannot be added up
grep -qx '2025,Local authority,,Fell North + Fell South,,combined,420,x,x' "$TMP/s.csv" &&
	ok "combined 2025: x where a successor's count is suppressed" || not_ok "combined 2025: x where a successor's count is suppressed"
"$CINX" --data "$F" trend Fellshire --with-successors --metric referral_count --format csv >"$TMP/c.csv"
grep -qx '2024,Local authority,,Fell North + Fell South,,combined,400,-80' "$TMP/c.csv" &&
	ok "the first combined change is from the county's own last year" || { not_ok "the first combined change is from the county's own last year"; sed 's/^/# /' "$TMP/c.csv"; }

expect_err "--wide and --with-successors together are refused" 2 \
	"cinx: --with-predecessors, --with-successors and --wide each shape the trend their own way; choose one" -- \
	"$CINX" --data "$F" trend Fellshire --wide --with-successors
expect_err "--wide is for trend" 2 "cinx: --wide does not apply to table; it is used by trend" -- \
	"$CINX" --data "$F" table --wide
expect_err "--with-successors is for trend" 2 "cinx: --with-successors does not apply to compare; it is used by trend" -- \
	"$CINX" --data "$F" compare Fellshire --with-successors

# the real file: Cumbria and Northamptonshire continued, checked against the raw rows
C1=$(real_data c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)
RP=$(real_data ons_mid-year_population_estimates_2012_to_2024.csv)
if [ -z "$C1" ]; then
	skip "real data: Cumbria and Northamptonshire continued" "the C1 file is not present"
elif ! command -v python3 >/dev/null; then
	skip "real data: Cumbria and Northamptonshire continued" "no python3"
else
	for county in "Cumbria 909 942 943" "Northamptonshire 928 940 941"; do
		set -- $county
		"$CINX" --data "$C1" trend "$2" --with-successors --format csv >"$TMP/all.csv"
		"$CINX" --data "$C1" trend "$2" --with-successors --metric referral_count --format csv >"$TMP/count.csv"
		if python3 "$HERE/combined_check.py" "$C1" "$TMP/all.csv" "$TMP/count.csv" "$2" "$3" "$4" >"$TMP/py.out" 2>&1; then
			ok "real data: $1 continued by its successors' sums ($(tail -1 "$TMP/py.out"))"
		else
			not_ok "real data: $1 continued by its successors' sums"
			sed 's/^/# /' "$TMP/py.out"
		fi
		if [ -z "$RP" ]; then
			skip "real data: $1's combined rates" "the population file is not present"
			continue
		fi
		"$CINX" --data "$C1" --population "$RP" trend "$2" --with-successors --format csv >"$TMP/all.csv"
		if python3 "$HERE/combined_check.py" --population "$RP" "$C1" "$TMP/all.csv" "$TMP/count.csv" "$2" "$3" "$4" \
			>"$TMP/py.out" 2>&1; then
			ok "real data: $1's combined rates from the summed counts and populations ($(tail -1 "$TMP/py.out"))"
		else
			not_ok "real data: $1's combined rates from the summed counts and populations"
			sed 's/^/# /' "$TMP/py.out"
		fi
	done
	"$CINX" --data "$C1" trend Leeds Hackney --wide --metric referral_count --format csv >"$TMP/w.csv"
	want=$(python3 - "$C1" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8-sig"))
        if r["geographic_level"] == "Local authority" and r["la_name"] in ("Leeds", "Hackney")]
for name in ("Leeds", "Hackney"):
    by_year = {r["time_period"]: r["referral_count"] for r in rows if r["la_name"] == name}
    print(name + "," + ",".join(by_year[y] for y in sorted(by_year)))
PY
)
	got=$(awk -F, 'NR > 1 { line = $3; for (i = 5; i <= NF; i++) line = line "," $i; print line }' "$TMP/w.csv")
	[ -n "$want" ] && [ "$got" = "$want" ] && ok "real data: trend --wide holds the file's figures year by year" ||
		{ not_ok "real data: trend --wide holds the file's figures year by year"; echo "# want: $want"; echo "# got:  $got"; }
fi

done_testing
