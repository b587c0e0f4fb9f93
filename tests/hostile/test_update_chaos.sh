#!/bin/sh
# SPDX-License-Identifier: MIT
# cinx update against hostile servers and hostile moments (tests/update/server.py's
# hostile modes): a server that drips, streams without end, announces too much,
# redirects elsewhere or stalls; kill -9 at every system call of an install;
# five updates at once; a file-size limit. After each: the cache is whole,
# `cinx info` never names a hash the file does not have, and no temporary file
# is left.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/update/server.sh"

MINI="$FIX/mini.csv"
CACHE="$XDG_CACHE_HOME/cinx"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*'

check() { if [ $? -eq 0 ]; then ok "$1"; else not_ok "$1"; fi; }
meta() { sed -n "s/^$1=//p" "$CACHE/c1.meta"; }
sha() { sha256sum <"$1" | cut -d' ' -f1; }
names() { ls "$CACHE" | grep -v "^snapshots$" | tr '\n' ' '; }
ALL="c1.csv c1.meta c1.previous.csv c1.previous.meta update.lock "

# ---- provenance after a kill between the two renames, simulated by hand ------
# (no download needed: it holds for every build)
mkdir -p "$CACHE"
cp "$MINI" "$CACHE/c1.csv"
printf 'version=1.0\npublished=2025-11-20T09:30:00Z\ndownloaded=2025-11-26T13:02:11Z\nurl=x\nsha256=%s\nsize=%s\n' \
	"$(sha "$MINI")" "$(wc -c <"$MINI" | tr -d ' ')" >"$CACHE/c1.meta"
cp "$CACHE/c1.csv" "$CACHE/c1.previous.csv" && cp "$CACHE/c1.meta" "$CACHE/c1.previous.meta"
"$CINX" info --format csv >"$TMP/out" 2>&1
grep -qFx "SHA-256,$(sha "$MINI")" "$TMP/out" && grep -qFx 'Previous copy,"version 1.0, published 2025-11-20T09:30:00Z, downloaded 2025-11-26T13:02:11Z"' "$TMP/out"
check "a record of the very bytes names their version and SHA-256"
# new bytes of the same size beside the old record: one figure, one digit changed
sed 's/,600000,/,600001,/' "$MINI" >"$CACHE/c1.csv"
sed 's/,600000,/,600001,/' "$MINI" >"$CACHE/c1.previous.csv"
"$CINX" info --format csv >"$TMP/out" 2>&1
! grep -q '^SHA-256,\|^Version,' "$TMP/out" && grep -qFx 'Data,Cached copy (version not recorded)' "$TMP/out" &&
	grep -qFx 'Cached copy,"present, version not recorded"' "$TMP/out" &&
	grep -qFx 'Previous copy,"present, version not recorded"' "$TMP/out"
check "info names no version or hash for bytes its record does not describe, current or previous"
# the same in the system-wide copy of a user with none of their own
mv "$CACHE" "$CINX_SYSTEM_DATA_DIR"
"$CINX" info --format csv >"$TMP/out" 2>&1
! grep -q '^SHA-256,\|^Version,' "$TMP/out" && grep -qFx 'Data,System-wide copy (version not recorded)' "$TMP/out" &&
	grep -qFx 'System-wide copy,"present, version not recorded"' "$TMP/out" &&
	grep -qFx 'Previous copy,"present, version not recorded"' "$TMP/out"
check "the system-wide copy's record is checked against its bytes too"
rm -rf "$CINX_SYSTEM_DATA_DIR"

start_server "$MINI" "hostile servers, kills during an install, concurrent updates"
ID=342f9a01-26f0-2a71-91a1-f8bc0bee8b11
csv_url() { echo "$API/$1/v1/data-sets/$ID/csv?dataSetVersion=3.0"; }

# The start of every case: version 1.0 current, 2.0 kept as the previous copy
# (the same size: only a hash tells them apart).
"$CINX" update --api-base "$API/v2" >/dev/null && cp "$CACHE/c1.csv" "$TMP/v2.csv" &&
	"$CINX" update --api-base "$API/v1" >/dev/null && cmp -s "$CACHE/c1.csv" "$MINI"
check "set-up: version 1.0 cached, 2.0 kept as the previous copy"
cp -p "$CACHE"/c1.* "$TMP" && mkdir "$TMP/start" && mv "$TMP"/c1.* "$TMP/start"
restore() { rm -rf "$CACHE" && mkdir -p "$CACHE" && cp -p "$TMP/start"/c1.* "$CACHE"; }
KEPT="cinx: the cached copy is unchanged (version 1.0, downloaded $(meta downloaded))"
"$CINX" table --format csv --data "$MINI" >"$TMP/table1"
"$CINX" table --format csv --data "$TMP/v2.csv" >"$TMP/table2"

