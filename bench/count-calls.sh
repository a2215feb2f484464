#!/usr/bin/env bash
# Counts malloc and swift_retain calls of one command (bench/count-calls.c, through LD_PRELOAD):
# figures that do not move with the machine's load, for comparing two builds of atlas.
#   bench/count-calls.sh ATLAS build --content DIR/Content --output /tmp/out
# (The output folder should not exist: a build over an existing one does other work.) ATLAS must
# load the Swift runtime as a shared library (`swift build -c release`): `make release` links the
# runtime in, and then its retains are not seen (counted 0).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lib="${TMPDIR:-/tmp}/atlas-count-calls.so"
[ "$lib" -nt "$here/count-calls.c" ] || cc -O2 -shared -fPIC -o "$lib" "$here/count-calls.c" -ldl
LD_PRELOAD="$lib" "$@" 2>&1 >/dev/null | grep '^count-calls:'
