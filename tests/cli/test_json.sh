#!/bin/sh
# SPDX-License-Identifier: MIT
# Every command's --format json read by a JSON parser (python3's json) and
# held against its --format csv: the same rows, columns and values.
. "$top_srcdir/tests/cli/lib.sh"
HERE="$top_srcdir/tests/compare"
CHECK="$top_srcdir/tests/cli/json_check.py"

if ! command -v python3 >/dev/null 2>&1; then
	skip "JSON output" "no python3"
	done_testing
	exit
fi

# json NAME [KEY=VALUE] -- cinx arguments: run beside the fixtures
json() {
	name=$1 want=
	shift
	if [ "$1" != "--" ]; then
		want=$1
		shift
	fi
	shift
	(cd "$HERE" && "$CINX" "$@" --format json) >"$TMP/json" 2>"$TMP/err" &&
		(cd "$HERE" && "$CINX" "$@" --format csv) >"$TMP/csv" 2>>"$TMP/err"
	st=$?
	if [ "$st" -ne 0 ]; then
		not_ok "$name (exit $st)"
		sed 's/^/# /' "$TMP/err"
	elif python3 "$CHECK" "$TMP/json" "$TMP/csv" ${want:+"$want"}; then
		ok "$name"
	else
		not_ok "$name"
	fi
}

M="--data ../fixtures/mini.csv"
# shellcheck disable=SC2086 # M is two words
{
json "show" -- $M show Hackney --year 2022
json "show with benchmarks" -- $M show Camden --neighbours sn.csv --population population.csv
json "show a region" -- $M show "North East" --year 2022
json "table" -- $M table
json "table, regions" -- $M table --level regional
json "table, every indicator" -- $M table --metric all
json "table, rates" -- $M table --metric referral_rate_per_10k --population population.csv --year 2021
json "trend" -- $M trend Hackney Camden
json "trend, every indicator" -- $M trend Hackney --metric all
json "trend with predecessors" -- $M trend "North Northamptonshire" --with-predecessors
json "compare" -- $M compare Hartlepool "Newcastle upon Tyne" England Camden --metric rereferral_percent
json "neighbours" -- $M neighbours Hartlepool --year 2022 --neighbours sn.csv
json "similar" -- $M similar Hartlepool --limit 3
json "notable" -- $M notable
json "info" title="Data in use" -- $M info
}
# the demo data say so in the JSON itself
json "demo data carry a notice" notice="DEMO DATA: synthetic, not official statistics" -- table --limit 3

done_testing
