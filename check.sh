#!/bin/sh
# check.sh: the whole test suite, as CI runs it: dependencies, a -Werror build with every
# test (unit, CLI, tmux end-to-end, corpus scoring), the same suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer, the unit tests under valgrind, and
# make distcheck.
set -eu
cd "$(dirname "$0")"
top=$(pwd)
jobs=$(nproc 2>/dev/null || echo 2)
sh tools/deps.sh test
autoreconf -fi >/dev/null 2>&1 || autoreconf -fi

step() { printf '\n=== %s\n' "$*"; }
fail_logs() { find "$1" -name '*.log' -path '*tests*' -exec grep -l -E '^(FAIL|ERROR)|not ok|\[  FAILED  \]' {} + 2>/dev/null | while read -r f; do echo "--- $f"; tail -40 "$f"; done; }

step "build with -Werror and run the suite"
rm -rf build-check && mkdir build-check && cd build-check
../configure --quiet --enable-werror
make -j"$jobs" >/dev/null
make -j"$jobs" check || { fail_logs .; exit 1; }
cd "$top"

step "the suite again under ASan + UBSan"
rm -rf build-asan && mkdir build-asan && cd build-asan
../configure --quiet --enable-werror --enable-sanitize
make -j"$jobs" >/dev/null
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	make -j"$jobs" check || { fail_logs .; exit 1; }
cd "$top"

step "unit tests under valgrind"
cd build-check
for t in tests/unit/test_*; do
	case $t in *.o|*.log|*.trs) continue ;; esac
	[ -x "$t" ] || continue
	valgrind -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite \
		"$t" >/dev/null 2>"$t.valgrind" || { echo "valgrind: $t"; cat "$t.valgrind"; exit 1; }
	echo "valgrind clean: $t"
done
cd "$top"

step "fuzz the extractor and the parsers (libFuzzer + ASan, ${FUZZ_SECONDS:=30} s each)"
cd build-check
make fuzz >/dev/null
for f in fuzz/fuzz_quote fuzz/fuzz_parse; do
	# New inputs go to the first (scratch) directory; the articles only seed it.
	rm -rf "$f.corpus" && mkdir "$f.corpus"
	./$f -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=4096 "$f.corpus" \
		"$top/tests/corpus/articles" >"$f.log" 2>&1 || { tail -40 "$f.log"; exit 1; }
	echo "$f: $(grep -o 'Done [0-9]* runs' "$f.log") without a crash"
done
cd "$top"

step "make distcheck"
cd build-check
make -j"$jobs" distcheck >/dev/null 2>distcheck.err || { tail -30 distcheck.err; exit 1; }
echo "distcheck passed"
cd "$top"
echo
echo "all checks passed"
