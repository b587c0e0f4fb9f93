#!/bin/sh
# SPDX-License-Identifier: MIT
# Print mode draws its lines and sparklines in UTF-8 only when the locale's
# character set is UTF-8 (as lsblk and tree do); --ascii and --utf8 (and
# their configuration keys) choose whatever the locale says, the last given
# winning. The golden outputs are made under C.UTF-8 (lib.sh).
. "$top_srcdir/tests/cli/lib.sh"
MINI="$FIX/mini.csv"
RULE=$(printf '\342\224\200') # U+2500, the table's rule

# high NAME FILE: the file has a byte of 0x80 or more
high() { [ "$(LC_ALL=C tr -d '\000-\177' <"$2" | wc -c)" -gt 0 ]; }
# glyphs NAME utf8|ascii LOCALE-ENV... -- cinx arguments
glyphs() {
	name=$1 want=$2
	shift 2
	env "$@" >"$TMP/out" 2>"$TMP/err"
	st=$?
	if [ $st -ne 0 ]; then
		not_ok "$name (exit $st)"
		sed 's/^/# /' "$TMP/err"
	elif [ "$want" = ascii ] && high "$name" "$TMP/out"; then
		not_ok "$name: a byte >= 0x80"
		LC_ALL=C grep -n '[^ -~]' "$TMP/out" | head -3 | sed 's/^/# /'
	elif [ "$want" = utf8 ] && ! grep -q "$RULE$RULE" "$TMP/out"; then
		not_ok "$name: no UTF-8 rule"
		head -5 "$TMP/out" | sed 's/^/# /'
	else
		ok "$name"
	fi
}

# the locale decides
glyphs "LC_ALL=C: table is ASCII" ascii LC_ALL=C "$CINX" --data "$MINI" table
glyphs "LANG=C alone: table is ASCII" ascii -u LC_ALL -u LC_CTYPE LANG=C "$CINX" --data "$MINI" table
glyphs "LC_ALL=C.UTF-8: table has UTF-8 rules" utf8 LC_ALL=C.UTF-8 "$CINX" --data "$MINI" table
for args in "show Hackney" "trend Hackney Camden" "trend Hackney --format markdown" "compare Hackney Camden" \
	"similar Hackney" "notable" "info" "trend 'West Northamptonshire' --with-predecessors"; do
	eval "set -- $args"
	glyphs "LC_ALL=C: $args is ASCII" ascii LC_ALL=C "$CINX" --data "$MINI" "$@"
done
# a sparkline is UTF-8 under a UTF-8 locale, and '|'-like ASCII under C
"$CINX" --data "$MINI" trend Hackney --metric referral_count >"$TMP/utf8" 2>&1
high "sparkline" "$TMP/utf8" && ok "UTF-8 locale: trend draws UTF-8" || not_ok "UTF-8 locale: trend draws UTF-8"

# the options and keys override it
glyphs "--utf8 under LC_ALL=C: UTF-8 rules" utf8 LC_ALL=C "$CINX" --data "$MINI" table --utf8
glyphs "--ascii under UTF-8: ASCII" ascii LC_ALL=C.UTF-8 "$CINX" --data "$MINI" table --ascii
glyphs "--ascii --utf8: the last wins" utf8 LC_ALL=C "$CINX" --data "$MINI" table --ascii --utf8
glyphs "--utf8 --ascii: the last wins" ascii LC_ALL=C.UTF-8 "$CINX" --data "$MINI" table --utf8 --ascii
mkdir -p "$TMP/config/cinx"
printf 'utf8 = yes\n' >"$TMP/config/cinx/config"
glyphs "utf8 = yes under LC_ALL=C: UTF-8 rules" utf8 LC_ALL=C "$CINX" --data "$MINI" table
glyphs "utf8 = yes, then --ascii on the command line: ASCII" ascii LC_ALL=C.UTF-8 "$CINX" --data "$MINI" table --ascii
printf 'ascii = yes\n' >"$TMP/config/cinx/config"
glyphs "ascii = yes, then --utf8 on the command line: UTF-8" utf8 LC_ALL=C "$CINX" --data "$MINI" table --utf8
rm "$TMP/config/cinx/config"

# the explorer draws as the locale allows; --utf8 is print mode's
expect_err "the explorer refuses --utf8" 2 \
	"cinx: --utf8 does not apply to the explorer (no command); it is used by show, table, trend, info, compare, neighbours, similar, notable and datasets" \
	-- "$CINX" --data "$MINI" --utf8 --keys q --dump
glyphs "LC_ALL=C: the explorer's screen is ASCII" ascii LC_ALL=C "$CINX" --data "$MINI" --keys '' --dump

done_testing
