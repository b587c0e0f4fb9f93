#!/bin/sh
# SPDX-License-Identifier: MIT
# Hostile terminals: names carrying CSI, OSC, DCS and C1 sequences never
# reach the terminal raw (print commands test_bad_input.sh leaves out, every
# format; the explorer, headless and in tmux, checked byte for byte); every
# terminal size down to 1x1; 100 random resizes, headless and in tmux; the
# terminal types dumb, vt100, xterm, screen-256color and tmux-256color;
# 1,000 keys pasted at once. No crash, no debris: after a storm the real
# screen is exactly what a calm replay of the same keys draws, and the
# terminal is restored (`stty -g` before and after, the shell's screen back).
. "$top_srcdir/tests/cli/lib.sh"
HOST="$top_srcdir/tests/hostile"
NAMES="$HOST/escape_names.csv" # tests/fixtures/mini.csv with hostile names
MINI="$FIX/mini.csv"
SN="$top_srcdir/tests/compare/sn.csv"

# terminal_safe FILE: valid UTF-8 without control characters (but newline
# and tab) or C1 controls: nothing in it can drive a terminal
terminal_safe() {
	iconv -f UTF-8 -t UTF-8 "$1" >/dev/null 2>&1 || return 1
	LC_ALL=C tr -d '\n\t' <"$1" | LC_ALL=C grep -q '[[:cntrl:]]' && return 1
	! LC_ALL=C grep -q "$(printf '\302')[$(printf '\200')-$(printf '\237')]" "$1"
}

# safe NAME CMD...: CMD's standard output and error are terminal-safe
safe() {
	name=$1
	shift
	"$@" >"$TMP/out" 2>&1
	if terminal_safe "$TMP/out"; then ok "$name"; else
		not_ok "$name"
		od -c "$TMP/out" | head -20 | sed 's/^/# /'
	fi
}

# The names as the fixture spells them once neutralised: each control
# character, C1 control or byte that is not UTF-8 becomes one '?'.
SHOWN_NAMES='North?P+q544e?\ East
Hart?[8mle?[6npool
Newcastle?]0;cinx-owned? upon Tyne
Cam?]52;c;b3duZWQ=?\den
Hack?31m??ney
Bar?6n?0;x?net'

# ---- print mode: the commands and messages test_bad_input.sh does not cover ---------
for f in text csv tsv json markdown; do
	for cmd in "compare E06000001 E08000021 E09000007 E09000012 E09000003" "similar E06000001" \
		"notable --year 2022" "info" "neighbours E06000001 --neighbours $SN" "table --level national"; do
		# shellcheck disable=SC2086
		safe "hostile names: $cmd --format $f" "$CINX" --data "$NAMES" --format $f $cmd
	done
done
safe "hostile names in 'no such area' suggestions" "$CINX" --data "$NAMES" show Hartlepol
safe "hostile names in an ambiguous match" "$CINX" --data "$NAMES" show a
safe "hostile names in a bad metric message" "$CINX" --data "$NAMES" table --metric nosuch

# ---- the explorer, headless: every screen the names reach ----------------------------
# shot NAME KEYS SIZE: the dump is terminal-safe
shot() { safe "explorer, headless, $1: no control character" "$CINX" --data "$NAMES" --keys "$2" --screen "$3" --dump; }
shot "regions" "" 120x30
shot "North East with the detail pane" "j<Enter>j" 120x30
shot "authority details, narrow" "j<Enter>j<Tab>" 70x24
shot "Inner London" "jjjj<Enter><Enter>j" 100x30
shot "Outer London" "jjjj<Enter>j<Enter>j" 100x30
shot "search" "/ne" 100x30
shot "pinned and compared" "j<Enter>j<Space>j<Space>c" 120x30
shot "notable changes" "!" 120x30
shot "too small" "j<Enter>" 30x6
for keys in "" "j<Enter>" "jjjj<Enter><Enter>" "jjjj<Enter>j<Enter>"; do
	"$CINX" --data "$NAMES" --keys "$keys" --screen 120x30 --dump
done >"$TMP/shown"
missing=$(printf '%s\n' "$SHOWN_NAMES" | while IFS= read -r n; do grep -qF -- "$n" "$TMP/shown" || echo "$n"; done)
if [ -z "$missing" ]; then ok "explorer, headless: every hostile name is shown with '?' for its controls"; else
	not_ok "explorer, headless: every hostile name is shown with '?' for its controls"
	printf '# missing: %s\n' "$missing"
fi

