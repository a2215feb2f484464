#!/usr/bin/env bash
# The package-benchmark suite in Benchmarks/ (parse, render, enrich, export of the seed: wall
# clock, malloc count, peak memory), as text tables in bench/out/swift-benchmarks.txt.
# Extra arguments go to the benchmark command, e.g. `--filter 'parse.*'`.
# The first run builds the Benchmarks package in release mode (a few minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
mkdir -p bench/out
out=bench/out/swift-benchmarks.txt

{
  echo "# $(date -u +%Y-%m-%dT%H:%M:%SZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "# $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB"
  echo "# $SWIFT package --package-path Benchmarks benchmark --no-progress $*"
} > "$out"
# Build messages go to the terminal; the tables (stdout) also to $out, without colour codes.
"$SWIFT" package --package-path Benchmarks benchmark --no-progress "$@" \
  | sed -u 's/\x1b\[[0-9;]*m//g' | tee -a "$out"
echo "saved: $out" >&2
