#!/bin/sh
# SPDX-License-Identifier: MIT
# Derived figures on a hand-made file whose means, medians, percentage
# changes and rates land on exact halves: each is rounded once, in decimal,
# halves away from zero, and a difference from a shown benchmark is the
# shown value minus the shown benchmark. Then the region story: a London
# borough is measured against London, with Inner London as context.
. "$top_srcdir/tests/cli/lib.sh"
HERE="$top_srcdir/tests/halves"
run() { "$CINX" --data "$HERE/halves.csv" "$@" >"$TMP/out" 2>"$TMP/err"; }

# field FILE KEY_COLUMN KEY COLUMN: a cell of a CSV without quoted commas
field() {
	awk -F, -v kc="$2" -v key="$3" -v col="$4" '
		NR == 1 { for (i = 1; i <= NF; i++) h[$i] = i; next }
		$h[kc] == key { print $h[col]; exit }' "$1"
}

# is NAME GOT WANT
is() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1 (got '$2', expected '$3')"; fi
}

# Amberford's four neighbours have re-referral % 22.5, 22.5, 22.6 and 22.6:
# mean and median 22.55, shown 22.6 (binary floating point made it 22.4999...).
run neighbours Amberford --neighbours "$HERE/sn.csv" --metric rereferral_percent --format csv
is "neighbours: a mean of exactly 22.55 is 22.6" "$(field "$TMP/out" area_name mean rereferral_percent)" 22.6
is "neighbours: a median of exactly 22.55 is 22.6" "$(field "$TMP/out" area_name median rereferral_percent)" 22.6
run neighbours Amberford --neighbours "$HERE/sn.csv" --metric referral_count --format csv
is "neighbours: a count's mean 3209/4 = 802.25 is 802.3" "$(field "$TMP/out" area_name mean referral_count)" 802.3
is "neighbours: a count's median (1000+1001)/2 is 1000.5" "$(field "$TMP/out" area_name median referral_count)" 1000.5

# show: every "vs" is the value minus the benchmark as shown, so rows add up
run show Amberford --neighbours "$HERE/sn.csv" --population "$HERE/population.csv" --format csv
is "show csv: SN mean of re-referral %" "$(field "$TMP/out" area_name Amberford rereferral_percent_sn_mean)" 22.6
is "show csv: 20.0 - 22.6 = -2.6 (not -2.55 rounded)" \
	"$(field "$TMP/out" area_name Amberford rereferral_percent_diff_sn_mean)" -2.6
is "show csv: 20.0 - median 22.6 = -2.6" "$(field "$TMP/out" area_name Amberford rereferral_percent_diff_sn_median)" -2.6
is "show csv: 1294 - 802.3 = 491.7 (not 491.75 rounded)" \
	"$(field "$TMP/out" area_name Amberford referral_count_diff_sn_mean)" 491.7
is "show csv: a rate of exactly 1294 x 10000 / 80000 = 161.75 is 161.8" \
	"$(field "$TMP/out" area_name Amberford referral_rate_per_10k)" 161.8
is "show csv: the rate's change 161.8 - 162.5" "$(field "$TMP/out" area_name Amberford referral_rate_per_10k_change)" -0.7
is "show csv: the neighbours' rates 206.0, 250.0, 250.3, 250.5 average 239.2" \
	"$(field "$TMP/out" area_name Amberford referral_rate_per_10k_sn_mean)" 239.2
is "show csv: median rate (250.0 + 250.3) / 2 = 250.15 is 250.2" \
	"$(field "$TMP/out" area_name Amberford referral_rate_per_10k_sn_median)" 250.2
is "show csv: 161.8 - 250.2 = -88.4" "$(field "$TMP/out" area_name Amberford referral_rate_per_10k_diff_sn_median)" -88.4
run show Amberford --neighbours "$HERE/sn.csv" --population "$HERE/population.csv"
line=$(grep '^Re-referral % ' "$TMP/out" | tr -s ' ')
is "show text: the re-referral % row adds up" "$line" "Re-referral % 20.0 0.0 6/6 A 22.0 -2.0 22.0 -2.0 22.6 -2.6 22.6 -2.6 ▄▄"
line=$(grep '^Referrals ' "$TMP/out" | tr -s ' ')
is "show text: the referrals row adds up" "$line" "Referrals 1,294 -6 1/6 Q4 20,000 100,000 802.3 +491.7 1,000.5 +293.5 █▁"