# ---- every size down to 1x1, headless: a full grid of exactly that size ---------------
bad_sizes=""
w=1
while [ $w -le 30 ]; do
	h=1
	while [ $h -le 12 ]; do
		"$CINX" --data "$NAMES" --keys 'j<Enter>j' --screen "${w}x$h" --dump >"$TMP/grid" 2>&1
		st=$?
		lines=$(wc -l <"$TMP/grid")
		widest=$(wc -L <"$TMP/grid")
		if [ $st -ne 0 ] || [ "$lines" -ne $h ] || [ "$widest" -gt $w ] || ! terminal_safe "$TMP/grid"; then
			bad_sizes="$bad_sizes ${w}x$h(exit $st, $lines lines, $widest wide)"
		fi
		h=$((h + 1))
	done
	w=$((w + 1))
done
if [ -z "$bad_sizes" ]; then ok "headless, every size from 1x1 to 30x12: exactly that grid, no crash"; else
	not_ok "headless, every size from 1x1 to 30x12: exactly that grid, no crash"
	echo "# wrong:$bad_sizes" | cut -c1-400
fi

# storm SEED: 100 random sizes from 1x1 to 200x60, each followed by a key
# whose effect does not depend on the size (year, indicator, sort, row).
# Writes $TMP/storm (sizes and keys, as a key script, ending at 80x24),
# $TMP/storm_keys (the keys alone) and $TMP/storm_sizes (one WxH a line).
storm() {
	awk -v seed="$1" -v dir="$TMP" 'BEGIN {
		n = split("[ ] m b s S j k", K, " ")
		s = seed
		keys = script = ""
		for (i = 0; i < 100; i++) {
			s = (s * 1103515245 + 12345) % 2147483648; w = 1 + s % 200
			s = (s * 1103515245 + 12345) % 2147483648; h = 1 + s % 60
			s = (s * 1103515245 + 12345) % 2147483648; k = K[1 + s % n]
			script = script sprintf("<Resize %dx%d>", w, h) k
			keys = keys k
			print w "x" h " " k > (dir "/storm_sizes")
		}
		print "j<Enter>" script "<Resize 80x24>" > (dir "/storm")
		print "j<Enter>" keys > (dir "/storm_keys")
	}'
}

# ---- 100 random resizes, headless: the state, and so the screen, as without them ------
storm 6
"$CINX" --data "$MINI" --keys "$(cat "$TMP/storm_keys")" --dump >"$TMP/calm"
expect "headless, 100 random resizes (seed 6) leave the screen as a calm replay draws it" 0 "$TMP/calm" -- \
	"$CINX" --data "$MINI" --keys "$(cat "$TMP/storm")" --dump

# ---- in a real terminal ---------------------------------------------------------------
if ! command -v tmux >/dev/null 2>&1; then
	skip "tmux tests" "tmux is not installed (Debian package tmux)"
	done_testing
	exit $?
fi

