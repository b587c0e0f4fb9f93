#!/bin/sh
# SPDX-License-Identifier: MIT
# Headless explorer screens: key scripts replayed on a virtual screen and
# the screen compared with tests/ui/golden/*.txt (hand-made fixture, and the
# built-in demo data), then the command line that reopens a view, then the
# first-day walk and the comparison on the real data when it is present.
# UPDATE_GOLDEN=1 rewrites the golden files from the current output.
. "$top_srcdir/tests/cli/lib.sh"

GOLD="$top_srcdir/tests/ui/golden"
MINI="$FIX/mini.csv"
SN=../compare/sn.csv            # from $FIX, where every screen runs
POP=../compare/population.csv
REAL_TMP=$(cd "$TMP" && pwd -P)

# golden NAME: $TMP/NAME.txt against golden/NAME.txt, after the run's status
golden() {
	name=$1 st=$2
	[ "${UPDATE_GOLDEN:-}" = 1 ] && [ "$st" -eq 0 ] && cp "$TMP/$name.txt" "$GOLD/$name.txt"
	if [ "$st" -ne 0 ]; then
		not_ok "$name (exit $st)"
		sed 's/^/# /' "$TMP/err"
	elif ! diff -u "$GOLD/$name.txt" "$TMP/$name.txt" >"$TMP/diff"; then
		not_ok "$name (screen differs; UPDATE_GOLDEN=1 rewrites the golden file)"
		sed 's/^/# /' "$TMP/diff"
	else
		ok "$name"
	fi
}

# screen NAME SIZE KEYS [OPTION...]: the dump on mini.csv, compared with
# golden/NAME.txt; run in the fixtures' folder so that paths on screen are
# short, with this run's temporary folder shown as <TMP>
screen() {
	name=$1 size=$2 keys=$3
	shift 3
	(cd "$FIX" && "$CINX" --data mini.csv --screen "$size" --keys "$keys" --dump "$@") >"$TMP/raw" 2>"$TMP/err"
	st=$?
	sed -e "s|$REAL_TMP|<TMP>|g" -e "s|$TMP|<TMP>|g" "$TMP/raw" >"$TMP/$name.txt"
	golden "$name" "$st"
}

# demo NAME SIZE KEYS [OPTION...]: the same on the demo data, with nothing
# downloaded, in a cache folder that is the same on every run
demo() {
	name=$1 size=$2 keys=$3
	shift 3
	(cd "$FIX" && XDG_CACHE_HOME=/nonexistent/cinx-test/cache "$CINX" --screen "$size" --keys "$keys" --dump "$@") \
		>"$TMP/$name.txt" 2>"$TMP/err"
	golden "$name" $?
}

screen start 80x24 ''
screen drill_region 80x24 'j<Enter>'
screen drill_london 80x24 'G<Enter>'
screen drill_inner_london 80x24 'G<Enter><Enter>'
screen year_change 80x24 'G<Enter><Enter>[[[j'
screen metric_change 80x24 'mm'
# the league table: every authority in one table (--level la, or L from the
# drill-down), filtered by region (r) and type (t), sorted, pinned, with detail
screen league 80x24 '' --level la
screen league_wide 160x50 '' --level la
screen league_from_drill 80x24 'jjL'
screen league_region_type 80x24 'Lrrrrrt'
screen league_sorted_pinned 80x24 'Lss<Space>j<Space>'
screen league_sorted_pinned_wide 160x50 'Lss<Space>j<Space>'
screen league_detail 80x24 'Ljj<Enter>'
screen league_back 80x24 'LjjjL'
screen league_empty 80x24 'Ltttt'
screen league_command 80x24 '$' --level la --region London --la-type london
# at 80x24 the detail pane in place of the table scrolls, and says where it is
screen detail_scroll_top 80x24 '<Enter>' --year 2022 --area Hackney --neighbours $SN --population $POP
screen detail_scroll_pgdn 80x24 '<Enter><PgDn>' --year 2022 --area Hackney --neighbours $SN --population $POP
screen detail_scroll_wheel 80x24 '<Enter><WheelDown 10,10><C-y>' --year 2022 --area Hackney --neighbours $SN --population $POP
screen detail_scroll_wide 160x24 '<C-d><C-e>' --year 2022 --area Hackney --neighbours $SN --population $POP
# help lines wrap in a narrow box instead of being cut
screen help_narrow 60x18 '?jjjjjjjj'
# the command line wraps between shell words with a backslash: the lines
# copied off the screen run as they are, a quoted path with spaces whole
mkdir -p "$TMP/a dir"
cp "$MINI" "$TMP/a dir/my data.csv"
"$CINX" --data "$TMP/a dir/my data.csv" --pin Hackney --pin Camden --view compare --screen 60x18 --keys '$' \
	--dump >"$TMP/cmd.txt" 2>&1
sed -n '/Reopen this view/,/Run it in a shell/p' "$TMP/cmd.txt" | sed '1d;$d' |
	sed -e 's/^│ //' -e 's/ *│$//' -e '/^$/d' -e 's/^cinx /printf "%s\\n" /' >"$TMP/cmd.sh"
printf '%s\n' --data "$TMP/a dir/my data.csv" --metric referral_count --year 2024 --pin E09000012 \
	--pin E09000007 --view compare >"$TMP/cmd.want"
if [ "$(grep -c ' \\$' "$TMP/cmd.sh")" -ge 1 ] && sh "$TMP/cmd.sh" >"$TMP/cmd.got" 2>&1 &&
	cmp -s "$TMP/cmd.want" "$TMP/cmd.got"; then
	ok "the command line's lines, with their backslashes, run as one command"
else
	not_ok "the command line's lines, with their backslashes, run as one command"
	sed 's/^/# /' "$TMP/cmd.sh" "$TMP/cmd.got"
