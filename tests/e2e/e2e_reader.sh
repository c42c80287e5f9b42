#!/bin/sh
# e2e_reader.sh: the reader in a real terminal (tmux): list, focus, body, quotes, help,
# wide characters, hostile escape sequences, $BROWSER, quitting.
. "${SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/e2e/lib_tmux.sh"

COLS=100
ROWS=30

# A long article whose only quote is far below the first screen of its body.
{
	printf 'Outlet: Tide Tables\nDate: 2024-03-01\n\nThe long read on tides\n\n'
	i=1
	while [ "$i" -le 40 ]; do
		printf 'Paragraph %d of the long read describes the water in calm detail.\n\n' "$i"
		i=$((i + 1))
	done
	printf '"The tide waits for nobody at all," said Pell Marsh, the lock keeper.\n'
} >"$E2E_TMP/long.txt"
e2e_import "$E2E_FIXTURES/harbour.txt" "$E2E_FIXTURES/wide.txt" "$E2E_FIXTURES/escape.txt" \
	"$E2E_TMP/long.txt"

# The separator between the list and the right-hand panes stays in one column on every
# row, whatever the rows hold (CJK, emoji, combining marks, Hebrew), and no row is wider
# than the terminal. Widths are measured by wc -L, independently of quoth.
sep_aligned()
{
	capture >"$E2E_TMP/screen"
	want="" n=0
	while IFS= read -r line; do
		w=$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -L)
		if [ "$w" -gt "$COLS" ]; then
			echo "row wider than $COLS: $line"
			return 1
		fi
		case $line in
		*│*) ;;
		*) continue ;;
		esac
		w=$(printf '%s' "${line%%│*}" | LC_ALL=C.UTF-8 wc -L)
		[ -n "$want" ] || want=$w
		if [ "$w" != "$want" ]; then
			echo "separator at column $w, not $want: $line"
			return 1
		fi
		n=$((n + 1))
	done <"$E2E_TMP/screen"
	# Every row but the status line has the separator.
	[ "$n" -eq $((ROWS - 1)) ]
}

row_has_sep()
{
	capture | grep -F -- "$1" | grep -q -F '│'
}

title_not_set()
{
	case $(tm display-message -p -t "$E2E_PANE" '#{pane_title}') in
	*pwned*) return 1 ;;
	*) return 0 ;;
	esac
}

dead_status()
{
	st=$(exit_status)
	[ "$st" = "$1" ] || { echo "exit status '$st', not $1"; return 1; }
}

e2e_start $COLS $ROWS

# The list: titles, newest first, position, counts, unread marks.
check "list shows the article count" wait_for "» Articles (4)"
check "list shows every title" wait_for_re "^. 03-05 Harbour council k.*│"
check "list shows the wide title" wait_for "東京の市場"
check "list shows the escape title" wait_for_re "^. 03-03 Terminal escapes.*│"
check "status shows the position" wait_for " 1/4 "
check "status shows key hints from the action table" wait_for "?:help q:quit Tab:next-pane"
check "list shows dates (month-day in a narrow list)" wait_for "03-05 Harbour"
check "an unseen article is marked unread" wait_for_re "^N .*東京の市場"
check "the shown article is marked read" wait_for_re "^  .*Harbour council"

# The body follows the list cursor; the quotes pane shows the article's quotes.
check "body shows the headline" wait_for_re "│Harbour council keeps the ferry"
check "body shows the text" wait_for "We will keep the ferry running"
check "quotes pane has a title with a count" wait_for_re "Quotes \\([1-9]"
check "quotes pane lists a quote with its speaker" wait_for_re "│[^│]*: We will keep the ferry"

send j
check "j moves the cursor down" wait_for " 2/4 "
check "the body follows the cursor" wait_for "市場は朝早く開きます"
check "an article without quotes says so" wait_for "No quotes extracted from this article."
check "moving onto an article marks it read" wait_for_re "^  .*東京の市場"
send u
check "u marks it unread again" wait_for_re "^N .*東京の市場"
send k
check "k moves the cursor up" wait_for " 1/4 "
send Down Down Up
check "arrow keys move the cursor" wait_for " 2/4 "
send G
check "G goes to the last article" wait_for " 4/4 "
send g
check "g goes to the first article" wait_for " 1/4 "

# Focus: Tab and Shift-Tab cycle list -> body -> quotes, the focused title marked.
send Tab
check "Tab focuses the body" wait_for "» Harbour council keeps the ferry"
check "the list title is no longer focused" wait_gone "» Articles"
send Tab
check "Tab focuses the quotes" wait_for "» Quotes ("
send Tab
check "Tab wraps around to the list" wait_for "» Articles (4)"
send BTab
check "Shift-Tab focuses the quotes" wait_for "» Quotes ("
send BTab BTab
check "Shift-Tab goes back to the list" wait_for "» Articles (4)"
send Enter
check "Enter on the list focuses the body" wait_for "» Harbour council keeps the ferry"
send BTab