# What must hold whatever happened: prints one line per problem.
cache_problems() {
	"$CINX" info --format csv >"$TMP/info" 2>"$TMP/info.err" || {
		echo "info failed: $(head -1 "$TMP/info.err")"
		return
	}
	s=$(sed -n 's/^SHA-256,//p' "$TMP/info")
	[ -z "$s" ] || [ "$s" = "$(sha "$CACHE/c1.csv")" ] || echo "info names SHA-256 $s; the file's is $(sha "$CACHE/c1.csv")"
	for row in "Version,:c1.csv" 'Cached copy,"version :c1.csv' 'Previous copy,"version :c1.previous.csv'; do
		v=$(sed -n "s/^${row%%:*}\([^,\"]*\).*/\1/p" "$TMP/info")
		case $v in
		'') ;;
		1.0) cmp -s "$CACHE/${row#*:}" "$MINI" || echo "'${row%%:*}' names 1.0 for other bytes" ;;
		2.0) cmp -s "$CACHE/${row#*:}" "$TMP/v2.csv" || echo "'${row%%:*}' names 2.0 for other bytes" ;;
		*) echo "'${row%%:*}' names version '$v'" ;;
		esac
	done
	"$CINX" table --format csv >"$TMP/table" 2>/dev/null
	cmp -s "$TMP/table" "$TMP/table1" || cmp -s "$TMP/table" "$TMP/table2" || echo "the table is from no whole file"
}

# hostile NAME STATUS MESSAGE SECONDS -- cmd...: the exact message, within
# SECONDS, and the cache as it was with nothing left behind
hostile() {
	name=$1 status=$2 message=$3 limit=$4
	shift 5
	restore
	start=$(date +%s%N)
	expect_err "$name" "$status" "$message
$KEPT" -- "$@"
	took=$((($(date +%s%N) - start) / 1000000))
	[ "$took" -le $((limit * 1000)) ]
	check "$name: over in ${took} ms (at most ${limit} s)"
	[ "$(names)" = "$ALL" ] && cmp -s "$CACHE/c1.csv" "$MINI" && [ -z "$(cache_problems)" ]
	check "$name: the cache is as it was, with no temporary file"
}

# ---- servers -------------------------------------------------------------------
hostile "a server dripping a byte every 0.1 s is cut off at CINX_DEADLINE" 69 \
	"cinx: timed out: the update did not finish within 2 s (at $(csv_url drip)); try again, or set CINX_DEADLINE to allow longer" \
	3 -- env CINX_DEADLINE=2 timeout 20 "$CINX" update --api-base "$API/drip"
hostile "a server that stalls is cut off at CINX_TIMEOUT" 69 \
	"cinx: timed out: $(csv_url stall) sent no data for 1 s; try again, or set CINX_TIMEOUT to wait longer" \
	3 -- env CINX_TIMEOUT=1 timeout 20 "$CINX" update --api-base "$API/stall"
hostile "valid rows without end stop at twice the promised rows plus 1,000" 69 \
	"cinx: the download from $(csv_url endless) was stopped after more than 1126 rows or 1126 kB: far more than the 63 rows the data set summary promised; try again later" \
	5 -- timeout 20 "$CINX" update --api-base "$API/endless"
hostile "with no rows promised, CINX_MAX_DOWNLOAD stops them" 69 \
	"cinx: the download from $(csv_url endlessnt) passed CINX_MAX_DOWNLOAD (1 MB) and was stopped; if the data set has really grown that large, set CINX_MAX_DOWNLOAD to allow more" \
	5 -- env CINX_MAX_DOWNLOAD=1 timeout 20 "$CINX" update --api-base "$API/endlessnt"
hostile "a download announcing 10 GiB is refused before its first byte" 69 \
	"cinx: the download from $(csv_url oversized) announces 10240 MB: far more than the 63 rows the data set summary promised; refused" \
	2 -- timeout 20 "$CINX" update --api-base "$API/oversized"
for away in "away http://localhost:$PORT another host" "awayport http://127.0.0.1:1 another port"; do
	# shellcheck disable=SC2086
	set -- $away
	hostile "a redirect to $3 $4 is refused" 69 \
		"cinx: $API/$1/v1/data-sets/$ID redirected to $2/v1/v1/data-sets/$ID, away from $API/$1; refused (cinx follows redirects only on the API base's own scheme, host and port)" \
		2 -- timeout 20 "$CINX" update --api-base "$API/$1"
done
restore
"$CINX" update --api-base "$API/moved" >"$TMP/out" 2>&1 && grep -q '^Already up to date: version 1.0' "$TMP/out"
check "a redirect on the API base's own host is followed"

