#!/bin/sh
# SPDX-License-Identifier: MIT
# cinx update against a stand-in for the EES API on 127.0.0.1 (server.py):
# download, "already up to date", --force, a new version, and every failure
# leaving the cached copy byte for byte as it was. Then which data opens, the
# demo label, and cinx info. In a build without libcurl: the manual steps.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/update/server.sh"

ID=342f9a01-26f0-2a71-91a1-f8bc0bee8b11
MINI="$FIX/mini.csv"
CACHE="$XDG_CACHE_HOME/cinx"
# the server is local: no proxy may stand in between
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*'

# check NAME: passes when the command that ran just before succeeded
check() { if [ $? -eq 0 ]; then ok "$1"; else not_ok "$1"; fi; }
sums() { (cd "$CACHE" && sha256sum c1.csv c1.meta c1.previous.csv c1.previous.meta); }
meta() { sed -n "s/^$1=//p" "$CACHE/c1.meta"; }

# ---- the demo: what opens with nothing cached --------------------------------
"$CINX" table --limit 3 >"$TMP/out" 2>"$TMP/err"
[ "$(head -1 "$TMP/out")" = "DEMO DATA: synthetic, not official statistics" ] && [ ! -s "$TMP/err" ]
check "with nothing cached the demo opens, labelled in the text title"
"$CINX" table --limit 3 --format markdown | head -1 | grep -qFx '**DEMO DATA: synthetic, not official statistics**'
check "markdown says demo in its title"
"$CINX" table --limit 3 --format json | python3 -c 'import json, sys; assert json.load(sys.stdin)["notice"] == sys.argv[1]' \
	"DEMO DATA: synthetic, not official statistics"
check "json carries a notice field"
expect_err "csv says demo on stderr only" 0 "cinx: DEMO DATA: synthetic, not official statistics" -- \
	"$CINX" table --limit 3 --format csv
head -1 "$TMP/out" | grep -q '^time_period,geographic_level,area_code,'
check "csv stdout starts with its header, ready to load elsewhere"
"$CINX" trend Fenmarsh --format csv >"$TMP/a" 2>/dev/null && "$CINX" trend Fenmarsh --format csv >"$TMP/b" 2>/dev/null &&
	cmp -s "$TMP/a" "$TMP/b" && [ -s "$TMP/a" ]
check "demo output is the same on every run"
"$CINX" info --format csv >"$TMP/out" 2>/dev/null
grep -qFx 'Opened from,built-in demo data: nothing downloaded yet (run '"'cinx update'"')' "$TMP/out" &&
	grep -qFx "Cache,$CACHE" "$TMP/out" && grep -qFx "Cached copy,none (run 'cinx update')" "$TMP/out"
check "info names the demo and the cache location"

# ---- a build without libcurl ------------------------------------------------
if [ "${CINX_HAVE_CURL:-yes}" = no ]; then
	cat >"$TMP/want" <<EOF
cinx: this build of cinx cannot download: it was built without libcurl (configure --without-curl)
To get the data by hand:
  1. Download the C1 CSV (the API sends it gzip-compressed; --compressed unpacks it):
       curl --compressed -fL -o c1.csv https://api.education.gov.uk/statistics/v1/data-sets/$ID/csv
     or download "Referrals and re-referrals to children's social care services by
     local authority" from https://explore-education-statistics.service.gov.uk
  2. Put it where cinx looks for the official copy:
       mkdir -p $CACHE && mv c1.csv $CACHE/c1.csv
     or keep it anywhere and use --data FILE or CINX_DATA=FILE.
  3. Check what cinx opens: cinx info
EOF
	expect_err "update explains the manual download" 69 "$(cat "$TMP/want")" -- "$CINX" update
	mkdir -p "$CACHE" && cp "$MINI" "$CACHE/c1.csv"
	"$CINX" table --format csv >"$TMP/a" 2>"$TMP/err" && "$CINX" table --format csv --data "$MINI" >"$TMP/b" &&
		cmp -s "$TMP/a" "$TMP/b" && [ ! -s "$TMP/err" ]
	check "a file put where the steps say opens with no --data"
	done_testing
	exit
fi

start_server "$MINI" "update against a local server"
PUB=2025-11-20T09:30:00Z

# ---- first download -------------------------------------------------------------
printf 'Downloaded version 1.0 (published %s): 63 rows, 2021 to 2024.\nSaved to %s.\n' "$PUB" \
	"$CACHE/c1.csv" >"$TMP/want"
expect "first download fills the cache" 0 "$TMP/want" -- "$CINX" update --api-base "$API/v1"
cmp -s "$MINI" "$CACHE/c1.csv"
check "the cached copy is the CSV, decoded from gzip"
[ "$(meta version)" = 1.0 ] && [ "$(meta published)" = "$PUB" ] &&
	[ "$(meta url)" = "$API/v1/v1/data-sets/$ID/csv?dataSetVersion=1.0" ] &&
	[ "$(meta sha256)" = "$(sha256sum <"$MINI" | cut -d' ' -f1)" ] &&
	[ "$(meta size)" = "$(wc -c <"$MINI" | tr -d ' ')" ] &&
	meta downloaded | grep -qE '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$'
