#!/bin/sh
# SPDX-License-Identifier: MIT
# A large file is read in parts on every core: what it prints, and every
# error and warning with its line, must be what one pass gives. Standard
# input is always read in one pass, so it is the reference. The files are
# made here (invented values), large enough to be cut.
. "$top_srcdir/tests/cli/lib.sh"

if ! command -v python3 >/dev/null 2>&1; then
	skip "large files read in parts" "python3 is not installed"
	done_testing
	exit
fi

# gen FILE [twist]: ~24 MB of rows; the twist puts something at the middle
gen() {
	python3 - "$1" "${2:-}" <<'PY'
import sys
out, twist = sys.argv[1], sys.argv[2]
rows = []
w = open(out, "w")
w.write("time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,"
        "old_la_code,new_la_code,la_name,sex,note,pupils,absence_rate\n")
n = 0
years = ["%d%02d" % (y, (y + 1) % 100) for y in range(1990, 2025)]
mid = 35 * 1200 * 3 // 2
for y in years:
    for a in range(1200):
        for sex in ("Total", "Boys", "Girls"):
            n += 1
            note = "plain"
            rate = "%d.%d" % (n % 40, n % 10)
            if n == mid and twist == "quoted":
                # a megabyte of quoted lines around the middle: the cut falls inside
                note = '"a note' + "\nover many lines" * 70000 + '"'
            if n == mid and twist == "error":
                rate = "12,5"
            if n == mid and twist == "warning":
                rate = "-3"
            if n == mid + 1 and twist == "duplicate":
                sex = "Boys" if sex == "Girls" else sex
            w.write("%s,Academic year,Local authority,E92000001,England,E12000001,North East,%d,E0%07d,"
                    "Authority %d,%s,%s,%d,%s\n" % (y, 100 + a, a, a, sex, note, n % 997, rate))
w.close()
PY
}

# same NAME FILE ARGS...: the output and status of the parts and of one pass agree
same() {
	name=$1 file=$2
	shift 2
	"$CINX" --no-snapshot "$@" --data "$file" >"$TMP/parts.out" 2>"$TMP/parts.err"
	a=$?
	"$CINX" "$@" --data - <"$file" >"$TMP/pass.out" 2>"$TMP/pass.err"
	b=$?
	sed 's|<stdin>|FILE|' "$TMP/pass.err" >"$TMP/pass.err2"
	sed "s|$file|FILE|" "$TMP/parts.err" >"$TMP/parts.err2"
	if [ "$a" = "$b" ] && cmp -s "$TMP/parts.out" "$TMP/pass.out" && cmp -s "$TMP/parts.err2" "$TMP/pass.err2"; then
		ok "$name"
	else
		not_ok "$name (exit $a, one pass $b)"
		diff "$TMP/pass.err2" "$TMP/parts.err2" | sed 's/^/# /' | head -5
		diff "$TMP/pass.out" "$TMP/parts.out" | sed 's/^/# /' | head -5
	fi
}

gen "$TMP/plain.csv"
same "a large file in parts prints what one pass prints" "$TMP/plain.csv" table --metric pupils
same "its trend, every period" "$TMP/plain.csv" trend E00000600 --metric absence_rate --filter sex=Girls --format csv
gen "$TMP/quoted.csv" quoted
same "a line break inside quotes at the cut" "$TMP/quoted.csv" table --metric pupils
gen "$TMP/error.csv" error
same "an error in a later part names its line" "$TMP/error.csv" table --metric pupils
gen "$TMP/warning.csv" warning
same "a warning in a later part names its line" "$TMP/warning.csv" table --metric pupils
gen "$TMP/duplicate.csv" duplicate
same "a row repeated across parts names both lines" "$TMP/duplicate.csv" table --metric pupils

done_testing
