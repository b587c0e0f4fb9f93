#!/bin/sh
# SPDX-License-Identifier: MIT
# The comparison commands on the hand-made fixtures (exact output), their
# errors, the configuration file, and the acceptance checks on the real
# files when ../shared/data is there.
. "$top_srcdir/tests/cli/lib.sh"
HERE="$top_srcdir/tests/compare"
EXP="$HERE/expected"
MINI=../fixtures/mini.csv
# a developer's own configuration must not change the answers
XDG_CONFIG_HOME="$TMP/no-config"
export XDG_CONFIG_HOME

# golden outputs, run beside the fixtures so that notes name them briefly
run_cases "$HERE/cases.txt" "$HERE" "$EXP" "$MINI"

M="$FIX/mini.csv"
SN="$HERE/sn.csv"
POP="$HERE/population.csv"

# errors: a clear message, the right exit status, nothing on stdout
expect_err "neighbours needs the model" 2 "cinx: no statistical neighbours model; pass --neighbours FILE or set 'neighbours = FILE' in the configuration file" -- \
	"$CINX" --data "$M" neighbours Hartlepool
expect_err "an authority absent from the model says so" 2 "cinx: Northamptonshire (old code 928) is not in the statistical neighbours model $SN: it was replaced in 2022 by North Northamptonshire and others" -- \
	"$CINX" --data "$M" --neighbours "$SN" neighbours Northamptonshire
expect_err "neighbours are for authorities" 2 "cinx: statistical neighbours are for local authorities; London is a region" -- \
	"$CINX" --data "$M" --neighbours "$SN" neighbours London
expect_err "compare takes at most 8" 2 "cinx: compare takes at most 8 areas (got 9), e.g. cinx compare Leeds Bradford Kirklees" -- \
	"$CINX" --data "$M" compare 805 391 940 941 204 202 302 815 810
expect_err "compare needs an area" 2 "cinx: compare takes one or more areas, e.g. cinx compare Leeds Bradford Kirklees" -- \
	"$CINX" --data "$M" compare
expect_err "bad threshold" 2 "cinx: --threshold expects a positive number such as 5, not '-1'" -- \
	"$CINX" --data "$M" notable --threshold -1
printf 'old_la_code,SN_1,SN_1P\n805,391,Close\n391,80x,Close\n' >"$TMP/sn.csv"
expect_err "a bad model line names file:line:column" 65 "cinx: $TMP/sn.csv:3:2: found '80x' in column 'SN_1'; expected a 3-digit old LA code" -- \
	"$CINX" --data "$M" --neighbours "$TMP/sn.csv" show Hartlepool
[ -s "$TMP/out" ] && not_ok "nothing printed from a bad model" || ok "nothing printed from a bad model"
expect_err "a missing population file" 74 "cinx: $TMP/none.csv: cannot open: No such file or directory" -- \
	"$CINX" --data "$M" --population "$TMP/none.csv" table
expect_err "a file that is not population" 65 "cinx: $M:1:1: no column 'age_group'; expected one holding 'Children aged 0 to 17 years' (rates need ONS mid-year estimates of children aged 0 to 17 in EES layout)" -- \
	"$CINX" --data "$M" --population "$M" table
# estimates of another age group would give rates wrong by a factor
sed '3s/Children aged 0 to 17 years/Children aged 0 to 4 years/' "$POP" >"$TMP/pop04.csv"
expect_err "a population of another age group is a located error" 65 "cinx: $TMP/pop04.csv:3:11: found 'Children aged 0 to 4 years' in column 'age_group'; expected 'Children aged 0 to 17 years' in every row (rates need ONS mid-year estimates of children aged 0 to 17 in EES layout)" -- \
	"$CINX" --data "$M" --population "$TMP/pop04.csv" table --metric referral_rate_per_10k
[ -s "$TMP/out" ] && not_ok "nothing printed from a population of another age group" || ok "nothing printed from a population of another age group"
cut -d, -f1-10,12 "$POP" >"$TMP/pop_noage.csv"
expect_err "a population without an age group is refused" 65 "cinx: $TMP/pop_noage.csv:1:1: no column 'age_group'; expected one holding 'Children aged 0 to 17 years' (rates need ONS mid-year estimates of children aged 0 to 17 in EES layout)" -- \
	"$CINX" --data "$M" --population "$TMP/pop_noage.csv" table
printf 'old_la_code,SN_1,SN_1P,SN_2,SN_2P\n805,391,Close,391,Close\n' >"$TMP/sn_twice.csv"
expect_err "a neighbour listed twice in a row is a located error" 65 "cinx: $TMP/sn_twice.csv:2:4: authority 391 is listed twice as a neighbour of 805, in columns 'SN_1' and 'SN_2'; expected 2 different authorities" -- \
	"$CINX" --data "$M" --neighbours "$TMP/sn_twice.csv" show Hartlepool

