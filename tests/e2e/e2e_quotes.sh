#!/bin/sh
# e2e_quotes.sh: following quotes in a real terminal (tmux): speaker colours and mentions,
# n, ] and [ across articles, the speaker picker, jumping back and forth, a correction
# that lasts, and a resize while the picker is open.
. "${SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/e2e/lib_tmux.sh"

COLS=120
ROWS=30

# Three outlets, newest first in the list: Northern Wire, Coastal Ledger, Fjord Post.
# Søren Åberg is quoted in all three (spelt "Søren Aberg" in the Ledger, which carries his
# Fjord Post quote again); Ingrid Sæther in the Wire and the Post.
e2e_import "$E2E_FIXTURES/quotes-fjord-post.txt" "$E2E_FIXTURES/quotes-coastal-ledger.txt" \
	"$E2E_FIXTURES/quotes-northern-wire.txt"

WIRE="Ferry union to vote on the new contract"
LEDGER="Bergvik ferries sail again"
POST="Ferry strike ends at Bergvik"

# fg_of TEXT [N]: the foreground colour of TEXT's first character.
fg_of()
{
	attrs_at "$1" "${2:-1}" | sed -n '1s/^fg=\([^ ]*\) .*/\1/p'
}

differ()
{
	[ -n "$1" ] && [ -n "$2" ] && [ "$1" != "$2" ] || { echo "'$1' vs '$2'"; return 1; }
}

same()
{
	[ -n "$1" ] && [ "$1" = "$2" ] || { echo "'$1' vs '$2'"; return 1; }
}

# body_title TEXT: the body pane's title (right of the list) shows TEXT.
body_title()
{
	capture | head -n 1 | grep -q -F -- "$1"
}

status_line()
{
	capture | tail -n 1 | grep -q -F -- "$1"
}

e2e_start $COLS $ROWS
check "the newest article is shown" wait_for "$WIRE"
check "its quotes are listed" wait_for "Søren Åberg: The members will decide"

# Colours: every speaker's quotes in their own colour, the mention bold and underlined.
check "Åberg's quote is in a colour" eventually has_attr "The members will decide" 1 "fg=[0-9]"
check "Sæther's quote is in a colour" has_attr "We hope the vote settles" 1 "fg=[0-9]"
check "two speakers get different colours" \
	differ "$(fg_of 'The members will decide')" "$(fg_of 'We hope the vote settles')"
check "a third speaker gets a third colour" \
	differ "$(fg_of 'The ferries matter more')" "$(fg_of 'We hope the vote settles')"
check "the mention is bold and underlined" has_attr "Ingrid Sæther" 1 "^fg=[0-9]+ .*bold=1 ul=1"
check "the mention has its speaker's colour" \
	same "$(fg_of 'Ingrid Sæther, the harbour')" "$(fg_of 'We hope the vote settles')"
check "the words between quote and mention are plain" \
	has_attr " said " 1 "^fg=d bg=d bold=0 ul=0 rev=0$"
check "the quotes pane names the speaker in their colour" \
	same "$(fg_of 'Ingrid Sæther: We hope')" "$(fg_of 'We hope the vote settles')"

# n: the next quote, in the quotes pane and in the body.
send Tab
check "Tab focuses the body" wait_for "» $WIRE"
send n n
check "n moves the quotes pane's cursor to the next quote" \
	eventually has_attr "We hope the vote settles" 2 "ul=1|rev=1"
check "the previous quote is no longer the pane's cursor" \
	has_attr "The members will decide" 2 "ul=0 rev=0"
check "n makes the quote current in the body (bold)" \
	has_attr "We hope the vote settles" 1 "bold=1"
check "the previous quote is no longer current" has_attr "The members will decide" 1 "bold=0"
send N
check "N goes back to the previous quote" eventually has_attr "The members will decide" 1 "bold=1"
send n

# ] and [: the same speaker, on into other articles in list order.
send ']'
check "] crosses into the next article quoting Sæther" eventually body_title "$POST"
check "] says where the speaker continues" wait_for "Ingrid Sæther, continued in: $POST"
check "the list cursor follows to that article" wait_for " 3/3 "
check "the speaker's first quote there is current" \
	eventually has_attr "The boats will sail again" 1 "bold=1"
send ']'
check "] steps to the speaker's next quote in the same article" \
	eventually has_attr "Nobody on the quay wants" 1 "bold=1"
check "a step within the article keeps the article" body_title "$POST"
send '['
check "[ steps back within the article" eventually has_attr "The boats will sail again" 1 "bold=1"
send '['
check "[ crosses back into the earlier article" eventually body_title "$WIRE"
check "[ says where the speaker continues" wait_for "Ingrid Sæther, continued in: $WIRE"
check "[ arrives at the speaker's last quote there" \
	eventually has_attr "We hope the vote settles" 1 "bold=1"
check "the list cursor came back" wait_for " 1/3 "

