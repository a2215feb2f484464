#!/usr/bin/env bash
# Times `atlas render FILE` against `cmark FILE` on the same bytes (the seed, a ~7 MB corpus, and an
# empty file for the start-up cost), measures peak memory, then probes cmark 0.30.2's quadratic
# inputs. Results go to bench/out/ (summary.md, probe.md, hyperfine exports).
#   ROUNDS=3 RUNS=20 WARMUP=3   hyperfine rounds per file, runs and warmups per round
#   PROBE=0                     skip the quadratic probe (bench/probe.py, several minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3} RUNS=${RUNS:-20} WARMUP=${WARMUP:-3} PROBE=${PROBE:-1}
out=bench/out

# The binary `make site` and `make install` build (the Swift runtime and cmark linked in).
echo "== make release"
make release
atlas="$(swift build -c release --show-bin-path)/atlas"
bench/make-corpus.sh
rm -f "$out"/*.rss "$out"/seed-*.json "$out"/corpus-*.json

for name in empty seed corpus; do
    file=$out/$name.md
    "$atlas" render "$file" >/dev/null   # fails here if atlas refuses the file
    for round in $(seq "$ROUNDS"); do
        echo "== $name.md, round $round of $ROUNDS"
        # -N: no intermediate shell; hyperfine sends each command's stdout to /dev/null.
        hyperfine -N --warmup "$WARMUP" --runs "$RUNS" \
            --export-json "$out/$name-$round.json" --export-markdown "$out/$name-$round.md" \
            -n atlas "$atlas render $file" -n cmark "cmark $file"
    done
    for tool in atlas cmark; do
        cmd=("$atlas" render "$file"); [ $tool = cmark ] && cmd=(cmark "$file")
        for _ in 1 2 3; do /usr/bin/time -f %M -a -o "$out/$name-$tool.rss" "${cmd[@]}" >/dev/null; done
    done
done
python3 bench/summarize.py "$out" | tee "$out/summary.md"

if [ "$PROBE" != 0 ]; then
    echo "== quadratic probe"
    python3 bench/probe.py --atlas "$atlas" --out "$out/probe.md"
fi
