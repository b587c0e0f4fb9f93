#!/bin/sh
# SPDX-License-Identifier: MIT
# The EES catalogue and any data set's download against the stand-in API
# (server.py): cinx datasets follows every page and passes the search on, in
# every format; cinx update --dataset downloads a second data set beside C1
# with its .meta.csv, and every failure that update handles leaves that
# copy as it was; --dataset opens it, and info lists it.
. "$top_srcdir/tests/cli/lib.sh"
. "$top_srcdir/tests/update/server.sh"

ID=7d0e2a3c-1b4f-4e8a-9c61-5f2d8e0a4b17
EXP="$top_srcdir/tests/update/expected"
EES="$top_srcdir/tests/update/ees.csv"
DIR="$XDG_CACHE_HOME/cinx/datasets/$ID"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*'

check() { if [ $? -eq 0 ]; then ok "$1"; else not_ok "$1"; fi; }
sums() { (cd "$DIR" && sha256sum data.csv data.meta data.meta.csv data.previous.csv data.previous.meta \
	data.previous.meta.csv); }
meta() { sed -n "s/^$1=//p" "$DIR/data.meta"; }

# ---- a build without libcurl -------------------------------------------------
if [ "${CINX_HAVE_CURL:-yes}" = no ]; then
	expect_err "datasets says it needs libcurl" 69 \
		"cinx: this build of cinx cannot reach the EES catalogue: it was built without libcurl (configure --without-curl)" -- \
		"$CINX" datasets absence
	expect_err "update --dataset says it needs libcurl" 69 \
		"cinx: this build of cinx cannot download: it was built without libcurl (configure --without-curl)" -- \
		"$CINX" update --dataset "$ID"
	done_testing
	exit
fi

start_server "$FIX/mini.csv" "datasets against a local server" "$EES"
B="$API/v1"

# ---- the catalogue -------------------------------------------------------------
for f in text csv json markdown; do
	expect "datasets absence as $f" 0 "$EXP/datasets_absence.$f" -- "$CINX" datasets absence --api-base "$B" --format "$f"
done
for p in 1 2; do
	grep -qx "/v1/v1/publications?pageSize=40&search=absence&page=$p accept-encoding=.*" "$SRV/requests" ||
		{ false; break; }
done
check "both pages of publications were asked for, with the search"
grep -q "^/v1/v1/publications/0b1c2d3e-0000-4000-8000-000000000001/data-sets?pageSize=20&page=2 " "$SRV/requests"
check "both pages of a publication's data sets were asked for"
: >"$SRV/requests"
"$CINX" datasets pupil absence --api-base "$B" --format csv >"$TMP/out" &&
	grep -q "^/v1/v1/publications?pageSize=40&search=pupil%20absence&page=1 " "$SRV/requests" &&
	[ "$(wc -l <"$TMP/out")" -eq 4 ]
check "the words of a search go as one, escaped"
"$CINX" datasets --api-base "$B" --format csv | grep -c "," | grep -qx 5
check "with no search, every publication's data sets"
"$CINX" datasets children --api-base "$B" >"$TMP/out" &&
	grep -qF "1 publication matches 'children'; 1 has no data sets in the API (Children in need)." "$TMP/out"
check "a publication without data sets in the API is named"
expect_err "a search too short for the API" 2 \
	"cinx: the search 'ab' is too short: the EES API takes 3 characters or more" -- \
	"$CINX" datasets ab --api-base "$B"
expect_err "an absurd number of pages is refused" 69 \
	"cinx: $API/badpaging/v1/publications?pageSize=40&search=absence&page=1 announces 100000 pages of results, more than 200; refused: search for fewer" -- \
	"$CINX" datasets absence --api-base "$API/badpaging"
expect_err "the catalogue's 429" 69 \
	"cinx: $API/ratelimit/v1/publications?pageSize=40&page=1 answered HTTP 429: Too Many Requests; try again in 60 seconds" -- \
	"$CINX" datasets --api-base "$API/ratelimit"
expect_err "the catalogue's 500" 69 \
	"cinx: $API/error500/v1/publications?pageSize=40&page=1 answered HTTP 500: An unexpected error occurred; try again later" -- \
	"$CINX" datasets --api-base "$API/error500"
expect_err "a catalogue that is not JSON" 69 \
	"cinx: unexpected answer from $API/notjson/v1/publications?pageSize=40&page=1: not JSON; expected a page of results with paging" -- \
	"$CINX" datasets --api-base "$API/notjson"