fi
# z: trends on each row's own range, one range for the rows on screen, or
# from zero, named in the trends' header; the comparison from zero too
screen spark_same 80x24 'j<Enter>z'
screen spark_zero 80x24 'j<Enter>zz'
screen spark_zero_wide 160x30 'j<Enter>zz'
screen compare_zero 80x24 'j<Enter> j <BS>G mmczz'
# outliers of a count judged by its rate per 10,000 children when there is
# one, and said to reflect size when there is not
screen notable_by_rate 80x24 '!' --population $POP
# P continues a split county's trend with its successors combined, dimmed
screen continued_off 80x24 '' --year 2021 --area Northamptonshire
screen continued 80x24 'P' --year 2021 --area Northamptonshire
# Barnet's 2024 count is u: its change says u, not x
screen change_beside_u 80x24 '' --metric no_further_action_count --region 'Outer London'
screen sort_value_desc 80x24 'mmss'
screen sort_reversed 80x24 'mmssS'
screen search_typing 80x24 '/nor'
screen search_landed 80x24 '/hull<Enter>'
screen help 80x24 '?'
screen help_scrolled 80x24 '?<PgDn>'
screen help_end 80x24 '?G'
screen metric_list 80x24 'Mj'
screen detail_narrow 80x24 'G<Enter><Enter>{j<Tab>'
screen detail_wide 160x30 'G<Enter><Enter>{j'
screen detail_lineage 80x24 'jjj<Enter>{j<Tab>'
screen compact 60x16 'G<Enter><Enter>{j'
screen compact_smallest 40x10 'j<Enter>'
screen ascii 80x24 'G<Enter><Enter>{j' --ascii
screen too_small 39x10 ''
screen too_small_tiny 20x5 ''
screen resized 80x24 'G<Enter><Resize 20x5><Resize 50x12><Resize 100x30>'
screen playing 80x24 'p'
screen mouse 80x24 '<Click 18,3><DoubleClick 5,8>'
screen mouse_crumb 80x24 '<Click 18,3><DoubleClick 5,8><Click 2,1>'

# ---- pins, the comparison and its chart ------------------------------------------
# Hartlepool and Newcastle (authorities) and London (a region), re-referral %
PIN3='j<Enter> j <BS>G mm'
screen pins 80x24 "$PIN3"
screen compare 80x24 "${PIN3}c"
screen compare_ascii 80x24 "${PIN3}c" --ascii
screen compare_year_metric 80x24 "${PIN3}c[[b"
screen compare_select 80x24 "${PIN3}cjj"
screen compare_unpin 80x24 "${PIN3}cj "
screen compare_wide 160x40 "${PIN3}c"
screen compare_compact 60x16 "${PIN3}c"
screen compare_smallest 40x10 "${PIN3}c"
screen compare_empty 80x24 'c'
screen compare_empty_narrow 60x18 'c'
screen compare_back 80x24 "${PIN3}c<BS>"
screen pin_limit 80x24 ' j j j j <Enter> j k<Enter> j '
screen neighbours_pin 80x24 'j<Enter>a' --neighbours "$SN"
screen neighbours_none 80x24 'j<Enter>a'
screen detail_benchmarks 80x24 'j<Enter><Tab>mm' --neighbours "$SN"
screen detail_benchmarks_wide 160x40 'G<Enter><Enter>j' --neighbours "$SN"

# ---- rates, notable changes, predecessors ------------------------------------------
screen derived_metric 80x24 'bb' --population "$POP"
screen derived_detail 80x24 'j<Enter><Tab>bb' --population "$POP"
screen derived_list 80x24 'Mkk' --population "$POP"
screen notable_marks 80x24 'mjj<Enter>'
screen notable_list 80x24 'm!'
screen notable_none 80x24 '!'
screen notable_to_table 80x24 'm!<Enter>'
screen predecessors 80x24 'jjj<Enter>P'
screen predecessors_detail 80x24 'jjj<Enter>P<Tab>'
screen predecessors_compare 80x24 "jjj<Enter> j P<BS>G<Enter><Enter>j c"

# ---- export, copy and the command line ----------------------------------------------
screen export_prompt 80x24 "${PIN3}ce"
screen export_saved 80x24 "${PIN3}ce<C-u>$TMP/compare.csv<Enter>"
if head -1 "$TMP/compare.csv" | grep -q '^geographic_level,area_code,area_name,old_la_code,2021,2022,2023,2024$' &&
	[ "$(wc -l <"$TMP/compare.csv")" -eq 4 ]; then
	ok "the exported comparison is CSV with the standard columns, a column per year and a row per pinned area"
else
	not_ok "the exported comparison is CSV with the standard columns, a column per year and a row per pinned area"
	sed 's/^/# /' "$TMP/compare.csv"
fi
# exports from the comparison and the detail pane carry every year of the
# series, as trend --wide has it, then the neighbours' mean and median of the
# first pinned authority in the model (Hartlepool: Hackney's x years left out)
SERIES3='j<Enter> j <BS>G<Enter><Enter>j m'
screen export_series 80x24 "${SERIES3}ce<C-u>$TMP/series.csv<Enter>" --neighbours $SN
screen export_series_detail 80x24 "j<Enter>j<Tab>me<C-u>$TMP/series_detail.csv<Enter>" --neighbours $SN
# same_series NAME FILE METRIC AREA...: the file's area rows are trend --wide's CSV
same_series() {
	name=$1 file=$2 metric=$3
	shift 3
	"$CINX" --data "$MINI" trend "$@" --wide --metric "$metric" --format csv >"$TMP/trend.csv" 2>&1
	if head -n "$(wc -l <"$TMP/trend.csv")" "$file" | cmp -s - "$TMP/trend.csv"; then
		ok "$name"
	else
		not_ok "$name"
		diff "$TMP/trend.csv" "$file" | sed 's/^/# /'
	fi
}
same_series "the comparison's export is the pinned areas' trend --wide, every year" "$TMP/series.csv" \
	rereferral_count Hartlepool "Newcastle upon Tyne" Hackney
