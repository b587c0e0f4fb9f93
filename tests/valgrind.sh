#!/bin/sh
# SPDX-License-Identifier: MIT
# Memory check: cinx under valgrind memcheck for every command in every
# format on the hand-made fixture, the error paths, the explorer's headless
# replays and an export. Each run must exit as it does without valgrind,
# with no memory error and no definite leak. Prints TAP, then one line
# "N passed, N failed". Two runs at a time; about half a minute.
#
# Usage: tests/valgrind.sh BUILD_DIR   (a build without sanitizers)
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
BUILD=$(cd "${1:?usage: tests/valgrind.sh BUILD_DIR}" && pwd)
CINX="$BUILD/cinx"
top_srcdir=$TOP
export CINX top_srcdir
. "$TOP/tests/cli/lib.sh"

if ! command -v valgrind >/dev/null 2>&1; then
	echo "1..0 # SKIP valgrind is not installed (Debian package valgrind)"
	exit 0
fi
[ -x "$CINX" ] || { echo "valgrind.sh: $CINX is not built" >&2; exit 1; }
MINI="$FIX/mini.csv"
SN="$TOP/tests/compare/sn.csv"
POP="$TOP/tests/compare/population.csv"
BAD="$TOP/tests/data/bad"
mkdir -p "$TMP/bad-config/cinx" "$TMP/export"
printf 'format = csv\nmetric = nosuch\n' >"$TMP/bad-config/cinx/config"
# a cached copy with its record: opened with no --data, hashed as it loads
mkdir -p "$XDG_CACHE_HOME/cinx" && cp "$MINI" "$XDG_CACHE_HOME/cinx/c1.csv"
printf 'version=1.0\nsha256=%s\nsize=%s\n' "$(sha256sum <"$MINI" | cut -d' ' -f1)" \
	"$(wc -c <"$MINI" | tr -d ' ')" >"$XDG_CACHE_HOME/cinx/c1.meta"

# One case a line: a name, a tab, the arguments after cinx (shell words).
{
	for f in text csv tsv json markdown; do
		printf '%s\t%s\n' \
			"show, $f" "--data '$MINI' show Hartlepool --format $f" \
			"show with rates, $f" "--data '$MINI' show Camden --population '$POP' --format $f" \
			"table, $f" "--data '$MINI' table --format $f" \
			"regional table, $f" "--data '$MINI' table --level regional --sort desc --metric rereferral_percent --format $f" \
			"trend, $f" "--data '$MINI' trend Hartlepool Hackney --metric rereferral_percent --format $f" \
			"trend with predecessors, $f" "--data '$MINI' trend 'North Northamptonshire' --with-predecessors --format $f" \
			"compare, $f" "--data '$MINI' compare Hartlepool Camden Barnet --format $f" \
			"neighbours, $f" "--data '$MINI' neighbours Hartlepool --neighbours '$SN' --format $f" \
			"similar, $f" "--data '$MINI' similar Hartlepool --format $f" \
			"notable, $f" "--data '$MINI' notable --year 2022 --format $f" \
			"info, $f" "--data '$MINI' info --format $f"
	done
	printf '%s\t%s\n' \
		"unknown area" "--data '$MINI' show Nowhere" \
		"ambiguous area" "--data '$MINI' show North" \
		"unknown metric" "--data '$MINI' table --metric nosuch" \
		"year without data" "--data '$MINI' table --year 1999" \
		"usage error" "--data '$MINI' table --format xml" \
		"missing file" "--data '$TMP/nonexistent.csv' table" \
		"broken quoting" "--data '$BAD/stray_quote.csv' table" \
		"truncated file" "--data '$BAD/truncated_in_quotes.csv' table" \
		"warnings" "--data '$BAD/escape_sequence_in_warning.csv' table" \
		"bad configuration" "--data '$MINI' table" \
		"bad key script" "--data '$MINI' --keys '<Bogus>' --dump" \
		"explorer: drill, years, indicator, sort, detail" \
		"--data '$MINI' --keys 'j<Enter>j]]m<Tab>sS[' --screen 100x30 --dump" \
		"explorer: search, help, indicator list" \
		"--data '$MINI' --keys '/ham<Enter>?jj<Esc>Mj<Enter>' --screen 120x40 --dump" \
		"explorer: pins, comparison, notable changes" \
		"--data '$MINI' --keys 'j<Enter><Space>j<Space>c<Esc>!j<Esc>' --screen 120x40 --dump" \
		"explorer: resizes down to 1x1" \
		"--data '$MINI' --keys 'j<Enter><Resize 1x1>j<Resize 20x5>]<Resize 200x60><Tab>' --dump" \
		"explorer: export" "--data '$MINI' --keys 'e<C-u>$TMP/export/view.csv<Enter>' --dump" \
		"update, no server" "update --api-base http://127.0.0.1:9" \
		"the cached copy and its record" "info" \
		"completion: options" "--complete table --format csv --" \
		"completion: metrics" "--complete --data='$MINI' table --metric ''" \
		"completion: areas" "--complete --data '$MINI' trend Hackney 'kingston\ up'"
} >"$TMP/cases"

# run_case N NAME ARGS: the exit status without valgrind, then with it
run_case() {
	cfg=$TMP/config
	[ "$2" = "bad configuration" ] && cfg=$TMP/bad-config
	# shellcheck disable=SC2086
	eval "env XDG_CONFIG_HOME='$cfg' '$CINX' $3" >/dev/null 2>&1 </dev/null
	echo $? >"$TMP/want.$1"
	eval "env XDG_CONFIG_HOME='$cfg' valgrind -q --tool=memcheck --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite --log-file='$TMP/vg.$1' '$CINX' $3" >/dev/null 2>&1 </dev/null
	echo $? >"$TMP/got.$1"
}

i=0
while IFS='	' read -r name args; do
	i=$((i + 1))
	run_case $i "$name" "$args" &
	[ $((i % 2)) -eq 0 ] && wait
done <"$TMP/cases"
wait

i=0
while IFS='	' read -r name args; do
	i=$((i + 1))
	want=$(cat "$TMP/want.$i") got=$(cat "$TMP/got.$i")
	if [ "$got" = "$want" ] && [ "$got" != 99 ] && [ ! -s "$TMP/vg.$i" ]; then
		ok "$name (exit $got)"
	else
		not_ok "$name (exit $got under valgrind, $want without)"
		echo "#   cinx $args"
		sed 's/^/#   /' "$TMP/vg.$i" | head -40
	fi
done <"$TMP/cases"
done_testing
st=$?
echo "$((n - failed)) passed, $failed failed"
exit $st
