# tests/lib.sh: helpers shared by the shell tests (sourced, not run).
# Needs QUOTH (the built binary) and SRCDIR (the source tree) from the environment.
: "${QUOTH:?set QUOTH to the quoth binary}"
: "${SRCDIR:?set SRCDIR to the source tree}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/quoth-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
passed=0
failed=0
export LC_ALL=C.UTF-8
unset QUOTH_DB NO_COLOR

ok() { passed=$((passed + 1)); echo "ok - $*"; }
not_ok() { failed=$((failed + 1)); echo "not ok - $*"; }

# run CMD...: runs a command, keeping its status in $status, output in $tmp/out and $tmp/err.
run() {
	"$@" >"$tmp/out" 2>"$tmp/err"
	status=$?
}

# expect NAME WANT_STATUS CMD...: runs CMD and checks its exit status.
expect() {
	local name=$1 want=$2
	shift 2
	run "$@"
	if [ "$status" -eq "$want" ]; then
		ok "$name"
	else
		not_ok "$name (status $status, wanted $want)"
		sed 's/^/    stderr: /' "$tmp/err" | head -5
	fi
}

# has NAME FILE PATTERN: FILE contains the fixed string PATTERN.
has() {
	if grep -qF -- "$3" "$2"; then ok "$1"; else
		not_ok "$1 ('$3' not in $2)"
		sed 's/^/    | /' "$2" | head -5
	fi
}

# lacks NAME FILE PATTERN: FILE does not contain PATTERN.
lacks() {
	if grep -qF -- "$3" "$2"; then not_ok "$1 ('$3' found in $2)"; else ok "$1"; fi
}

# same NAME GOT WANT: two strings are equal.
same() {
	if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1 (got '$2', wanted '$3')"; fi
}

finish() {
	echo "$passed passed, $failed failed"
	[ "$failed" -eq 0 ]
}
