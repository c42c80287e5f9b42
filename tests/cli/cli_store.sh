#!/bin/sh
# cli_store.sh: the store seen from outside: schema versions, a newer store refused
# untouched, two processes at once, nothing lost when a batch fails.
. "$SRCDIR/tests/lib.sh"
db="$tmp/q.db"
samples="$SRCDIR/samples"

expect "import samples" 0 "$QUOTH" --db "$db" import "$samples"
n=$("$QUOTH" --db "$db" list --format=jsonl | wc -l)
[ "$n" -ge 12 ] && ok "at least 12 sample articles ($n)" || not_ok "at least 12 sample articles ($n)"

# A store written by a newer quoth is refused and not modified.
cp "$db" "$tmp/newer.db"
python3 - "$tmp/newer.db" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("PRAGMA user_version = 999"); c.commit(); c.close()
PY
sum_before=$(md5sum <"$tmp/newer.db")
expect "newer store refused" 1 "$QUOTH" --db "$tmp/newer.db" list
has "refusal says newer" "$tmp/err" "newer quoth"
has "refusal names the file" "$tmp/err" "$tmp/newer.db"
same "newer store untouched" "$(md5sum <"$tmp/newer.db")" "$sum_before"
expect "newer store refused for import too" 1 "$QUOTH" --db "$tmp/newer.db" import "$samples"
same "newer store still untouched" "$(md5sum <"$tmp/newer.db")" "$sum_before"

# Two processes import at once: the busy timeout makes one wait, both succeed.
mkdir "$tmp/a" "$tmp/b"
i=0
while [ $i -lt 40 ]; do
	printf 'Story A%d\n\nAlpha line %d said nobody.\n' $i $i >"$tmp/a/$i.txt"
	printf 'Story B%d\n\nBeta line %d said nobody.\n' $i $i >"$tmp/b/$i.txt"
	i=$((i + 1))
done
"$QUOTH" --db "$tmp/c.db" import "$tmp/a" 2>"$tmp/ea" & pa=$!
"$QUOTH" --db "$tmp/c.db" import "$tmp/b" 2>"$tmp/eb" & pb=$!
wait $pa; sa=$?
wait $pb; sb=$?
same "concurrent import A succeeds" "$sa" 0
same "concurrent import B succeeds" "$sb" 0
same "both batches stored" "$("$QUOTH" --db "$tmp/c.db" list --format=jsonl | wc -l | tr -d ' ')" 80

# A batch with failures keeps what was stored before and the good files.
before=$("$QUOTH" --db "$db" list --format=jsonl | wc -l)
printf 'A fresh story\n\n"It works," said Ana Lima.\n' >"$tmp/good.txt"
printf 'bad\0bytes' >"$tmp/bad.txt"
expect "partial failure exits 1" 1 "$QUOTH" --db "$db" import "$tmp/good.txt" "$tmp/bad.txt"
after=$("$QUOTH" --db "$db" list --format=jsonl | wc -l)
same "good file added, nothing lost" "$after" $((before + 1))

# reindex re-runs extraction and keeps the same quotes.
"$QUOTH" --db "$db" quotes --format=jsonl | python3 -c 'import sys,json; print(len([json.loads(l) for l in sys.stdin]))' >"$tmp/n1"
expect "reindex" 0 "$QUOTH" --db "$db" reindex
"$QUOTH" --db "$db" quotes --format=jsonl | python3 -c 'import sys,json; print(len([json.loads(l) for l in sys.stdin]))' >"$tmp/n2"
same "reindex keeps the quote count" "$(cat "$tmp/n2")" "$(cat "$tmp/n1")"

finish
