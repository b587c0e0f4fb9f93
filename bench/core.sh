#!/bin/sh
# SPDX-License-Identifier: MIT
# Core benchmark on the real file: load and index time and memory, and the
# whole `cinx table` process against Miller and VisiData in the same run.
# Prints numbers; asserts nothing. Usage: bench/core.sh [BUILD_DIR]
set -eu
TOP=$(cd "$(dirname "$0")/.." && pwd)
B=${1:-$TOP/_build}
DATA=${CINX_SHARED_DATA:-$TOP/../shared/data}/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv
[ -r "$DATA" ] || { echo "bench: $DATA not found" >&2; exit 1; }
make -s -C "$B" cinx bench/load_index >/dev/null

echo "## machine"
echo "cpu: $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(nproc) cores"
echo "cinx: $("$B/cinx" --version); mlr: $(mlr --version 2>/dev/null | head -1); vd: $(vd --version 2>/dev/null | head -1)"
echo
echo "## load and index (in-process, file already in memory; target: median <= 3 ms, peak <= 4 MiB)"
"$B/bench/load_index" "$DATA" 200
echo
echo "## peak memory of whole processes (max RSS, KiB)"
TABLE="table --year 2025 --metric rereferral_percent --level la --sort desc --format csv"
printf 'cinx table   %s\n' "$(/usr/bin/time -f %M "$B/cinx" --data "$DATA" $TABLE 2>&1 >/dev/null | tail -1)"
if command -v mlr >/dev/null; then
	printf 'mlr          %s\n' "$(/usr/bin/time -f %M mlr --icsv --ocsv filter '$time_period == 2025 && $geographic_level == "Local authority"' \
		then sort -nr rereferral_percent "$DATA" 2>&1 >/dev/null | tail -1)"
fi
echo
echo "## whole process: cinx table vs Miller vs VisiData (target: cinx >= 4x faster than Miller)"
if command -v hyperfine >/dev/null; then
	set -- "$B/cinx --data '$DATA' $TABLE"
	command -v mlr >/dev/null && set -- "$@" \
		"mlr --icsv --ocsv filter '\$time_period == 2025 && \$geographic_level == \"Local authority\"' then sort -nr rereferral_percent then cut -o -f time_period,geographic_level,new_la_code,la_name,old_la_code,rereferral_percent '$DATA'"
	command -v vd >/dev/null && set -- "$@" "vd -b '$DATA' -o /tmp/cinx-bench-vd.csv"
	hyperfine -N --warmup 3 --min-runs 20 --style basic --export-markdown /tmp/cinx-bench-core.md "$@" 2>/dev/null |
		grep -Ev '^\s*$'
	echo
	cat /tmp/cinx-bench-core.md
	rm -f /tmp/cinx-bench-vd.csv /tmp/cinx-bench-core.md
else
	echo "hyperfine not installed (apt-get install hyperfine)"
fi
