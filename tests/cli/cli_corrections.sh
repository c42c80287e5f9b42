#!/bin/sh
# cli_corrections.sh: quoth fix: user corrections of who said what change the quotes and
# speakers output, survive reindex and re-import of an edited article, and can be undone.
. "$SRCDIR/tests/lib.sh"
db="$tmp/c.db"
q() { "$QUOTH" --db "$db" "$@"; }

cat >"$tmp/bridge.txt" <<'TXT'
Outlet: The Fen Gazette
Date: 2026-05-01

Council splits over the new bridge

"The bridge is too expensive," said Marta Okonkwo, the council treasurer.

"We will build it anyway," said Pavel Drummond, the mayor.

Okonkwo added: "The reserves are empty."
TXT

# qid TEXT: the id of the quote whose text starts with TEXT.
qid() {
	q quotes --all --format=jsonl | python3 -c '
import sys, json
for l in sys.stdin:
    o = json.loads(l)
    if o["text"].startswith(sys.argv[1]):
        print(o["id"]); break' "$1"
}
# speaker_of TEXT: the speaker of the quote whose text starts with TEXT ("-" when hidden).
speaker_of() {
	q quotes --format=jsonl | python3 -c '
import sys, json
for l in sys.stdin:
    o = json.loads(l)
    if o["text"].startswith(sys.argv[1]):
        print(o["speaker"]); break
else:
    print("-")' "$1"
}
nquotes() { q quotes --format=jsonl | wc -l | tr -d ' '; }

expect "import the article" 0 q import "$tmp/bridge.txt"
same "three quotes" "$(nquotes)" 3
same "automatic speaker of the bridge quote" "$(speaker_of "The bridge")" "Marta Okonkwo"
same "automatic speaker of the build quote" "$(speaker_of "We will")" "Pavel Drummond"

# reassign
expect "fix reassign" 0 q fix reassign "$(qid "We will")" "Pavel Drummond-Hale"
has "reassign says what changed" "$tmp/out" "now attributed to Pavel Drummond-Hale"
same "reassigned quote has the new speaker" "$(speaker_of "We will")" "Pavel Drummond-Hale"
expect "speakers after reassign" 0 q speakers --format=jsonl
has "new speaker listed" "$tmp/out" '"name":"Pavel Drummond-Hale"'
lacks "old speaker has no quotes left" "$tmp/out" '"name":"Pavel Drummond"'
expect "quotes --speaker finds the new speaker" 0 q quotes --speaker "pavel drummond-hale"
has "by new speaker" "$tmp/out" "We will build it anyway"

# not-quote
expect "fix not-quote" 0 q fix not-quote "$(qid "The reserves")"
has "not-quote says what changed" "$tmp/out" "marked as not a quotation"
same "two quotes after not-quote" "$(nquotes)" 2
same "hidden from quotes" "$(speaker_of "The reserves")" "-"
expect "list count" 0 q list --format=jsonl
has "article count follows" "$tmp/out" '"quotes":2'
expect "speakers after not-quote" 0 q speakers --format=jsonl
has "Okonkwo counts one quote" "$tmp/out" '"name":"Marta Okonkwo","quotes":1'

# merge, by any alias, case ignored
expect "fix merge" 0 q fix merge "okonkwo" "Pavel Drummond-Hale"
has "merge says what changed" "$tmp/out" "merged speaker okonkwo into Pavel Drummond-Hale"
same "merged quote moves" "$(speaker_of "The bridge")" "Pavel Drummond-Hale"
expect "speakers after merge" 0 q speakers --format=jsonl
same "one speaker left" "$(wc -l <"$tmp/out" | tr -d ' ')" 1
has "aliases move too" "$tmp/out" '"Okonkwo"'
expect "merged-away name still finds the quotes" 0 q quotes --speaker "Marta Okonkwo"
has "found through the moved alias" "$tmp/out" "The bridge is too expensive"

# rename
expect "fix rename" 0 q fix rename "okonkwo" "The Council"
has "rename says what changed" "$tmp/out" "renamed to The Council"
same "renamed speaker shown" "$(speaker_of "We will")" "The Council"
expect "speakers after rename" 0 q speakers
has "text speakers shows the new name" "$tmp/out" "The Council"

expect "fix list" 0 q fix list
same "four corrections listed" "$(wc -l <"$tmp/out" | tr -d ' ')" 4
has "list shows a reassign" "$tmp/out" "reassign"
expect "fix list jsonl" 0 q fix list --format=jsonl
has "jsonl kind" "$tmp/out" '"kind":"not-quote"'
cp "$tmp/out" "$tmp/fixes.jsonl"

