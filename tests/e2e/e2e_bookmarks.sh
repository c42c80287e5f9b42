#!/bin/sh
# e2e_bookmarks.sh: keeping passages in a real terminal (tmux): selecting by word and
# sentence, bookmarking with a note, bookmarking a quote, the bookmarks view (filter, open,
# edit, delete, undelete), bookmarks across restarts, re-imports and a SIGKILL.
. "${SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/e2e/lib_tmux.sh"

COLS=120
ROWS=30
LIGHT="Lighthouse keeper retires after forty years"
WIRE="Ferry union to vote on the new contract"

# The lighthouse article is imported from a copy, so that it can be edited and imported
# again under the same source.
cp "$E2E_FIXTURES/bookmarks-lighthouse.txt" "$E2E_TMP/lighthouse.txt" || exit 99
e2e_import "$E2E_TMP/lighthouse.txt" "$E2E_FIXTURES/quotes-northern-wire.txt"

# has_first_attr TEXT N PATTERN: the Nth place showing TEXT starts with PATTERN.
has_first_attr()
{
	out=$(attrs_at "$1" "$2") || { echo "'$1' is not on the screen"; return 1; }
	if ! printf '%s\n' "$out" | head -n 1 | grep -q -E -- "$3"; then
		echo "'$1' is drawn as:"
		printf '%s\n' "$out"
		return 1
	fi
}

body_title()
{
	capture | head -n 1 | grep -q -F -- "$1"
}

# above A B: the screen shows A on a row above B's.
above()
{
	a=$(capture | grep -n -F -- "$1" | head -n 1 | cut -d: -f1)
	b=$(capture | grep -n -F -- "$2" | head -n 1 | cut -d: -f1)
	[ -n "$a" ] && [ -n "$b" ] && [ "$a" -lt "$b" ] || { echo "rows '$a' and '$b'"; return 1; }
}

# A bookmark shows underlined or on the bookmark background: SGR 4 or a background.
MARKED="ul=1|bg=[0-9]"
UNMARKED="ul=0 rev=0$"

e2e_start $COLS $ROWS
check "the article is shown" wait_for "$LIGHT"
send Tab
check "Tab focuses the body" wait_for "» $LIGHT"

# The body's point starts on the first paragraph; v and Esc start and end a selection.
check "the point is on the paragraph" eventually has_first_attr "Halvard Moen" 1 "rev=1"
send v
check "v starts selecting" wait_for "-- SELECT -- $LIGHT"
send Escape
check "Esc ends the selection" wait_gone "-- SELECT --"
send v w w
check "v w w selects three words" eventually has_attr "Halvard Moen climbed" 1 "rev=1"
check "the selection stops at the word" has_attr " the tower for" 1 "$UNMARKED"
check "the title says the selection is on" wait_for "» -- SELECT -- $LIGHT"
send m
check "m asks for a note" wait_for "Bookmarked (1). Note, or Enter for none:"
check "the selection ends" wait_gone "-- SELECT --"
send -l "vérifier 確認確"
check "the note prompt takes non-ASCII text" wait_for "Note, or Enter for none: vérifier 確認確"
send BSpace
check "BSpace removes one wide character" \
	eventually eval 'capture | tail -n 1 | grep -q -E "none: vérifier 確認 *\$"'
send Enter
check "the note is saved" wait_for "bookmark 1: note saved"
check "the bookmark is highlighted in the body" \
	eventually has_attr "Halvard Moen climbed" 1 "$MARKED"
check "the highlight covers just the passage" has_attr " the tower for" 1 "$UNMARKED"

# ) and ( select by sentence; Esc cancels without a bookmark.
send v ')'
check ") selects to the end of the next sentence" \
	eventually has_attr "The lamp was lit by" 1 "rev=1"
check ") does not reach the sentence after" has_attr "Nobody in Skarvik" 1 "$UNMARKED"
send '('
check "( takes the sentence back" eventually has_attr "The lamp was lit by" 1 "$UNMARKED"
send Escape
check "Esc cancels the selection" wait_gone "-- SELECT --"
check "a cancelled selection leaves no highlight" \
	eventually has_attr "the tower for the last time" 1 "$UNMARKED"

# m on a quote bookmarks it with its speaker.
send n
check "n goes to the quote" eventually has_attr "I counted every storm" 1 "bold=1"
send m
check "m on a quote bookmarks it" wait_for "Bookmarked (2). Note, or Enter for none:"
send Enter
check "Enter leaves it without a note" wait_gone "Bookmarked (2)"
check "the quote shows as bookmarked" eventually has_attr "I counted every storm" 1 "$MARKED"

# The bookmarks view, from another article.
send Tab Tab
check "Tab reaches the list" wait_for "» Articles (2)"
send j
check "the other article is shown" eventually body_title "$WIRE"
send B
check "B opens the bookmarks view" wait_for "Bookmarks (2 of 2)"
check "the quote's bookmark names its speaker" wait_for "Halvard Moen: “"
check "the passage's bookmark shows its text and note" wait_for "“Halvard Moen climbed”  ✎ vérifier 確認"
check "the article is named" wait_for "$LIGHT · 2024-06-01"
check "the newest bookmark comes first" above "I counted every storm" "✎ vérifier 確認"
send -l "VERIF"
check "typing narrows the bookmarks (case and accents folded)" wait_for "Bookmarks (1 of 2)"
check "the other bookmark is hidden" wait_gone "I counted every storm"
send Enter
check "Enter closes the view" wait_gone "Bookmarks ("
check "Enter opens the bookmark's article" eventually body_title "$LIGHT"
check "the body has the focus" wait_for "» $LIGHT"
check "the point is at the passage" eventually has_first_attr "Halvard Moen climbed" 1 "rev=1"
check "the list follows" wait_for " 1/2 "

