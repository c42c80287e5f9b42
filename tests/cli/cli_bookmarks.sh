#!/bin/sh
# cli_bookmarks.sh: quoth bookmarks: adding by byte range, the text, markdown and jsonl
# outputs exactly, deleting, refusing bad ranges, following the words when an edited
# article is imported again; and quoth fix split, which undoes a wrong merge of speakers.
. "$SRCDIR/tests/lib.sh"
db="$tmp/b.db"
q() { "$QUOTH" --db "$db" "$@"; }

cat >"$tmp/fen.txt" <<'TXT'
Outlet: The Fen Gazette
Date: 2026-05-01
URL: https://fen.example/news/bridge_(vote)

Council [split] over the *new* bridge

"The bridge is too expensive," said Marta Okonkwo, the council treasurer.

Residents of Ærøby gathered on the quay before the vote.

Okonkwo added: "The reserves are empty."
TXT
cat >"$tmp/harbour.txt" <<'TXT'
Outlet: The Quay Courier
Date: 2026-04-02

Harbour master backs the new barrier

The barrier was finished in March after two winters of work.

"The barrier will hold," said Ingrid Sølberg, the harbour master.
TXT

# span ID TEXT: "ID:OFFSET:LENGTH" of the first TEXT in article ID's stored body, in bytes.
span() {
	q show --format=jsonl "$1" | python3 -c '
import sys, json
o = json.loads(sys.stdin.read())
b, t = o["body"].encode(), sys.argv[1].encode()
i = b.find(t)
print("%d:%d:%d" % (o["id"], i, len(t)) if i >= 0 else "missing")' "$2"
}
# field ID KEY: KEY of bookmark ID in bookmarks --format=jsonl ("absent" when no such one).
field() {
	q bookmarks --format=jsonl | python3 -c '
import sys, json
for l in sys.stdin:
    o = json.loads(l)
    if o["id"] == int(sys.argv[1]):
        print(json.dumps(o[sys.argv[2]], ensure_ascii=False)); break
else:
    print("absent")' "$1" "$2"
}
count() { q bookmarks --format=jsonl | wc -l | tr -d ' '; }

# An empty store prints nothing in every format.
for f in text markdown jsonl; do
	expect "empty store, $f" 0 q bookmarks --format=$f
	same "empty store prints nothing ($f)" "$(wc -c <"$tmp/out" | tr -d ' ')" 0
done

expect "import fen" 0 q import "$tmp/fen.txt"
expect "import harbour" 0 q import "$tmp/harbour.txt"
same "fen is article 1" "$(span 1 "Ærøby")" "1:127:7"
same "harbour is article 2" "$(span 2 "Harbour")" "2:0:7"

# 1: a quotation, so the speaker is filled in; a note with non-ASCII text.
expect "add over a quote" 0 q bookmarks --add "$(span 1 "The bridge is too expensive,")" \
	--note "Ask the treasurer før Friday"
same "add prints the id" "$(cat "$tmp/out")" "added bookmark 1"
# 2: narration, no speaker, no note.
expect "add narration" 0 q bookmarks --add "$(span 2 "The barrier was finished in March after two winters of work.")"
same "second id" "$(cat "$tmp/out")" "added bookmark 2"
# 3: two paragraphs, the second quoting Okonkwo; printed back as jsonl.
expect "add two paragraphs, printing jsonl" 0 q bookmarks --format=jsonl \
	--add "$(span 1 "Residents of Ærøby gathered on the quay before the vote.

Okonkwo added: \"The reserves are empty.\"")"
has "--add --format=jsonl prints the bookmark" "$tmp/out" '"id":3,"article_id":1,'
same "three bookmarks" "$(count)" 3

expect "text" 0 q bookmarks
cat >"$tmp/want" <<'TXT'
3  2026-05-01  The Fen Gazette  Council [split] over the *new* bridge
    Residents of Ærøby gathered on the quay before the vote.  Okonkwo added: "The reserves are empty."
    — Marta Okonkwo

2  2026-04-02  The Quay Courier  Harbour master backs the new barrier
    The barrier was finished in March after two winters of work.

1  2026-05-01  The Fen Gazette  Council [split] over the *new* bridge
    The bridge is too expensive,
    — Marta Okonkwo
    note: Ask the treasurer før Friday
TXT
if cmp -s "$tmp/out" "$tmp/want"; then ok "text output exactly"; else
	not_ok "text output exactly"; diff "$tmp/want" "$tmp/out" | head -20; fi

