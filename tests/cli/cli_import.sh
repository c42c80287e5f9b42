#!/bin/sh
# cli_import.sh: "quoth import" from outside: good and bad files in one batch, one error
# line per bad file, re-import and update, standard input, directories, a failed batch
# keeping what was stored before.
. "$SRCDIR/tests/lib.sh"
db="$tmp/q.db"
fixtures="$SRCDIR/tests/cli/fixtures"

# count: the number of stored articles.
count() {
	"$QUOTH" --db "$db" list --format=jsonl | wc -l | tr -d ' '
}

# get KEY VALUE FIELD: FIELD of the stored article whose KEY is VALUE ("" when none).
get() {
	"$QUOTH" --db "$db" list --format=jsonl | python3 -c '
import json, sys
for line in sys.stdin:
    o = json.loads(line)
    if str(o.get(sys.argv[1])) == sys.argv[2]:
        v = o.get(sys.argv[3])
        print("" if v is None else v)
        break
' "$1" "$2" "$3"
}

# field TITLE FIELD: FIELD of the stored article titled TITLE.
field() {
	get title "$1" "$2"
}

# line NAME FILE TEXT: FILE has a line that is exactly TEXT.
line() {
	if grep -qxF -- "$3" "$2"; then ok "$1"; else
		not_ok "$1 (no line '$3' in $2)"
		sed 's/^/    | /' "$2" | head -12
	fi
}

# --- one batch of good and bad files -------------------------------------------------
mkdir "$tmp/in"
cd "$tmp/in" || exit 99
printf 'Outlet: The Lantern Courier\nDate: 17 April 2031\nBy: Mira Castellan\n\nCranes fall in storm\n\nTwo cranes fell into the harbour at Saltmere\non Sunday night.\n\n"Nobody was hurt," said Tobias Wren.\n' >good.txt
printf 'Caf\351 owners cheer\n\nThe caf\351 on the quay reopened.\n' >latin1.txt
printf 'GIF89a\001\000\001\000\000\377\000,' >image.gif
printf 'A line of text\000with a NUL inside.\n' >nul.txt
printf '\001\002\003\004\005\006\016\017\020\021\022\023\024\025\026\027\200\201\215\217\220\235\377\376' >notutf8.txt
: >empty.txt
printf '  \n\n\t \n' >blank.txt
# 50 MB on one line: it must be stored as one paragraph (its speed is in the benchmarks).
python3 -c '
import sys
words = ["the", "harbour", "reopened", "said", "Tobias", "Wren", "on", "Thursday"]
out = sys.stdout
chunk = (" ".join(words) + " ") * 4096
n = 0
while n < 50 * 1024 * 1024:
    out.write(chunk)
    n += len(chunk)
' >big.txt
# Larger than the limit: a sparse file, refused before it is read.
if truncate -s 65M toolarge.txt 2>/dev/null; then have_large=1; else have_large=0; fi
printf 'Locked story\n\nNobody can read this.\n' >locked.txt
chmod 000 locked.txt
if [ "$(id -u)" -eq 0 ]; then can_lock=0; else can_lock=1; fi

set -- good.txt latin1.txt "$fixtures/harbour.html" image.gif nul.txt notutf8.txt empty.txt \
	blank.txt missing.txt big.txt
[ "$have_large" -eq 1 ] && set -- "$@" toolarge.txt
[ "$can_lock" -eq 1 ] && set -- "$@" locked.txt
expect "a batch with bad files exits 1" 1 "$QUOTH" --db "$db" import -v "$@"
cp "$tmp/err" "$tmp/batch.err"
cp "$tmp/out" "$tmp/batch.out"
line "binary file named" "$tmp/batch.err" "quoth: image.gif: binary file (contains NUL bytes)"
line "NUL byte named" "$tmp/batch.err" "quoth: nul.txt: binary file (contains NUL bytes)"
line "not UTF-8 named" "$tmp/batch.err" "quoth: notutf8.txt: not UTF-8 text"
line "empty file named" "$tmp/batch.err" "quoth: empty.txt: empty file"
line "blank file named" "$tmp/batch.err" "quoth: blank.txt: empty file"
line "missing file named" "$tmp/batch.err" "quoth: missing.txt: No such file or directory"
if [ "$have_large" -eq 1 ]; then
	line "too large named" "$tmp/batch.err" "quoth: toolarge.txt: file too large (65 MB, limit 64 MB)"
fi
if [ "$can_lock" -eq 1 ]; then
	line "unreadable named" "$tmp/batch.err" "quoth: locked.txt: Permission denied"
else
	echo "ok - unreadable file skipped (running as root, which can read it)"