same_series "the detail pane's export is the area's trend --wide, every year" "$TMP/series_detail.csv" \
	rereferral_count "Newcastle upon Tyne"
# neighbours_match NAME FILE METRIC AREA: its mean and median rows, year by
# year, are those of cinx neighbours AREA for that year
neighbours_match() {
	name=$1 file=$2 metric=$3 area=$4 bad=
	for stat in mean median; do
		row=$(grep "^,,Statistical neighbours of $area: $stat," "$file")
		[ -n "$row" ] || bad="$bad no $stat row;"
		col=5
		for year in 2021 2022 2023 2024; do
			got=$(echo "$row" | cut -d, -f$col)
			want=$("$CINX" --data "$MINI" --neighbours "$FIX/$SN" neighbours "$area" --year $year \
				--metric "$metric" --format csv | awk -F, -v s=$stat '$3 == s { print $7 }')
			[ -n "$want" ] && [ "$got" = "$want" ] || bad="$bad $stat $year: $got, not $want;"
			col=$((col + 1))
		done
	done
	if [ -z "$bad" ]; then ok "$name"; else not_ok "$name:$bad"; sed 's/^/# /' "$file"; fi
}
neighbours_match "the comparison's export: Hartlepool's neighbours' mean and median each year, as cinx neighbours" \
	"$TMP/series.csv" rereferral_count Hartlepool
neighbours_match "the detail pane's export: the neighbours' mean and median each year, as cinx neighbours" \
	"$TMP/series_detail.csv" rereferral_count "Newcastle upon Tyne"
# Newcastle's neighbours' mean referrals: 2,966.25 in 2022 and 3,248.75 in
# 2024, halves rounded away from zero (to even would give 2,966.2)
(cd "$FIX" && "$CINX" --data mini.csv --neighbours $SN --screen 80x24 \
	--keys "j<Enter>j<Tab>e<C-u>$TMP/half.csv<Enter>" --dump >/dev/null 2>&1)
grep -qx ',,Statistical neighbours of Newcastle upon Tyne: mean,,2825.0,2966.3,3107.5,3248.8' "$TMP/half.csv" &&
	ok "the neighbours' mean in an export rounds halves away from zero" ||
	{ not_ok "the neighbours' mean in an export rounds halves away from zero"; sed 's/^/# /' "$TMP/half.csv"; }
[ "$(grep -c '^,,Statistical neighbours of' "$TMP/series.csv")" -eq 2 ] &&
	ok "one authority's neighbours in the comparison's export" ||
	not_ok "one authority's neighbours in the comparison's export"
# without a model, no neighbour rows; a Markdown name gives Markdown, with the note
screen export_series_md 80x24 "${SERIES3}ce<C-u>$TMP/series.md<Enter>"
if grep -q '^| Level | Code | Area | Old code | 2021 | 2022 | 2023 | 2024 |$' "$TMP/series.md" &&
	! grep -q 'Statistical neighbours' "$TMP/series.md"; then
	ok "a Markdown export of the comparison: a column per year, no neighbour rows without a model"
else
	not_ok "a Markdown export of the comparison: a column per year, no neighbour rows without a model"
	sed 's/^/# /' "$TMP/series.md"
fi
# the copy (y) stays the comparison on screen, one year
screen copy_series_year 80x24 "${SERIES3}cy" --neighbours $SN
# the analyst's six questions (doc/explorer.md), at 80x24 and at 160x50:
# neighbours (the comparison, then the detail pane's mean and median), who
# rose most (sorted by change), the league (L from the drill-down, or
# --level la), a boundary change (P on a successor), the series for a report
# (exported, and the command line), the symbols (help, its Symbols part and
# its end)
for size in 80x24 160x50; do
	case $size in
	80x24) DETAIL='<Tab>' SYMBOLS='<PgDn><PgDn><PgDn><PgDn><PgDn>' ;;
	*) DETAIL='' SYMBOLS='<PgDn><PgDn>' ;;
	esac
	screen q1_neighbours_$size $size '/hartl<Enter>a' --neighbours $SN
	screen q1_neighbours_mean_$size $size "/hartl<Enter>$DETAIL" --neighbours $SN
	screen q2_rose_most_$size $size 'Lsssg'
	screen q3_league_$size $size 'ss/hack<Enter>' --level la
	screen q3_league_key_$size $size 'j<Enter>Lss/hack<Enter>'
	screen q4_boundary_$size $size '/north north<Enter>P'
	screen q5_export_$size $size "/hartl<Enter>ae<C-u>$TMP/q5_$size.csv<Enter>" --neighbours $SN
	same_series "q5 at $size: the exported comparison is trend --wide of Hartlepool and its neighbours" \
		"$TMP/q5_$size.csv" referral_count Hartlepool "Newcastle upon Tyne" "Kingston upon Hull, City of" Camden Hackney
	neighbours_match "q5 at $size: with Hartlepool's neighbours' mean and median each year" "$TMP/q5_$size.csv" \
		referral_count Hartlepool
	screen q5_series_$size $size '/hartl<Enter>a$' --neighbours $SN
	screen q6_symbols_list_$size $size "/hack<Enter>[[?$SYMBOLS"
	screen q6_symbols_$size $size '/hack<Enter>[[?<PgDn><PgDn><PgDn><PgDn><PgDn><PgDn><PgDn><PgDn><PgDn><PgDn>'
done
screen export_replace 80x24 "${PIN3}ce<C-u>$TMP/replace.csv<Enter>e<C-u>$TMP/replace.csv<Enter>"
screen export_replaced 80x24 "${PIN3}ce<C-u>$TMP/replaced.csv<Enter>e<C-u>$TMP/replaced.csv<Enter><Enter>"
screen export_bad_name 80x24 "${PIN3}ce<C-u>$TMP/compare.xls<Enter>"
screen export_table 80x24 "j<Enter>e<C-u>$TMP/table.md<Enter>"
screen copy 80x24 "${PIN3}cy"
screen command_line 80x24 "${PIN3}c\$"
screen help_compare 80x24 "${PIN3}c?jjjjjjjjjjjjjjjjjjjj"

