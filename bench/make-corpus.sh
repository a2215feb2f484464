#!/usr/bin/env bash
# Builds the benchmark inputs into bench/out/:
#   empty.md  — nothing: the fixed cost of starting each program
#   seed.md   — Content/overview-of-chinese-ai-models.md as it is
#   corpus.md — copies of it concatenated until the file holds at least 7,000,000 bytes
set -euo pipefail
cd "$(dirname "$0")/.."
seed=Content/overview-of-chinese-ai-models.md
target=${CORPUS_BYTES:-7000000}
mkdir -p bench/out
: >bench/out/empty.md
cp "$seed" bench/out/seed.md
size=$(wc -c <"$seed")
copies=$(( (target + size - 1) / size ))
: >bench/out/corpus.md
for _ in $(seq "$copies"); do
    cat "$seed" >>bench/out/corpus.md
    printf '\n' >>bench/out/corpus.md   # a blank line so no table runs into the next copy
done
echo "bench/out/seed.md: $size bytes; bench/out/corpus.md: $copies copies, $(wc -c <bench/out/corpus.md) bytes"
