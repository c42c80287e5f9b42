#!/bin/sh
# tools/deps.sh: installs what a fresh Debian machine lacks to build and test quoth.
# As root it runs apt-get; otherwise it prints the one line to run and fails.
# Usage: tools/deps.sh [build|test]
set -u
want=${1:-build}
pkgs="build-essential autoconf automake pkg-config libncurses-dev libutf8proc-dev
libsqlite3-dev libxml2-dev libjson-c-dev"
if [ "$want" = test ]; then
	pkgs="$pkgs libcmocka-dev tmux python3 valgrind sqlite3 clang procps"
fi
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
	echo "quoth: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >&2 && apt-get install -y -q --no-install-recommends $missing >&2 && exit 0
	echo "quoth: apt-get failed" >&2
	exit 1
fi
echo "quoth: missing packages; run as root:" >&2
echo "  apt-get install -y$missing" >&2
exit 1
