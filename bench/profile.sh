#!/usr/bin/env bash
# Instruction-level profile of `atlas render` with callgrind (perf is not supported on these machines).
# valgrind 3.19 cannot read DWARF 5, so this builds a release atlas with DWARF 4 into .build-prof/.
#   bench/profile.sh [FILE]   default: 10 copies of the seed (bench/out/prof10.md)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind >/dev/null
swift build -c release --product atlas --scratch-path .build-prof -Xswiftc -dwarf-version=4 -Xcc -gdwarf-4
mkdir -p bench/out
file=${1:-bench/out/prof10.md}
if [ $# -eq 0 ]; then
    for _ in $(seq 10); do cat Content/overview-of-chinese-ai-models.md; echo; done >"$file"
fi
valgrind --tool=callgrind --callgrind-out-file=bench/out/callgrind.atlas.out \
    .build-prof/release/atlas render "$file" >/dev/null 2>bench/out/callgrind.atlas.log
valgrind --tool=callgrind --callgrind-out-file=bench/out/callgrind.cmark.out \
    cmark "$file" >/dev/null 2>bench/out/callgrind.cmark.log
grep -h 'refs' bench/out/callgrind.atlas.log bench/out/callgrind.cmark.log
callgrind_annotate --inclusive=yes bench/out/callgrind.atlas.out | grep -E 'Sources/|cmark_|PROGRAM' | head -40
echo "full call tree: callgrind_annotate --tree=calling --inclusive=yes bench/out/callgrind.atlas.out"
