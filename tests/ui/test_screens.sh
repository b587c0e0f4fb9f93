#!/bin/sh
# Headless explorer screens: key scripts replayed on a virtual screen and
# the screen compared with tests/ui/golden/*.txt (hand-made fixture), then
# the first-day walk on the real data when it is present.
# UPDATE_GOLDEN=1 rewrites the golden files from the current output.
. "$top_srcdir/tests/cli/lib.sh"

GOLD="$top_srcdir/tests/ui/golden"
MINI="$FIX/mini.csv"

# screen NAME SIZE KEYS [OPTION...]: the dump, compared with golden/NAME.txt
screen() {
	name=$1 size=$2 keys=$3
	shift 3
	"$CINX" --data "$MINI" --screen "$size" --keys "$keys" --dump "$@" >"$TMP/$name.txt" 2>"$TMP/err"
	st=$?
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

screen start 80x24 ''
screen drill_region 80x24 'j<Enter>'
screen drill_london 80x24 'G<Enter>'
screen drill_inner_london 80x24 'G<Enter><Enter>'
screen year_change 80x24 'G<Enter><Enter>[[[j'
screen metric_change 80x24 'mm'
screen sort_value_desc 80x24 'mmss'
screen sort_reversed 80x24 'mmssS'
screen search_typing 80x24 '/nor'
screen search_landed 80x24 '/hull<Enter>'
screen help 80x24 '?'
screen help_scrolled 80x24 '?<PgDn>'
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
	"cinx: --keys: key script, character 3: unknown key <Entr>; expected <Enter> <Esc> <Tab> <BS> <Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <lt> <C-a>..<C-z> <Resize WxH> <Click X,Y> <DoubleClick X,Y> <WheelUp> <WheelDown>" \
	-- "$CINX" --data "$MINI" --keys 'jj<Entr>' --dump
expect_err "an unclosed key name" 2 \
	"cinx: --keys: key script, character 2: '<' starts a key name that no '>' closes (write <lt> for the key '<')" \
	-- "$CINX" --data "$MINI" --keys 'j<Enter' --dump
expect_err "the explorer needs a terminal" 2 \
	"cinx: the explorer needs a terminal; for text use 'cinx table', 'cinx show' or 'cinx trend', or replay keys with --keys and --dump" \
	-- "$CINX" --data "$MINI"

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

if [ -z "$REAL" ]; then
	for step in "England and regions" "North East" "London" "Hackney 2021" "re-referral rate" \
		"search hull" "help"; do
		skip "real data: $step" "../shared/data is absent"
	done
else
	SPARK='[▁▂▃▄▅▆▇█·]{13}( +│.*)?$'
	for size in 80x24 200x60; do
		real start "$size" ''
		has "$size: England and 9 regions, each with a sparkline" "^[▶ ] [A-Z].*[0-9] +$SPARK" 10
		has "$size: the regions can be opened" " › +[0-9]" 9
		real ne "$size" 'j<Enter>'
		has "$size: North East lists its 12 authorities" "^ England › North East  · 12 local authorities in 2025"
		has "$size: 12 ranked rows" "[0-9]+/153  " 12
		real london "$size" 'jjjjjjj<Enter>'
		has "$size: London leads to Inner and Outer London" "^  (Inner|Outer) London ›" 1
		real inner "$size" 'jjjjjjj<Enter><Enter>'
		has "$size: Inner London lists its boroughs" "^ England › London › Inner London  · 14 local authorities"
		real hackney "$size" 'jjjjjjj<Enter><Enter>[[[[jj'
		has "$size: 2021 is selected" "\[2021\]"
		has "$size: Hackney shows x in 2021" "^▶ Hackney +x +x "
		has "$size: with the footnote" "Hackney: data not available for 2021 and 2022\."
		has "$size: and the legend" "x not available"
		real rate "$size" 'j<Enter>mmss'
		has "$size: the re-referral rate is shown" "3/10 Percentage of referrals that were re-referrals"
		has "$size: sorted by value, highest first" "2025 ↓"
		descending "$size: the authorities' rates descend"
		real hull "$size" '/hull<Enter>'
		has "$size: search lands on Kingston upon Hull" "^▶ Kingston upon Hull, City of "
		has "$size: in its region" "^ England › Yorkshire and The Humber"
		real help "$size" '?'
		has "$size: help lists the keys" "│ k ↑ +previous row"
	done
	real help 200x60 '?'
	has "200x60: help shows every key" "│ q C-c +quit"
	real wide 200x60 'jjjjjjj<Enter><Enter>[[[[jj'
	has "200x60: the detail pane is beside the table" "│ Hackney  E09000012, old code 204"
	has "200x60: with England's and the region's values" "Inner London +England +Trend"
	LC_ALL=C "$CINX" --data "$REAL" --keys 'jjjjjjj<Enter><Enter>[[[[jj' --dump >"$TMP/real.txt" 2>&1
	has "LC_ALL=C: ASCII marker and trends" "^> Hackney +x +x +__--=\+=#\?\?=~~$"
fi
done_testing