# ---- a data set's download -------------------------------------------------------
expect_err "an id that is not a UUID never reaches a path" 2 \
	"cinx: --dataset expects a data set id such as 342f9a01-26f0-2a71-91a1-f8bc0bee8b11 (cinx datasets lists them), not '../$ID'" -- \
	"$CINX" update --dataset "../$ID" --api-base "$B"
for bad in 7d0e2a3c-1b4f-4e8a-9c61-5f2d8e0a4b1 7d0e2a3c-1b4f-4e8a-9c61-5f2d8e0a4b177 7d0e2a3c1-b4f-4e8a-9c61-5f2d8e0a4b17 \
	7d0e2a3g-1b4f-4e8a-9c61-5f2d8e0a4b17 "7d0e2a3c-1b4f-4e8a-9c61-5f2d8e0a4b17/.." "7d0e2a3c-1b4f-4e8a-9c61-5f2d8e0a4b1%"; do
	"$CINX" table --dataset "$bad" >/dev/null 2>"$TMP/err"
	[ $? -eq 2 ] && grep -qF "cinx: --dataset expects a data set id" "$TMP/err" || { false; break; }
done
check "ids of the wrong length, shape or digits are refused"
expect_err "--dataset before a download names the command" 2 \
	"cinx: data set $ID is not downloaded (no copy in $DIR); run 'cinx update --dataset $ID' first ('cinx datasets' lists what there is)" -- \
	"$CINX" table --dataset "$ID"
"$CINX" update --dataset "$(echo "$ID" | tr a-f A-F)" --api-base "$B" >"$TMP/out" 2>"$TMP/err"
check "update --dataset downloads (an id in capitals is the same id)"
sed -n 1p "$TMP/out" | grep -qx "Absence by sex" &&
	sed -n 3p "$TMP/out" | grep -qxF "Saved to $DIR/data.csv." &&
	sed -n 4p "$TMP/out" | grep -qxF "Open it with: cinx --dataset $ID"
check "it says what it downloaded, where, and how to open it"
cmp -s "$EES" "$DIR/data.csv" && [ ! -e "$XDG_CACHE_HOME/cinx/c1.csv" ]
check "the copy is the CSV, in its own folder beside C1's"
diff -u "$EXP/ees.meta.csv" "$DIR/data.meta.csv" >"$TMP/diff"
check "the meta becomes an EES .meta.csv beside it"
[ "$(meta id)" = "$ID" ] && [ "$(meta title)" = "Absence by sex" ] && [ "$(meta version)" = 1.0 ] &&
	[ "$(meta rows)" = "$(($(wc -l <"$EES") - 1))" ] &&
	[ "$(meta url)" = "$B/v1/data-sets/$ID/csv?dataSetVersion=1.0" ]
check "its record has the id, title, version, rows and URL"
grep -q "^/v1/v1/data-sets/$ID/meta?dataSetVersion=1.0&types=Filters,Indicators " "$SRV/requests"
check "the meta asked for is that of the version downloaded"
"$CINX" --dataset "$ID" info --format csv >"$TMP/a" && grep -qxF "File,$DIR/data.csv" "$TMP/a" &&
	grep -qxF "Title,Absence by sex" "$TMP/a"
check "--dataset opens the cached copy"
"$CINX" --dataset "$ID" table --level national --metric absence_rate --format csv >"$TMP/a" 2>/dev/null &&
	"$CINX" --data "$EES" table --level national --metric absence_rate --format csv >"$TMP/b" 2>/dev/null &&
	cmp -s "$TMP/a" "$TMP/b" && [ "$(wc -l <"$TMP/a")" -eq 2 ]
check "what it opens is the file as published"
"$CINX" info --format csv | grep -qxF "Data set $ID,\"Absence by sex, version 1.0, $(meta rows) rows: $DIR/data.csv\""
check "info lists every cached data set"
expect_err "--data and --dataset together" 2 \
	"cinx: --data and --dataset each name the data to open; choose one" -- \
	"$CINX" table --dataset "$ID" --data "$EES"

printf 'Already up to date: version 1.0 (published 2025-11-20T09:30:00Z), downloaded %s.\nUse --force --dataset %s to download it again.\n' \
	"$(meta downloaded)" "$ID" >"$TMP/want"
