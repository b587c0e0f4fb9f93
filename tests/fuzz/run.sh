#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds every tests/fuzz/fuzz_*.c with clang's libFuzzer, ASan and UBSan,
# then runs each for $FUZZ_SECONDS (default 600; 0 replays the seeds only).
# Usage: run.sh SRCDIR BUILDDIR LIBRARY_SOURCES...   (make fuzz passes these)
# Environment: FUZZ_CC (default clang-14, else clang), FUZZ_SECONDS,
# FUZZ_CPPFLAGS and FUZZ_LIBS (make passes the build's), FUZZ_ONLY (one
# harness, e.g. loader). Objects and corpora stay in BUILDDIR/fuzz.
set -eu
srcdir=$1 builddir=$2
shift 2
seconds=${FUZZ_SECONDS:-600}
cc=${FUZZ_CC:-$(command -v clang-14 || command -v clang || true)}
[ -n "$cc" ] || { echo "fuzz: clang not found; install the Debian packages clang-14 and libclang-rt-14-dev" >&2; exit 1; }
work="$builddir/fuzz"
mkdir -p "$work/obj" "$work/artifacts"

flags="-std=c11 -g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
incs="-I$builddir -I$srcdir/include -I$srcdir/src ${FUZZ_CPPFLAGS:-}"
objs=
for src in "$@"; do
	case $src in *.c) ;; *) continue ;; esac
	obj="$work/obj/$(echo "$src" | tr / _ | sed 's/\.c$/.o/')"
	# rebuilt when the source or any header is newer
	if [ ! -f "$obj" ] || [ -n "$(find "$srcdir/$src" -newer "$obj")" ] ||
	   [ -n "$(find "$srcdir/include" "$srcdir/src" "$builddir/config.h" -name '*.h' -newer "$obj" | head -n 1)" ]; then
		echo "  CC (fuzz) $src"
		# shellcheck disable=SC2086
		"$cc" $flags -fsanitize=fuzzer-no-link $incs -c "$srcdir/$src" -o "$obj"
	fi
	objs="$objs $obj"
done

# an archive, so that a harness links only the objects it needs
lib="$work/libcinx-fuzz.a"
rm -f "$lib"
# shellcheck disable=SC2086
ar rcs "$lib" $objs

status=0
for harness in "$srcdir"/tests/fuzz/fuzz_*.c; do
	name=$(basename "$harness" .c)
	target=${name#fuzz_}
	[ -z "${FUZZ_ONLY:-}" ] || [ "$FUZZ_ONLY" = "$target" ] || continue
	echo "  CCLD (fuzz) $name"
	# shellcheck disable=SC2086
	"$cc" $flags -fsanitize=fuzzer $incs "$harness" "$lib" ${FUZZ_LIBS:-} -o "$work/$name"
	corpus="$work/corpus/$target"
	mkdir -p "$corpus"
	seeds="$srcdir/tests/fuzz/corpus/$target"
	dict="$srcdir/tests/fuzz/$target.dict"
	set -- -max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$work/artifacts/$name-"
	[ -f "$dict" ] && set -- "$@" -dict="$dict"
	if [ "$seconds" -eq 0 ]; then
		set -- "$@" -runs=0
	else
		set -- "$@" -max_total_time="$seconds"
	fi
	echo "fuzz: running $name for ${seconds}s (corpus $corpus, crashes in $work/artifacts)"
	if ! "$work/$name" "$@" "$corpus" "$seeds" 2>"$work/$name.log"; then
		status=1
		tail -n 60 "$work/$name.log" >&2
	fi
	grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|stat::peak_rss_mb|Done )' \
		"$work/$name.log" | sed "s/^/fuzz: $name: /"
done
exit $status