# ---- the first-run screen, on the demo data ------------------------------------------
# a build without libcurl offers the steps to download by hand instead
NC=
[ "${CINX_HAVE_CURL:-yes}" = no ] && NC=_nocurl
demo first_run$NC 80x24 ''
demo first_run_demo 80x24 'x'
demo first_run_open$NC 80x24 'f'
demo first_run_complete$NC 80x24 'fmi<Tab>'
demo first_run_opened 80x24 'fmi<Tab><Enter>'
demo first_run_not_found$NC 80x24 'fnothing.csv<Enter>'
demo first_run_compact$NC 60x16 ''
demo demo_compare 80x24 "xjjj<Enter> j c"
# the league table scrolled to its end draws the rows its selection is on
demo league_scrolled 80x24 'xLG'

# A C locale gets the same ASCII screen as --ascii.
LC_ALL=C "$CINX" --data "$MINI" --keys 'G<Enter><Enter>{j' --dump >"$TMP/c.txt" 2>&1
if diff -u "$GOLD/ascii.txt" "$TMP/c.txt" >"$TMP/diff"; then ok "LC_ALL=C draws in ASCII"; else
	not_ok "LC_ALL=C draws in ASCII"
	sed 's/^/# /' "$TMP/diff"
fi
# Colour changes attributes only: the text is the same.
env -u NO_COLOR "$CINX" --data "$MINI" --keys 'G<Enter><Enter>{j' --dump >"$TMP/colour.txt" 2>&1
"$CINX" --data "$MINI" --keys 'G<Enter><Enter>{j' --dump --no-color >"$TMP/mono.txt" 2>&1
if cmp -s "$TMP/colour.txt" "$TMP/mono.txt"; then ok "colour carries no meaning of its own"; else
	not_ok "colour carries no meaning of its own"
fi
# --no-mouse: clicks do nothing.
"$CINX" --data "$MINI" --keys '<Click 18,3><DoubleClick 5,8>' --dump --no-mouse >"$TMP/nomouse.txt" 2>&1
if cmp -s "$GOLD/start.txt" "$TMP/nomouse.txt"; then ok "--no-mouse ignores clicks"; else
	not_ok "--no-mouse ignores clicks"
fi
# q ends the replay: later keys are not pressed.
"$CINX" --data "$MINI" --keys 'qj<Enter>' --dump >"$TMP/q.txt" 2>&1
if cmp -s "$GOLD/start.txt" "$TMP/q.txt"; then ok "q stops the key script"; else not_ok "q stops the key script"; fi

expect_err "a malformed key script is a usage error naming the place" 2 \
	"cinx: --keys: key script, character 3: unknown key <Entr>; expected <Enter> <Esc> <Tab> <BS> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <lt> <C-a>..<C-z> <Resize WxH> <Click X,Y> <DoubleClick X,Y> <WheelUp [X,Y]> <WheelDown [X,Y]>" \
	-- "$CINX" --data "$MINI" --keys 'jj<Entr>' --dump
expect_err "an unclosed key name" 2 \
	"cinx: --keys: key script, character 2: '<' starts a key name that no '>' closes (write <lt> for the key '<')" \
	-- "$CINX" --data "$MINI" --keys 'j<Enter' --dump
expect_err "the explorer needs a terminal" 2 \
	"cinx: the explorer needs a terminal; for text use 'cinx table', 'cinx show' or 'cinx trend', or replay keys with --keys and --dump" \
	-- "$CINX" --data "$MINI"

# ---- the command line that reopens a view, run again ----------------------------------
# reopen NAME KEYS [OPTION...]: $ after KEYS shows a command line; run, it opens
# the screen that KEYS left (the command-line box closed, so no message); on
# mini.csv, or on $RDATA in $RDIR when set
reopen() {
	name=$1 keys=$2
	shift 2
	(cd "${RDIR:-$FIX}" && "$CINX" --data "${RDATA:-mini.csv}" --screen 100x30 --keys "$keys\$" --dump "$@") \
		>"$TMP/cmd.txt" 2>&1
	(cd "${RDIR:-$FIX}" && "$CINX" --data "${RDATA:-mini.csv}" --screen 100x30 --keys "$keys\$<Esc>" --dump "$@") \
		>"$TMP/before.txt" 2>&1
	# the lines inside the box as they are: they end in backslashes
	cmd=$(sed -n '/Reopen this view/,/Run it in a shell/p' "$TMP/cmd.txt" | sed '1d;$d' |
		sed -e 's/^[│|] //' -e 's/ *[│|]$//' -e '/^$/d')
	case $cmd in
	"cinx "*) ;;
	*)
		not_ok "reopen $name: a command line is shown"
		sed 's/^/# /' "$TMP/cmd.txt"
		return
		;;
	esac
	(cd "${RDIR:-$FIX}" && eval "\"\$CINX\" ${cmd#cinx } --screen 100x30 --keys '' --dump") >"$TMP/after.txt" 2>&1
	cmd=$(echo "$cmd" | tr '\n' ' ')
	if cmp -s "$TMP/before.txt" "$TMP/after.txt"; then ok "reopen $name: $cmd"; else
		not_ok "reopen $name: $cmd"
		diff -u "$TMP/before.txt" "$TMP/after.txt" | sed 's/^/# /'
	fi
}

