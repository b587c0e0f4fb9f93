#!/bin/sh
# SPDX-License-Identifier: MIT
# Options belong to commands: each command's help, refusals of other
# commands' options, --region, and one check of values for the command line
# and the configuration file.
. "$top_srcdir/tests/cli/lib.sh"
MINI="$FIX/mini.csv"

# the options of the full help: "--name ARG" (or "--name a|b")
"$CINX" --help | sed -n 's/^  \(-[a-zA-Z], \)\{0,1\}--\([a-z0-9-]*\)\(, --[a-z0-9-]*\)\{0,1\}\( [^ ]*\)\{0,1\}.*/\2\4/p' | sed 's/ \*$//' >"$TMP/options"
[ "$(wc -l <"$TMP/options")" -gt 20 ] && ok "--help lists the options" || not_ok "--help lists the options"

# a value each placeholder accepts
value_for() {
	case $1 in
	FILE) echo "$TMP/none.csv" ;; Y) echo 2024 ;; M) echo referral_count ;; R) echo London ;;
	N) echo 3 ;; T) echo 5 ;; URL) echo http://127.0.0.1:9/ ;; AREA) echo Hackney ;; SCRIPT) echo q ;;
	WxH) echo 80x24 ;; COL=VALUE) echo sex=Boys ;; K) echo value ;; *'|'*) echo "${1%%|*}" ;; *) echo "" ;;
	esac
}

# every command's help: its usage, its options and no other's
for cmd in show table trend update info compare neighbours similar notable; do
	"$CINX" "$cmd" --help >"$TMP/help" 2>&1
	st=$?
	if [ $st -eq 0 ] && head -1 "$TMP/help" | grep -q "^Usage: cinx $cmd " && grep -q '^Example: cinx ' "$TMP/help" &&
		[ "$(wc -l <"$TMP/help")" -lt 55 ]; then
		ok "$cmd --help: usage, example, short"
	else
		not_ok "$cmd --help: usage, example, short (exit $st)"
	fi
	bad=""
	case $cmd in show|trend|compare|neighbours|similar) area=Hackney ;; *) area="" ;; esac
	while read -r name arg; do
		[ "$name" = help ] || [ "$name" = version ] && continue
		val=$(value_for "$arg")
		if [ -n "$arg" ]; then set -- "--$name" "$val"; else set -- "--$name"; fi
		CINX_DATA="$MINI" CINX_API_BASE=http://127.0.0.1:9 "$CINX" "$cmd" $area "$@" </dev/null >/dev/null 2>"$TMP/err"
		if grep -q -- "^  --$name[ ,]" "$TMP/help" || grep -q -- "^  --$name\$" "$TMP/help"; then
			grep -q 'does not apply' "$TMP/err" && bad="$bad $name(refused)"
		else
			grep -q "^cinx: --$name does not apply to $cmd; it is used by " "$TMP/err" || bad="$bad $name(accepted)"
		fi
	done <"$TMP/options"
	[ -z "$bad" ] && ok "$cmd takes the options its help lists, and refuses the others" ||
		not_ok "$cmd takes the options its help lists, and refuses the others:$bad"
done
grep -q -- '--sort-by' "$TMP/help" && not_ok "notable --help leaves out table's --sort-by" || ok "notable --help leaves out table's --sort-by"
"$CINX" table --help >"$TMP/help"
grep -q -- '^  --sort-by K' "$TMP/help" && ! grep -q -- '--threshold' "$TMP/help" &&
	ok "table --help has --sort-by, not --threshold" || not_ok "table --help has --sort-by, not --threshold"

# refusals name the commands that take the option
expect_err "update refuses --year" 2 \
	"cinx: --year does not apply to update; it is used by show, table, compare, neighbours, similar, notable and the explorer (no command)" \
	-- "$CINX" update --year 2024
expect_err "show refuses --limit" 2 "cinx: --limit does not apply to show; it is used by table and similar" \
	-- "$CINX" --data "$MINI" show Hackney --limit 3
expect_err "trend refuses --sort-by" 2 "cinx: --sort-by does not apply to trend; it is used by table and the explorer (no command)" \
	-- "$CINX" --data "$MINI" trend Hackney --sort-by value
