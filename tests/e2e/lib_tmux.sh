# lib_tmux.sh: helpers for the tmux end-to-end tests: a private tmux server running quoth
# at a fixed size, polling capture-pane instead of sleeping, and pass/fail counting.
# Sourced by tests/e2e/e2e_*.sh; needs QUOTH (the built binary) and SRCDIR (the sources).

: "${QUOTH:?QUOTH must name the quoth binary}"
: "${SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"

if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux not found: skipping $(basename "$0")"
	exit 77
fi

E2E_FIXTURES="$SRCDIR/tests/e2e/fixtures"
E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/quoth-e2e.XXXXXX") || exit 99
E2E_DB="$E2E_TMP/q.db"
# quoth's standard error, kept off the screen (sanitizer reports land here too).
E2E_STDERR="$E2E_TMP/stderr"
E2E_SOCK="quoth-e2e-$$"
E2E_PANE="e2e"
E2E_PASSED=0
E2E_FAILED=0
# How long wait_for polls before it gives up, in tenths of a second.
E2E_TIMEOUT=${E2E_TIMEOUT:-50}

E2E_SOCK_PATH=""

# tmux leaves its socket file behind after kill-server, so it goes too.
e2e_cleanup()
{
	tmux -L "$E2E_SOCK" kill-server >/dev/null 2>&1
	[ -z "$E2E_SOCK_PATH" ] || rm -f "$E2E_SOCK_PATH"
	rm -rf "$E2E_TMP"
}
trap e2e_cleanup EXIT
trap 'exit 99' INT TERM HUP

tm()
{
	tmux -L "$E2E_SOCK" "$@"
}

# e2e_import FILE...: imports into the test store; a failure ends the test.
e2e_import()
{
	if ! "$QUOTH" --db "$E2E_DB" import "$@" >"$E2E_TMP/import.log" 2>&1; then
		echo "import failed:"
		cat "$E2E_TMP/import.log"
		exit 99
	fi
}

# e2e_start COLS ROWS [NAME=VALUE...]: starts quoth on the test store in a detached
# session of that size, with the given environment, and waits until it draws.
# The pane stays after quoth exits. quoth's exit status is kept by the shell that runs
# it (exit_status), as tmux 3.3 sometimes leaves a dead pane's process unreaped.
e2e_start()
{
	cols=$1 rows=$2
	shift 2
	tm kill-session -t "$E2E_PANE" >/dev/null 2>&1
	{
		printf 'env -u BROWSER -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8'
		for kv in "$@"; do
			printf " '%s'" "$kv"
		done
		printf " '%s' --db '%s' 2>>'%s'\n" "$QUOTH" "$E2E_DB" "$E2E_STDERR"
		printf 'echo $? >"%s"\n' "$E2E_TMP/status"
	} >"$E2E_TMP/run.sh"
	rm -f "$E2E_TMP/status"
	# exit-empty off: killing the last session above must not start the server's exit,
	# or this command may reach a server on its way out ("server exited unexpectedly")
	tm -f /dev/null start-server \; set-option -s exit-empty off \; \
		set-option -g remain-on-exit on \; new-session -d -s "$E2E_PANE" -x "$cols" -y "$rows" "sh '$E2E_TMP/run.sh'" || exit 99
	[ -n "$E2E_SOCK_PATH" ] || E2E_SOCK_PATH=$(tm display-message -p '#{socket_path}')
	if ! wait_for "/"; then
		echo "quoth did not start:"
		capture
		exit 99
	fi
}

capture()
{
	tm capture-pane -p -t "$E2E_PANE"
}

send()
{
	tm send-keys -t "$E2E_PANE" "$@"
}

resize()
{
	tm resize-window -t "$E2E_PANE" -x "$1" -y "$2"
}

pane_dead()
{
	[ "$(tm display-message -p -t "$E2E_PANE" '#{pane_dead}')" = 1 ]
}

# exit_status: quoth's exit status once it has exited, else "".
exit_status()
{
	cat "$E2E_TMP/status" 2>/dev/null
}