# the configuration file: paths and defaults, the command line wins
mkdir -p "$TMP/xdg/cinx" "$TMP/home/.config/cinx"
cat >"$TMP/xdg/cinx/config" <<CONF
# test configuration
data = $M
neighbours = $SN
population = $POP
metric = rereferral_percent
CONF
XDG_CONFIG_HOME="$TMP/xdg" expect "config supplies data, model, rates and metric" 0 "$EXP/neighbours_text.out" -- \
	sh -c "cd '$HERE' && exec '$CINX' --data $MINI neighbours Hartlepool --year 2022 --neighbours sn.csv"
XDG_CONFIG_HOME="$TMP/xdg" "$CINX" neighbours Hartlepool --year 2022 >"$TMP/cfg.out" 2>&1
grep -q '^   mean  .* 24\.0  2 of 4$' "$TMP/cfg.out" && ok "config: neighbours from the configured files" ||
	{ not_ok "config: neighbours from the configured files"; sed 's/^/# /' "$TMP/cfg.out"; }
XDG_CONFIG_HOME="$TMP/xdg" "$CINX" table --year 2022 --format csv >"$TMP/cfg.csv" 2>&1
head -1 "$TMP/cfg.csv" | grep -q ',rereferral_percent,' && ok "config: default metric" || not_ok "config: default metric"
XDG_CONFIG_HOME="$TMP/xdg" "$CINX" table --year 2022 --format csv --metric referral_rate_per_10k >"$TMP/cfg.csv" 2>&1
grep -q '^2022,Local authority,E06000001,Hartlepool,805,614\.6,' "$TMP/cfg.csv" && ok "config: the command line wins; rates from the configured population" ||
	{ not_ok "config: the command line wins; rates from the configured population"; sed 's/^/# /' "$TMP/cfg.csv"; }
printf 'time_period,geographic_level,country_code,country_name,region_code,region_name,new_la_code,la_name,referral_count\n2025,National,E92000001,Elsewhere,,,,,5\n' >"$TMP/other.csv"
XDG_CONFIG_HOME="$TMP/xdg" CINX_DATA="$TMP/other.csv" "$CINX" table --level national --metric referral_count --format csv >"$TMP/env.csv" 2>&1
grep -q ',Elsewhere,' "$TMP/env.csv" && ok "CINX_DATA wins over the configured data" || not_ok "CINX_DATA wins over the configured data"
printf 'format = csv\ncolour = no\n' >"$TMP/home/.config/cinx/config"
expect_err "a bad config line stops with its line number (via HOME)" 78 "cinx: $TMP/home/.config/cinx/config:2: unknown key 'colour'; expected one of data, population, neighbours, no-snapshot, year, metric, level, region, sort, limit, format, ascii, utf8, raw, no-color, no-mouse" -- \
	env -u XDG_CONFIG_HOME HOME="$TMP/home" "$CINX" --data "$M" table
printf 'ascii = yes\n' >"$TMP/home/.config/cinx/config"
env -u XDG_CONFIG_HOME HOME="$TMP/home" "$CINX" --data "$M" compare Hartlepool 391 >"$TMP/ascii.out" 2>&1
grep -q '^Hartlepool .* ____$' "$TMP/ascii.out" && ok "config: ascii = yes" || { not_ok "config: ascii = yes"; sed 's/^/# /' "$TMP/ascii.out"; }

# acceptance on the real files
D="${CINX_SHARED_DATA:-$top_srcdir/../shared/data}"
C1=$(real_data c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)
RP=$(real_data ons_mid-year_population_estimates_2012_to_2024.csv)
RSN=$(real_data sn_model_2025_wide.csv)
if [ -z "$C1" ] || [ -z "$RP" ] || [ -z "$RSN" ]; then
	skip "real data: rates, neighbours and compare" "$D not present"
