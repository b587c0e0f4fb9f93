# fish completion for cinx
# SPDX-License-Identifier: MIT
#
# cinx itself says what completes the token under the cursor ("cinx --complete"
# in cinx(1)): commands, the options of the command on the line, their values,
# and metrics, years and areas from the data the command would open.

function __cinx_complete
    set -l token (commandline -ct)
    set -l out (cinx --complete (commandline -opc)[2..-1] $token 2>/dev/null)
    or return
    # --option=part: candidates keep the --option= in front
    set -l prefix (string match -r -- '^--[^=]*=' $token; or echo '')
    switch "$out[1]"
        case files
            __fish_complete_path (string replace -- $prefix '' $token) | string replace -r -- '^' $prefix
        case words
            set -e out[1]
            printf '%s\n' $prefix$out
    end
end

complete -c cinx -f -a '(__cinx_complete)'