check "the metadata records version, published, URL, SHA-256, size and time"
grep -q "^/v1/v1/data-sets/$ID/csv?dataSetVersion=1.0 accept-encoding=.*gzip" "$SRV/requests"
check "the version check comes first and the CSV is asked for gzip-encoded"
DOWNLOADED=$(meta downloaded)

"$CINX" table --format csv >"$TMP/a" 2>"$TMP/err" && "$CINX" table --format csv --data "$MINI" >"$TMP/b" &&
	cmp -s "$TMP/a" "$TMP/b" && [ ! -s "$TMP/err" ]
check "with no --data, commands read the cached copy (and say nothing of demo data)"
CINX_DATA=/nonexistent.csv "$CINX" table >/dev/null 2>"$TMP/err"
grep -qFx "cinx: /nonexistent.csv: cannot open: No such file or directory" "$TMP/err"
check "CINX_DATA comes before the cache"
"$CINX" info --format csv >"$TMP/out"
grep -qFx "Data,\"Official data v1.0, published 2025-11-20, downloaded ${DOWNLOADED%%T*}\"" "$TMP/out"
check "info labels the official copy"
grep -qFx "Version,1.0" "$TMP/out" && grep -qFx "SHA-256,$(meta sha256)" "$TMP/out" &&
	grep -qFx "Source,$(meta url)" "$TMP/out" && grep -qFx "Downloaded,$DOWNLOADED" "$TMP/out" &&
	grep -qFx "File,$CACHE/c1.csv" "$TMP/out" && grep -qFx "Rows,63" "$TMP/out" &&
	grep -qFx "Years,2021 to 2024" "$TMP/out"
check "info shows the provenance of the cached copy"

# ---- already current, --force, a new version ---------------------------------
csv_requests() { grep -c '/csv?' "$SRV/requests"; }
before=$(csv_requests)
printf 'Already up to date: version 1.0 (published %s), downloaded %s.\nUse --force to download it again.\n' \
	"$PUB" "$DOWNLOADED" >"$TMP/want"
expect "the same version again downloads nothing" 0 "$TMP/want" -- "$CINX" update --api-base "$API/v1"
[ "$(csv_requests)" = "$before" ]
check "no CSV was requested"
CINX_API_BASE="$API/v1" "$CINX" update >"$TMP/out" && cmp -s "$TMP/out" "$TMP/want"
check "CINX_API_BASE sets the API base"

printf 'Downloaded version 1.0 (published %s): 63 rows, 2021 to 2024.\nSaved to %s; the copy it replaced is kept as c1.previous.csv.\n' \
	"$PUB" "$CACHE/c1.csv" >"$TMP/want"
expect "--force downloads anyway and keeps the previous copy" 0 "$TMP/want" -- \
	"$CINX" update --force --api-base "$API/v1"
cmp -s "$MINI" "$CACHE/c1.previous.csv" && [ "$(csv_requests)" = $((before + 1)) ]
check "the previous copy is kept"

printf 'Downloaded version 2.0 (published %s): 63 rows, 2021 to 2024.\nSaved to %s; the copy it replaced is kept as c1.previous.csv.\n' \
	"$PUB" "$CACHE/c1.csv" >"$TMP/want"
expect "a new version replaces the cached copy" 0 "$TMP/want" -- "$CINX" update --api-base "$API/v2"
! cmp -s "$MINI" "$CACHE/c1.csv" && cmp -s "$MINI" "$CACHE/c1.previous.csv" &&
	grep -qx 'version=1.0' "$CACHE/c1.previous.meta" && [ "$(meta version)" = 2.0 ]
check "the 1.0 copy and its metadata became the previous copy"

# ---- failures: exact messages, and the cache exactly as it was ------------------
sums >"$TMP/sums"
KEPT="cinx: the cached copy is unchanged (version 2.0, downloaded $(meta downloaded))"
CSV_URL="$API/%s/v1/data-sets/$ID/csv?dataSetVersion=3.0"
COPY="$CACHE" COPY_FILES="c1.csv c1.meta c1.previous.csv c1.previous.meta update.lock "

fails "404 from the version check" 69 \
	"cinx: $API/notfound/v1/data-sets/$ID answered HTTP 404: Data set not found" -- \
	"$CINX" update --api-base "$API/notfound"
fails "429 from the version check" 69 \
	"cinx: $API/ratelimit/v1/data-sets/$ID answered HTTP 429: Too Many Requests; try again in 60 seconds" -- \
	"$CINX" update --api-base "$API/ratelimit"
fails "a summary that is not JSON" 69 \
	"cinx: unexpected answer from $API/notjson/v1/data-sets/$ID: not JSON; expected a data set summary with latestVersion.version" -- \
	"$CINX" update --api-base "$API/notjson"
