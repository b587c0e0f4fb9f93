#!/bin/sh
# SPDX-License-Identifier: MIT
# End to end: the real binary in a real terminal (tmux), driven by keys,
# read back with capture-pane. The first-day walk at 80x24 and 200x60, in a
# C locale and without colour; quitting by q, Ctrl-C, SIGTERM and SIGHUP
# with the terminal restored; 50 random resizes down to 20x5 and back.
. "$top_srcdir/tests/cli/lib.sh"

if ! command -v tmux >/dev/null 2>&1; then
	echo "1..0 # SKIP tmux is not installed (Debian package tmux)"
	exit 0
fi

# Each terminal gets a tmux server of its own, ended before the next starts.
runs=0
SOCK="cinx-test-$$-$runs"
printf 'set -g status off\nset -g history-limit 0\n' >"$TMP/tmux.conf"
T() { tmux -L "$SOCK" -f "$TMP/tmux.conf" "$@"; }
# every server this test started, whatever happened to it
cleanup() {
	k=0
	while [ $k -le $runs ]; do
		tmux -L "cinx-test-$$-$k" kill-server 2>/dev/null
		k=$((k + 1))
	done
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

REAL=$(real_data c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv)
if [ -n "$REAL" ]; then
	DATA=$REAL NE=12 LATEST=2025 IND=10 YEARS=13
else
	echo "# ../shared/data is absent: the walk runs on the hand-made fixture"
	DATA="$FIX/mini.csv" NE=2 LATEST=2024 IND=4 YEARS=4
fi
PIDFILE="$TMP/cinx.pid"

# start W H [ENV...]: a fresh terminal running the explorer from a shell,
# on $DATA (none: nothing downloaded, the first-run screen) with the options
# in $ARGS (none unless set)
ARGS=
start() {
	w=$1 h=$2
	shift 2
	T kill-server 2>/dev/null
	runs=$((runs + 1))
	SOCK="cinx-test-$$-$runs"
	data=
	[ -n "$DATA" ] && data="--data \"$DATA\""
	T new-session -d -s t -x "$w" -y "$h" \
		"env -i PATH='$PATH' HOME='$TMP' CINX_SYSTEM_DATA_DIR='$TMP/system' TERM=tmux-256color LANG=C.UTF-8 $* PS1='$ ' sh"
	T send-keys -t t "sh -c 'echo \$\$ >$PIDFILE; exec \"$CINX\" $data $ARGS'; echo rc=\$?" Enter
}

screen() { T capture-pane -p -t t; }

# wait_for REGEX: until the screen shows it (15 s at most: CI machines are busy)
wait_for() {
	tries=0
	while [ $tries -lt 300 ]; do
		screen | grep -qE -- "$1" && return 0
		sleep 0.05
		tries=$((tries + 1))
	done
	return 1
}

# see NAME REGEX: the screen shows REGEX
see() {
	if wait_for "$2"; then ok "$1"; else
		not_ok "$1 (no '$2' on screen)"
		screen | sed 's/^/# /'
	fi
}

keys() { T send-keys -t t "$@"; }

# restored NAME STATUS: the explorer ended with STATUS and left the terminal
# as it was: the shell's screen (not the alternate one) in canonical mode
# with echo, and nothing of the explorer left on it.
restored() {
	if ! wait_for "^rc=$2\$"; then
		not_ok "$1: exit status $2"
		screen | sed 's/^/# /'
		return
	fi
	alt=$(T display -p -t t '#{alternate_on}')
	# asked twice at most: on a loaded machine the first line typed after
	# the exit can reach the shell before it is reading again
	for try in 1 2; do
		keys C-u 'stty -a | tr " ;" "\n\n" | grep -cx -e icanon -e echo -e icrnl' Enter
		wait_for '^3$' && break
	done
	if [ "$alt" = 0 ] && screen | grep -q '^3$' && ! screen | grep -q 'q quit'; then
		ok "$1: terminal restored"
	else
		not_ok "$1: terminal restored (alternate screen: $alt)"
		screen | sed 's/^/# /'
	fi
}

# The first-day walk; $1 names the run, $2 the selection marker.
walk() {
	m=$2
	see "$1: England and the regions with trends" "^$m  England .*[0-9] +[^ ]{$YEARS}( |\$)"
	keys j Enter
	see "$1: North East's $NE authorities" "North East  . $NE local authorities in $LATEST"
	keys BSpace / L o n d o n Enter
	see "$1: search lands on London" "^$m  London "
	keys Enter
	see "$1: London leads to Inner and Outer London" "^$m  Inner London "
	keys Enter
	see "$1: Inner London lists its boroughs" "London . Inner London "
	back=$((LATEST - 2021))
	while [ $back -gt 0 ]; do keys '['; back=$((back - 1)); done
	keys / H a c k n e y Enter
	see "$1: 2021 is selected" "\[2021\]"
	see "$1: Hackney is shown as not available" "^$m  Hackney +x "
	see "$1: with its footnote" "Hackney: data not available for 2021 and 2022"
	keys m m s s
	see "$1: the re-referral rate" "3/$IND Percentage of referrals that were"
	see "$1: sorted highest first" "2021 (↓|v) "
	keys / h u l l Enter
	see "$1: search lands on Kingston upon Hull" "^$m  Kingston upon Hull, City of "
	keys '?'
	see "$1: help shows the keys" "previous row"
	keys Escape
	see "$1: help closes" "^$m  Kingston upon Hull, City of "
	keys q
	restored "$1" 0
}

start 80 24
walk "80x24" "▶"

start 200 60
see "200x60: the detail pane is beside the table" "│ England  E92000001"
walk "200x60" "▶"

start 80 24 LANG=C LC_ALL=C
see "LANG=C: ASCII trends" "^>  England .*[0-9] +[_.o=O%&#?]{4,}"
if screen | grep -q '▶'; then not_ok "LANG=C: no UTF-8 on screen"; else ok "LANG=C: no UTF-8 on screen"; fi
walk "LANG=C" ">"

# Colour only where wanted: NO_COLOR leaves bold and reverse, no colours.
colours() { T capture-pane -e -p -t t | grep -cE '\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+)m'; }
start 80 24
wait_for "^▶  England"
if [ "$(colours)" -gt 0 ]; then ok "colour by default"; else not_ok "colour by default"; fi
keys q
restored "colour" 0
start 80 24 NO_COLOR=1
wait_for "^▶  England"
if [ "$(colours)" -eq 0 ] && T capture-pane -e -p -t t | grep -q '\[[0-9;]*7m'; then
	ok "NO_COLOR=1: monochrome, selection still shown"
else
	not_ok "NO_COLOR=1: monochrome, selection still shown"
fi
walk "NO_COLOR=1" "▶"

# A new user pins three authorities, compares them, changes the indicator
# and the year, exports the comparison, and reopens it from the command line
# that $ shows: the same screen.
if [ -n "$REAL" ]; then set -- Leeds Bradford Kirklees; else set -- Hartlepool Newcastle Camden; fi
start 160 40
wait_for "^▶  England"
for a in "$@"; do
	keys /
	T send-keys -t t -l "$a"
	keys Enter Space
done
see "pinning: three areas pinned" "Pinned $3 \(3 of 8\)"
keys c
see "compare: a row per pinned area" "^ 3 $3 "
keys m m '['
see "compare: the indicator changed" "^ 3/$IND Percentage of referrals that were re-referrals"
see "compare: the year changed" "\[$((LATEST - 1))\]"
keys e C-u
T send-keys -t t -l "$TMP/tmux-compare.csv"
keys Enter
see "export: the path is confirmed" "Saved the series \(3 rows, csv\) to $TMP/tmux-compare.csv"
if head -1 "$TMP/tmux-compare.csv" 2>/dev/null | grep -q '^geographic_level,area_code,area_name,old_la_code,' &&
	[ "$(head -1 "$TMP/tmux-compare.csv" | tr ',' '\n' | grep -c '^20[0-9][0-9]$')" -eq "$YEARS" ] &&
	[ "$(wc -l <"$TMP/tmux-compare.csv")" -eq 4 ]; then
	ok "export: a CSV with the standard columns, a column per year, a row per area"
else
	not_ok "export: a CSV with the standard columns, a column per year, a row per area"
	sed 's/^/# /' "$TMP/tmux-compare.csv"
fi
keys '$'
see "the command line is shown" "Reopen this view"
cmd=$(screen | sed -n '/Reopen this view/,/Run it in a shell/p' | sed '1d;$d' |
	sed -e 's/^[│|] //' -e 's/ *[│|]$//' -e 's/ \\$//' | tr '\n' ' ' | sed -e 's/  */ /g' -e 's/ $//')
keys Escape
wait_for "^ 3 $3 " && sleep 0.3
screen >"$TMP/before.txt"
keys q
restored "compare" 0
case $cmd in
"cinx "*)
	T kill-server 2>/dev/null
	runs=$((runs + 1))
	SOCK="cinx-test-$$-$runs"
	T new-session -d -s t -x 160 -y 40 "env -i PATH='$PATH' HOME='$TMP' CINX_SYSTEM_DATA_DIR='$TMP/system' TERM=tmux-256color LANG=C.UTF-8 PS1='$ ' sh"
	T send-keys -t t -l "\"$CINX\" ${cmd#cinx }; echo rc=\$?"
	keys Enter
	wait_for "^ 3 $3 " && sleep 0.3
	screen >"$TMP/after.txt"
	if cmp -s "$TMP/before.txt" "$TMP/after.txt"; then ok "reopened from '$cmd': the same screen"; else
		not_ok "reopened from '$cmd': the same screen"
		diff -u "$TMP/before.txt" "$TMP/after.txt" | sed 's/^/# /'
	fi
	keys q
	restored "reopened" 0
	;;
