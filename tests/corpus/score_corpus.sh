#!/bin/sh
# score_corpus.sh: imports the annotated corpus with the real binary and scores its quotes.
# Env: QUOTH (the binary), SRCDIR (the source tree); thresholds CORPUS_MIN_F1,
# CORPUS_MIN_ATTR, CORPUS_MIN_CLUSTER. Also scores the shared seed articles when
# $SRCDIR/../shared/eval exists. The last line is "N passed, N failed".

: "${QUOTH:?QUOTH must name the quoth binary}"
: "${SRCDIR:?SRCDIR must name the source tree}"
CORPUS="$SRCDIR/tests/corpus"
SHARED="$SRCDIR/../shared/eval"
PYTHON=${PYTHON:-python3}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/quoth-corpus.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' HUP INT TERM

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok: $1"; }
notok() { fail=$((fail + 1)); echo "FAIL: $1"; }

# check NAME CMD...: runs CMD with its output indented, counts the result.
check() {
	name=$1
	shift
	if "$@" >"$tmp/out" 2>&1; then
		sed 's/^/    /' "$tmp/out"
		ok "$name"
	else
		sed 's/^/    /' "$tmp/out"
		notok "$name"
	fi
}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
	echo "score_corpus.sh: $PYTHON not found; skipping"
	exit 77
fi

check "gold is consistent with the articles" "$PYTHON" "$CORPUS/check_gold.py" "$CORPUS"

if [ ! -x "$QUOTH" ]; then
	notok "binary $QUOTH is not executable"
	echo "$pass passed, $fail failed"
	exit 1
fi

check "import the corpus" "$QUOTH" --db "$tmp/q.db" import "$CORPUS/articles"
if "$QUOTH" --db "$tmp/q.db" quotes --format=jsonl >"$tmp/pred.jsonl" 2>"$tmp/err"; then
	ok "export corpus quotes ($(wc -l <"$tmp/pred.jsonl" | tr -d ' ') lines)"
else
	sed 's/^/    /' "$tmp/err"
	notok "export corpus quotes"
fi
check "corpus score (F1 >= ${CORPUS_MIN_F1:-0.95}, attribution >= ${CORPUS_MIN_ATTR:-0.90}, identity >= ${CORPUS_MIN_CLUSTER:-0.88})" \
	"$PYTHON" "$CORPUS/score.py" "$CORPUS/gold.jsonl" "$CORPUS/entities.json" "$tmp/pred.jsonl" \
	--min-f1="${CORPUS_MIN_F1:-0.95}" --min-attr="${CORPUS_MIN_ATTR:-0.90}" \
	--min-cluster="${CORPUS_MIN_CLUSTER:-0.88}" ${CORPUS_VERBOSE:+--verbose}

if [ -d "$SHARED" ] && [ -f "$SHARED/score.py" ]; then
	if "$QUOTH" --db "$tmp/seeds.db" import "$SHARED/seeds" >"$tmp/out" 2>&1 &&
	   "$QUOTH" --db "$tmp/seeds.db" quotes --format=jsonl >"$tmp/seeds.jsonl" 2>>"$tmp/out"; then
		ok "import and export the shared seeds"
	else
		sed 's/^/    /' "$tmp/out"
		notok "import and export the shared seeds"
	fi
	# That scorer reads thresholds only in the --name=value form.
	check "shared seeds score (F1 >= 0.95, attribution >= 0.95, identity >= 1.0)" \
		"$PYTHON" "$SHARED/score.py" "$SHARED/seeds.gold.jsonl" "$SHARED/seeds.entities.json" \
		"$tmp/seeds.jsonl" --min-f1=0.95 --min-attr=0.95 --min-cluster=1.0 ${CORPUS_VERBOSE:+--verbose}
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