# shellcheck disable=SC2059
fails "500 with problem details" 69 \
	"cinx: $(printf "$CSV_URL" error500) answered HTTP 500: An unexpected error occurred; try again later" -- \
	"$CINX" update --api-base "$API/error500"
# the byte counts are known only once the server has sent them
"$CINX" update --api-base "$API/truncated" 2>/dev/null
read -r sent declared <"$SRV/truncated"
# shellcheck disable=SC2059
fails "a truncated body" 69 \
	"cinx: the download from $(printf "$CSV_URL" truncated) was cut short (received $sent of $declared bytes); try again" -- \
	"$CINX" update --api-base "$API/truncated"
# shellcheck disable=SC2059
fails "an invalid gzip stream" 69 \
	"cinx: the download from $(printf "$CSV_URL" badgzip) is damaged: its gzip compression is invalid; try again" -- \
	"$CINX" update --api-base "$API/badgzip"
# shellcheck disable=SC2059
fails "a CSV that fails validation" 65 \
	"cinx: the download from $(printf "$CSV_URL" invalid) is not valid C1 data: c1.csv:2:12: found 'lots' in column 'referral_count'; expected a number or a symbol (c, x, :, z, u, k, low)" -- \
	"$CINX" update --api-base "$API/invalid"
# shellcheck disable=SC2059
fails "a stalled server times out" 69 \
	"cinx: timed out: $(printf "$CSV_URL" stall) sent no data for 1 s; try again, or set CINX_TIMEOUT to wait longer" -- \
	env CINX_TIMEOUT=1 "$CINX" update --api-base "$API/stall"
fails "no server at all" 69 \
	"cinx: cannot connect to http://127.0.0.1:1 (Couldn't connect to server); check the network connection and any proxy settings (https_proxy, no_proxy)" -- \
	"$CINX" update --api-base http://127.0.0.1:1
expect_err "an API base that is not a URL" 2 \
	"cinx: API base 'ftp://mirror' is not an http:// or https:// URL; expected e.g. https://api.education.gov.uk/statistics" -- \
	"$CINX" update --api-base ftp://mirror
expect_err "a bad CINX_TIMEOUT" 2 \
	"cinx: CINX_TIMEOUT must be a whole number of seconds from 1 to 3600, not 'soon'
$KEPT" -- env CINX_TIMEOUT=soon "$CINX" update --api-base "$API/v1"

# ---- a failure with nothing cached says only what went wrong ---------------------
expect_err "a first download that fails leaves no file" 69 \
	"cinx: $API/notfound/v1/data-sets/$ID answered HTTP 404: Data set not found" -- \
	env XDG_CACHE_HOME="$TMP/empty" "$CINX" update --api-base "$API/notfound"
[ ! -e "$TMP/empty/cinx/c1.csv" ]
check "no cached copy after a failed first download"

# ---- the system-wide copy of a shared server -------------------------------------
SYS="$CINX_SYSTEM_DATA_DIR"
printf 'Downloaded version 1.0 (published %s): 63 rows, 2021 to 2024.\nSaved to %s.\n' "$PUB" \
	"$SYS/c1.csv" >"$TMP/want"
expect "update --system fills the system-wide copy" 0 "$TMP/want" -- \
	env XDG_CACHE_HOME="$TMP/own" "$CINX" update --system --api-base "$API/v1"
cmp -s "$MINI" "$SYS/c1.csv" && [ "$(stat -c %a "$SYS" "$SYS/c1.csv" "$SYS/c1.meta" | tr '\n' ' ')" = "755 644 644 " ]
check "the system-wide copy is readable by every user"
env XDG_CACHE_HOME="$TMP/own" "$CINX" info --format csv >"$TMP/out"
grep -qFx "Opened from,\"the system-wide copy (cinx update --system), shared by every user\"" "$TMP/out" &&
	grep -qFx "File,$SYS/c1.csv" "$TMP/out" && grep -qFx "System-wide copy,\"version 1.0, published $PUB, downloaded $(sed -n 's/^downloaded=//p' "$SYS/c1.meta")\"" "$TMP/out"
check "a user with no copy of their own opens the system-wide one, and info says so"
"$CINX" info --format csv | grep -qFx "File,$CACHE/c1.csv"
check "a user's own copy comes before the system-wide one"
expect_err "--system belongs to update" 2 \
	"cinx: --system does not apply to table; it is used by update" -- "$CINX" table --system

# ---- a damaged cached copy is an error, never the demo --------------------------
head -1 "$MINI" >"$CACHE/c1.csv"
expect_err "a damaged cached copy names the fix" 65 \
	"cinx: $CACHE/c1.csv:2:1: the file has a header but no data rows; expected at least one row (the cached copy is damaged: run 'cinx update --force' to download it again, or use --data FILE)" -- \
	"$CINX" table

done_testing
