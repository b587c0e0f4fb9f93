#!/bin/sh
# SPDX-License-Identifier: MIT
# The six hand-made EES shapes of tests/ees (invented values) through
# table, trend, show and info, in text and machine formats: exact output in
# tests/ees/expected (UPDATE_GOLDEN=1 rewrites it). The explorer's screens
# of the same files are golden screens in tests/ui.
. "$top_srcdir/tests/cli/lib.sh"
EES="$top_srcdir/tests/ees"

run_cases "$EES/cases.txt" "$EES" "$EES/expected" academic_two_filters.csv

# info names this machine's folders: those rows aside, it is exact
for shape in academic_two_filters filter_without_total attribute_column financial_years other_levels terms; do
	(cd "$EES" && "$CINX" info --data "$shape.csv") 2>&1 |
		grep -Ev '^(Cache|Cached|System-wide|API base|Downloads|Data sets cached) ' >"$TMP/info.out"
	[ -z "${UPDATE_GOLDEN:-}" ] || cp "$TMP/info.out" "$EES/expected/${shape}_info.out"
	if diff -u "$EES/expected/${shape}_info.out" "$TMP/info.out" >"$TMP/diff"; then
		ok "$shape: info"
	else
		not_ok "$shape: info"
		sed 's/^/# /' "$TMP/diff" | head -20
	fi
done

done_testing