# a server of our own, its socket in $TMP
T() { tmux -S "$TMP/tmux.sock" -f "$TMP/tmux.conf" "$@"; }
cleanup() {
	T kill-server 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP
# set-clipboard on: an OSC 52 that got through would fill a paste buffer
printf 'set -g status off\nset -g history-limit 0\nset -g set-clipboard on\n' >"$TMP/tmux.conf"

# The pane runs this: waits for the go file (so that pipe-pane records from
# the first byte), notes the terminal mode, runs cinx, notes the mode and
# the exit status, and stays open to be looked at.
cat >"$TMP/pane.sh" <<'EOF'
tag=$1 term=$2
shift 2
while [ ! -e "$tag.go" ]; do sleep 0.02; done
echo "shell before cinx"
stty -g >"$tag.before"
env TERM="$term" "$@"
st=$?
stty -g >"$tag.after"
echo "rc=$st"
echo "$st" >"$tag.rc"
exec sleep 600
EOF

# open TAG TERM W H ARGS...: a window TAG of W x H running cinx ARGS, its
# output recorded raw in $TMP/TAG.raw
open() {
	tag=$1 term=$2 w=$3 h=$4
	shift 4
	T new-session -d -s "$tag" -x "$w" -y "$h" \
		"env -i PATH='$PATH' HOME='$TMP' XDG_CONFIG_HOME='$TMP/config' XDG_CACHE_HOME='$TMP/cache' CINX_SYSTEM_DATA_DIR='$TMP/system' \
		LANG=C.UTF-8 sh '$TMP/pane.sh' '$TMP/$tag' '$term' '$CINX' $*"
	T pipe-pane -t "$tag" "cat >'$TMP/$tag.raw'"
	: >"$TMP/$tag.go"
}
screen() { T capture-pane -p -t "$1"; }

# wait_for TAG REGEX: the screen shows REGEX (5 s at most)
wait_for() {
	tries=0
	while [ $tries -lt 100 ]; do
		screen "$1" | grep -qE -- "$2" && return 0
		sleep 0.05
		tries=$((tries + 1))
	done
	return 1
}

# settles TAG FILE: the screen becomes exactly FILE (10 s at most)
settles() {
	tries=0
	while [ $tries -lt 200 ]; do
		screen "$1" >"$TMP/now"
		cmp -s "$TMP/now" "$2" && return 0
		sleep 0.05
		tries=$((tries + 1))
	done
	return 1
}

# exited TAG: the exit status of cinx in window TAG, once it has ended (5 s at most)
exited() {
	tries=0
	while [ ! -s "$TMP/$1.rc" ] && [ $tries -lt 100 ]; do
		sleep 0.05
		tries=$((tries + 1))
	done
	cat "$TMP/$1.rc" 2>/dev/null || echo "still running"
}

# restored NAME TAG STATUS [SHELL]: cinx exited with STATUS, the terminal
# mode is as before, the alternate screen is off, nothing of cinx is left
# and, with SHELL, the shell's line from before is back
restored() {
	st=$(exited "$2")
	if [ "$st" != "$3" ]; then
		not_ok "$1: exit status $3 (got: $st)"
		screen "$2" | sed 's/^/# /'
		return
	fi
	if ! cmp -s "$TMP/$2.before" "$TMP/$2.after"; then
		not_ok "$1: terminal mode (stty -g) restored"
		echo "# before: $(cat "$TMP/$2.before")"
		echo "# after:  $(cat "$TMP/$2.after")"
	elif [ "$(T display -p -t "$2" '#{alternate_on}')" != 0 ] || screen "$2" | grep -q 'q quit' ||
		{ [ -n "${4:-}" ] && ! screen "$2" | grep -q '^shell before cinx$'; }; then
		not_ok "$1: the shell's screen is back, nothing of cinx left on it"
		screen "$2" | sed 's/^/# /'
	else
		ok "$1: terminal restored (stty -g and screen)"
	fi
}

# ---- hostile names in the real explorer: recorded byte for byte ------------------------
open names tmux-256color 120 40 --data "'$NAMES'"
wait_for names 'q quit'
screen names >"$TMP/shown"
T send-keys -t names j Enter j
wait_for names "Newcastle"
screen names >>"$TMP/shown"
T send-keys -t names BSpace j j j j Enter Enter j
wait_for names "Hack"
screen names >>"$TMP/shown"
T send-keys -t names BSpace j Enter j
wait_for names "Bar"
screen names >>"$TMP/shown"
T send-keys -t names BSpace BSpace / n e
sleep 0.3
T send-keys -t names Escape
sleep 0.1
T send-keys -t names q
restored "hostile names" names 0 shell
missing=$(printf '%s\n' "$SHOWN_NAMES" | while IFS= read -r n; do grep -qF -- "$n" "$TMP/shown" || echo "$n"; done)
if [ -z "$missing" ]; then ok "hostile names: the terminal shows each with '?' for its controls"; else
	not_ok "hostile names: the terminal shows each with '?' for its controls"
	printf '# missing: %s\n' "$missing"
fi
raw="$TMP/names.raw"
if [ -s "$raw" ] && iconv -f UTF-8 -t UTF-8 "$raw" >/dev/null 2>&1; then ok "hostile names: the output is valid UTF-8"; else
	not_ok "hostile names: the output is valid UTF-8 (no raw 8-bit C1 byte)"
fi
# never LABEL BYTES: the raw output never holds BYTES
never() {
	if LC_ALL=C grep -qF -- "$2" "$raw"; then
		not_ok "hostile names: no $1 reaches the terminal"
		LC_ALL=C grep -aoF -- "$2" "$raw" | head -3 | od -c | sed 's/^/# /'
	else
		ok "hostile names: no $1 reaches the terminal"
	fi
}
ESC=$(printf '\033')
never "OSC (ESC ])" "${ESC}]"
never "DCS (ESC P)" "${ESC}P"
never "cursor position request (CSI 6n)" "${ESC}[6n"
never "conceal attribute (CSI 8m)" "${ESC}[8m"
never "C1 CSI (U+009B)" "$(printf '\302\233')"
never "C1 OSC (U+009D)" "$(printf '\302\235')"
never "BEL" "$(printf '\007')"
never "DEL" "$(printf '\177')"
case "$(T display -p -t names '#{pane_title}')" in
*owned*) not_ok "hostile names: the window title is untouched" ;;
*) ok "hostile names: the window title is untouched" ;;
esac
if [ -z "$(T list-buffers)" ]; then ok "hostile names: the clipboard (OSC 52) is untouched"; else
	not_ok "hostile names: the clipboard (OSC 52) is untouched"
	T list-buffers | sed 's/^/# /'
fi

