# SPDX-License-Identifier: MIT
# start_server FIXTURE WHAT [EES]: starts tests/update/server.py on FIXTURE
# (and EES, the second data set's CSV) (source
# after tests/cli/lib.sh) and sets SRV, PORT and API; the server stops when
# the test ends. Without libcurl or python3, or when the server does not
# start, WHAT is reported as skipped or failed and the test ends here.
# fails NAME STATUS MESSAGE -- cmd...: a failed update says MESSAGE, then
# $KEPT, and leaves the folder $COPY as sums() recorded it in $TMP/sums,
# holding $COPY_FILES and no temporary file (check() is the test's own)
fails() {
	name=$1 status=$2 message=$3
	shift 4
	expect_err "$name" "$status" "$message
$KEPT" -- "$@"
	sums | cmp -s - "$TMP/sums" && [ "$(ls "$COPY" | grep -v "^snapshots$" | tr '\n' ' ')" = "$COPY_FILES" ]
	check "$name: the copy is untouched and no temporary file is left"
}

start_server() {
	why=
	[ "${CINX_HAVE_CURL:-yes}" = no ] && why="built without libcurl (configure --without-curl)"
	command -v python3 >/dev/null || why="python3 not found"
	if [ -n "$why" ]; then
		skip "$2" "$why"
		done_testing
		exit
	fi
	SRV="$TMP/server"
	mkdir -p "$SRV"
	# its complaints of connections cut short are expected, and go to a log
	python3 "$top_srcdir/tests/update/server.py" "$1" "$SRV" ${3:+"$3"} 2>"$SRV/log" &
	server=$!
	trap 'kill "$server" 2>/dev/null; rm -rf "$TMP"' EXIT
	i=0
	while [ ! -s "$SRV/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	if [ ! -s "$SRV/port" ]; then
		not_ok "the test server started"
		done_testing
		exit
	fi
	PORT=$(cat "$SRV/port")
	API="http://127.0.0.1:$PORT"
}