# C-e edits the note; Delete and C-r.
send B
wait_for "Bookmarks (2 of 2)" >/dev/null
send Down C-e
check "C-e opens the note prefilled" wait_for "Note: vérifier 確認"
send C-u
send -l "à relire 校正"
send Enter
check "the edited note is saved" wait_for "bookmark 1: note saved"
check "the view shows the new note" wait_for "✎ à relire 校正"
check "the old note is gone" wait_gone "vérifier"
check "the view stays open after the edit" wait_for "Bookmarks (2 of 2)"
send Delete
check "Delete removes the selected bookmark" wait_for "Bookmarks (1 of 1)"
check "Delete says how to undo" wait_for "bookmark 1 deleted; C-r brings it back"
check "the deleted one is gone" wait_gone "à relire"
send C-r
check "C-r brings it back" wait_for "Bookmarks (2 of 2)"
check "C-r says so" wait_for "bookmark 1 is back"
check "it keeps its note" wait_for "“Halvard Moen climbed”  ✎ à relire 校正"
send Escape
check "Esc closes the view" wait_gone "Bookmarks ("
check "the undeleted bookmark is highlighted again" \
	eventually has_attr "Halvard Moen climbed" 1 "$MARKED"
send q
check "q quits" wait_dead

# A restart keeps them.
e2e_start $COLS $ROWS
check "after a restart the passage is highlighted" \
	eventually has_attr "Halvard Moen climbed" 1 "$MARKED"
check "and the quote too" has_attr "I counted every storm" 1 "$MARKED"
send B
check "after a restart both bookmarks are listed" wait_for "Bookmarks (2 of 2)"
check "the note survived" wait_for "✎ à relire 校正"
send Escape
wait_gone "Bookmarks (" >/dev/null
send q
check "q quits" wait_dead

# Re-import with the words moved: the highlight follows them.
{
	sed -n '1,7p' "$E2E_FIXTURES/bookmarks-lighthouse.txt"
	printf 'A storm warning was issued for the whole coast on Monday morning.\n\n'
	sed -n '8,$p' "$E2E_FIXTURES/bookmarks-lighthouse.txt"
} >"$E2E_TMP/lighthouse.txt"
e2e_import "$E2E_TMP/lighthouse.txt"
e2e_start $COLS $ROWS
check "the edited article is shown" wait_for "A storm warning was issued"
check "the moved words are still highlighted" \
	eventually has_attr "Halvard Moen climbed" 1 "$MARKED"
check "the new words before them are not" has_attr "A storm warning was issued" 1 "$UNMARKED"
send B
check "moved bookmarks are not orphaned" wait_for "Bookmarks (2 of 2)"
check "no bookmark is orphaned" not eval "capture | grep -q -F '[orphaned]'"
send Escape
wait_gone "Bookmarks (" >/dev/null
send q
check "q quits" wait_dead

# Re-import with the words deleted: the view says the bookmark is orphaned.
sed 's/^Halvard Moen climbed the tower for the last time on Sunday\. //' \
	"$E2E_FIXTURES/bookmarks-lighthouse.txt" >"$E2E_TMP/lighthouse.txt"
e2e_import "$E2E_TMP/lighthouse.txt"
e2e_start $COLS $ROWS
check "the shortened article is shown" wait_for "│The lamp was lit by his daughter."
send B
check "both bookmarks are still listed" wait_for "Bookmarks (2 of 2)"
check "the passage's bookmark is orphaned" wait_for "[orphaned] “Halvard Moen climbed”"
check "the quote's bookmark is not" not eval "capture | grep -q -F '[orphaned] Halvard Moen: '"
send -l "relire"
wait_for "Bookmarks (1 of 2)" >/dev/null
send Enter
check "opening an orphaned bookmark says why it is not shown" \
	wait_for "orphaned: its words are no longer in this article"
send q
check "q quits" wait_dead

# SIGKILL right after bookmarking: the bookmark is already stored.
e2e_start $COLS $ROWS
send Tab v w
check "a selection for the last bookmark" eventually has_attr "The lamp" 1 "rev=1"
send m
check "the note prompt appears" wait_for "Bookmarked (3). Note, or Enter for none:"
pid=$(pgrep -P "$(tm display-message -p -t "$E2E_PANE" '#{pane_pid}')")
check "quoth's process is found" eval '[ -n "$pid" ]'
[ -z "$pid" ] || kill -9 $pid
check "quoth is gone after SIGKILL" eventually eval '[ "$(exit_status)" = 137 ]'
# The shell that ran quoth reports the kill on quoth's standard error: not quoth's words.
sed '${/^Killed$/d;}' "$E2E_STDERR" >"$E2E_TMP/stderr.kept" && mv "$E2E_TMP/stderr.kept" "$E2E_STDERR"
"$QUOTH" --db "$E2E_DB" bookmarks --format=jsonl >"$E2E_TMP/bm.jsonl" 2>"$E2E_TMP/bm.err"
rc=$?
check "bookmarks --format=jsonl runs after the kill" eval '[ "$rc" -eq 0 ] || cat "$E2E_TMP/bm.err"'
check "the store lists three bookmarks" eval '[ "$(wc -l <"$E2E_TMP/bm.jsonl")" -eq 3 ]'
check "the bookmark made just before the kill is there" \
	grep -q -E '"id": ?3[,}].*"text": ?"The lamp"|"text": ?"The lamp".*"id": ?3[,}]' \
	"$E2E_TMP/bm.jsonl"

e2e_finish
