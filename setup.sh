#!/bin/sh
# SPDX-License-Identifier: MIT
# One-step set-up for a fresh Debian 12 machine (run as root, safe to rerun):
#   ./setup.sh run     install what is missing, build, and open the explorer
#   ./setup.sh test    install what is missing, build, and run the whole test suite
# Builds live in _build* folders beside this script; nothing is installed
# system-wide except Debian packages.
set -eu

cd "$(dirname "$0")"
TOP=$(pwd)
JOBS=$(nproc 2>/dev/null || echo 2)
# the published files, for the acceptance tests, from every build (distcheck too)
CINX_SHARED_DATA=${CINX_SHARED_DATA:-$(cd "$TOP/.." && pwd)/shared/data}
export CINX_SHARED_DATA

BUILD_PACKAGES="build-essential autoconf automake pkg-config libcsv-dev libncurses-dev
libcmocka-dev libcurl4-openssl-dev libjson-c-dev libgnutls28-dev nettle-dev libxxhash-dev ca-certificates"
TEST_PACKAGES="tmux python3 valgrind locales time strace debhelper dpkg-dev fakeroot lintian bash-completion zsh fish"

say() { printf '==> %s\n' "$*"; }

install_packages() {
	missing=""
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
	done
	[ -z "$missing" ] && return 0
	say "installing:$missing"
	if [ "$(id -u)" -ne 0 ]; then
		echo "setup.sh: these Debian packages are missing:$missing; run as root or install them with apt-get" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

bootstrap() {
	if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt Makefile.in ]; then
		say "bootstrapping (autoreconf)"
		autoreconf -fi
	fi
}

# build DIR [configure options...]
build() {
	dir=$1
	shift
	mkdir -p "$dir"
	if [ ! -f "$dir/config.status" ] || [ configure -nt "$dir/config.status" ] ||
		[ "$(cat "$dir/.options" 2>/dev/null)" != "$*" ]; then
		say "configuring $dir ($*)"
		(cd "$dir" && "$TOP/configure" -q "$@")
		echo "$*" >"$dir/.options"
	fi
	say "building $dir"
	make -s -C "$dir" -j"$JOBS" >/dev/null
}

run() {
	install_packages $BUILD_PACKAGES
	bootstrap
	build _build
	# The official copy when the network allows; the explorer falls back to
	# the demo data set otherwise.
	if [ -z "${CINX_DATA:-}" ] && grep -q '"update"' src/cli/cli.c 2>/dev/null; then
		_build/cinx update || say "no download (offline?): opening what is cached, or the demo data"
	fi
	exec _build/cinx "$@"
}

test_all() {
	install_packages $BUILD_PACKAGES $TEST_PACKAGES
	bootstrap
	# C.UTF-8 exists on every Debian system; the UI tests use it.
	start=$(date +%s)

	build _build --enable-werror
	say "make check"
	make -s -C _build -j"$JOBS" check || { cat _build/test-suite.log; exit 1; }

	build _build-san --enable-werror --enable-sanitizers
	say "make check with AddressSanitizer and UndefinedBehaviorSanitizer"
	ASAN_OPTIONS=detect_leaks=1 make -s -C _build-san -j"$JOBS" check || { cat _build-san/test-suite.log; exit 1; }

	build _build-nocurl --enable-werror --without-curl
	say "make check without libcurl"
	make -s -C _build-nocurl -j"$JOBS" check || { cat _build-nocurl/test-suite.log; exit 1; }

	if [ -x tests/valgrind.sh ]; then
		say "valgrind memcheck on the command-line tests"
		tests/valgrind.sh _build
	fi

	say "make distcheck"
	make -s -C _build -j"$JOBS" distcheck DISTCHECK_CONFIGURE_FLAGS=--enable-werror >/dev/null ||
		{ echo "distcheck failed" >&2; exit 1; }

	say "Debian package and lintian"
	tests/package/build_deb.sh _build

	# one closing line for the whole run, summed over the three builds
	pass=0 fail=0 skipped=0
	for log in _build/test-suite.log _build-san/test-suite.log _build-nocurl/test-suite.log; do
		pass=$((pass + $(sed -n 's/^# PASS: *//p' "$log")))
		fail=$((fail + $(sed -n 's/^# FAIL: *//p' "$log") + $(sed -n 's/^# ERROR: *//p' "$log")))
		skipped=$((skipped + $(sed -n 's/^# SKIP: *//p' "$log")))
	done
	say "all checks passed in $(($(date +%s) - start)) s"
	echo "tests: $pass passed, $fail failed, $skipped skipped"
}

case "${1:-}" in
run) shift; run "$@" ;;
test) test_all ;;
*)
	echo "usage: ./setup.sh run [cinx options]   set up and open the explorer" >&2
	echo "       ./setup.sh test                  set up and run the whole test suite" >&2
	exit 2
	;;
esac
