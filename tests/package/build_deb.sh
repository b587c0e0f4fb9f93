#!/bin/sh
# SPDX-License-Identifier: MIT
# Builds the Debian package from the distribution tarball, as a packager
# would, and runs lintian on it. Usage: tests/package/build_deb.sh BUILD_DIR
# (a configured build tree). Fails on a build failure or any lintian error.
set -eu
build=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/../.." && pwd)
for tool in dpkg-buildpackage lintian dh; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "build_deb: $tool is missing (Debian packages dpkg-dev, debhelper, lintian)" >&2
		exit 1
	fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

make -s -C "$build" dist >/dev/null
tarball=$(ls -t "$build"/cinx-*.tar.gz | head -n 1)
tar -xzf "$tarball" -C "$work"
src=$(ls -d "$work"/cinx-*)
# the tarball is the source; debian/ is the packaging kept beside it in git
cp -R "$top/debian" "$src/"
(cd "$src" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b >"$work/build.log" 2>&1) || {
	tail -n 40 "$work/build.log" >&2
	echo "build_deb: dpkg-buildpackage failed" >&2
	exit 1
}
deb=$(ls "$work"/cinx_*.deb)
echo "build_deb: built $(basename "$deb")"
dpkg-deb --contents "$deb" | awk '{print $NF}' >"$work/contents"
for f in /usr/bin/cinx '/usr/share/man/man1/cinx\.1.*' /usr/share/bash-completion/completions/cinx \
	/usr/share/zsh/vendor-completions/_cinx /usr/share/fish/vendor_completions.d/cinx.fish; do
	grep -qx "\.$f" "$work/contents" ||
		{ echo "build_deb: the package lacks $f" >&2; cat "$work/contents" >&2; exit 1; }
done
# opened at run time (src/net/dynlib.h), so dh_shlibdeps cannot see them:
# named in Depends by hand, and never linked
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libcurl4 libjson-c5 libncursesw6 libnettle8; do
	echo "$depends" | tr ',' '\n' | grep -q "^ *$lib\( \|\$\)" ||
		{ echo "build_deb: Depends lacks $lib: $depends" >&2; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
if readelf -d "$work/root/usr/bin/cinx" | grep NEEDED | grep -E 'libjson-c|libnettle|libcurl|libncurses|libtinfo' >&2; then
	echo "build_deb: the packaged cinx links a library that only some commands need" >&2
	exit 1
fi
lintian --fail-on error --suppress-tags-from-file /dev/null "$deb" >"$work/lintian.log" 2>&1 || {
	cat "$work/lintian.log" >&2
	echo "build_deb: lintian reports errors" >&2
	exit 1
}
grep -c '^[WE]:' "$work/lintian.log" | sed 's/^/build_deb: lintian warnings and errors: /' || true
cat "$work/lintian.log"
