#!/bin/bash
# SPDX-License-Identifier: MIT
# The shell completions (assets/completion/), driven as the shells drive
# them: bash's function with COMP_WORDS and COMP_CWORD, with and without
# bash-completion's helpers; fish's `complete -C`; zsh's script with its
# completion built-ins stubbed. Candidates come from `cinx --complete`: the
# option table, and the data the command would open.
. "$top_srcdir/tests/cli/lib.sh"
COMPLETION="$top_srcdir/assets/completion"
MINI="$FIX/mini.csv"
HULL="Kingston upon Hull, City of"
# the scripts run "cinx": the one just built
mkdir -p "$TMP/bin" "$TMP/files/sub dir"
ln -s "$CINX" "$TMP/bin/cinx"
PATH="$TMP/bin:$PATH"
: >"$TMP/files/c1 copy.csv"
: >"$TMP/files/c1.csv"
: >"$TMP/files/notes.txt"

# same NAME GOT WANT
same() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; printf '# got:  %s\n# want: %s\n' "$2" "$3"; fi
}

# ---- bash ---------------------------------------------------------------------
# complete WORD...: COMPREPLY for the line "cinx WORD...", the cursor at the
# end of the last word, one a line, sorted
complete_bash() {
	COMP_WORDS=(cinx "$@")
	COMP_CWORD=$#
	COMP_LINE="cinx $*"
	COMP_POINT=${#COMP_LINE}
	COMPREPLY=()
	_cinx cinx "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
	((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort
}

bash_cases() {
	local how=$1 got
	complete -p cinx 2>/dev/null | grep -q -- '-F _cinx cinx$' && ok "$how: complete -F _cinx cinx" ||
		not_ok "$how: complete -F _cinx cinx"
	same "$how: commands" "$(complete_bash '' | tr '\n' ' ')" \
		"compare datasets info neighbours notable show similar table trend update "
	same "$how: commands by their start" "$(complete_bash t | tr '\n' ' ')" "table trend "
	got=$(complete_bash table --)
	echo "$got" | grep -qx -- --sort-by && echo "$got" | grep -qx -- --format && echo "$got" | grep -qx -- --utf8 &&
		! echo "$got" | grep -qx -- --force && ! echo "$got" | grep -qx -- --threshold &&
		ok "$how: table's options, not update's or notable's" ||
		{ not_ok "$how: table's options, not update's or notable's"; echo "$got" | sed 's/^/# /'; }
	same "$how: update's options, none of table's but --help and --version" \
		"$(complete_bash update -- | tr '\n' ' ')" "--api-base --dataset --force --help --system --version "
	same "$how: an option given is not offered again" "$(complete_bash table --format csv --fo | tr '\n' ' ')" ""
	same "$how: --format's words" "$(complete_bash table --format '' | tr '\n' ' ')" "csv json markdown text tsv "
	# bash splits --format=j at the '='
	same "$how: --format=j" "$(complete_bash table --format = j)" "json"
	same "$how: --level's words" "$(complete_bash table --level '' | tr '\n' ' ')" "la national regional "
	same "$how: the fixture's metrics, aliases and all" \
		"$(complete_bash --data "$MINI" table --metric '' | tr '\n' ' ')" \
		"all no_further_action_count re-referrals referral_count referrals rereferral_count rereferral_percent rereferrals "
	same "$how: with --population, the rates too" \
		"$(complete_bash --data "$MINI" --population "$top_srcdir/tests/compare/population.csv" table --metric '' | grep -c _rate_)" 2
	same "$how: metrics by their start" "$(complete_bash --data "$MINI" compare --metric rereferral_p)" "rereferral_percent"
	same "$how: the fixture's years" "$(complete_bash --data "$MINI" table --year '' | tr '\n' ' ')" "2021 2022 2023 2024 "
	same "$how: an area with a space and a comma, escaped" "$(complete_bash --data "$MINI" show Kings)" \
		'Kingston\ upon\ Hull\,\ City\ of'
	got=$(complete_bash --data "$MINI" show 'kingston\ up')
	eval "set -- $got"
	same "$how: ... which the shell reads back as the name, from any case" "$1" "$HULL"
	same "$how: inside quotes the user opened, the name as it is" \
		"$(complete_bash --data "$MINI" trend Hackney '"Kingston upon')" "$HULL"
	same "$how: areas by code" "$(complete_bash --data "$MINI" show E0600001)" "E06000010"
	same "$how: --region offers regions only" "$(complete_bash --data "$MINI" table --region '' | tr '\n' ' ')" \
		'East\ Midlands Inner\ London London North\ East Outer\ London Yorkshire\ and\ The\ Humber '
	same "$how: the area of --data=FILE" "$(complete_bash --data = "$MINI" show Hart)" "Hartlepool"
	same "$how: the area of \$CINX_DATA" "$(CINX_DATA=$MINI complete_bash show Hart)" "Hartlepool"
	printf 'data = %s\n' "$MINI" >"$TMP/config/cinx/config"
	same "$how: the area of the configuration file's data" "$(complete_bash show Hart)" "Hartlepool"
	rm "$TMP/config/cinx/config"
	same "$how: no data named: the demo's areas" "$(complete_bash show Hart; complete_bash show Ashc)" "Ashcombe"
	same "$how: show takes one area" "$(complete_bash --data "$MINI" show Hackney Hart)" ""
	same "$how: after the arguments, the command's options" "$(complete_bash --data "$MINI" show Hackney '' | head -n 1)" "--ascii"
	cd "$TMP/files" || return
	same "$how: --data completes file names" "$(complete_bash --data c1 | tr '\n' '|')" "c1 copy.csv|c1.csv|"
	same "$how: --data= completes file names" "$(complete_bash --data = no)" "notes.txt"
	same "$how: --population completes file names" "$(complete_bash table --population su)" "sub dir"
	cd - >/dev/null || return
	return 0
}

mkdir -p "$TMP/config/cinx"
for how in "bash alone" "bash with bash-completion"; do
	if [ "$how" != "bash alone" ]; then
		if [ ! -r /usr/share/bash-completion/bash_completion ]; then
			skip "$how" "bash-completion is not installed"
			continue
		fi
	fi
	# each in its own bash, so that the helpers of one do not reach the other
	out=$(
		[ "$how" = "bash alone" ] || . /usr/share/bash-completion/bash_completion
		. "$COMPLETION/bash/cinx"
		bash_cases "$how"
		echo "count $n $failed"
	)
	echo "$out" | grep -v '^count '
	set -- $(echo "$out" | sed -n 's/^count //p')
	n=$1
	failed=$2
done

# ---- fish -------------------------------------------------------------------------
if ! command -v fish >/dev/null; then
	skip "fish completions" "fish is not installed"
else
	fish -n "$COMPLETION/fish/cinx.fish" && ok "fish: the script parses" || not_ok "fish: the script parses"
	complete_fish() { fish --no-config -c "source '$COMPLETION/fish/cinx.fish'; complete -C \$argv[1]" "$1" | LC_ALL=C sort | tr '\n' '|'; }
	same "fish: commands" "$(complete_fish 'cinx t')" "table|trend|"
	same "fish: --format=" "$(complete_fish 'cinx table --format=')" "--format=csv|--format=json|--format=markdown|--format=text|--format=tsv|"
	same "fish: update's options" "$(complete_fish 'cinx update --')" "--api-base|--dataset|--force|--help|--system|--version|"
	same "fish: an area with a space and a comma" "$(complete_fish "cinx --data '$MINI' show \"Kingston")" "$HULL|"
	same "fish: --data completes file names" "$(cd "$TMP/files" && complete_fish 'cinx --data no')" "notes.txt|"
fi

# ---- zsh --------------------------------------------------------------------------
if ! command -v zsh >/dev/null; then
	skip "zsh completions" "zsh is not installed"
else
	zsh -n "$COMPLETION/zsh/_cinx" && ok "zsh: the script parses" || not_ok "zsh: the script parses"
	# the words of the line, and what the script hands to compadd (or _files)
	complete_zsh() {
		zsh -f -c 'compadd() { [[ $1 == -U ]] && shift; [[ $1 == -- ]] && shift; print -rl -- "$@" }
			compset() { : } ; _files() { print -r -- "(files)" }
			words=(cinx "$@"); CURRENT=$#words; source "$0"' "$COMPLETION/zsh/_cinx" "$@" | LC_ALL=C sort | tr '\n' '|'
	}
	same "zsh: commands" "$(complete_zsh t)" "table|trend|"
	same "zsh: --format=j" "$(complete_zsh table --format=j)" "--format=json|"
	same "zsh: an area with a space and a comma" "$(complete_zsh --data "$MINI" show 'Kingston\ up')" "$HULL|"
	same "zsh: --data completes file names" "$(complete_zsh --data '')" "(files)|"
fi

done_testing