*)
	not_ok "the command line can be read from the screen"
	;;
esac

# y inside tmux: a plain OSC 52, which tmux with set-clipboard on keeps in a
# paste buffer (wrapped for passthrough, it would be lost)
start 80 24 "TMUX=$TMP/tmux-outer,1,0"
T set -g set-clipboard on
wait_for "^▶  England"
keys y
see "copy in tmux: the explorer says tmux passes it on" "set-clipboard on"
tries=0
while [ -z "$(T list-buffers 2>/dev/null)" ] && [ $tries -lt 100 ]; do sleep 0.05; tries=$((tries + 1)); done
if T show-buffer 2>/dev/null | grep -q "^England "; then ok "copy in tmux: the view is in tmux's paste buffer"; else
	not_ok "copy in tmux: the view is in tmux's paste buffer"
	T show-buffer 2>&1 | sed 's/^/# /'
fi
keys q
restored "copy in tmux" 0

# The analyst's six questions (doc/explorer.md) end to end at 80x24, on the
# hand-made fixture with its model of statistical neighbours: the comparison
# with the neighbours and their mean and median, the league table by value
# then by change, a split county's successor, the series exported, the
# symbols in help.
SAVED=$DATA
DATA="$FIX/mini.csv" ARGS="--neighbours \"$FIX/../compare/sn.csv\""
start 80 24
wait_for "^▶  England"
keys / h a r t l Enter a
see "q1: Hartlepool and its neighbours compared" "Pinned Hartlepool and its 4 statistical neighbours"
see "q1: a row per neighbour" "^ 5 Hackney "
keys BSpace Tab
see "q1: the detail pane has the neighbours' mean" "Neighbour mean 3,335.0 \(-1,955.0\)"
see "q1: and their median" "Neighbour median 3,220.0 \(-1,840.0\)  from 4 of 4 neighbours"
keys Tab L s s
see "q3: the league table by value" "sorted by value (↓|v)"
keys / h a c k Enter
see "q3: Hackney's place in the league" "^▶(  |● )Hackney +3,450 +\+150 +4/9 "
keys s g
see "q2: sorted by change" "sorted by change (↓|v)"
see "q2: who rose most" "^▶  North Yorkshire +5,750 +\+250 +1/9 "
keys / n o r t h Space n o r t h Enter P
see "q4: a successor's trend warns of the county before it" "Northamptonshire 2021, which covered"
keys L / h a r t l Enter a e C-u
T send-keys -t t -l "$TMP/tmux-q5.csv"
keys Enter
see "q5: the series saved" "Saved the series \(7 rows, csv\)"
if head -1 "$TMP/tmux-q5.csv" 2>/dev/null | grep -qx 'geographic_level,area_code,area_name,old_la_code,2021,2022,2023,2024' &&
	grep -qx ',,Statistical neighbours of Hartlepool: mean,,2866.7,3010.0,3190.0,3335.0' "$TMP/tmux-q5.csv"; then
	ok "q5: every year, with the neighbours' mean each year"
