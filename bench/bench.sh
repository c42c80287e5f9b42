#!/bin/sh
# bench.sh: quoth's benchmarks. Numbers, never pass/fail. Needs QUOTH (the binary),
# python3 and tmux. BENCH_N articles (default 100000) are generated once into
# $BENCH_DIR (default /tmp/quoth-bench) and imported into a fresh store; then the reader
# is started in tmux with QUOTH_TRACE to time the first paint and key -> redraw.
set -eu
: "${QUOTH:?set QUOTH to the quoth binary}"
here=$(cd "$(dirname "$0")" && pwd)
n=${BENCH_N:-100000}
dir=${BENCH_DIR:-/tmp/quoth-bench}
mkdir -p "$dir"
if [ ! -f "$dir/articles-$n.done" ]; then
	rm -rf "$dir/articles"
	echo "generating $n articles in $dir/articles ..."
	python3 "$here/gen_articles.py" "$dir/articles" "$n"
	touch "$dir/articles-$n.done"
fi
bytes=$(du -sb "$dir/articles" | cut -f1)
db="$dir/bench.db"
rm -f "$db" "$db-wal" "$db-shm"

echo "== import"
start=$(date +%s.%N)
"$QUOTH" --db "$db" import "$dir/articles" 2>"$dir/import.err" || true
end=$(date +%s.%N)
tail -1 "$dir/import.err"
python3 - "$start" "$end" "$n" "$bytes" <<'PY'
import sys
s, e, n, b = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
t = e - s
print(f"import: {n} articles, {b/1e6:.1f} MB in {t:.2f} s = {n/t:.0f} articles/s, {b/1e6/t:.2f} MB/s")
PY
ls -l "$db" | awk '{printf "store size: %.1f MB\n", $5/1e6}'

echo "== reader (tmux 160x50)"
trace="$dir/trace.log"
rm -f "$trace"
sock="quoth-bench-$$"
launch=$(date +%s.%N)
tmux -L "$sock" -f /dev/null new-session -d -x 160 -y 50 \
	"env QUOTH_TRACE='$trace' TERM=xterm-256color '$QUOTH' --db '$db'"
i=0
while [ $i -lt 100 ] && ! grep -q '^paint' "$trace" 2>/dev/null; do sleep 0.05; i=$((i + 1)); done
for k in j j j j j k k NPage NPage G g Tab j j NPage Tab j k Tab Tab; do
	tmux -L "$sock" send-keys "$k"
	sleep 0.05
done
# Quote moves: n, then ] and [ by one speaker until they cross into other articles;
# the speaker picker (s: the first open loads every speaker), narrowing, and a speaker's
# quotes across the store (Enter), then jump back (C-o).
for k in g n n ] ] ] ] ] [ [ [ [ s Escape s N o Enter Escape Tab Tab ] ] C-o C-o; do
	tmux -L "$sock" send-keys "$k"
	sleep 0.1
done
sleep 0.3
pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
grep VmHWM "/proc/$pid/status" | awk '{printf "peak RSS while browsing: %.1f MB\n", $2/1024}'
tmux -L "$sock" send-keys q
sleep 0.2
tmux -L "$sock" kill-server 2>/dev/null || true
python3 - "$trace" "$launch" <<'PY'
import sys, statistics
start, paint = float(sys.argv[2]), None
keys = []
for l in open(sys.argv[1]):
    f = l.split()
    if f[0] == "paint" and paint is None: paint = float(f[1])
    elif f[0] == "key": keys.append(float(f[2]))
if start is not None and paint is not None:
    print(f"launch (tmux spawning quoth) to first painted list: {(paint - start) * 1000:.1f} ms")
if keys:
    ms = sorted(k * 1000 for k in keys)
    print(f"key to redrawn screen: median {statistics.median(ms):.2f} ms, max {ms[-1]:.2f} ms over {len(ms)} keys")
by = {}
for l in open(sys.argv[1]):
    f = l.split()
    if f[0] == "key": by.setdefault(f[1], []).append(float(f[2]) * 1000)
for k, what in (("s", "speaker picker open"), ("Enter", "Enter (a speaker's quotes, or open)"),
                ("]", "next quote by the same speaker"), ("[", "previous quote by the same speaker"),
                ("C-o", "jump back")):
    if k in by:
        v = by[k]
        print(f"{what} ({k}): first {v[0]:.2f} ms, max {max(v):.2f} ms over {len(v)}")
PY