fi
nerr=$(grep -v '^quoth: [0-9]* added, ' "$tmp/batch.err" | grep -c '^quoth: ' | tr -d ' ')
want=$((6 + have_large + can_lock))
same "one error line per bad file" "$nerr" "$want"
line "summary line" "$tmp/batch.err" "quoth: 4 added, 0 updated, 0 unchanged, $want failed"
line "progress: good.txt added" "$tmp/batch.out" "added good.txt"
line "progress: big.txt added" "$tmp/batch.out" "added big.txt"
lacks "no progress for failures" "$tmp/batch.out" "nul.txt"
same "the good files are stored" "$(count)" 4
same "header outlet" "$(field 'Cranes fall in storm' outlet)" "The Lantern Courier"
same "header date" "$(field 'Cranes fall in storm' date)" "2031-04-17"
same "source is the file's path" "$(field 'Cranes fall in storm' source)" "$tmp/in/good.txt"
same "unread when imported" "$(field 'Cranes fall in storm' unread)" "True"
same "Latin-1 decoded" "$(field 'Café owners cheer' source)" "$tmp/in/latin1.txt"
same "HTML title without the outlet suffix" "$(field 'Harbour reopens after storm' outlet)" \
	"The Lantern Courier"
same "HTML date" "$(field 'Harbour reopens after storm' date)" "2031-04-17T08:15:00Z"
case "$(get source "$tmp/in/big.txt" title)" in
"the harbour reopened said Tobias Wren on Thursday the harbour"*…) ok "big file stored, title cut" ;;
*) not_ok "big file stored, title cut ($(get source "$tmp/in/big.txt" title))" ;;
esac

# The HTML article's body has the text and none of the page around it.
id=$(field 'Harbour reopens after storm' id)
expect "show the HTML article" 0 "$QUOTH" --db "$db" show "$id"
has "HTML body text" "$tmp/out" "said the harbour master, Tobias Wren."
has "HTML entities decoded" "$tmp/out" "“We are open, and we are not going anywhere,”"
lacks "no navigation" "$tmp/out" "Home"
lacks "no script" "$tmp/out" "tracking pixel"
lacks "no cookie banner" "$tmp/out" "cookies"
lacks "no share bar" "$tmp/out" "Chirper"
lacks "no related box" "$tmp/out" "Storm closes harbour"
lacks "no comments" "$tmp/out" "Great news"
lacks "no footer" "$tmp/out" "2031 The Lantern Courier"
lacks "no caption" "$tmp/out" "Photo: staff"

# --- the same files again ---------------------------------------------------------------
expect "re-import exits 0" 0 "$QUOTH" --db "$db" import -v good.txt "$fixtures/harbour.html"
line "re-import reports unchanged" "$tmp/out" "unchanged good.txt"
same "re-import adds nothing" "$(count)" 4
# the same file by another name
expect "re-import by another path" 0 "$QUOTH" --db "$db" import -v "./good.txt" "$tmp/in/../in/good.txt"
line "another path is unchanged" "$tmp/out" "unchanged ./good.txt"
same "another path adds nothing" "$(count)" 4

# --- an edited file updates its article ---------------------------------------------------
printf 'Cranes recovered from harbour\n\nBoth cranes were lifted out on Monday.\n' >good.txt
expect "edited file imports" 0 "$QUOTH" --db "$db" import -v good.txt
line "edited file reported updated" "$tmp/out" "updated good.txt"
same "update keeps the count" "$(count)" 4
same "update changes the title" "$(field 'Cranes recovered from harbour' source)" "$tmp/in/good.txt"
same "old title gone" "$(field 'Cranes fall in storm' source)" ""

# --- standard input --------------------------------------------------------------------------
printf 'Ferry timetable changes\n\nThe ferry leaves at nine from May.\n' >"$tmp/stdin1"
printf 'Lighthouse repainted\n\n"It looks new," said the keeper.\n' >"$tmp/stdin2"
expect "stdin import" 0 sh -c '"$1" --db "$2" import -v - <"$3"' sh "$QUOTH" "$db" "$tmp/stdin1"
line "stdin reported" "$tmp/out" "added <stdin>"
same "stdin article stored" "$(count)" 5
expect "another stdin import" 0 sh -c '"$1" --db "$2" import - <"$3"' sh "$QUOTH" "$db" "$tmp/stdin2"
same "a second piped article does not replace the first" "$(count)" 6
expect "same stdin again" 0 sh -c '"$1" --db "$2" import -v - <"$3"' sh "$QUOTH" "$db" "$tmp/stdin2"
line "same stdin unchanged" "$tmp/out" "unchanged <stdin>"
same "same stdin adds nothing" "$(count)" 6
expect "empty stdin fails" 1 sh -c '"$1" --db "$2" import - </dev/null' sh "$QUOTH" "$db"
line "empty stdin named" "$tmp/err" "quoth: <stdin>: empty file"
expect "HTML on stdin" 0 sh -c '"$1" --db "$2" import - <"$3"' sh "$QUOTH" "$db" "$fixtures/council.html"
same "HTML on stdin detected" "$(field 'Council backs tram line' outlet)" "Valley Ledger"

