#!/bin/sh
# SPDX-License-Identifier: MIT
# The oracle's own rounding and statistics on invented values (exact halves).
: "${top_srcdir:=.}"
if ! command -v python3 >/dev/null; then
	echo "1..0 # SKIP python3 is not installed"
	exit 0
fi
export PYTHONDONTWRITEBYTECODE=1
exec python3 "$top_srcdir/tests/oracle/test_rules.py"