reopen compare "${PIN3}c[["
reopen compare_predecessors "jjj<Enter> j P<BS>G<Enter><Enter>j cb"
reopen table_drilled 'G<Enter><Enter>j'
reopen table_level_row 'j<Enter>k'
reopen table_sorted 'jj<Enter>mmssj'
reopen table_sorted_name 'G<Enter><Enter>sS{'
reopen notable 'm!'
reopen neighbours 'j<Enter>a' --neighbours "$SN"
reopen rate 'jjj<Enter>b' --population "$POP"
reopen ascii "${PIN3}c" --ascii
# demo data: the command line names the view, so no first-run screen stands in the way
(cd "$FIX" && XDG_CACHE_HOME="$TMP/nothing" "$CINX" --screen 100x30 --keys 'xjj<Enter> c$' --dump) >"$TMP/cmd.txt" 2>&1
if grep -q -- '--view compare' "$TMP/cmd.txt" && ! grep -q -- '--data' "$TMP/cmd.txt"; then
	ok "on the demo data the command line names the view and no file"
else
	not_ok "on the demo data the command line names the view and no file"
	sed 's/^/# /' "$TMP/cmd.txt"
fi
expect_err "--pin names an area the data has" 2 \
	"cinx: --pin: unknown area 'Atlantis'; did you mean: England; London; Barnet?" \
	-- "$CINX" --data "$MINI" --pin Atlantis --keys '' --dump
expect_err "at most 8 pins" 2 "cinx: --pin: at most 8 areas can be pinned" \
	-- "$CINX" --data "$MINI" --pin 1 --pin 2 --pin 3 --pin 4 --pin 5 --pin 6 --pin 7 --pin 8 --pin 9
expect_err "--view is checked" 2 "cinx: --view expects areas, compare or notable, not 'chart'" \
	-- "$CINX" --data "$MINI" --view chart
expect_err "--sort-by is checked" 2 "cinx: --sort-by expects value, change, change_percent, name, rank or standard, not 'size'" \
	-- "$CINX" --data "$MINI" --sort-by size

# ---- any EES data set: periods by their labels, filters, other levels -------------------
# ees NAME SIZE FILE KEYS [OPTION...]: the dump on a hand-made EES file of
# tests/ui/ees (invented values), or of $EDIR when set, run in that folder
EES="$top_srcdir/tests/ui/ees"
ees() {
	name=$1 size=$2 file=$3 keys=$4
	shift 4
	(cd "${EDIR:-$EES}" && "$CINX" --data "$file" --screen "$size" --keys "$keys" --dump "$@") \
		>"$TMP/$name.txt" 2>"$TMP/err"
	golden "$name" $?
}
EPOP=../../compare/population.csv # from $EES
# academic years: "2024/25" in the header, the slider (headed by the period's
# noun), the value column and messages; never the key
ees ees_academic 80x24 academic.csv ''
ees ees_academic_compact 60x18 academic.csv ''
ees ees_academic_first 80x24 academic.csv '{['
ees ees_academic_compare 80x24 academic.csv 'j<Enter> j <BS>j c'
ees ees_academic_notable 80x24 academic.csv '!'
# the export's file name has the file's time_period
ees ees_academic_export 80x24 academic.csv 'e'
# terms within years: labels of up to 30 columns, shortened where room is short
ees ees_terms 80x24 terms.csv ''
ees ees_terms_detail 80x24 terms.csv 'j<Enter>j<Tab>'
ees ees_terms_narrow 60x18 terms.csv 'j<Enter>j<Tab>'
ees ees_terms_compare 60x18 terms.csv 'j<Enter> j <BS>j c'
ees ees_terms_first 80x24 terms.csv '{'
# filters: the bar, the lists, a value typed and picked, the figures changed
ees ees_filter_bar 80x24 filtered.csv ''
ees ees_filter_list 80x24 filtered.csv 'f'
ees ees_filter_values 80x24 filtered.csv 'f<Enter>bo'
ees ees_filter_picked 80x24 filtered.csv 'f<Enter>bo<Enter>'
ees ees_filter_two 80x24 filtered.csv 'f<Enter>bo<Enter>fj<Enter>sec<Enter>'
ees ees_filter_narrow 60x18 filtered.csv 'f<Enter>bo<Enter>fj<Enter>sec<Enter>'
ees ees_filter_command 80x24 filtered.csv 'f<Enter>bo<Enter>fj<Enter>sec<Enter>$'
ees ees_filter_league 80x24 filtered.csv 'f<Enter>gi<Enter>L'
# an export says which figures: the title as in print mode, a column per filter
(cd "$EES" && "$CINX" --data filtered.csv --screen 80x24 \
	--keys "f<Enter>bo<Enter>e<C-u>$TMP/boys.md<Enter>e<C-u>$TMP/boys.csv<Enter>" --dump) >/dev/null 2>&1
if grep -qx '\*\*pupil\\_count: England and its regions, 2024/25, sex: Boys\*\*' "$TMP/boys.md" &&
	grep -qx '202425,National,E92000001,England,,Boys,Total,53040,1020,,' "$TMP/boys.csv"; then
	ok "an export after a filter is picked says which figures, in its title and its columns"
else
	not_ok "an export after a filter is picked says which figures, in its title and its columns"
	sed 's/^/# /' "$TMP/boys.md" "$TMP/boys.csv"
fi
# a click on the filter bar opens the list, as f does
(cd "$EES" && "$CINX" --data filtered.csv --screen 80x24 --keys '<Click 5,4>' --dump) >"$TMP/click.txt" 2>&1
cmp -s "$GOLD/ees_filter_list.txt" "$TMP/click.txt" && ok "a click on the filter bar lists the filters" ||
	{ not_ok "a click on the filter bar lists the filters"; sed 's/^/# /' "$TMP/click.txt"; }
# Esc leaves the figures as they were
(cd "$EES" && "$CINX" --data filtered.csv --screen 80x24 --keys 'f<Enter>bo<Esc>' --dump) >"$TMP/esc.txt" 2>&1
(cd "$EES" && "$CINX" --data filtered.csv --screen 80x24 --keys '<Esc>' --dump) >"$TMP/before.txt" 2>&1
cmp -s "$TMP/before.txt" "$TMP/esc.txt" && ok "Esc in a filter's values changes nothing" ||
	{ not_ok "Esc in a filter's values changes nothing"; diff "$TMP/before.txt" "$TMP/esc.txt" | sed 's/^/# /'; }