# Help, generated from the action table.
send '?'
check "? opens the help screen" wait_for "Help ("
check "help lists quit with its key" wait_for_re "^ +q +quit +quit quoth"
check "help lists the pane keys" wait_for_re "^ +Tab +next-pane"
# The help's own section is further down: page until it shows.
help_close_shown()
{
	for _ in 1 2 3 4 5 6; do
		E2E_TIMEOUT=5 wait_for_re "^ +q, \\?, Esc +close" && return 0
		send PgDn
	done
	return 1
}
check "help lists how to close it" help_close_shown
send g
send q
check "q closes the help screen" wait_gone "Help ("
check "closing help shows the reader again" wait_for "» Articles (4)"
check "q in help does not quit" not pane_dead
send '?'
wait_for "Help (" >/dev/null
send Escape
check "Esc closes the help screen" wait_gone "Help ("
send x
check "an unbound key is reported" wait_for "x is not bound"

# Wide characters: the wide article's row ends at the separator like every other row.
check "the wide row reaches the separator" eventually row_has_sep "東京の市場"
check "the separator column is intact on every row" eventually sep_aligned
send j
wait_for " 2/4 " >/dev/null
check "wide body text keeps the separator intact" eventually sep_aligned

# Enter on a quote scrolls the body to it.
send G
check "G goes to the last article" wait_for " 4/4 "
check "the long article's body is shown" wait_for "│Paragraph 1 of the long read"
check "the quote is below the body's first screen" not eval "capture | grep -q -F '│\"The tide waits for nobody'"
send Tab Tab
check "the long article's quote is listed" wait_for ": The tide waits for nobody"
send Enter
check "Enter on a quote scrolls the body to it" wait_for '│"The tide waits for nobody'
send Tab

# Escape sequences arrive inert: the words around them show, nothing is cleared or renamed.
send k
check "the escape article opens" wait_for "Before"
check "text after the escapes is shown" wait_for "after red words and the end of the line."
check "the screen was not cleared" wait_for "03-05 Harbour council"
check "the window title was not changed" title_not_set

# $BROWSER unset: a message, no crash.
send o
check "o without BROWSER shows a message" wait_for "BROWSER is not set"
check "quoth survives o without BROWSER" not pane_dead

# q quits with status 0.
send q
check "q quits" wait_dead
check "quoth exits with status 0" eventually dead_status 0

# $BROWSER runs without a shell, with the article's link as its one argument.
cat >"$E2E_TMP/browser" <<EOF
#!/bin/sh
printf '%s\n' "\$#" "\$@" >"$E2E_TMP/opened"
EOF
chmod +x "$E2E_TMP/browser"
opened()
{
	i=0
	while [ "$i" -lt "$E2E_TIMEOUT" ] && ! [ -s "$E2E_TMP/opened" ]; do
		sleep 0.1
		i=$((i + 1))
	done
	printf '1\nhttps://example.invalid/gull-bay/harbour-ferry\n' | cmp -s - "$E2E_TMP/opened"
}
e2e_start $COLS $ROWS "BROWSER=$E2E_TMP/browser"
send o
check "o runs BROWSER with the article's URL" opened
check "the reader comes back after the browser" wait_for "» Articles (4)"
check "quoth survives the browser" not pane_dead
send q
wait_dead

e2e_start $COLS $ROWS "BROWSER=$E2E_TMP/no-such-browser"
send o
check "a BROWSER that cannot run shows a message" wait_for "cannot run"
check "quoth survives a failing BROWSER" not pane_dead
send q
wait_dead

# NO_COLOR: attributes only. tmux writes a cell's colours as SGR 30-37/40-47 (or 38;/48;
# for 256 colours); 39 and 49 are the defaults.
has_colour()
{
	esc=$(printf '\033')
	tm capture-pane -p -e -t "$E2E_PANE" | grep -q -E "$esc\\[([0-9;]*;)?(3[0-8]|4[0-8])[m;]"
}
has_reverse()
{
	esc=$(printf '\033')
	tm capture-pane -p -e -t "$E2E_PANE" | grep -q -E "$esc\\[([0-9;]*;)?7[m;]"
}
e2e_start $COLS $ROWS
check "colours are used by default" eventually has_colour
send q
wait_dead
e2e_start $COLS $ROWS NO_COLOR=1
check "NO_COLOR turns colours off" not has_colour
check "NO_COLOR keeps the selection visible" has_reverse
send q
wait_dead

# Drawing is safe on its own: text that reaches the store without import's cleaning
# (here written with sqlite3) is still shown inert.
if command -v sqlite3 >/dev/null 2>&1; then
	sqlite3 "$E2E_DB" "UPDATE articles SET title = 'Raw ' || char(27) || '[2J' || \
char(27) || ']0;pwned' || char(7) || ' title' || char(27) || '[31m end', \
body = 'Raw ' || char(27) || '[2J body' || char(10) || char(10) || 'left ' || char(27) || \
'[H' || char(155) || ' right' WHERE outlet = 'Esc Daily';" || exit 99
	e2e_start $COLS $ROWS
	send G k
	check "a raw escape in a title is drawn inert" wait_for "Raw �[2J�]0;pwned� title�[31m end"
	check "a raw escape in a body is drawn inert" wait_for "left �[H� right"
	check "raw escapes do not clear the screen" wait_for "03-05 Harbour council"
	check "raw escapes do not rename the window" title_not_set
	check "raw escapes keep the separator intact" eventually sep_aligned
	send q
	wait_dead
fi

e2e_finish
