#!/bin/sh
# e2e_resize.sh: the reader survives resizing (down to 1x1) while keys are pressed, shows
# "terminal too small" below the minimum, stacks its panes on narrow terminals, and pages
# a long list out of the store.
. "${SRCDIR:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/e2e/lib_tmux.sh"

# 120 filler articles with distinct dates older than the fixtures: 123 in all, and the
# oldest ("Filler 000") is the last row of the list.
mkdir "$E2E_TMP/gen" || exit 99
i=0
while [ "$i" -lt 120 ]; do
	n=$(printf '%03d' "$i")
	printf 'Outlet: Filler Post\nDate: 2020-%02d-%02d\n\nFiller %s about the tides\n\nThe tide came in at the usual hour on day %s.\n' \
		$((1 + i / 28)) $((1 + i % 28)) "$n" "$n" >"$E2E_TMP/gen/f$n.txt"
	i=$((i + 1))
done
e2e_import "$E2E_FIXTURES/harbour.txt" "$E2E_FIXTURES/wide.txt" "$E2E_FIXTURES/escape.txt" \
	"$E2E_TMP/gen"

alive()
{
	! pane_dead
}

# list_pos: the list position the status bar shows ("17" of " 17/123 ").
list_pos()
{
	capture | grep -o -E ' [0-9]+/123 ' | head -n 1 | tr -d ' ' | cut -d/ -f1
}

# pos_between MIN MAX: the list position is within [MIN, MAX].
pos_between()
{
	p=$(list_pos)
	[ -n "$p" ] && [ "$p" -ge "$1" ] && [ "$p" -le "$2" ]
}

# Side by side, the list and the body share rows, split by the separator.
side_by_side()
{
	capture | grep -q -E '^» Articles \(123\) +│'
}

# Stacked, each pane's title row starts at the left edge, the quotes below the list.
stacked()
{
	capture >"$E2E_TMP/screen"
	! grep -q -F '│' "$E2E_TMP/screen" &&
		grep -n -E '^(» | )Articles \(123\)' "$E2E_TMP/screen" | grep -q '^1:' &&
		grep -q -E '^(» | )Quotes \(' "$E2E_TMP/screen"
}

# No row wider than the terminal.
fits()
{
	capture | while IFS= read -r line; do
		w=$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -L)
		if [ "$w" -gt "$1" ]; then
			echo "row wider than $1: $line"
			exit 1
		fi
	done
}

e2e_start 80 24
check "starts side by side at 80x24" eventually side_by_side
check "counts every article" wait_for "» Articles (123)"

send G
check "G pages to the last article" wait_for " 123/123 "
check "the last row is the oldest article" wait_for_re "^. .*Filler 000 about"
send g
check "g pages back to the first" wait_for " 1/123 "
send Space Space
check "Space pages down" wait_for_re " (3[0-9]|4[0-9])/123 "
before=$(list_pos)
send C-u
check "C-u moves half a page up (from $before)" eventually pos_between 2 $((before - 5))
send g

resize 20 6
check "20x6 shows the list" wait_for "» Articles"
check "20x6 rows fit" eventually fits 20
send j j Tab j BTab k
check "keys work at 20x6" wait_for " 2/123"
check "alive at 20x6" alive

resize 10 3
check "10x3 says the terminal is too small" wait_for "terminal …"
check "10x3 shows nothing else" not wait_for "Articles"
send j
send k
check "alive at 10x3" alive

resize 1 1
send j
check "alive at 1x1" alive
# Keys still work while the terminal is too small: j j k j moved the cursor to 3.

resize 200 60
check "200x60 shows the list again" wait_for "» Articles (123)"
check "200x60 is side by side" eventually side_by_side
check "200x60 shows outlets" wait_for "2020-05-08 Filler Po"
check "200x60 keeps the cursor" wait_for " 3/123 "
resize 120 30
check "120x30 shows month-day and outlet" wait_for_re "^. [0-9]{2}-[0-9]{2} Filler .+ Filler [0-9]+"
resize 200 60
wait_for "2020-05-08 Filler Po" >/dev/null
send G
check "G at 200x60" wait_for " 123/123 "
check "200x60 rows fit" eventually fits 200

resize 79 24
check "79 columns stack the panes" eventually stacked
check "stacked rows fit" eventually fits 79
send g
check "keys work stacked" wait_for " 1/123 "

resize 80 24
check "80x24 is side by side again" eventually side_by_side
send '?'
check "help opens at 80x24" wait_for "Help ("
resize 30 8
check "help survives a resize" wait_for "Help ("
send q
resize 80 24
check "the list comes back after help and resizes" wait_for "» Articles (123)"
check "still alive" alive

send q
check "q quits after all the resizing" wait_dead

e2e_finish