# help lists f where the data set has filters and v where it has other
# levels; neither for C1
for f in filtered other_level; do
	(cd "$EES" && "$CINX" --data $f.csv --screen 80x50 --keys '?' --dump) >"$TMP/help_$f.txt" 2>&1
done
(cd "$FIX" && "$CINX" --data mini.csv --screen 80x50 --keys '?' --dump) >"$TMP/help_c1.txt" 2>&1
if grep -q '│ f  *change a filter' "$TMP/help_filtered.txt" && ! grep -q '│ v  ' "$TMP/help_filtered.txt" &&
	grep -q '│ v  *league table: next geographic level' "$TMP/help_other_level.txt" &&
	! grep -q 'change a filter\|next geographic level' "$TMP/help_c1.txt"; then
	ok "help lists f and v where the data set has filters and other levels"
else
	not_ok "help lists f and v where the data set has filters and other levels"
	sed 's/^/# /' "$TMP/help_filtered.txt" "$TMP/help_other_level.txt"
fi
# a rate is of the totals only: it falls back with a message, and comes back
ees ees_filter_rate 80x24 referral_source.csv 'bbfpol<Enter>' --population $EPOP
ees ees_filter_rate_back 80x24 referral_source.csv 'bbfpol<Enter>ftot<Enter>bb' --population $EPOP
# another geographic level: a flat table of its own (v), ranked among its
# areas, with England as the benchmark; search finds its areas
ees ees_other_level 80x24 other_level.csv 'Lv'
ees ees_other_level_detail 80x24 other_level.csv 'Lvj<Tab>'
ees ees_other_level_search 80x24 other_level.csv '/carl<Enter>'
ees ees_other_level_back 80x24 other_level.csv 'Lvv'
ees ees_other_level_region 80x24 other_level.csv 'Lvr'
ees ees_other_level_leave 80x24 other_level.csv 'LvjL'
# National rows only: a clear line, never an empty screen
ees ees_national_only 80x24 national_only.csv ''
ees ees_national_only_league 80x24 national_only.csv 'L'
# districts only (no National rows): their table straight away; L leaves it
# for a drill-down that says there is nothing in it
ees ees_districts_only 80x24 districts_only.csv ''
ees ees_districts_only_top 80x24 districts_only.csv 'L'
# the six shapes of tests/ees: two filters (with the metadata's labels), an
# attribute beside a filter (in the detail pane), a filter without a Total (its first value), a
# financial year, districts and constituencies without authorities, terms
# beside their whole year
EDIR="$top_srcdir/tests/ees"
ees ees_shape_two_filters 80x24 academic_two_filters.csv 'f<Enter>g<Enter>'
# the smallest screen: the filters that do not fit are counted
ees ees_shape_filter_bar_smallest 40x12 academic_two_filters.csv ''
ees ees_shape_attribute 80x24 attribute_column.csv 'j<Enter>j<Tab>'
ees ees_shape_no_total 80x24 filter_without_total.csv 'f'
ees ees_shape_financial 80x24 financial_years.csv 'G<Enter>'
ees ees_shape_other_levels 80x24 other_levels.csv 'Lvss'
ees ees_shape_terms 80x24 terms.csv '[['
EDIR=
# the command line reopens these views: another level's table by its area;
# filters and periods, once the command line takes --filter and --year as
# shown
RDIR=$EES RDATA=other_level.csv
reopen ees_other_level 'Lvjj'
if (cd "$EES" && "$CINX" --data filtered.csv --filter sex=Boys --year 2024/25 --keys '' --dump) >/dev/null 2>&1; then
	RDATA=filtered.csv
	reopen ees_filter 'f<Enter>bo<Enter>fj<Enter>sec<Enter>['
	RDATA=terms.csv
	reopen ees_terms 'j<Enter>j[['
else
	skip "reopen ees_filter" "the command line does not take --filter and --year 2024/25 yet"
	skip "reopen ees_terms" "the command line does not take --year as shown yet"
fi
RDIR= RDATA=

# ---- downloading from the first-run screen (a stand-in for the API) ---------------------
if [ "${CINX_HAVE_CURL:-yes}" = no ] || ! command -v python3 >/dev/null; then
	skip "first run: download" "no libcurl in this build, or no python3"
	skip "first run: a failed download" "no libcurl in this build, or no python3"