# Memory: the peak of an update fed rows without end, with no rows promised
# (so only CINX_MAX_DOWNLOAD stops it). Sanitizers add their own overhead:
# there the bound is above what a short update already takes.
peak_kb() {
	python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)' "$@"
}
restore
base_kb=0
grep -q __asan_init "$CINX" && base_kb=$(peak_kb "$CINX" update --api-base "$API/v1")
kb=$(peak_kb env CINX_MAX_DOWNLOAD=32 timeout 60 "$CINX" update --api-base "$API/endlessnt")
[ "$kb" -le $((base_kb + 65536)) ]
check "32 MB of rows without end take ${kb} kB of memory at most (under 64 MiB$([ "$base_kb" -gt 0 ] && echo " above a short update's ${base_kb} kB"))"

# ---- a file-size limit ------------------------------------------------------------
restore
# shellcheck disable=SC2016
expect_err "under ulimit -f the download fails as a write error, not a silent death" 74 \
	"cinx: cannot write the download to the cache: File too large
$KEPT" -- sh -c 'ulimit -f 1 && exec "$0" update --api-base "$1"' "$CINX" "$API/v2"
[ "$(names)" = "$ALL" ] && cmp -s "$CACHE/c1.csv" "$MINI"
check "under ulimit -f the cache is as it was, with no temporary file"

# ---- five updates at once ----------------------------------------------------------
# slow: version 2.0, its CSV a second late, so the five overlap
restore
pids=
for i in 1 2 3 4 5; do
	"$CINX" update --api-base "$API/slow" >"$TMP/out$i" 2>"$TMP/err$i" &
	pids="$pids $!"
done
# shellcheck disable=SC2086
wait $pids
won=0 refused=0 later=0
for i in 1 2 3 4 5; do
	if grep -q '^Downloaded version 2.0' "$TMP/out$i"; then
		won=$((won + 1))
	elif [ "$(cat "$TMP/err$i")" = "cinx: another cinx update is running (it holds $CACHE/update.lock); when it ends, cinx info shows what it left" ]; then
		refused=$((refused + 1))
	elif grep -q '^Already up to date: version 2.0' "$TMP/out$i"; then
		later=$((later + 1))
	fi
done
[ $won -eq 1 ] && [ $((won + refused + later)) -eq 5 ] && ! grep -q unchanged "$TMP"/err?
check "of five updates at once one installs 2.0; the others say another update is running, never 'unchanged' ($won, $refused, $later)"
[ "$(names)" = "$ALL" ] && cmp -s "$CACHE/c1.csv" "$TMP/v2.csv" && [ -z "$(cache_problems)" ]
check "after five updates at once the cache holds 2.0 and its record"

# ---- kill -9 at every system call of an install ---------------------------------------
if ! command -v strace >/dev/null; then
	skip "kill -9 at every system call of an install" "strace not found (Debian package strace)"
elif ! strace -qq -o /dev/null true 2>/dev/null; then
	skip "kill -9 at every system call of an install" "strace cannot trace here (ptrace not permitted)"
else
	# one traced install of 2.0 over 1.0: every system call from the creation
	# of the temporary file to the end, counted per system call
	restore
	strace -f -qq -o "$TMP/trace" "$CINX" update --api-base "$API/v2" >/dev/null
	awk '{ sub(/\(.*/, "", $2); n[$2]++ }
	     /\.part-/ && !from { from = 1 }
	     from && $2 !~ /^(exit_group|\+\+\+|---)/ { print $2, n[$2] }' "$TMP/trace" >"$TMP/points"
	kills=0
	: >"$TMP/problems"
	while read -r call nth; do
		restore
		# strace tampers only with the calls it traces
		strace -f -qq -o /dev/null -e trace="$call" -e inject="$call:signal=KILL:when=$nth" \
			"$CINX" update --api-base "$API/v2" >/dev/null 2>&1
		[ $? -eq 137 ] && kills=$((kills + 1))
		cache_problems | sed "s/^/after a kill at $call #$nth: /" >>"$TMP/problems"
		"$CINX" update --api-base "$API/v2" >/dev/null 2>"$TMP/err" && [ "$(names)" = "$ALL" ] ||
			echo "after a kill at $call #$nth the next update left $(names): $(cat "$TMP/err")" >>"$TMP/problems"
	done <"$TMP/points"
	[ "$kills" -gt 20 ] && [ ! -s "$TMP/problems" ]
	check "kill -9 at $kills of the $(wc -l <"$TMP/points") system calls of an install: info never names a hash the file does not have, the table is from a whole file, the next update cleans up"
	head -5 "$TMP/problems" | sed 's/^/# /'
fi

done_testing
