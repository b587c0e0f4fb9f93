#!/bin/sh
# SPDX-License-Identifier: MIT
# The independent oracle (tests/oracle/oracle.py) against the published files:
# every cell of table, trend, show, compare, neighbours and notable recomputed
# from the documented rules and compared with what cinx prints.
# CINX_ORACLE_SAMPLE=N checks every Nth run only; a sanitizer build, about
# three times slower, checks every 3rd unless told otherwise.
: "${CINX:?CINX must point to the built cinx binary}"
: "${top_srcdir:=.}"
DATA="${CINX_SHARED_DATA:-$top_srcdir/../shared/data}"
if ! command -v python3 >/dev/null; then
	echo "1..0 # SKIP python3 is not installed"
	exit 0
fi
if [ ! -r "$DATA/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv" ]; then
	echo "1..0 # SKIP the published files are not in $DATA (set CINX_SHARED_DATA)"
	exit 0
fi
if [ -z "${CINX_ORACLE_SAMPLE:-}" ] && grep -qa __asan_init "$CINX"; then
	CINX_ORACLE_SAMPLE=3
	echo "# sanitizer build: checking every 3rd run (CINX_ORACLE_SAMPLE=1 checks all)"
fi
export CINX_ORACLE_SAMPLE LC_ALL=C.UTF-8 TZ=UTC NO_COLOR=1
unset CINX_DATA
TMP=$(mktemp -d "${TMPDIR:-/tmp}/cinx-oracle.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export XDG_CACHE_HOME="$TMP/cache" XDG_CONFIG_HOME="$TMP/config" # never the user's own
export PYTHONDONTWRITEBYTECODE=1
exec python3 "$top_srcdir/tests/oracle/oracle.py" "$CINX" "$DATA"