else
	"$CINX" --data "$C1" --population "$RP" table --level national --metric referral_rate_per_10k --year 2025 --format csv >"$TMP/r.csv"
	[ "$(sed -n '2p' "$TMP/r.csv" | cut -d, -f4,6)" = "England,519.4" ] &&
		ok "England 2025 referral_rate_per_10k is 519.4" || { not_ok "England 2025 referral_rate_per_10k is 519.4"; sed 's/^/# /' "$TMP/r.csv"; }

	"$CINX" --data "$C1" --neighbours "$RSN" neighbours Leeds --year 2024 --metric rereferral_percent --format tsv >"$TMP/n.tsv"
	# the model's own list for Leeds (383), read from the file
	want=$(sed 's/\r$//' "$RSN" | awk -F, '$1 == "383" { for (i = 5; i < 25; i += 2) printf "%s ", $i }')
	got=$(awk -F'\t' 'NR > 1 && NR <= 11 { printf "%s ", $5 }' "$TMP/n.tsv")
	[ -n "$want" ] && [ "$got" = "$want" ] && ok "neighbours Leeds: the model's 10 in model order" ||
		{ not_ok "neighbours Leeds: the model's 10 in model order"; echo "# want: $want"; echo "# got:  $got"; }
	# mean and median of the ten values listed, recomputed here
	vals=$(awk -F'\t' 'NR > 1 && NR <= 11 && $7 ~ /^[0-9.]+$/ { print $7 }' "$TMP/n.tsv" | sort -n | tr '\n' ' ')
	want_mm=$(echo "$vals" | awk '{ s = 0; for (i = 1; i <= NF; i++) s += $i; m = NF % 2 ? $((NF + 1) / 2) : ($(NF / 2) + $(NF / 2 + 1)) / 2; printf "mean,%.1f,%d median,%.1f,%d", s / NF, NF, m, NF }')
	got_mm=$(awk -F'\t' '$3 == "mean" || $3 == "median" { printf "%s%s,%s,%s", sep, $3, $7, $8; sep = " " }' "$TMP/n.tsv")
	[ "$got_mm" = "$want_mm" ] && ok "neighbours Leeds: mean and median of the 10" ||
		{ not_ok "neighbours Leeds: mean and median of the 10"; echo "# want: $want_mm"; echo "# got:  $got_mm"; }

	"$CINX" --data "$C1" compare Leeds Bradford Kirklees --metric rereferral_percent --year 2025 >"$TMP/c.out"
	got=$(sed -n 's/^\(Leeds\|Bradford\|Kirklees\) .* Local authority  *\([0-9.]*\) .*/\1=\2/p' "$TMP/c.out" | tr '\n' ' ')
	[ "$got" = "Leeds=24.2 Bradford=22.9 Kirklees=19.7 " ] && ok "compare Leeds Bradford Kirklees: 24.2, 22.9, 19.7" ||
		{ not_ok "compare Leeds Bradford Kirklees: 24.2, 22.9, 19.7"; sed 's/^/# /' "$TMP/c.out"; }

	"$CINX" --data "$C1" --neighbours "$RSN" --population "$RP" show Leeds >"$TMP/s.out"
	grep -Eq '^Referral rate +[0-9.,]+ .* [0-9.]+ +[+-][0-9.]+ +[0-9.]+ +[+-][0-9.]+ ' "$TMP/s.out" &&
		grep -q '^SN: the mean and median of Leeds' "$TMP/s.out" && ok "show Leeds: benchmarks with neighbours and rates" ||
		{ not_ok "show Leeds: benchmarks with neighbours and rates"; sed 's/^/# /' "$TMP/s.out"; }
	"$CINX" --data "$C1" trend "North Northamptonshire" --with-predecessors --metric referral_count --format csv >"$TMP/t.csv"
	[ "$(grep -c ',Northamptonshire,928,predecessor,' "$TMP/t.csv")" -eq 9 ] &&
		ok "North Northamptonshire's trend shows Northamptonshire 2013 to 2021" ||
		{ not_ok "North Northamptonshire's trend shows Northamptonshire 2013 to 2021"; sed 's/^/# /' "$TMP/t.csv"; }
fi

# One rule for notable outliers everywhere: the explorer's list, its export
# and print mode (with a population file, counts are judged by their rates)
# (the hand-made halves file: Amberford is an outlier by rate, not by count)
HALVES="$top_srcdir/tests/halves"
"$CINX" --data "$HALVES/halves.csv" --population "$HALVES/population.csv" \
	--keys "!e<C-u>$TMP/notable.csv<Enter>" --dump >/dev/null 2>&1
"$CINX" --data "$HALVES/halves.csv" --population "$HALVES/population.csv" notable --metric referral_count \
	--format csv >"$TMP/notable_print.csv" 2>/dev/null
"$CINX" --data "$HALVES/halves.csv" --population "$HALVES/population.csv" --keys '!' --screen 200x60 --dump \
	>"$TMP/notable.txt" 2>&1
on_screen=yes
for name in $(cut -d, -f4 "$TMP/notable_print.csv" | tail -n +2 | tr ' ' '_'); do
	grep -q "$(echo "$name" | tr '_' ' ')" "$TMP/notable.txt" || on_screen=no
done
if grep -q '^[0-9]*,Local authority,E06000901,Amberford,.*below the lower fence' "$TMP/notable_print.csv" &&
	[ -s "$TMP/notable.csv" ] && cmp -s "$TMP/notable.csv" "$TMP/notable_print.csv" && [ $on_screen = yes ] &&
	[ "$(grep -c 'above the upper fence\|below the lower fence\|or more' "$TMP/notable.txt")" -ge \
	  "$(($(wc -l <"$TMP/notable_print.csv") - 1))" ]; then
	ok "the explorer's notable export is print mode's notable, row for row"
else
	not_ok "the explorer's notable export is print mode's notable, row for row"
	diff "$TMP/notable_print.csv" "$TMP/notable.csv" | sed 's/^/# /' | head -10
fi
"$CINX" --data "$HALVES/halves.csv" --population "$HALVES/population.csv" notable --metric referral_count \
	--format json >"$TMP/notable.json" 2>/dev/null
python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
sys.exit(0 if any("outliers by Referral rate, not by count" in n for n in d["notes"]) else 1)' "$TMP/notable.json" &&
	ok "notable JSON carries its notes, the basis of the fences among them" ||
	not_ok "notable JSON carries its notes, the basis of the fences among them"

done_testing