else
	not_ok "q5: every year, with the neighbours' mean each year"
	sed 's/^/# /' "$TMP/tmux-q5.csv"
fi
keys BSpace '?'
wait_for "─ Keys ─"
# a page at a time until the symbols show, as a reader would
pages=0
while ! screen | grep -qE "│ u +low reliability" && [ $pages -lt 20 ]; do
	keys PageDown
	sleep 0.1
	pages=$((pages + 1))
done
see "q6: help lists the symbols" "│ u +low reliability"
keys PageDown
see "q6: and the marks" "│ ● +a pinned area"
keys Escape q
restored "six questions" 0
DATA=$SAVED ARGS=

# Any EES data set: the filter bar, and f with a value typed, in a real
# terminal; the academic year's label in the slider.
DATA="$top_srcdir/tests/ui/ees/filtered.csv"
start 80 24
see "EES: the filter bar under the header" "^ sex: Total · school_phase: Total +f change"
see "EES: academic years by their labels" "^ Academic year  2022/23 2023/24\[2024/25\]"
keys f Enter b o Enter
see "EES: a value picked from the list changes the figures" "^▶  England +53,040"
see "EES: the bar says which" "^ sex: Boys · school_phase: Total"
keys q
restored "EES file" 0

# A load from the first-run screen that takes a while says how far it has
# got: the file (the fixture and 2,500 invented authorities, some 380 KB)
# comes through a pipe, a part, a pause, a part, a longer pause, the rest.
{
	cat "$FIX/mini.csv"
	awk 'BEGIN { for (i = 0; i < 2500; i++)
		printf "2024,Reporting year,Local authority,E92000001,England,E12000001,North East,%d,E06%06d,Testshire %d,Referrals and Re-referrals,%d,%d,25.0,10\n",
			1000 + i, 900000 + i, i, 100 + i, 25 + i }'
} >"$TMP/big.csv"
mkfifo "$TMP/slow.csv"
DATA=
start 80 24
see "first run: the welcome screen" "Welcome to cinx"
keys 2
sleep 0.2
T send-keys -t t -l "$TMP/slow.csv"
keys Enter
# (the first write waits: the loader opens the path once to see whether it
# can read it in parts, and a write between that open and the next is lost)
(sleep 0.5; head -c 70000 "$TMP/big.csv"; sleep 1; head -c 140000 "$TMP/big.csv" | tail -c 70000; sleep 3
	tail -c +140001 "$TMP/big.csv") >"$TMP/slow.csv" &