else
	unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
	export no_proxy='*'
	mkdir -p "$TMP/srv"
	python3 "$top_srcdir/tests/update/server.py" "$MINI" "$TMP/srv" &
	server=$!
	i=0
	while [ ! -s "$TMP/srv/port" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
	port=$(cat "$TMP/srv/port" 2>/dev/null)
	XDG_CACHE_HOME="$TMP/dl" "$CINX" --api-base "http://127.0.0.1:$port/v1" --keys 'd' --dump >"$TMP/dl.txt" 2>&1
	if grep -q '^ cinx  Official data v1.0, published 2025-11-20' "$TMP/dl.txt" &&
		grep -q '^ Downloaded the official data v1.0: 63 rows, 2021 to 2024' "$TMP/dl.txt" &&
		grep -q '^▶  England  *690,000' "$TMP/dl.txt" && [ -s "$TMP/dl/cinx/c1.csv" ]; then
		ok "first run: d downloads into the cache and opens the official data"
	else
		not_ok "first run: d downloads into the cache and opens the official data"
		sed 's/^/# /' "$TMP/dl.txt"
	fi
	XDG_CACHE_HOME="$TMP/dl404" "$CINX" --api-base "http://127.0.0.1:$port/notfound" --keys 'd' --dump \
		>"$TMP/dl.txt" 2>&1
	if grep -q '^  Download failed:' "$TMP/dl.txt" && grep -q 'answered HTTP 404: Data set not found' "$TMP/dl.txt" &&
		grep -q 'DEMO DATA' "$TMP/dl.txt" && [ ! -e "$TMP/dl404/cinx/c1.csv" ]; then
		ok "first run: a failed download says why and stays on the demo"
	else
		not_ok "first run: a failed download says why and stays on the demo"
		sed 's/^/# /' "$TMP/dl.txt"
	fi
	kill "$server" 2>/dev/null
fi

# ---- the real data: what a new user does on the first day ----------------------
REAL=$(real_data c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)

# real NAME SIZE KEYS: the dump in $TMP/real.txt; returns non-zero on failure
real() {
	"$CINX" --data "$REAL" --screen "$2" --keys "$3" --dump >"$TMP/real.txt" 2>"$TMP/err"
}

# has NAME REGEX [COUNT]: lines of the last real dump matching REGEX (count, or at least one)
has() {
	got=$(grep -cE -- "$2" "$TMP/real.txt")
	if { [ -n "${3:-}" ] && [ "$got" -eq "$3" ]; } || { [ -z "${3:-}" ] && [ "$got" -gt 0 ]; }; then
		ok "$1"
	else
		not_ok "$1 (found $got lines matching '$2')"
		sed 's/^/# /' "$TMP/real.txt"
	fi
}

# descending NAME: the value column of the authorities' rows never rises
descending() {
	if sed 's/│.*//' "$TMP/real.txt" | awk '/\/15[0-9]  / { v = $(NF-3); gsub(",", "", v)
		if (n++ && v + 0 > last + 0) bad = 1; last = v } END { exit bad || n < 2 }'; then
		ok "$1"
	else
		not_ok "$1"
		sed 's/^/# /' "$TMP/real.txt"
	fi
}

NB=$(real_data sn_model_2025_wide.csv)
POPF=$(real_data ons_mid-year_population_estimates_2012_to_2024.csv)
if [ -z "$REAL" ]; then
	for step in "England and regions" "North East" "London" "Hackney 2021" "re-referral rate" \
		"search hull" "help" "comparison" "benchmarks" "rates" "notable" "predecessors"; do
		skip "real data: $step" "../shared/data is absent"
	done
else
	SPARK='[▁▂▃▄▅▆▇█·]{13}( +│.*)?$'
	for size in 80x24 200x60; do
		real start "$size" ''
		has "$size: England and 9 regions, each with a sparkline" "^[▶ ]  [A-Z].*[0-9] +$SPARK" 10
		has "$size: the regions can be opened" " › +[0-9]" 9
		real ne "$size" 'j<Enter>'
		has "$size: North East lists its 12 authorities" "^ England › North East  · 12 local authorities in 2025"
		has "$size: 12 ranked rows" "[0-9]+/153  " 12
		real london "$size" 'jjjjjjj<Enter>'
		has "$size: London leads to Inner and Outer London" "^   (Inner|Outer) London ›" 1
		real inner "$size" 'jjjjjjj<Enter><Enter>'
		has "$size: Inner London lists its boroughs" "^ England › London › Inner London  · 14 local authorities"
		real hackney "$size" 'jjjjjjj<Enter><Enter>[[[[jj'
		has "$size: 2021 is selected" "\[2021\]"
		has "$size: Hackney shows x in 2021" "^▶  Hackney +x +x "
		has "$size: with the footnote" "Hackney: data not available for 2021 and 2022\."
		has "$size: and the legend" "x not available"
		real rate "$size" 'j<Enter>mmss'
		has "$size: the re-referral rate is shown" "3/10 Percentage of referrals that were re-referrals"
		has "$size: sorted by value, highest first" "2025 ↓"
		descending "$size: the authorities' rates descend"
		real hull "$size" '/hull<Enter>'
		has "$size: search lands on Kingston upon Hull" "^▶  Kingston upon Hull, City of "
		has "$size: in its region" "^ England › Yorkshire and The Humber"
		real help "$size" '?'
		has "$size: help lists the keys" "│ k ↑ +previous row"
	done
	real help 200x60 '?'
	has "200x60: help shows every key" "│ q C-c +quit"
	real wide 200x60 'jjjjjjj<Enter><Enter>[[[[jj'
	has "200x60: the detail pane is beside the table" "│ Hackney  E09000012, old code 204"
	has "200x60: with England's and the benchmark region's (London's) values" " London +England +[0-9][0-9]-[0-9][0-9] own"
	LC_ALL=C "$CINX" --data "$REAL" --keys 'jjjjjjj<Enter><Enter>[[[[jj' --dump >"$TMP/real.txt" 2>&1
	has "LC_ALL=C: ASCII marker and trends" "^>  Hackney +x +x +__ooO%O#\?\?O==$"

	# pin Leeds, Bradford and Kirklees, then compare their re-referral rates in 2025
	real compare 100x30 '/Leeds<Enter> /Bradford<Enter> /Kirklees<Enter> mmc'
	has "compare: Leeds 24.2" "^▶1 Leeds +24\.2 " 1
	has "compare: Bradford 22.9" "^ 2 Bradford +22\.9 " 1
	has "compare: Kirklees 19.7" "^ 3 Kirklees +19\.7 " 1
	has "compare: a chart of 2013 to 2025" "^ +2013 .*\[2025\]$" 1
	has "compare: its legend" "^ 1 Leeds  2 Bradford  3 Kirklees" 1
	"$CINX" --data "$REAL" --pin Leeds --pin Bradford --pin Kirklees --metric rereferral_percent --year 2025 \
		--view compare --keys '' --dump >"$TMP/real.txt" 2>&1
	has "compare from the command line: the same three" "^[▶ ][1-3] (Leeds +24\.2|Bradford +22\.9|Kirklees +19\.7) " 3
	LC_ALL=C "$CINX" --data "$REAL" --pin Leeds --pin Bradford --pin Kirklees --metric rereferral_percent \
		--year 2025 --view compare --keys '' --dump >"$TMP/real.txt" 2>&1
	has "compare in a C locale: an ASCII chart" "^ +[0-9.]+ \+[-|/\\ 0-9*]+$" 2
	if [ -n "$NB" ]; then
		"$CINX" --data "$REAL" --neighbours "$NB" --screen 100x30 --keys '/Leeds<Enter>a' --dump >"$TMP/real.txt" 2>&1
		has "neighbours: Leeds and the 7 nearest of its 10" \
			"Pinned Leeds and its 7 nearest statistical neighbours of 10 \(a comparison shows 8 areas\)" 1
		has "neighbours: 8 rows, Leeds first" "^(▶1 Leeds| [2-8] [A-Z]).*/153 " 8
		"$CINX" --data "$REAL" --neighbours "$NB" --screen 200x60 --keys '/Leeds<Enter>mm' --dump >"$TMP/real.txt" 2>&1
		has "benchmarks: England and the region with differences" \
			"England [0-9.]+ \([-+]?[0-9.]+\)  Yorkshire and The Humber [0-9.]+ \([-+]?[0-9.]+\)" 1
		has "benchmarks: the neighbours' mean" "Neighbour mean [0-9.]+ \([-+]?[0-9.]+\)" 1
		has "benchmarks: and median, with the count used" \
			"Neighbour median [0-9.]+ \([-+]?[0-9.]+\)  from 10 of 10 neighbours" 1
	else
		skip "real data: benchmarks" "the neighbours model is absent"
	fi
	if [ -n "$POPF" ]; then
		"$CINX" --data "$REAL" --population "$POPF" --metric referral_rate_per_10k --year 2025 --view areas \
			--keys '' --dump >"$TMP/real.txt" 2>&1
		has "rates: England's referral rate in 2025 is 519.4" "^▶  England +519\.4 " 1
		has "rates: labelled as derived" "Referrals per 10,000 children aged 0 to 17 \(derived\)" 1
	else
		skip "real data: rates" "the population file is absent"
	fi
	real notable 100x30 '!'
	has "notable: authorities with big changes or outliers" "(rise|fall) of 25% or more|the (upper|lower) fence"
	real detail_narrow_rank 60x18 '/Bradford<Enter><Tab>'
	has "detail at 60x18: the rank is still there" "^   Indicator +2025 .*Rank " 1
	real notable_narrow 60x18 '!'
	has "notable at 60 columns: the reasons in short words, never cut" "(over|under) fence\$"
	has "notable at 60 columns: no reason cut off" "(fe|or mo)…\$" 0
	real detail_long_region 80x24 '/Bradford<Enter><Tab>'
	has "detail at 80x24: the rank stays when the region's name is long" "^   Indicator +2025 +Change +Rank " 1
	real predecessors 100x30 '/North Northamptonshire<Enter>P'
	has "predecessors: the trend begins with Northamptonshire" \
		"^ Trend, dimmed: North Northamptonshire: Northamptonshire 2013 to 2021" 1