# notable: 160 to 206 is +28.75%, shown +28.8; fences from exact quartiles
run notable --format csv
is "notable: a change of exactly 28.75% is 28.8" "$(field "$TMP/out" area_name Bexwell change_percent)" 28.8
run notable
grep -q '^Referrals: quartiles 625.0 and 1,001.8, fences 59.9 and 1,566.9 (6 authorities).$' "$TMP/out" &&
	ok "notable: quartile 1001.75 and fences 59.875 and 1566.875 round up" ||
	{ not_ok "notable: quartile 1001.75 and fences 59.875 and 1566.875 round up"; sed 's/^/# /' "$TMP/out"; }

# table: rates per 10,000 on exact halves
run table --metric referral_rate_per_10k --population "$HERE/population.csv" --format csv
is "table: 1001 x 10000 / 40000 = 250.25 is 250.3" "$(field "$TMP/out" area_name Dunholt referral_rate_per_10k)" 250.3
is "table: 1294 x 10000 / 80000 = 161.75 is 161.8" "$(field "$TMP/out" area_name Amberford referral_rate_per_10k)" 161.8

# similar: two years' average rate (162.5 + 161.8) / 2 = 162.15 is 162.2
run similar Corrin --population "$HERE/population.csv" --format csv
is "similar: an average of exactly 162.15 is 162.2" \
	"$(field "$TMP/out" area_name Amberford referral_rate_per_10k_avg)" 162.2
is "similar: (250.0 + 250.3) / 2 = 250.15 is 250.2" "$(field "$TMP/out" area_name Dunholt referral_rate_per_10k_avg)" 250.2

# the region story: Dunmere is in Inner London, and London is its region
run show Dunmere --format csv
is "show csv: the region row is London" "$(field "$TMP/out" role region area_name)" London
is "show csv: Inner London follows as the sub-region" "$(field "$TMP/out" role subregion area_name)" "Inner London"
is "show csv: diff_region is 24.2 - London's 22.4" "$(field "$TMP/out" area_name Dunmere rereferral_percent_diff_region)" 1.8
is "show csv: London's value is the one shown" "$(field "$TMP/out" role region rereferral_percent)" 22.4
is "show csv: rows in order area, region, sub-region, England" "$(cut -d, -f6 "$TMP/out" | tr '\n' ' ')" \
	"role area region subregion england "
run show Dunmere --format json
if python3 - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))["rows"]
by = {r["role"]: r for r in rows}
assert [r["role"] for r in rows] == ["area", "region", "subregion", "england"], rows
assert by["region"]["area_name"] == "London" and by["region"]["area_code"] == "E12000007"
assert by["subregion"]["area_name"] == "Inner London"
area = by["area"]
assert area["rereferral_percent_diff_region"] == 1.8, area["rereferral_percent_diff_region"]
assert round(area["rereferral_percent"] - by["region"]["rereferral_percent"], 1) == 1.8
PY
then ok "show json: region London, Inner London as sub-region, diff_region against London"
else not_ok "show json: region London, Inner London as sub-region, diff_region against London"
fi
run show Dunmere
grep -q '^Dunmere (E09000906, old code 906), local authority in London (Inner London)$' "$TMP/out" &&
	ok "show text: in London, with Inner London in brackets" || not_ok "show text: in London, with Inner London in brackets"
line=$(grep '^Re-referral % ' "$TMP/out" | tr -s ' ')
is "show text: Region is London's 22.4, vs Reg +1.8, Inner London's 30.0 as context" "$line" \
	"Re-referral % 24.2 0.0 1/6 D 22.4 +1.8 30.0 22.0 +2.2 ▄▄"
grep -q '^Region: London (the benchmark for every London borough); Inner London, the sub-region Dunmere is in,' "$TMP/out" &&
	ok "show text: the note names both" || not_ok "show text: the note names both"

done_testing