# wait_for TEXT: polls the screen until it shows TEXT (a fixed string); 1 on timeout.
wait_for()
{
	i=0
	while [ "$i" -lt "$E2E_TIMEOUT" ]; do
		if capture | grep -F -q -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# wait_for_re REGEX: the same with an extended regular expression.
wait_for_re()
{
	i=0
	while [ "$i" -lt "$E2E_TIMEOUT" ]; do
		if capture | grep -E -q -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# wait_gone TEXT: polls until TEXT is no longer on the screen.
wait_gone()
{
	i=0
	while [ "$i" -lt "$E2E_TIMEOUT" ]; do
		if ! capture | grep -F -q -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# wait_dead: polls until quoth has exited.
wait_dead()
{
	i=0
	while [ "$i" -lt "$E2E_TIMEOUT" ]; do
		if pane_dead; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

# eventually COMMAND...: polls until COMMAND succeeds (a screen check after a resize
# or a key, before quoth has redrawn); 1 on timeout.
eventually()
{
	j=0
	while [ "$j" -lt "$E2E_TIMEOUT" ]; do
		if "$@" >/dev/null 2>&1; then
			return 0
		fi
		sleep 0.1
		j=$((j + 1))
	done
	"$@"
}

# check NAME COMMAND...: runs COMMAND and counts the result; a failure shows the screen.
check()
{
	name=$1
	shift
	if "$@"; then
		E2E_PASSED=$((E2E_PASSED + 1))
		echo "ok - $name"
	else
		E2E_FAILED=$((E2E_FAILED + 1))
		echo "not ok - $name"
		echo "--- screen:"
		capture | sed 's/^/| /'
		echo "---"
	fi
}

not()
{
	! "$@"
}

no_stderr()
{
	if [ -s "$E2E_STDERR" ]; then
		cat "$E2E_STDERR"
		return 1
	fi
}

# e2e_finish: checks quoth wrote no errors, prints the summary line, and gives the exit
# status for the test driver.
e2e_finish()
{
	check "quoth wrote nothing to standard error" no_stderr
	echo "$E2E_PASSED passed, $E2E_FAILED failed"
	[ "$E2E_FAILED" -eq 0 ]
}

# capture_e: the screen with its attributes and colours, as tmux writes them (SGR escapes).
capture_e()
{
	tm capture-pane -e -p -t "$E2E_PANE"
}

# attrs_at TEXT [N]: how the Nth (default first) place on the screen showing TEXT (a fixed
# string, matched in the screen's plain text, so attribute changes inside it do not hide
# it) is drawn: one line per run of equal attributes across TEXT, in order, each
# "fg=F bg=B bold=0|1 ul=0|1 rev=0|1" (F, B: a colour number, r,g,b, or d for the
# terminal's default). Prints nothing and returns 1 when TEXT is not on the screen.
attrs_at()
{
	capture_e | LC_ALL=C awk -v want="$1" -v nth="${2:-1}" -v esc="$(printf '\033')" '
	function reset() { fg = "d"; bg = "d"; bold = 0; ul = 0; rev = 0 }
	function sgr(p,    a, k, i, c) {
		k = split(p, a, ";")
		if (k == 0)
			reset()
		for (i = 1; i <= k; i++) {
			c = a[i] + 0
			if (c == 0) reset()
			else if (c == 1) bold = 1
			else if (c == 4) ul = 1
			else if (c == 7) rev = 1
			else if (c == 22) bold = 0
			else if (c == 24) ul = 0
			else if (c == 27) rev = 0
			else if (c >= 30 && c <= 37) fg = c - 30
			else if (c >= 90 && c <= 97) fg = c - 82
			else if (c == 39) fg = "d"
			else if (c >= 40 && c <= 47) bg = c - 40
			else if (c >= 100 && c <= 107) bg = c - 92
			else if (c == 49) bg = "d"
			else if ((c == 38 || c == 48) && a[i + 1] == 5) {
				if (c == 38) fg = a[i + 2]; else bg = a[i + 2]
				i += 2
			} else if ((c == 38 || c == 48) && a[i + 1] == 2) {
				if (c == 38) fg = a[i + 2] "," a[i + 3] "," a[i + 4]
				else bg = a[i + 2] "," a[i + 3] "," a[i + 4]
				i += 4
			}
		}
	}
	BEGIN { reset(); n = 0; plain = "" }
	{
		line = $0 "\n"
		len = length(line)
		i = 1
		while (i <= len) {
			ch = substr(line, i, 1)
			if (ch == esc && substr(line, i + 1, 1) == "[") {
				j = i + 2
				while (j <= len && substr(line, j, 1) ~ /[0-9;:?]/)
					j++
				if (substr(line, j, 1) == "m")
					sgr(substr(line, i + 2, j - i - 2))
				i = j + 1
				continue
			}
			if (ch == esc) {
				i += 2
				continue
			}
			n++
			plain = plain ch
			st[n] = "fg=" fg " bg=" bg " bold=" bold " ul=" ul " rev=" rev
			i++
		}
	}
	END {
		from = 0
		rest = plain
		base = 0
		for (k = 0; k < nth; k++) {
			p = index(rest, want)
			if (p == 0)
				exit 1
			from = base + p
			base = from
			rest = substr(plain, from + 1)
		}
		last = ""
		for (i = from; i < from + length(want); i++) {
			if (st[i] != last)
				print st[i]
			last = st[i]
		}
	}'
}

# has_attr TEXT N PATTERN: the Nth place showing TEXT is drawn with PATTERN (an ERE over
# attrs_at's lines) all along.
has_attr()
{
	out=$(attrs_at "$1" "$2") || { echo "'$1' is not on the screen"; return 1; }
	if printf '%s\n' "$out" | grep -v -q -E -- "$3"; then
		echo "'$1' is drawn as:"
		printf '%s\n' "$out"
		return 1
	fi
}
