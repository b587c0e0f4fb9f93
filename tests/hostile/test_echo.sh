#!/bin/sh
# SPDX-License-Identifier: MIT
# Whatever cinx echoes to stderr from outside (arguments, file names,
# environment values) reaches the terminal with its control characters,
# escape sequences, invalid UTF-8 and bidi marks neutralised.
. "$top_srcdir/tests/cli/lib.sh"

ESC=$(printf '\033')
OSC=$(printf '\033]0;pwned\007')
CSI=$(printf '\033[2J')
RLM=$(printf '\342\200\217')
LRM=$(printf '\342\200\216')
ALM=$(printf '\330\234')
RLO=$(printf '\342\200\256')
export CINX_DATA="$FIX/mini.csv"

# clean NAME CMD...: the command fails, and its stderr holds none of the
# dangerous bytes but says something
clean() {
	name=$1
	shift
	"$@" >/dev/null 2>"$TMP/err"
	if [ $? -ne 0 ] && [ -s "$TMP/err" ] &&
		! LC_ALL=C grep -q "$ESC\|$(printf '\007')\|$RLM\|$LRM\|$ALM\|$RLO" "$TMP/err"; then
		ok "$name"
	else
		not_ok "$name"
		od -c "$TMP/err" | head -5 | sed 's/^/# /'
	fi
}

clean "an OSC sequence in an area name" "$CINX" show "Alpha${OSC}ville"
clean "a CSI sequence in an area name" "$CINX" trend "x${CSI}"
clean "bidi marks in an area name" "$CINX" show "a${RLM}b${LRM}c${ALM}d${RLO}e"
clean "an escape in a metric" "$CINX" table --metric "ref${CSI}"
clean "an escape in a file name" "$CINX" table --data "/nonexistent/${OSC}.csv"
clean "an escape in CINX_DATA" env CINX_DATA="/nonexistent/${CSI}${RLM}.csv" "$CINX" table
clean "an escape in an unknown option" "$CINX" "--${OSC}"
clean "an escape in an unknown command" "$CINX" "sh${CSI}ow"
clean "an escape in --region" "$CINX" table --region "${RLO}North"
clean "an escape in CINX_TIMEOUT" env CINX_TIMEOUT="${OSC}" "$CINX" update --api-base http://127.0.0.1:1

# the explorer: file names offered by Tab completion, drawn in its box
mkdir -p "$TMP/names"
: >"$TMP/names/ab${RLO}cd.csv"
: >"$TMP/names/e${CSI}f.csv"
: >"$TMP/names/$(printf 'x\ny').csv"
(cd "$TMP" && "$CINX" --keys 'e<C-u>names/<Tab>' --dump --screen 80x24) >"$TMP/screen" 2>&1
if ! LC_ALL=C grep -q "$ESC\|$RLO" "$TMP/screen" && grep -q 'ab?cd.csv' "$TMP/screen" &&
	grep -q 'x?y.csv' "$TMP/screen" && [ "$(wc -l <"$TMP/screen")" -eq 24 ]; then
	ok "completed file names reach the screen neutralised, the box whole"
else
	not_ok "completed file names reach the screen neutralised, the box whole"
	sed 's/^/# /' "$TMP/screen" | tail -8
fi

done_testing