writer=$!
see "a slow load says how far it has got" "Loading .*slow\.csv: [0-9.]+ MB"
see "then what it opened" "Opened .*slow\.csv"
wait $writer
keys q
restored "slow load" 0
DATA=$SAVED

# Signals end the explorer through the same restore path.
for sig in INT TERM HUP; do
	start 80 24
	wait_for "^▶  England"
	keys j Enter
	wait_for "North East"
	case $sig in
	INT) keys C-c; st=130 ;;
	TERM) kill -TERM "$(cat "$PIDFILE")"; st=143 ;;
	HUP) kill -HUP "$(cat "$PIDFILE")"; st=129 ;;
	esac
	restored "SIG$sig" $st
done

# 50 random sizes from 20x5 up to 200x60 and back: no crash, no debris.
start 80 24
wait_for "^▶  England"
keys j Enter
wait_for "North East"
seed=$$
i=0
while [ $i -lt 50 ]; do
	seed=$(((seed * 1103515245 + 12345) % 2147483648))
	w=$((20 + seed % 181))
	h=$((5 + (seed / 256) % 56))
	T resize-window -t t -x "$w" -y "$h"
	[ $((i % 10)) -eq 0 ] && keys j
	sleep 0.02 # let some resizes land while the last is still being drawn
	i=$((i + 1))
done
T resize-window -t t -x 20 -y 5
see "20x5: terminal too small" "Terminal too small"
T resize-window -t t -x 80 -y 24
see "back at 80x24: the full layout again" "^ England › North East  · $NE local authorities"
if screen | grep -q "too small"; then not_ok "no debris after resizing"; else ok "no debris after resizing"; fi
keys q
restored "after 50 resizes" 0

done_testing