# --- directories -------------------------------------------------------------------------------
mkdir -p "$tmp/dir/b/deeper" "$tmp/dir/.hidden" "$tmp/dir/a"
printf 'Alpha story\n\nFirst.\n' >"$tmp/dir/a/1.txt"
printf 'Beta story\n\nSecond.\n' >"$tmp/dir/b/2.txt"
printf 'Gamma story\n\nThird.\n' >"$tmp/dir/b/deeper/3.txt"
printf 'Hidden story\n\nNever.\n' >"$tmp/dir/.hidden/4.txt"
printf 'Dot story\n\nNever.\n' >"$tmp/dir/.dotfile.txt"
cp "$fixtures/broken.html" "$tmp/dir/b/broken.html"
ln -s .. "$tmp/dir/b/deeper/up"     # a loop back to b
ln -s loop "$tmp/dir/a/loop"         # a link to itself
before=$(count)
expect "directory with a link loop finishes" 1 "$QUOTH" --db "$db" import -v "$tmp/dir"
line "dir: a/1.txt" "$tmp/out" "added $tmp/dir/a/1.txt"
line "dir: nested file" "$tmp/out" "added $tmp/dir/b/deeper/3.txt"
same "dir: sorted order" "$(grep -o '[0-9a-z]*\.\(txt\|html\)$' "$tmp/out" | tr '\n' ' ')" \
	"1.txt 2.txt broken.html 3.txt "
line "dir: the self link is an error" "$tmp/err" \
	"quoth: $tmp/dir/a/loop: Too many levels of symbolic links"
same "dir: four articles, hidden ones skipped" "$(count)" "$((before + 4))"
same "dir: hidden file skipped" "$(field 'Hidden story' title)" ""
same "dir: dot file skipped" "$(field 'Dot story' title)" ""
same "broken HTML parsed" "$(field 'Orchard vote' source)" "$tmp/dir/b/broken.html"
id=$(field 'Orchard vote' id)
expect "show broken HTML" 0 "$QUOTH" --db "$db" show "$id"
has "broken HTML text" "$tmp/out" "voted 5 & 2 to keep the old trees"
has "escape sequence removed" "$tmp/out" "Escape red stays plain."
if command -v mkfifo >/dev/null 2>&1 && mkfifo "$tmp/dir/fifo"; then
	expect "a named pipe does not block" 1 "$QUOTH" --db "$db" import "$tmp/dir/fifo"
	line "named pipe refused" "$tmp/err" "quoth: $tmp/dir/fifo: not a regular file"
fi

# --- --outlet, and a failed batch keeps what was stored ------------------------------------------
printf 'Tide tables printed\n\nThe tables are out.\n' >"$tmp/tide.txt"
before=$(count)
expect "failed batch exits 1" 1 "$QUOTH" --db "$db" import --outlet "Quay Weekly" \
	"$tmp/tide.txt" "$tmp/in/nul.txt"
same "failed batch keeps the good file and the old ones" "$(count)" "$((before + 1))"
same "--outlet for a file without one" "$(field 'Tide tables printed' outlet)" "Quay Weekly"
same "old articles kept" "$(field 'Alpha story' source)" "$tmp/dir/a/1.txt"
expect "a batch of only bad files exits 1" 1 "$QUOTH" --db "$db" import "$tmp/in/nul.txt" missing
same "nothing lost" "$(count)" "$((before + 1))"

# --- HTML above its own limit (libxml2 trees cost ~80x the input) -------------------------------
python3 -c 'import sys; sys.stdout.write("<html><body>" + "<p>tide and wind</p>" * 1000000 + "</body></html>")' >"$tmp/huge.html"
expect "huge HTML refused" 1 "$QUOTH" --db "$db" import "$tmp/huge.html"
line "huge HTML error names file and limit" "$tmp/err" "quoth: $tmp/huge.html: HTML file too large (20 MB, limit 16 MB)"

# --- reindex: extraction again over everything, same result -----------------------------------
q_before=$(field 'Harbour reopens after storm' quotes)
[ "${q_before:-0}" -ge 1 ] && ok "HTML article has quotes ($q_before)" || not_ok "HTML article has quotes ($q_before)"
n_before=$(count)
expect "reindex" 0 "$QUOTH" --db "$db" reindex
line "reindex summary" "$tmp/err" "quoth: $n_before articles, $(grep -o '[0-9]* quotes' "$tmp/err" | head -1)"
same "reindex keeps the quotes" "$(field 'Harbour reopens after storm' quotes)" "$q_before"
same "reindex keeps the articles" "$(count)" "$n_before"

finish
