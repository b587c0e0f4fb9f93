#!/bin/sh
# SPDX-License-Identifier: MIT
# The print path and the explorer start without the libraries only an
# update, a provenance check or the explorer needs: json-c, nettle, libcurl
# and ncursesw are not in the binary's NEEDED list (make install copies this
# very file; the package test checks the packaged one); `table` and `show`
# load none of them at run time, and the explorer only ncursesw. A copy
# with a download record still has it checked.
. "$top_srcdir/tests/cli/lib.sh"

MINI="$FIX/mini.csv"
LAZY='libjson-c|libnettle|libcurl|libncurses|libtinfo'

if ! command -v readelf >/dev/null 2>&1; then
	skip "cinx links none of json-c, nettle, libcurl and ncursesw" "readelf is missing (Debian package binutils)"
else
	readelf -d "$CINX" >"$TMP/dyn" 2>&1
	if ! grep -q NEEDED "$TMP/dyn"; then
		not_ok "cinx's NEEDED list could be read"
		sed 's/^/# /' "$TMP/dyn"
	elif grep NEEDED "$TMP/dyn" | grep -Eq "$LAZY"; then
		not_ok "cinx links none of json-c, nettle, libcurl and ncursesw"
		grep NEEDED "$TMP/dyn" | sed 's/^/# /'
	else
		ok "cinx links none of json-c, nettle, libcurl and ncursesw"
	fi
fi

# loaded NAME CMD...: the shared objects the run loaded, from the dynamic
# linker's own log, into $TMP/loaded; the command must succeed
loaded() {
	name=$1
	shift
	if LD_DEBUG=libs LD_DEBUG_OUTPUT="$TMP/ld" "$@" >/dev/null 2>"$TMP/err"; then
		cat "$TMP"/ld.* | sed -n 's/.*calling init: //p' >"$TMP/loaded"
		rm -f "$TMP"/ld.*
		return 0
	fi
	not_ok "$name (exit $?)"
	sed 's/^/# /' "$TMP/err"
	rm -f "$TMP"/ld.*
	return 1
}

# lean NAME ALLOWED CMD...: the run loads none of the lazy libraries but
# those matching ALLOWED (an extended regular expression)
lean() {
	name=$1 allowed=$2
	shift 2
	loaded "$name" "$@" || return 0
	if ! grep -q libc "$TMP/loaded"; then
		skip "$name" "the dynamic linker logs nothing here (LD_DEBUG unsupported)"
	elif grep -E "$LAZY" "$TMP/loaded" | grep -Evq "$allowed"; then
		not_ok "$name"
		sed 's/^/# loaded: /' "$TMP/loaded"
	else
		ok "$name"
	fi
}

NONE='^$'
CURSES='libncursesw|libtinfo'
lean "table loads none of them" "$NONE" "$CINX" --data "$MINI" table --format csv
lean "show loads none of them" "$NONE" "$CINX" --data "$MINI" show E92000001
lean "the demo data loads none of them" "$NONE" "$CINX" table --format csv
lean "the explorer loads only ncursesw" "$CURSES" "$CINX" --data "$MINI" --screen 80x24 --keys 'j' --dump
if grep -q libncursesw "$TMP/loaded" 2>/dev/null; then
	ok "the explorer opens ncursesw itself"
else
	not_ok "the explorer opens ncursesw itself"
fi

# a copy put in the cache by hand has no record to check: opened unhashed
mkdir -p "$XDG_CACHE_HOME/cinx"
cp "$MINI" "$XDG_CACHE_HOME/cinx/c1.csv"
lean "a cached copy without a record loads none of them" "$NONE" "$CINX" table --format csv

# with a record, nettle is opened to check it, and the record is believed
# only for these very bytes
if command -v sha256sum >/dev/null 2>&1; then
	sum=$(sha256sum <"$MINI" | cut -d' ' -f1)
	size=$(wc -c <"$MINI" | tr -d ' ')
	printf 'version=9.9\npublished=2025-10-30T09:30:00Z\ndownloaded=2025-11-26T13:02:11Z\nurl=https://example.invalid/c1.csv\nsha256=%s\nsize=%s\n' \
		"$sum" "$size" >"$XDG_CACHE_HOME/cinx/c1.meta"
	if loaded "a recorded copy opens" "$CINX" info --format csv; then
		"$CINX" info --format csv >"$TMP/out" 2>&1
		if grep -q libnettle "$TMP/loaded" && grep -q "v9.9" "$TMP/out"; then
			ok "a recorded copy is checked with nettle, loaded then, and its version shown"
		else
			not_ok "a recorded copy is checked with nettle, loaded then, and its version shown"
			sed 's/^/# /' "$TMP/loaded" "$TMP/out"
		fi
	fi
	printf 'x' >>"$XDG_CACHE_HOME/cinx/c1.csv"
	"$CINX" info --format csv >"$TMP/out" 2>&1
	if grep -q "v9.9" "$TMP/out"; then
		not_ok "a record of other bytes is not believed"
		sed 's/^/# /' "$TMP/out"
	else
		ok "a record of other bytes is not believed"
	fi
else
	skip "a recorded copy is checked" "sha256sum is missing (Debian package coreutils)"
fi

done_testing