expect "markdown" 0 q bookmarks --format=markdown
cat >"$tmp/want" <<TXT
> Residents of Ærøby gathered on the quay before the vote.
>
> Okonkwo added: "The reserves are empty."

— Marta Okonkwo, [Council \\[split\\] over the \\*new\\* bridge](<https://fen.example/news/bridge_(vote)>), The Fen Gazette, 2026-05-01

> The barrier was finished in March after two winters of work.

[Harbour master backs the new barrier]($tmp/harbour.txt), The Quay Courier, 2026-04-02

> The bridge is too expensive,

— Marta Okonkwo, [Council \\[split\\] over the \\*new\\* bridge](<https://fen.example/news/bridge_(vote)>), The Fen Gazette, 2026-05-01

Ask the treasurer før Friday
TXT
if cmp -s "$tmp/out" "$tmp/want"; then ok "markdown output exactly"; else
	not_ok "markdown output exactly"; diff "$tmp/want" "$tmp/out" | head -20; fi
expect "markdown alias md" 0 q bookmarks -f md
if cmp -s "$tmp/out" "$tmp/want"; then ok "md is markdown"; else not_ok "md is markdown"; fi

# jsonl: every line parses and holds every field with the right value and type.
expect "jsonl" 0 q bookmarks --format=jsonl
cp "$tmp/out" "$tmp/bm.jsonl"
q quotes --format=jsonl >"$tmp/quotes.jsonl"
q show --format=jsonl 1 >"$tmp/body1.jsonl"
q show --format=jsonl 2 >"$tmp/body2.jsonl"
python3 - "$tmp/bm.jsonl" "$tmp/quotes.jsonl" "$tmp/body1.jsonl" "$tmp/body2.jsonl" \
	"$tmp/harbour.txt" >"$tmp/check" 2>&1 <<'PY'
import sys, json, time, datetime
rows = [json.loads(l) for l in open(sys.argv[1])]
quotes = [json.loads(l) for l in open(sys.argv[2])]
bodies = {o["id"]: o["body"].encode() for o in (json.loads(open(p).read()) for p in sys.argv[3:5])}
keys = {"id", "article_id", "offset", "length", "text", "before", "after", "note",
        "speaker_id", "speaker", "orphaned", "created", "created_utc", "title", "outlet",
        "date", "url", "source"}
okonkwo = {q["speaker_id"] for q in quotes if q["speaker"] == "Marta Okonkwo"}
assert len(okonkwo) == 1, okonkwo
assert [r["id"] for r in rows] == [3, 2, 1], "newest first"
for r in rows:
    assert set(r) == keys, set(r) ^ keys
    body = bodies[r["article_id"]]
    assert body[r["offset"]:r["offset"] + r["length"]].decode() == r["text"], r["id"]
    assert body[:r["offset"]].decode().endswith(r["before"]), r["id"]
    assert body[r["offset"] + r["length"]:].decode().startswith(r["after"]), r["id"]
    assert r["orphaned"] is False
    assert isinstance(r["created"], int) and abs(r["created"] - time.time()) < 600
    iso = datetime.datetime.fromtimestamp(r["created"], datetime.timezone.utc)
    assert r["created_utc"] == iso.strftime("%Y-%m-%dT%H:%M:%SZ"), r["created_utc"]
by = {r["id"]: r for r in rows}
assert by[1]["speaker"] == "Marta Okonkwo" and by[1]["speaker_id"] in okonkwo
assert by[1]["note"] == "Ask the treasurer før Friday"
assert by[1]["text"] == "The bridge is too expensive,"
assert by[1]["before"].endswith('bridge\n\n"') and by[1]["after"].startswith('" said')
assert by[1]["url"] == "https://fen.example/news/bridge_(vote)"
assert by[1]["title"] == "Council [split] over the *new* bridge"
assert by[1]["outlet"] == "The Fen Gazette" and by[1]["date"] == "2026-05-01"
assert by[2]["speaker"] is None and by[2]["speaker_id"] is None and by[2]["note"] is None
assert by[2]["url"] in (None, sys.argv[5]) and by[2]["source"] == sys.argv[5]
assert by[3]["speaker"] == "Marta Okonkwo" and "\n\n" in by[3]["text"]
print("fine")
PY
same "jsonl has every field, right" "$(cat "$tmp/check")" "fine"

expect "--article filters" 0 q bookmarks --article 2 --format=jsonl
same "one bookmark of article 2" "$(wc -l <"$tmp/out" | tr -d ' ')" 1
has "it is bookmark 2" "$tmp/out" '"id":2,'
expect "--article of an article without bookmarks" 0 q bookmarks -a 99
same "prints nothing" "$(wc -c <"$tmp/out" | tr -d ' ')" 0

# Bad --add specs change nothing.
for spec in "x:1:2" "1:2" "1:2:3:4" "1:-1:5" "1::5" "1:0:" " 1:0:5" "1:0:5 " "0:0:5" \
	"1:0:0" "1:99999999999999999999:1" "1:0x10:2" ""; do
	expect "--add '$spec' exits 2" 2 q bookmarks --add "$spec"
done
expect "zero length exits 2" 2 q bookmarks --add 1:0:0
has "zero length named" "$tmp/err" "at least 1 byte"
expect "non-numeric exits 2" 2 q bookmarks --add 1:abc:3
has "non-numeric quoted back" "$tmp/err" "not '1:abc:3'"
expect "missing article exits 1" 1 q bookmarks --add 99:0:5
has "missing article named" "$tmp/err" "no article with id 99"
len1=$(python3 -c 'import sys,json; print(len(json.loads(open(sys.argv[1]).read())["body"].encode()))' "$tmp/body1.jsonl")
expect "range past the body exits 1" 1 q bookmarks --add "1:0:$((len1 + 1))"
has "range past the body explained" "$tmp/err" "outside article 1's body, which has $len1 bytes"
expect "empty range at the end exits 2" 2 q bookmarks --add "1:$len1:0"
expect "one byte past the end exits 1" 1 q bookmarks --add "1:$len1:1"
expect "last byte is fine" 0 q bookmarks --add "1:$((len1 - 1)):1"
last=$(sed 's/added bookmark //' "$tmp/out")
same "last byte bookmarked" "$(field "$last" text)" '"\""'
expect "delete it again" 0 q bookmarks --delete "$last"
expect "huge offset does not wrap" 1 q bookmarks --add "1:18446744073709551615:2"
has "huge offset explained" "$tmp/err" "outside article 1's body"
expect "huge length does not wrap" 1 q bookmarks --add "1:5:18446744073709551615"
start=$(span 1 "Ærøby" | cut -d: -f2)
expect "offset inside a character exits 1" 1 q bookmarks --add "1:$((start + 1)):3"
has "split character explained" "$tmp/err" "split a character"
expect "end inside a character exits 1" 1 q bookmarks --add "1:$start:1"
expect "--note without --add exits 2" 2 q bookmarks --note "hello"
expect "--add with --delete exits 2" 2 q bookmarks --add 1:0:5 --delete 1
expect "--article with --add exits 2" 2 q bookmarks --article 1 --add 1:0:5
expect "two --add exit 2" 2 q bookmarks --add 1:0:5 --add 1:5:5
expect "stray argument exits 2" 2 q bookmarks 3
has "stray argument named" "$tmp/err" "unexpected argument '3'"
same "still three bookmarks" "$(count)" 3

# Formats and options.
expect "bad format exits 2" 2 q bookmarks --format=xml
has "bad format named with the choices" "$tmp/err" "unknown format 'xml' (use text, markdown or jsonl)"
expect "markdown is only for bookmarks" 2 q quotes --format=markdown
expect "--format with --delete exits 2" 2 q bookmarks --format=jsonl --delete 1
expect "--article junk exits 2" 2 q bookmarks --article abc
expect "unknown option exits 2" 2 q bookmarks --frob
has "unknown option named" "$tmp/err" "unknown option '--frob'"
expect "--add without its value exits 2" 2 q bookmarks --add
has "missing value named" "$tmp/err" "option '--add' needs a value"
expect "bookmarks --help" 0 q bookmarks --help
has "help shows usage" "$tmp/out" "usage: quoth bookmarks"
has "help names --delete" "$tmp/out" "--delete ID..."
expect "a note may be -h" 0 q bookmarks --add "$(span 2 "two winters")" --note -h
has "-h was taken as the note" "$tmp/out" "added bookmark"
expect "delete that one" 0 q bookmarks --delete "$(sed 's/added bookmark //' "$tmp/out")"
expect "--add printing markdown, a note with block markers" 0 q bookmarks --format=markdown \
	--add "$(span 1 "Council [split]")" \
	--note "$(printf '# not a heading\n\n1. not a list\n    not code\n> not a quote\n- nor a list ')"
cat >"$tmp/want" <<'TXT'
> Council \[split\]

[Council \[split\] over the \*new\* bridge](<https://fen.example/news/bridge_(vote)>), The Fen Gazette, 2026-05-01

\# not a heading

1\. not a list
not code
\> not a quote
\- nor a list
TXT
if cmp -s "$tmp/out" "$tmp/want"; then ok "markdown escapes block markers"; else
	not_ok "markdown escapes block markers"; diff "$tmp/want" "$tmp/out" | head -20; fi
newest=$(q bookmarks --format=jsonl | head -1 | python3 -c 'import sys,json; print(json.loads(sys.stdin.read())["id"])')
expect "delete the markdown one" 0 q bookmarks --delete "$newest"
expect "help lists bookmarks" 0 "$QUOTH" help
has "bookmarks in the command list" "$tmp/out" "  bookmarks "

# Hostile note: escape sequences and invalid bytes never reach the terminal or the json.
esc=$(printf '\033')
expect "hostile note accepted" 0 q bookmarks --add "$(span 2 "Harbour master")" \
	--note "$(printf 'red\033[31m alert\007 \377end')"
hostile=$(sed 's/added bookmark //' "$tmp/out")
for f in text markdown jsonl; do
	run q bookmarks --format=$f
	if [ "$status" -eq 0 ] && ! grep -q "$esc" "$tmp/out"; then ok "$f prints no ESC"; else
		not_ok "$f prints no ESC (status $status)"; fi
done
same "hostile note stored cleaned" "$(field "$hostile" note)" '"red alert �end"'
expect "delete the hostile one" 0 q bookmarks --delete "$hostile"
expect "blank note is no note" 0 q bookmarks --format=jsonl --add "$(span 2 "Harbour master")" --note ""
has "blank note is null" "$tmp/out" '"note":null'
blank=$(python3 -c 'import sys,json; print(json.loads(sys.stdin.read())["id"])' <"$tmp/out")
expect "delete the blank-note one" 0 q bookmarks --delete "$blank"
same "three bookmarks again" "$(count)" 3

# Re-import an edited article: bookmark 1's words move (a paragraph is inserted before
# them), bookmark 3's words are gone (the Residents paragraph is cut).
old1=$(field 1 offset)
python3 - "$tmp/fen.txt" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
s = s.replace('"The bridge is too', 'The vote took four hours.\n\n"The bridge is too')
s = s.replace("Residents of Ærøby gathered on the quay before the vote.\n\n", "")
open(p, "w", encoding="utf-8").write(s)
PY
expect "re-import edited fen" 0 q import -v "$tmp/fen.txt"
has "fen was updated" "$tmp/out" "updated"
same "no bookmark lost" "$(count)" 3
same "moved bookmark keeps its text" "$(field 1 text)" '"The bridge is too expensive,"'
new1=$(span 1 "The bridge is too expensive," | cut -d: -f2)
same "moved bookmark points at the words' new place" "$(field 1 offset)" "$new1"
if [ "$new1" -ne "$old1" ]; then ok "offset changed ($old1 -> $new1)"; else
	not_ok "offset changed ($old1 -> $new1)"; fi
same "moved bookmark not orphaned" "$(field 1 orphaned)" false
same "cut bookmark orphaned" "$(field 3 orphaned)" true
same "cut bookmark keeps its text" "$(field 3 text)" \
	'"Residents of Ærøby gathered on the quay before the vote.\n\nOkonkwo added: \"The reserves are empty.\""'
same "untouched article's bookmark not orphaned" "$(field 2 orphaned)" false
expect "text after re-import" 0 q bookmarks
has "text flags the orphan" "$tmp/out" "3  2026-05-01  The Fen Gazette  Council [split] over the *new* bridge  [orphaned]"
same "only one orphan in text" "$(grep -c 'orphaned' "$tmp/out")" 1
expect "markdown after re-import" 0 q bookmarks --format=markdown
has "markdown flags the orphan" "$tmp/out" "— Marta Okonkwo, [Council \\[split\\] over the \\*new\\* bridge](<https://fen.example/news/bridge_(vote)>), The Fen Gazette, 2026-05-01 *(orphaned: these words are no longer in the article)*"
same "only one orphan in markdown" "$(grep -c 'orphaned' "$tmp/out")" 1
has "orphan's passage still shown" "$tmp/out" "> Residents of Ærøby gathered on the quay before the vote."

# Deleting: known, unknown, mixed.
expect "delete a known bookmark" 0 q bookmarks --delete 2
same "delete says so" "$(cat "$tmp/out")" "deleted bookmark 2"
same "two left" "$(count)" 2
same "it is gone" "$(field 2 id)" absent
expect "delete an unknown bookmark exits 1" 1 q bookmarks --delete 77
has "unknown bookmark named" "$tmp/err" "no bookmark with id 77"
expect "mixed delete exits 1" 1 q bookmarks --delete 78 3 2
has "mixed: first unknown named" "$tmp/err" "no bookmark with id 78"
has "mixed: already deleted named" "$tmp/err" "no bookmark with id 2"
same "mixed: the known one deleted" "$(cat "$tmp/out")" "deleted bookmark 3"
same "one left" "$(count)" 1
expect "delete junk id exits 2" 2 q bookmarks --delete 1 x
same "junk id deleted nothing" "$(count)" 1
expect "delete id 0 exits 2" 2 q bookmarks --delete 0
expect "delete the last" 0 q bookmarks --delete 1
same "none left" "$(count)" 0
expect "empty again, text" 0 q bookmarks
same "empty again prints nothing" "$(wc -c <"$tmp/out" | tr -d ' ')" 0

# fix split: the same surname and initial merged two people across articles.
sdb="$tmp/split.db"
s() { "$QUOTH" --db "$sdb" "$@"; }
cat >"$tmp/ferry.txt" <<'TXT'
Outlet: The Marsh Ledger
Date: 2026-03-10

Ferry timetable to change in spring

"The winter service cannot continue," said Jonas Lind, the ferry operator.
TXT
cat >"$tmp/choir.txt" <<'TXT'
Outlet: Upland Weekly
Date: 2026-03-12

School choir wins regional prize

"The children sang beautifully," said J. Lind, the choir director.
TXT
# speakers_of: "speaker|text" of every quote, sorted.
speakers_of() {
	s quotes --format=jsonl | python3 -c '
import sys, json
for l in sorted(sys.stdin):
    o = json.loads(l)
    print("%s|%s" % (o["speaker"], o["text"]))' | sort
}
expect "import the two Linds" 0 s import "$tmp/ferry.txt" "$tmp/choir.txt"
expect "speakers before split" 0 s speakers --format=jsonl
same "merged into one speaker" "$(wc -l <"$tmp/out" | tr -d ' ')" 1
has "with the wrong alias" "$tmp/out" '"aliases":["J. Lind"]'
expect "fix split" 0 s fix split "j. lind" "Jonas Lind"
has "split says what changed" "$tmp/out" "split j. lind off speaker Jonas Lind (correction 1)"
want="J. Lind|The children sang beautifully,
Jonas Lind|The winter service cannot continue,"
same "two speakers after split" "$(speakers_of)" "$want"
expect "speakers after split" 0 s speakers --format=jsonl
same "two speakers listed" "$(wc -l <"$tmp/out" | tr -d ' ')" 2
lacks "alias left Jonas Lind" "$tmp/out" '"aliases":["J. Lind"]'
expect "quotes --speaker of the split one" 0 s quotes --speaker "J. Lind"
same "finds only the choir quote" "$(grep -c . "$tmp/out")" 1
has "the choir quote" "$tmp/out" "The children sang beautifully"
expect "reindex after split" 0 s reindex
same "split survives reindex" "$(speakers_of)" "$want"
expect "fix list shows the split" 0 s fix list
has "split in fix list" "$tmp/out" "split     j. lind off Jonas Lind"
expect "fix list jsonl" 0 s fix list --format=jsonl
has "kind split" "$tmp/out" '"kind":"split","created":'
expect "split unknown speaker exits 1" 1 s fix split "J. Lind" "Nobody Atall"
expect "split an unknown alias exits 1" 1 s fix split "K. Lind" "Jonas Lind"
expect "split a speaker's only name exits 1" 1 s fix split "J. Lind" "J. Lind"
expect "split with one name exits 2" 2 s fix split "J. Lind"
has "split usage shown" "$tmp/err" "usage: quoth fix split ALIAS SPEAKER_NAME"
expect "failed splits added nothing" 0 s fix list
same "still one correction" "$(grep -c . "$tmp/out")" 1
expect "fix undo the split" 0 s fix undo 1
same "undo restores the merge" "$(speakers_of)" "Jonas Lind|The children sang beautifully,
Jonas Lind|The winter service cannot continue,"
expect "speakers after undo" 0 s speakers --format=jsonl
same "one speaker again" "$(wc -l <"$tmp/out" | tr -d ' ')" 1
has "alias back" "$tmp/out" '"aliases":["J. Lind"]'

finish