expect_err "info refuses --metric" 2 "cinx: --metric does not apply to info; it is used by table, trend, compare, neighbours, notable and the explorer (no command)" \
	-- "$CINX" --data "$MINI" info --metric referral_count
expect_err "the explorer refuses --threshold" 2 "cinx: --threshold does not apply to the explorer (no command); it is used by notable" \
	-- "$CINX" --data "$MINI" --threshold 5 --keys q --dump
expect_err "the explorer refuses --format" 2 "cinx: --format does not apply to the explorer (no command); it is used by show, table, trend, info, compare, neighbours, similar, notable and datasets" \
	-- "$CINX" --data "$MINI" --format csv --keys q --dump

# --region takes a region
REGIONS="North East, Yorkshire and The Humber, East Midlands, London, Inner London, Outer London"
expect_err "--region refuses an authority" 2 \
	"cinx: --region expects a region, not Hackney (a local authority); the regions are $REGIONS" \
	-- "$CINX" --data "$MINI" table --region Hackney
expect_err "--region refuses England" 2 \
	"cinx: --region expects a region, not England (the country); the regions are $REGIONS" \
	-- "$CINX" --data "$MINI" table --region England
expect_err "the explorer's --region refuses an authority too" 2 \
	"cinx: --region expects a region, not Hackney (a local authority); the regions are $REGIONS" \
	-- "$CINX" --data "$MINI" --region Hackney --keys q --dump
"$CINX" --data "$MINI" table --region "Inner London" >"$TMP/out" 2>&1 &&
	grep -q '^Number of referrals: local authorities in Inner London, 2024$' "$TMP/out" &&
	ok "--region 'Inner London' is a region" || { not_ok "--region 'Inner London' is a region"; sed 's/^/# /' "$TMP/out"; }
expect_err "table refuses the explorer's own order" 2 \
	"cinx: --sort-by standard is the explorer's order; table takes value, change, change_percent, name or rank" \
	-- "$CINX" --data "$MINI" table --sort-by standard

# the explorer takes the same words, and standard, its own order
(cd "$FIX" && "$CINX" --data mini.csv --region "Yorkshire and The Humber" --sort-by rank --screen 100x30 --keys '' --dump) >"$TMP/screen" 2>&1
grep -q 'Rank ↑' "$TMP/screen" && grep -q 'sorted by rank' "$TMP/screen" && ok "the explorer sorts by rank" ||
	{ not_ok "the explorer sorts by rank"; sed 's/^/# /' "$TMP/screen"; }
(cd "$FIX" && "$CINX" --data mini.csv --sort-by change_percent --sort asc --screen 100x30 --keys '$' --dump) >"$TMP/screen" 2>&1
grep -q -- '--sort asc --sort-by change_percent' "$TMP/screen" && ok "the explorer sorts by change_percent and reopens so" ||
	{ not_ok "the explorer sorts by change_percent and reopens so"; sed 's/^/# /' "$TMP/screen"; }

# one check for both: a yes/no word given to an option that takes a value is
# refused by the command line (exit 2) and the configuration file (exit 78)
# with the same words
mkdir -p "$TMP/config/cinx"
CONF="$TMP/config/cinx/config"
bad=""
"$CINX" --help | sed -n 's/^  --\([a-z0-9-]*\) [^ ]* \*.*/\1/p' >"$TMP/keys"
[ "$(wc -l <"$TMP/keys")" -ge 9 ] && ok "--help marks the keys of the configuration file" || not_ok "--help marks the keys of the configuration file"
while read -r name arg; do
	[ -n "$arg" ] || continue
	"$CINX" --data "$MINI" "--$name" yes >/dev/null 2>"$TMP/cli"
	st=$?
	why=$(sed -n "s/^cinx: --$name expects \(.*\), not 'yes'\$/\1/p" "$TMP/cli")
	if [ $st -ne 2 ] || [ -z "$why" ]; then bad="$bad --$name(exit $st)"; continue; fi
	grep -qx "$name" "$TMP/keys" || continue
	printf '# a comment\n%s = yes\n' "$name" >"$CONF"
	XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$MINI" table </dev/null >/dev/null 2>"$TMP/cfg"
	st=$?
	[ $st -eq 78 ] && [ "$(cat "$TMP/cfg")" = "cinx: $CONF:2: $name = 'yes': expected $why" ] || bad="$bad $name(config exit $st)"