# The speaker picker: narrowing ignores case and accents.
send s
check "s opens the speaker picker" wait_for "Speakers (3 of 3)"
check "the picker lists every speaker" wait_for "Tor Lindqvist"
send -l "SØREN ABE"
check "typing narrows the picker to one speaker" wait_for "Speakers (1 of 3)"
check "the match is shown" wait_for "Søren Åberg"
check "the others are gone" wait_gone "Ingrid Sæther"
send Enter
check "Enter closes the picker" wait_gone "Speakers ("
check "the quotes pane lists the speaker's quotes" wait_for "Quotes by Søren Åberg (3"
check "the quotes come from the Wire" wait_for "2024-05-03 Northern Wire: The members will"
check "the quotes come from the Ledger" wait_for "2024-05-02 Coastal Ledger: We signed"
check "the quotes come from the Post" wait_for "2024-05-01 Fjord Post: We signed"
check "a quote carried twice says where else" wait_for "also in Fjord Post"
check "and the other copy says so too" wait_for "also in Coastal Ledger"
check "the quotes pane has the focus" wait_for "» Quotes by Søren Åberg"

# Enter on one opens its article there; C-o comes back, C-n goes forward again.
send Down Down
send Enter
check "Enter opens the quote's article" eventually body_title "$POST"
check "the list cursor is on that article" wait_for " 3/3 "
check "the quote is current in the body" \
	eventually has_attr "We signed because the islanders" 1 "bold=1"
send C-o
check "C-o goes back to the article we came from" eventually body_title "$WIRE"
check "C-o restores the list position" wait_for " 1/3 "
send C-n
check "C-n goes forward again" eventually body_title "$POST"
check "C-n restores the list position" wait_for " 3/3 "
send Escape
check "Esc in the quotes pane shows the article's quotes again" wait_for "» Quotes (3)"
check "the speaker's list is gone" wait_gone "Quotes by"

# A correction: reassign a quote to a new, non-ASCII name, through the prompt.
# An "é" typed as e and a combining accent is one cluster: one BSpace removes it whole.
send G
check "G selects the last quote" eventually has_attr "Nobody on the quay wants" 2 "bg=6|rev=1"
send a
check "a asks for the speaker" wait_for "Attribute this quote to:"
send -l "Åsa Nyström-Ødegårde$(printf '\314\201')"
check "the prompt shows what is typed" \
	wait_for "Attribute this quote to: Åsa Nyström-Ødegårde$(printf '\314\201')"
send BSpace
send Enter
check "the reassignment shows at once" wait_for "Åsa Nyström-Ødegård: Nobody on the quay"
check "BSpace removed the whole cluster" not eval "capture | grep -q -F 'Ødegårde'"
check "the correction is confirmed" wait_for "quote attributed to Åsa Nyström-Ødegård (U undoes)"
check "the quote takes its new speaker's colour" \
	differ "$(fg_of 'Nobody on the quay wants')" "$(fg_of 'The boats will sail again')"
send U
check "U undoes the correction" wait_for "correction undone"
check "the quote is Sæther's again" wait_for "Ingrid Sæther: Nobody on the quay"
check "the new name is gone" wait_gone "Åsa Nyström-Ødegård:"
send G a
wait_for "Attribute this quote to:" >/dev/null
send -l "Åsa Nyström-Ødegård"
send Enter
check "reassigning again shows at once" wait_for "Åsa Nyström-Ødegård: Nobody on the quay"

send q
check "q quits" wait_dead
e2e_start $COLS $ROWS
send G
check "after a restart the article is there" eventually body_title "$POST"
check "the correction lasts across a restart" wait_for "Åsa Nyström-Ødegård: Nobody on the quay"
send s
wait_for "Speakers (" >/dev/null
send -l "nystrom"
check "the new speaker is in the picker" wait_for "Speakers (1 of 4)"
send Escape
check "Esc closes the picker" wait_gone "Speakers ("

# The mouse, as xterm reports it (SGR 1006): a click selects the row under it.
# click COLUMN ROW, both counted from 1.
click()
{
	send -l "$(printf '\033[<0;%d;%dM\033[<0;%d;%dm' "$1" "$2" "$1" "$2")"
}
click 10 3
check "a click in the list selects that article" wait_for " 2/3 "
check "the body follows the click" eventually body_title "$LEDGER"
# The quotes pane's title is on row 20 of 30; its second quote two rows below.
click 60 22
check "a click in the quotes pane focuses it" wait_for "» Quotes (2)"
check "the clicked row is the pane's cursor" \
	eventually has_attr "The timetable stays as it was" 2 "bg=6|rev=1"
check "the clicked quote is current in the body" \
	eventually has_attr "The timetable stays as it was" 1 "bold=1"

# A resize to a tiny terminal and back with the picker open.
send s
check "the picker opens again" wait_for "Speakers (4 of 4)"
send -l "lind"
wait_for "Speakers (1 of 4)" >/dev/null
resize 20 6
check "quoth survives shrinking to 20x6 with the picker open" eventually not pane_dead
check "the picker is drawn at 20x6" wait_for "Speakers"
resize $COLS $ROWS
check "the picker is back at full size" wait_for "Speakers (1 of 4)"
check "its filter is kept" wait_for "Tor Lindqvist"
send BSpace BSpace BSpace BSpace
check "the picker still takes keys" wait_for "Speakers (4 of 4)"
send Escape
check "Esc closes it" wait_gone "Speakers ("
check "the reader is intact" wait_for "» Quotes (2)"
send q
check "q quits after the resize" wait_dead
check "quoth exits with status 0" eventually eval '[ "$(exit_status)" = 0 ]'

e2e_finish
