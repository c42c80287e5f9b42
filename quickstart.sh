#!/bin/sh
# quickstart.sh: from a fresh Debian machine to the reader open on the bundled samples:
# installs missing build dependencies (as root; otherwise prints the apt-get line), builds,
# imports samples/ into a scratch store, and starts quoth on it.
set -eu
cd "$(dirname "$0")"
sh tools/deps.sh build
[ -x configure ] || autoreconf -fi
mkdir -p build
cd build
[ -f Makefile ] || ../configure --quiet
make -j"$(nproc 2>/dev/null || echo 2)" quoth >/dev/null
db="${QUOTH_DEMO_DB:-$(pwd)/demo.db}"
./quoth --db "$db" import ../samples
exec ./quoth --db "$db"