done <"$TMP/options"
[ -z "$bad" ] && ok "a yes/no word is refused alike by every option and key that takes a value" ||
	not_ok "a yes/no word is refused alike by every option and key that takes a value:$bad"
for flag in ascii no-color no-mouse; do
	printf '%s = maybe\n' "$flag" >"$CONF"
	expect_err "$flag = maybe" 78 "cinx: $CONF:1: $flag = 'maybe': expected yes or no" \
		-- env XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$MINI" table
done
printf 'limit = yes\n' >"$CONF"
expect_err "limit = yes stops before the command line, which is not eaten" 78 \
	"cinx: $CONF:1: limit = 'yes': expected a positive whole number" \
	-- env XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$MINI" show Hackney
printf 'limit = 1\nsort = desc\nregion = Hackney\n' >"$CONF"
XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$MINI" show Hackney >"$TMP/out" 2>&1 &&
	ok "keys of other commands leave show be" || { not_ok "keys of other commands leave show be"; sed 's/^/# /' "$TMP/out"; }
printf 'limit = 1\nsort = asc\n' >"$CONF"
XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$MINI" table --format csv >"$TMP/out" 2>&1
[ "$(wc -l <"$TMP/out")" -eq 2 ] && grep -q ',Hartlepool,' "$TMP/out" && ok "table uses the keys it takes" ||
	{ not_ok "table uses the keys it takes"; sed 's/^/# /' "$TMP/out"; }
printf 'region = Hackney\n' >"$CONF"
expect_err "a key's value is checked when it is used" 2 \
	"cinx: --region expects a region, not Hackney (a local authority); the regions are $REGIONS" \
	-- env XDG_CONFIG_HOME="$TMP/config" "$CINX" --data "$MINI" table

# --sort-by on the real file: every key and direction keeps its promise
# (numbers in order, then the areas without one; no area lost)
REAL=$(real_data c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)
if [ -z "$REAL" ] || ! command -v python3 >/dev/null; then
	skip "table --sort-by on the real file" "../shared/data not present, or no python3"
else
	"$CINX" --data "$REAL" table --year 2025 --format csv >"$TMP/plain.csv"
	for key in value change change_percent name rank; do
		for dir in asc desc; do
			"$CINX" --data "$REAL" table --year 2025 --sort-by $key --sort $dir --format csv >"$TMP/sorted.csv"
			if python3 - "$key" "$dir" "$TMP/sorted.csv" "$TMP/plain.csv" >"$TMP/why" 2>&1 <<'PY'
import csv, sys
from fractions import Fraction
key, direction, path, plain = sys.argv[1:]
rows = list(csv.DictReader(open(path)))
assert sorted(r["area_code"] for r in rows) == sorted(r["area_code"] for r in csv.DictReader(open(plain))), "rows differ"
def num(s):
    try:
        return Fraction(s)
    except ValueError:
        return None
def k(r):
    v, c = num(r["referral_count"]), num(r["referral_count_change"])
    if key == "value": return v
    if key == "change": return c
    if key == "change_percent": return None if v is None or c is None or v == c else c / (v - c) * 100
    if key == "rank": return num(r["rank"])
    return r["area_name"].lower()
keys = [k(r) for r in rows]
n = sum(x is not None for x in keys)
assert all(x is not None for x in keys[:n]), "an area without a number sorts before a number"
ordered = keys[:n]
want = sorted(ordered, reverse=direction == "desc")
assert ordered == want, "out of order: %s" % [(a, b) for a, b in zip(ordered, want) if a != b][:3]
PY
			then ok "real file: --sort-by $key --sort $dir"; else not_ok "real file: --sort-by $key --sort $dir"; sed 's/^/# /' "$TMP/why"; fi
		done
	done
fi

done_testing
