#!/bin/sh
# SPDX-License-Identifier: MIT
# Endless input on standard input: cinx stops at the named limit with a
# located error, and its memory stays flat whatever the size (the limits
# are enforced while streaming, before libcsv buffers the field).
. "$top_srcdir/tests/cli/lib.sh"

HEADER='time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,referral_count'

# The whole program on such a file peaks near 3 MiB plus the 4 MiB a field
# may take; AddressSanitizer's
# shadow memory adds a fixed amount, not one that grows with the input.
# Freed blocks wait in AddressSanitizer's quarantine (256 MB by default), so
# that the growing field buffer would show as the quarantine's size: keep it
# small here to measure cinx, not the sanitizer.
LIMIT_KIB=32768
if ldd "$CINX" 2>/dev/null | grep -q libasan; then
	LIMIT_KIB=131072
	ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=8"
	export ASAN_OPTIONS
fi

# limited NAME WANT_ERR GENERATOR: feeds the generator's endless output to
# cinx table --data -; passes on exit $WANT_RC (default 65), the message,
# and a peak RSS under the limit above.
limited() {
	name=$1 want=$2
	shift 2
	if ! command -v /usr/bin/time >/dev/null 2>&1; then
		skip "$name" "GNU time is not installed (Debian package time)"
		return
	fi
	"$@" | /usr/bin/time -f 'maxrss=%M' -o "$TMP/rss" "$CINX" table --data - >/dev/null 2>"$TMP/err"
	rc=$(sed -n 's/^Command exited with non-zero status //p' "$TMP/rss")
	rss=$(sed -n 's/^maxrss=//p' "$TMP/rss")
	if [ "${rc:-0}" = "${WANT_RC:-65}" ] && { [ -z "$want" ] || grep -qF -- "$want" "$TMP/err"; } && [ "${rss:-999999}" -lt "$LIMIT_KIB" ]; then
		ok "$name"
	else
		not_ok "$name (exit ${rc:-0}, peak ${rss:-?} KiB)"
		sed 's/^/# /' "$TMP/err"
	fi
}

endless_field() { printf '%s\n2025,Reporting year,National,E92000001,' "$HEADER"; head -c 1000000000 /dev/zero | tr '\0' a; }
endless_quoted() { printf '%s\n2025,Reporting year,National,E92000001,"' "$HEADER"; head -c 1000000000 /dev/zero | tr '\0' '\n'; }
endless_header() { printf 'time_period,'; head -c 1000000000 /dev/zero | tr '\0' b; }
endless_row() { printf '%s\n2025' "$HEADER"; head -c 1000000000 /dev/zero | tr '\0' ','; }

# 40 columns of unknown names, each with a 2 MB first value (quoted, a line
# break every 1,000 bytes): under the field limit, but text columns are
# filters or attributes, whose values are short: refused at the first, with
# none kept whole
wide_row() {
	python3 -c '
import sys
cols = ["extra_%d" % i for i in range(40)]
w = sys.stdout.write
w(sys.argv[1] + "," + ",".join(cols) + "\n")
w("2025,Reporting year,National,E92000001,England,,,,,,1")
chunk = ("x" * 999 + "\n") * 2000
for _ in cols:
    w(",\"" + chunk + "\"")
w("\n")' "$HEADER"
}
if command -v python3 >/dev/null 2>&1; then
	limited "a row of long first values is refused at the first, in flat memory" \
		"<stdin>:2:12: field is 2000000 bytes long in column 'extra_0'; expected at most 1024" wide_row
else
	skip "a row of long first values is refused at the first, in flat memory" "python3 is not installed"
fi

limited "a 1 GB field stops at the field limit, in flat memory" \
	"<stdin>:2:5: field is longer than 4194304 bytes; expected at most 4194304" endless_field
limited "a 1 GB quoted field across lines stops at the field limit" \
	"field is longer than 4194304 bytes; expected at most 4194304" endless_quoted
limited "a 1 GB column name stops at the field limit" \
	"<stdin>:1:2: field is longer than 4194304 bytes" endless_header
limited "a row of endless fields stops at the field count" \
	"row has more than 65536 fields; expected at most 65536" endless_row

done_testing
