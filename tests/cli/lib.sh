# SPDX-License-Identifier: MIT
# TAP helpers for the command-line tests. Source from a test script.
set -u
: "${CINX:?CINX must point to the built cinx binary}"
: "${top_srcdir:=.}"
# absolute, so that paths written into files (configurations) still hold
top_srcdir=$(cd "$top_srcdir" && pwd)
FIX="$top_srcdir/tests/fixtures"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/cinx-test.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1
unset CINX_DATA CINX_API_BASE CINX_TIMEOUT CINX_DEADLINE CINX_MAX_DOWNLOAD
export XDG_CACHE_HOME="$TMP/cache" # never the user's downloaded copy
export CINX_SYSTEM_DATA_DIR="$TMP/system" # never a system-wide copy either
export XDG_CONFIG_HOME="$TMP/config" # never the user's configuration file
n=0
failed=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }
done_testing() { echo "1..$n"; [ "$failed" -eq 0 ]; }

# expect NAME STATUS EXPECTED_STDOUT_FILE -- cmd...: exact stdout and exit status
expect() {
	name=$1 want_status=$2 want=$3
	shift 4
	"$@" >"$TMP/out" 2>"$TMP/err"
	st=$?
	if [ "$st" -ne "$want_status" ]; then
		not_ok "$name (exit $st, expected $want_status)"
		sed 's/^/# /' "$TMP/err"
	elif [ -n "$want" ] && ! diff -u "$want" "$TMP/out" >"$TMP/diff"; then
		not_ok "$name (output differs)"
		sed 's/^/# /' "$TMP/diff"
	else
		ok "$name"
	fi
}

# expect_err NAME STATUS MESSAGE -- cmd...: exit status and exact stderr
expect_err() {
	name=$1 want_status=$2 want=$3
	shift 4
	"$@" >"$TMP/out" 2>"$TMP/err"
	st=$?
	got=$(cat "$TMP/err")
	if [ "$st" -ne "$want_status" ] || [ "$got" != "$want" ]; then
		not_ok "$name (exit $st, expected $want_status)"
		echo "# expected: $want"
		echo "# got:      $got"
	else
		ok "$name"
	fi
}

# run_cases CASES DIR EXPECTED DATA: each "name | arguments" line of CASES
# (# comments and blank lines aside) run in DIR with --data DATA, its output
# compared with EXPECTED/name.out; UPDATE_GOLDEN=1 rewrites those first
run_cases() {
	cases=$1 dir=$2 exp=$3 data=$4
	while IFS='|' read -r name args; do
		case "$name" in '#'*|'') continue ;; esac
		name=$(echo $name)
		eval "set -- $args"
		if [ -n "${UPDATE_GOLDEN:-}" ]; then
			(cd "$dir" && "$CINX" --data "$data" "$@" >"$exp/$name.out" 2>&1)
		fi
		expect "$name" 0 "$exp/$name.out" -- sh -c 'cd "$1" && shift && exec "$@"' sh "$dir" "$CINX" --data "$data" "$@"
	done <"$cases"
}

# real_data NAME: the path of a shared data file, or empty
real_data() {
	f="${CINX_SHARED_DATA:-$top_srcdir/../shared/data}/$1"
	[ -r "$f" ] && echo "$f"
}