q quotes --all --format=jsonl | python3 -c 'import sys,json; [print(json.loads(l)["text"], json.loads(l)["speaker"], json.loads(l)["kind"]) for l in sys.stdin]' >"$tmp/before"

# reindex keeps every correction
expect "reindex" 0 q reindex
q quotes --all --format=jsonl | python3 -c 'import sys,json; [print(json.loads(l)["text"], json.loads(l)["speaker"], json.loads(l)["kind"]) for l in sys.stdin]' >"$tmp/after"
if cmp -s "$tmp/before" "$tmp/after"; then ok "reindex keeps corrections"; else
	not_ok "reindex keeps corrections"; diff "$tmp/before" "$tmp/after" | head -5; fi
same "still two quotes after reindex" "$(nquotes)" 2

# re-import an edited version: the same quotations keep their corrections
sed -e 's/the mayor\./the mayor, on Monday./' -e 's/Council splits/Council divided/' \
	"$tmp/bridge.txt" >"$tmp/bridge2.txt"
cp "$tmp/bridge2.txt" "$tmp/bridge.txt"
expect "re-import edited article" 0 q import -v "$tmp/bridge.txt"
has "article was updated" "$tmp/out" "updated"
same "reassign holds after re-import" "$(speaker_of "We will")" "The Council"
same "merge holds after re-import" "$(speaker_of "The bridge")" "The Council"
same "not-quote holds after re-import" "$(nquotes)" 2

# bad ids and names
expect "unknown quote id exits 1" 1 q fix reassign 9999 "Somebody"
has "unknown quote is named" "$tmp/err" "no quote with id 9999"
expect "not-quote unknown id exits 1" 1 q fix not-quote 424242
has "unknown not-quote id named" "$tmp/err" "424242"
expect "quote id not a number exits 2" 2 q fix reassign abc "Somebody"
has "bad quote id explained" "$tmp/err" "positive number, not 'abc'"
expect "reassign to an empty name exits 1" 1 q fix reassign "$(qid "We will")" "  "
expect "merge unknown speaker exits 1" 1 q fix merge "Nobody Atall" "The Council"
has "unknown merge source named" "$tmp/err" "no speaker matches 'Nobody Atall'"
expect "merge into unknown speaker exits 1" 1 q fix merge "The Council" "Ghost Person"
has "unknown merge target named" "$tmp/err" "no speaker matches 'Ghost Person'"
expect "merge into itself exits 1" 1 q fix merge "okonkwo" "OKONKWO"
expect "rename unknown speaker exits 1" 1 q fix rename "Ghost Person" "X"
expect "undo unknown id exits 1" 1 q fix undo 77
has "unknown correction named" "$tmp/err" "no correction with id 77"
expect "unknown subcommand exits 2" 2 q fix frobnicate
expect "no subcommand exits 2" 2 q fix
expect "missing arguments exit 2" 2 q fix merge "only one"
expect "extra arguments exit 2" 2 q fix not-quote 1 2
expect "--format outside list exits 2" 2 q fix --format=jsonl undo 1
expect "bad format exits 2" 2 q fix list --format=xml
expect "fix --help" 0 q fix --help
has "help names the subcommands" "$tmp/out" "not-quote"
expect "failed fixes added nothing" 0 q fix list
same "still four corrections" "$(wc -l <"$tmp/out" | tr -d ' ')" 4

# undo, newest first, back to the automatic result
for id in $(python3 -c 'import sys,json; [print(json.loads(l)["id"]) for l in open(sys.argv[1])]' "$tmp/fixes.jsonl" | sort -rn); do
	expect "fix undo $id" 0 q fix undo "$id"
	has "undo $id says what changed" "$tmp/out" "removed correction $id"
done
same "three quotes again" "$(nquotes)" 3
same "bridge quote back to Okonkwo" "$(speaker_of "The bridge")" "Marta Okonkwo"
same "build quote back to Drummond" "$(speaker_of "We will")" "Pavel Drummond"
same "reserves quote back to Okonkwo" "$(speaker_of "The reserves")" "Marta Okonkwo"
expect "speakers after undo" 0 q speakers --format=jsonl
same "two speakers again" "$(wc -l <"$tmp/out" | tr -d ' ')" 2
lacks "renamed name gone" "$tmp/out" "The Council"
lacks "reassign speaker gone" "$tmp/out" "Drummond-Hale"
has "Drummond keeps only his aliases" "$tmp/out" '"name":"Pavel Drummond","quotes":1,"articles":1,"organisation":false,"aliases":[]'
expect "no corrections left" 0 q fix list
same "list is empty" "$(wc -c <"$tmp/out" | tr -d ' ')" 0

finish
