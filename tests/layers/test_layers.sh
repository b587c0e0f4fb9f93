#!/bin/sh
# SPDX-License-Identifier: MIT
# The layers depend one way (doc/architecture.md):
#   model < analysis < report, net < ui < cli
# A file may include headers of its own layer and of layers below it; report
# and net are side by side and use neither each other; ui never includes
# cli. A public header include/cinx/NAME.h belongs to the layer of
# src/LAYER/NAME.c (or the table below when no such file exists). Prints TAP.
set -u
TOP=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$TOP" || exit 1

rank() {
	case $1 in
	model) echo 0 ;; analysis) echo 1 ;; report | net) echo 2 ;; ui) echo 3 ;; cli) echo 4 ;;
	*) echo 99 ;;
	esac
}

# the layer of a public header
header_layer() {
	name=$1
	for d in src/*/; do
		[ -f "$d$name.c" ] && { basename "$d"; return; }
	done
	case $name in
	analysis_queries) echo report ;; # print-mode queries of the analysis, built in report/
	*) echo unknown ;;
	esac
}

n=0 fail=0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for f in src/*/*.c src/*/*.h; do
	layer=$(basename "$(dirname "$f")")
	r=$(rank "$layer")
	grep -n '^#include "' "$f" | while IFS= read -r line; do
		inc=$(printf '%s\n' "$line" | sed 's/^[0-9]*:#include "\(.*\)".*/\1/')
		case $inc in
		cinx/*) il=$(header_layer "$(basename "$inc" .h)") ;;
		../*) il=escape ;;
		*/*) il=${inc%%/*} ;;
		*) il=$layer ;; # beside the file
		esac
		ir=$(rank "$il")
		if [ "$il" = "$layer" ]; then
			continue
		elif [ "$ir" -ge 99 ]; then
			echo "$f:${line%%:*}: includes \"$inc\", which belongs to no layer" >>"$out"
		elif [ "$ir" -ge "$r" ]; then
			echo "$f:${line%%:*}: $layer includes \"$inc\" of $il, a layer not below it" >>"$out"
		fi
	done
done
# one test per layer, so the log says where a break is
for layer in model analysis report net ui cli; do
	n=$((n + 1))
	if grep -q "^src/$layer/" "$out"; then
		echo "not ok $n - $layer includes only layers below it"
		grep "^src/$layer/" "$out" | sed 's/^/# /'
		fail=$((fail + 1))
	else
		echo "ok $n - $layer includes only layers below it"
	fi
done
# the check itself must catch a break: a tree where ui includes the cli
if [ -z "${LAYERS_SELFTEST:-}" ]; then
	n=$((n + 1))
	probe=$(mktemp -d)
	mkdir -p "$probe/src/ui" "$probe/src/cli"
	printf '#include "cli/cli.h"\n' >"$probe/src/ui/x.c"
	: >"$probe/src/cli/cli.c"
	if LAYERS_SELFTEST=1 top_srcdir=$probe sh "$0" >/dev/null 2>&1; then
		echo "not ok $n - a ui file including the cli is caught"
		fail=$((fail + 1))
	else
		echo "ok $n - a ui file including the cli is caught"
	fi
	rm -rf "$probe"
fi
echo "1..$n"
[ "$fail" -eq 0 ]
