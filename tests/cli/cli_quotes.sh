#!/bin/sh
# cli_quotes.sh: the quotes and speakers commands: the jsonl contract the evaluation
# reads, offsets into the stored body, speaker lookup by any alias, text output.
. "$SRCDIR/tests/lib.sh"
db="$tmp/q.db"

cat >"$tmp/harbour.txt" <<'TXT'
Outlet: The Quay Courier
Date: 2026-04-02

Harbour master backs the new barrier

"The barrier will hold," said Ingrid Sølberg, the harbour master, on Tuesday.

Sølberg added: "We tested it twice, and it held both times."
TXT
expect "import one article" 0 "$QUOTH" --db "$db" import "$tmp/harbour.txt"
expect "quotes jsonl" 0 "$QUOTH" --db "$db" quotes --format=jsonl
cp "$tmp/out" "$tmp/q.jsonl"
same "two quotes" "$(wc -l <"$tmp/q.jsonl" | tr -d ' ')" 2
has "speaker attributed" "$tmp/q.jsonl" '"speaker":"Ingrid Sølberg"'
has "text without marks" "$tmp/q.jsonl" '"text":"The barrier will hold,"'
ids=$(python3 -c 'import sys,json; print(len({json.loads(l)["speaker_id"] for l in open(sys.argv[1])}))' "$tmp/q.jsonl")
same "one speaker id for both quotes" "$ids" 1

for name in "Sølberg" "INGRID SØLBERG" "ingrid sølberg"; do
	expect "--speaker '$name'" 0 "$QUOTH" --db "$db" quotes --speaker "$name" --format=jsonl
	same "--speaker '$name' finds both" "$(wc -l <"$tmp/out" | tr -d ' ')" 2
done
expect "unknown speaker exits 1" 1 "$QUOTH" --db "$db" quotes --speaker "Nobody Atall"
has "unknown speaker is named" "$tmp/err" "no speaker matches 'Nobody Atall'"
expect "text output" 0 "$QUOTH" --db "$db" quotes
has "text output shows speaker and quote" "$tmp/out" "Ingrid Sølberg: “The barrier will hold,”"
expect "speakers" 0 "$QUOTH" --db "$db" speakers --format=jsonl
has "speaker listed with count" "$tmp/out" '"quotes":2'

# Terminal safety: a file name and stored text can hold escape sequences; text output
# never passes them on (ESC, BEL, CSI as bytes).
esc=$(printf '\033')
evil="$tmp/evil${esc}]0;PWNED$(printf '\007')${esc}[31mname.txt"
printf 'Evil %s[2J title\n\n"Fine words," said Ana Lima.\n' "$esc" >"$evil"
run "$QUOTH" --db "$tmp/evil.db" import -v "$evil" "$tmp/gone${esc}[2J.txt"
same "import with a hostile name reports the missing one" "$status" 1
for f in out err; do
	if grep -q "$esc" "$tmp/$f"; then not_ok "import $f has no ESC"; else ok "import $f has no ESC"; fi
done
has "hostile name still named" "$tmp/err" "gone"
for cmd in "list" "show 1" "quotes" "speakers"; do
	run "$QUOTH" --db "$tmp/evil.db" $cmd
	if [ "$status" -eq 0 ] && ! grep -q "$esc" "$tmp/out"; then ok "$cmd prints no ESC"; else
		not_ok "$cmd prints no ESC (status $status)"; fi
done

# The whole samples corpus: every quote honours the output contract.
expect "import samples" 0 "$QUOTH" --db "$db" import "$SRCDIR/samples"
"$QUOTH" --db "$db" quotes --all --format=jsonl >"$tmp/all.jsonl"
"$QUOTH" --db "$db" list --format=jsonl >"$tmp/list.jsonl"
for id in $(python3 -c 'import sys,json; [print(json.loads(l)["id"]) for l in open(sys.argv[1])]' "$tmp/list.jsonl"); do
	"$QUOTH" --db "$db" show --format=jsonl "$id"
done >"$tmp/bodies.jsonl"
python3 - "$tmp/all.jsonl" "$tmp/bodies.jsonl" >"$tmp/contract" 2>&1 <<'PY'
import json, sys
bodies = {}
for l in open(sys.argv[2], encoding="utf-8"):
    a = json.loads(l)
    bodies[a["id"]] = a["body"].encode("utf-8")
need = ["source", "article_id", "title", "text", "speaker", "speaker_id", "mention", "cue",
        "offset", "length", "kind", "confidence"]
bad = 0
n = 0
for l in open(sys.argv[1], encoding="utf-8"):
    q = json.loads(l)
    n += 1
    for k in need:
        if k not in q:
            print("missing field", k, q); bad += 1
    b = bodies[q["article_id"]]
    if b[q["offset"]:q["offset"] + q["length"]].decode("utf-8") != q["text"]:
        print("offset mismatch", q); bad += 1
    if q["kind"] not in ("speech", "partial", "scare"):
        print("bad kind", q); bad += 1
    if not (0 <= q["confidence"] <= 1):
        print("bad confidence", q); bad += 1
    if (q["speaker"] is None) != (q["speaker_id"] is None):
        print("speaker and id disagree", q); bad += 1
print("quotes", n, "bad", bad)
sys.exit(1 if bad or n < 30 else 0)
PY
if [ $? -eq 0 ]; then ok "jsonl contract holds for every sample quote ($(tail -1 "$tmp/contract"))"; else
	not_ok "jsonl contract"; head -5 "$tmp/contract"; fi

finish
