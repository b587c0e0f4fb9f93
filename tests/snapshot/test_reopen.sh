#!/bin/sh
# SPDX-License-Identifier: MIT
# Reopening from a snapshot gives the figures a parse gives, and a snapshot
# that no longer matches its file (one digit changed under the same size
# and time), is cut short or has bytes flipped is seen, replaced, and never
# believed. The parse (--no-snapshot) is the reference every time.
. "$top_srcdir/tests/cli/lib.sh"

SNAPS="$XDG_CACHE_HOME/cinx/snapshots"
cp "$top_srcdir/tests/ees/academic_two_filters.csv" "$TMP/ees.csv"
cp "$top_srcdir/tests/fixtures/mini.csv" "$TMP/mini.csv"

# same_as_parse NAME ARGS...: the output with snapshots equals the parse's
same_as_parse() {
	name=$1
	shift
	"$CINX" "$@" >"$TMP/snap.out" 2>&1
	"$CINX" --no-snapshot "$@" >"$TMP/parse.out" 2>&1
	if cmp -s "$TMP/snap.out" "$TMP/parse.out"; then
		ok "$name"
	else
		not_ok "$name"
		diff "$TMP/parse.out" "$TMP/snap.out" | sed 's/^/# /' | head -20
	fi
}

snapshot_of() { ls "$SNAPS"/*.snap 2>/dev/null | head -1; }

"$CINX" --no-snapshot table --data "$TMP/mini.csv" >/dev/null
if [ -z "$(snapshot_of)" ]; then ok "--no-snapshot writes none"; else not_ok "--no-snapshot writes none"; fi

"$CINX" table --data "$TMP/mini.csv" >/dev/null
SNAP=$(snapshot_of)
if [ -n "$SNAP" ]; then ok "a parse leaves a snapshot"; else not_ok "a parse leaves a snapshot"; fi
same_as_parse "a reopen prints what the parse prints" table --data "$TMP/mini.csv"
same_as_parse "a reopen's trend" trend England --data "$TMP/mini.csv" --format csv

# one digit changed, size and time kept: only the content hash can tell
touch -r "$TMP/mini.csv" "$TMP/stamp"
sed 's/^2022,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,630000/2022,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,630001/' \
	"$TMP/mini.csv" >"$TMP/edited" && cat "$TMP/edited" >"$TMP/mini.csv"
touch -r "$TMP/stamp" "$TMP/mini.csv"
"$CINX" trend England --data "$TMP/mini.csv" --metric referral_count --format csv >"$TMP/stale.out"
if grep -q '630001' "$TMP/stale.out"; then ok "a stale snapshot (one digit, same size and time) is not believed"
else not_ok "a stale snapshot (one digit, same size and time) is not believed"; sed 's/^/# /' "$TMP/stale.out"; fi
same_as_parse "the replaced snapshot gives the edited figures" trend England --data "$TMP/mini.csv" --format csv

# cut short, then flipped bytes through the file
head -c 300 "$SNAP" >"$TMP/cut" && cat "$TMP/cut" >"$SNAP"
same_as_parse "a truncated snapshot is parsed around" table --data "$TMP/mini.csv"
if [ "$(wc -c <"$SNAP")" -gt 300 ]; then ok "a truncated snapshot is replaced"; else not_ok "a truncated snapshot is replaced"; fi
size=$(wc -c <"$SNAP")
for at in 40 200 $((size / 2)) $((size - 9)); do
	printf '\377\377\377' | dd of="$SNAP" bs=1 seek="$at" conv=notrunc 2>/dev/null
	same_as_parse "bytes flipped at $at of $size are seen" show England --data "$TMP/mini.csv"
done

# filters: the rows are used in place, and another choice is made from them
"$CINX" table --data "$TMP/ees.csv" --metric absence_rate >/dev/null
same_as_parse "a reopened file with filters" table --data "$TMP/ees.csv" --metric absence_rate --level national
same_as_parse "another filter value after a reopen" trend England --data "$TMP/ees.csv" --metric absence_rate \
	--filter sex=Girls --filter school_phase=Primary --format csv

# standard input is never kept
n_before=$(ls "$SNAPS" | wc -l)
"$CINX" table --data - <"$TMP/mini.csv" >/dev/null
if [ "$(ls "$SNAPS" | wc -l)" -eq "$n_before" ]; then ok "standard input leaves no snapshot"
else not_ok "standard input leaves no snapshot"; fi

done_testing
