#!/bin/sh
# cli_basic.sh: the command line's surface: help, version, usage errors, the store path.
. "$SRCDIR/tests/lib.sh"
db="$tmp/q.db"

expect "--help exits 0" 0 "$QUOTH" --help
has "--help lists commands" "$tmp/out" "quotes"
has "--help names --db" "$tmp/out" "--db PATH"
expect "--version exits 0" 0 "$QUOTH" --version
has "--version prints the name" "$tmp/out" "quoth "
for c in read import list show quotes speakers reindex bookmarks fix; do
	expect "$c --help exits 0" 0 "$QUOTH" "$c" --help
	has "$c --help shows usage" "$tmp/out" "usage: quoth $c"
done
expect "help COMMAND" 0 "$QUOTH" help quotes
has "help COMMAND shows usage" "$tmp/out" "usage: quoth quotes"

expect "unknown command exits 2" 2 "$QUOTH" --db "$db" frobnicate
has "unknown command is named" "$tmp/err" "unknown command 'frobnicate'"
expect "unknown global option exits 2" 2 "$QUOTH" --frob
has "unknown option is named" "$tmp/err" "unknown option '--frob'"
expect "--db without a path exits 2" 2 "$QUOTH" --db
expect "unknown command option exits 2" 2 "$QUOTH" --db "$db" list --frob
has "command option error points to help" "$tmp/err" "quoth list --help"
expect "option without its value exits 2" 2 "$QUOTH" --db "$db" list --format
has "missing value is named" "$tmp/err" "option '--format' needs a value"
expect "unknown short option in a bundle exits 2" 2 "$QUOTH" --db "$db" import -vx a.txt
has "the bad letter is named" "$tmp/err" "unknown option '-x'"
expect "an option's value may be -h" 1 "$QUOTH" --db "$db" quotes -s -h
has "-h taken as the speaker" "$tmp/err" "no speaker matches '-h'"
expect "bad format exits 2" 2 "$QUOTH" --db "$db" list --format=xml
has "bad format is named" "$tmp/err" "unknown format 'xml'"
expect "import with nothing exits 2" 2 "$QUOTH" --db "$db" import
expect "quotes --article junk exits 2" 2 "$QUOTH" --db "$db" quotes --article abc
expect "show without id exits 2" 2 "$QUOTH" --db "$db" show
expect "show of a missing article exits 1" 1 "$QUOTH" --db "$db" show 42
has "missing article is named" "$tmp/err" "no article with id 42"
expect "reader without a terminal exits 1" 1 sh -c "'$QUOTH' --db '$db' </dev/null >/dev/null"
has "reader says it needs a terminal" "$tmp/err" "needs a terminal"

expect "list on an empty store" 0 "$QUOTH" --db "$db" list
same "empty list prints nothing" "$(wc -c <"$tmp/out" | tr -d ' ')" 0
same "store created with mode 0600" "$(stat -c %a "$db")" 600

# Default location: $XDG_DATA_HOME, then ~/.local/share; QUOTH_DB overrides both.
expect "XDG_DATA_HOME store" 0 env XDG_DATA_HOME="$tmp/xdg" "$QUOTH" list
if [ -f "$tmp/xdg/quoth/quoth.db" ]; then ok "store under XDG_DATA_HOME"; else not_ok "store under XDG_DATA_HOME"; fi
expect "HOME store" 0 env -u XDG_DATA_HOME HOME="$tmp/home" "$QUOTH" list
if [ -f "$tmp/home/.local/share/quoth/quoth.db" ]; then ok "store under ~/.local/share"; else not_ok "store under ~/.local/share"; fi
expect "QUOTH_DB store" 0 env QUOTH_DB="$tmp/env.db" XDG_DATA_HOME="$tmp/xdg2" "$QUOTH" list
if [ -f "$tmp/env.db" ] && [ ! -e "$tmp/xdg2/quoth" ]; then ok "QUOTH_DB wins"; else not_ok "QUOTH_DB wins"; fi

# A store that cannot be a store.
expect "directory as store exits 1" 1 "$QUOTH" --db "$tmp" list
has "directory error names the path" "$tmp/err" "$tmp"
printf 'not a database at all, only a line of text that goes on for a while\n' >"$tmp/junk.db"
expect "junk file as store exits 1" 1 "$QUOTH" --db "$tmp/junk.db" list
has "junk error names the file" "$tmp/err" "$tmp/junk.db"

finish