# ---- terminal types -----------------------------------------------------------------------
for term in vt100 xterm screen-256color tmux-256color; do
	open "$term" "$term" 80 24 --data "'$MINI'"
	if wait_for "$term" '^ England +· 4 regions'; then ok "TERM=$term: the explorer draws"; else
		not_ok "TERM=$term: the explorer draws"
		screen "$term" | sed 's/^/# /'
	fi
	T send-keys -t "$term" j Enter ']'
	wait_for "$term" 'North East  ·'
	T send-keys -t "$term" q
	# vt100 has no alternate screen: cinx clears the screen it drew on
	restored "TERM=$term" "$term" 0 "$([ "$term" = vt100 ] || echo shell)"
done
# dumb cannot be driven: a clear message and exit 2, the terminal untouched
open dumb dumb 80 24 --data "'$MINI'"
if [ "$(exited dumb)" = 2 ] && screen dumb | tr -d '\n' |
	grep -qF "cinx: cannot drive the terminal type 'dumb'; set TERM (e.g. xterm-256color) or use 'cinx table'"; then
	ok "TERM=dumb: a clear message and exit status 2"
else
	not_ok "TERM=dumb: a clear message and exit status 2"
	screen dumb | sed 's/^/# /'
fi
if cmp -s "$TMP/dumb.before" "$TMP/dumb.after"; then ok "TERM=dumb: terminal mode untouched"; else
	not_ok "TERM=dumb: terminal mode untouched"
fi

# ---- sizes down to 1x1, and 100 random resizes ----------------------------------------------
open tiny tmux-256color 1 1 --data "'$MINI'"
sleep 0.5
for size in 2x1 1x2 3x3 10x2 19x5 20x5 1x1 120x1 1x40; do
	T resize-window -t tiny -x "${size%x*}" -y "${size#*x}"
	sleep 0.05
done
T resize-window -t tiny -x 80 -y 24
"$CINX" --data "$MINI" --keys "" --dump >"$TMP/start"
if settles tiny "$TMP/start"; then ok "started at 1x1, squeezed to 1x1 again: back at 80x24 the full screen"; else
	not_ok "started at 1x1, squeezed to 1x1 again: back at 80x24 the full screen"
	diff "$TMP/start" "$TMP/now" | sed 's/^/# /'
fi

storm 2026
T send-keys -t tiny j Enter
while read -r size key; do
	T resize-window -t tiny -x "${size%x*}" -y "${size#*x}"
	T send-keys -t tiny -l "$key"
	sleep 0.01 # some resizes land while the last is still being drawn
done <"$TMP/storm_sizes"
T resize-window -t tiny -x 80 -y 24
"$CINX" --data "$MINI" --keys "$(cat "$TMP/storm_keys")" --dump >"$TMP/calm"
if settles tiny "$TMP/calm"; then ok "100 random resizes in tmux (seed 2026): exactly the calm replay's screen"; else
	not_ok "100 random resizes in tmux (seed 2026): exactly the calm replay's screen"
	diff "$TMP/calm" "$TMP/now" | sed 's/^/# /'
fi
T send-keys -t tiny q
restored "after 100 random resizes" tiny 0

# ---- 1,000 keys pasted at once ------------------------------------------------------------
# Random keys from every mode (rows, years, indicators, sort, search,
# help, the indicator list, pins, comparison, notable changes, drilling);
# not q, nor keys that leave the explorer's own screen (export, copy, play).
awk -v dir="$TMP" 'BEGIN {
	n = split("j k h l g G [ ] { } m b s S n N ? / M c X ! P a i r t u w", K, " ")
	s = 1000
	for (i = 0; i < 1000; i++) {
		s = (s * 1103515245 + 12345) % 2147483648
		r = s % (n + 4)
		if (r < n) raw = key = K[r + 1]
		else if (r == n) { raw = "\r"; key = "<Enter>" }
		else if (r == n + 1) { raw = "\t"; key = "<Tab>" }
		else if (r == n + 2) { raw = "\177"; key = "<BS>" }
		else { raw = " "; key = "<Space>" }
		printf "%s", raw > (dir "/flood.raw")
		printf "%s", key > (dir "/flood.keys")
	}
}'
open paste tmux-256color 100 30 --data "'$MINI'"
wait_for paste 'q quit'
T load-buffer -b flood "$TMP/flood.raw"
T paste-buffer -d -b flood -t paste
"$CINX" --data "$MINI" --keys "$(cat "$TMP/flood.keys")" --screen 100x30 --dump >"$TMP/calm"
if settles paste "$TMP/calm"; then ok "1,000 pasted keys: exactly the screen of the same keys replayed"; else
	not_ok "1,000 pasted keys: exactly the screen of the same keys replayed"
	diff "$TMP/calm" "$TMP/now" | sed 's/^/# /'
fi
for _ in 1 2 3; do
	T send-keys -t paste Escape
	sleep 0.1
done
T send-keys -t paste q
restored "after 1,000 pasted keys" paste 0 shell

done_testing