fi

# ---- the EES catalogue (D), against the loopback API of tests/update ---------------
# last: without libcurl or python3 the server's helper skips it and ends here
. "$top_srcdir/tests/update/server.sh"
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY
export no_proxy='*'
start_server "$MINI" "the catalogue screen" "$top_srcdir/tests/update/ees.csv"
# catalogue NAME SCENARIO KEYS: the screen at 80x24 with the API at
# $API/SCENARIO, its port shown as PPPPP (always five digits: ephemeral)
catalogue() {
	name=$1 scenario=$2 keys=$3
	(cd "$FIX" && "$CINX" --data mini.csv --screen 80x24 --keys "$keys" --dump --api-base "$API/$scenario") \
		>"$TMP/raw" 2>"$TMP/err"
	st=$?
	sed "s|127\.0\.0\.1:$PORT|127.0.0.1:PPPPP|g" "$TMP/raw" >"$TMP/$name.txt"
	golden "$name" "$st"
}
catalogue catalogue_search v1 'D'
demo catalogue_from_first_run 80x24 'D'
catalogue catalogue_publications v1 'Dabsence<Enter>'
grep -q "^/v1/v1/publications?pageSize=40&search=absence&page=2 " "$SRV/requests"
if [ $? -eq 0 ]; then ok "the catalogue screen follows every page"; else not_ok "the catalogue screen follows every page"; fi
catalogue catalogue_data_sets v1 'Dabsence<Enter><Enter>'
catalogue catalogue_back v1 'Dabsence<Enter><Enter>h'
catalogue catalogue_failed notfound 'Dabsence<Enter>'
catalogue catalogue_short v1 'Dab<Enter>'
catalogue catalogue_download_failed v1 'Dabsence<Enter><Enter>j<Enter>'
# Enter on a data set not cached downloads it and opens it in place
catalogue catalogue_opened v1 'Dabsence<Enter><Enter><Enter>'
catalogue catalogue_cached v1 'Dabsence<Enter><Enter>'
catalogue catalogue_command_line v1 'Dabsence<Enter><Enter><Enter>$'
# the command line it gives opens the same data set, from the cache
"$CINX" --dataset 7d0e2a3c-1b4f-4e8a-9c61-5f2d8e0a4b17 --screen 80x24 --keys '' --dump >"$TMP/reopened.txt" 2>&1
sed -n '1,6p' "$GOLD/catalogue_opened.txt" >"$TMP/reopened.want"
if sed -n '1,6p' "$TMP/reopened.txt" | cmp -s - "$TMP/reopened.want"; then
	ok "--dataset opens the downloaded data set in the explorer"
else
	not_ok "--dataset opens the downloaded data set in the explorer"
	sed 's/^/# /' "$TMP/reopened.txt"
fi
done_testing