expect "the same version again downloads nothing" 0 "$TMP/want" -- "$CINX" update --dataset "$ID" --api-base "$B"
"$CINX" update --dataset "$ID" --api-base "$API/v2" >"$TMP/out" &&
	grep -qF "the copy it replaced is kept as data.previous.csv." "$TMP/out" &&
	cmp -s "$EES" "$DIR/data.previous.csv" && [ -s "$DIR/data.previous.meta.csv" ] && [ "$(meta version)" = 2.0 ]
check "a new version keeps the previous copy and its metadata"

# ---- failures: the data set's copy exactly as it was -----------------------------
sums >"$TMP/sums"
KEPT="cinx: the cached copy is unchanged (version 2.0, downloaded $(meta downloaded))"
CSV_URL="$API/%s/v1/data-sets/$ID/csv?dataSetVersion=3.0"
COPY="$DIR"
COPY_FILES="data.csv data.meta data.meta.csv data.previous.csv data.previous.meta data.previous.meta.csv update.lock "
fails "404 from the version check" 69 \
	"cinx: $API/notfound/v1/data-sets/$ID answered HTTP 404: Data set not found" -- \
	"$CINX" update --dataset "$ID" --api-base "$API/notfound"
fails "429 from the version check" 69 \
	"cinx: $API/ratelimit/v1/data-sets/$ID answered HTTP 429: Too Many Requests; try again in 60 seconds" -- \
	"$CINX" update --dataset "$ID" --api-base "$API/ratelimit"
fails "404 from the meta" 69 \
	"cinx: $API/nometa/v1/data-sets/$ID/meta?dataSetVersion=3.0&types=Filters,Indicators answered HTTP 404: Data set version not found" -- \
	"$CINX" update --dataset "$ID" --api-base "$API/nometa"
# shellcheck disable=SC2059
fails "500 with problem details" 69 \
	"cinx: $(printf "$CSV_URL" error500) answered HTTP 500: An unexpected error occurred; try again later" -- \
	"$CINX" update --dataset "$ID" --api-base "$API/error500"
"$CINX" update --dataset "$ID" --api-base "$API/truncated" 2>/dev/null
read -r sent declared <"$SRV/truncated"
# shellcheck disable=SC2059
fails "a truncated body" 69 \
	"cinx: the download from $(printf "$CSV_URL" truncated) was cut short (received $sent of $declared bytes); try again" -- \
	"$CINX" update --dataset "$ID" --api-base "$API/truncated"
# shellcheck disable=SC2059
fails "an invalid gzip stream" 69 \
	"cinx: the download from $(printf "$CSV_URL" badgzip) is damaged: its gzip compression is invalid; try again" -- \
	"$CINX" update --dataset "$ID" --api-base "$API/badgzip"
# 'lots' in a column the meta calls an indicator: as text it would load, and
# the indicator would be gone without a word
# shellcheck disable=SC2059
fails "an indicator with a word in it fails validation" 65 \
	"cinx: the download from $(printf "$CSV_URL" invalid) is not valid EES data: the data set's meta lists the indicator 'absence_rate', which is not a numeric column of the file" -- \
	"$CINX" update --dataset "$ID" --api-base "$API/invalid"
# shellcheck disable=SC2059
fails "a stalled server times out" 69 \
	"cinx: timed out: $(printf "$CSV_URL" stall) sent no data for 1 s; try again, or set CINX_TIMEOUT to wait longer" -- \
	env CINX_TIMEOUT=1 "$CINX" update --dataset "$ID" --api-base "$API/stall"

# ---- two updates of one data set at once: the second says so and waits for none ----
"$CINX" update --force --dataset "$ID" --api-base "$API/slow" >"$TMP/first" 2>&1 &
first=$!
i=0
while ! grep -q "/slow/v1/data-sets/$ID/csv" "$SRV/requests" && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
expect_err "a concurrent update is refused" 74 \
	"cinx: another cinx update is running (it holds $DIR/update.lock); when it ends, cinx info shows what it left" -- \
	"$CINX" update --dataset "$ID" --api-base "$B"
wait "$first"
check "the first update finishes"
"$CINX" update --api-base "$B" >/dev/null && [ -s "$XDG_CACHE_HOME/cinx/c1.csv" ] && [ -s "$DIR/data.csv" ]
check "C1's update is not held up by a data set's, and C1 keeps its own files"

done_testing
