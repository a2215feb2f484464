#!/usr/bin/env bash
# Full-site benchmark: `atlas build` against `hugo` on the same markdown, at 1x, 10x and 100x the
# seed (bench/make-site-corpus.py), in one run: full build, no-change rebuild and one-edit rebuild
# (hyperfine, wall time), then peak memory of a full build (GNU time, max RSS); then the same
# rebuilds inside one `atlas serve` (bench/serve-rebuild.py: incremental, save to reload). The tables
# go to bench/out/site-summary.md and into BENCHMARKS.md between its site-bench markers.
#   SIZES="1 10 100"   corpora to build
#   RUNS=5 WARMUP=1    hyperfine runs and warmups per command (100x: at most 3 runs)
#   SITES=/dev/shm/atlas-bench   where the corpora are built (see below)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"1 10 100"} RUNS=${RUNS:-5} WARMUP=${WARMUP:-1}
# The corpora and both tools' output live in memory (tmpfs) when the machine has it, so the
# figures are the tools' own work. On this VM's disk (ext4 without a journal) the kernel skips
# inodes freed in the last 60 to 360 seconds when it allocates new ones, scanning past each of
# them on every file created: a full build right after the last one's output was removed pays
# for every file removed before it, and more with each run (Hugo at 100x, three runs in a row:
# 1.6, 2.7 and 4.0 s on disk; 1.1 to 1.3 s in tmpfs). BENCHMARKS.md has the measurement.
default_sites=bench/out
[ -d /dev/shm ] && [ -w /dev/shm ] && default_sites=/dev/shm/atlas-bench
out=${SITES:-$default_sites}
mkdir -p "$out" bench/out

# The binary users get (`make release`, as `make site` and `make install` build it: the Swift runtime
# and cmark linked in), not a plain `swift build`: it starts in about half the time.
echo "== make release"
make release
atlas="$(pwd)/$(swift build -c release --show-bin-path | sed "s|^$(pwd)/||")/atlas"
templates="$(pwd)/Templates"

for n in $SIZES; do
    python3 bench/make-site-corpus.py "$n" "$out/site-$n" --atlas "$atlas"
done

for n in $SIZES; do
    dir="$(cd "$out" && pwd)/site-$n"
    runs=$RUNS; [ "$n" -ge 100 ] && [ "$runs" -gt 3 ] && runs=3
    atlas_cmd="$atlas build --content $dir/Content --templates $templates --output $dir/Public"
    hugo_cmd="hugo --quiet --source $dir/hugo --destination $dir/hugo/public"
    clean="rm -rf $dir/Public $dir/hugo/public"
    edit="python3 $(pwd)/bench/edit-one.py $dir"
    echo "== ${n}x: full build"
    hyperfine --warmup "$WARMUP" --runs "$runs" --prepare "$clean" --export-json "$out/site-$n-full.json" \
        -n atlas "$atlas_cmd" -n hugo "$hugo_cmd"
    echo "== ${n}x: rebuild, nothing changed"
    hyperfine --warmup "$WARMUP" --runs "$runs" --export-json "$out/site-$n-nochange.json" \
        -n atlas "$atlas_cmd" -n hugo "$hugo_cmd"
    echo "== ${n}x: rebuild after one edit"
    hyperfine --warmup "$WARMUP" --runs "$runs" --prepare "$edit" --export-json "$out/site-$n-edit.json" \
        -n atlas "$atlas_cmd" -n hugo "$hugo_cmd"
    rm -f "$out/site-$n-atlas.rss" "$out/site-$n-hugo.rss"
    for _ in 1 2 3; do
        $clean
        /usr/bin/time -f %M -a -o "$out/site-$n-atlas.rss" $atlas_cmd >/dev/null 2>&1
        /usr/bin/time -f %M -a -o "$out/site-$n-hugo.rss" $hugo_cmd >/dev/null 2>&1
    done
    # The number of findings, which must grow with the input, not with its square.
    $atlas check --content "$dir/Content" 2>&1 | grep -c ': warning: ' >"$out/site-$n-warnings.txt" || true
done
for n in $SIZES; do
    echo "== ${n}x: atlas serve, rebuilds in one process"
    python3 bench/serve-rebuild.py "$atlas" "$out/site-$n" --runs 3 --templates "$templates" | tee "$out/serve-$n.txt"
done
python3 bench/summarize-site.py "$out" $SIZES | tee "$out/site-summary.md"
{
    echo
    echo "In \`atlas serve\` (bench/serve-rebuild.py, medians of 3; the reload includes the server's quiet period after a save):"
    echo
    for n in $SIZES; do echo "- ${n}x: $(grep '^median:' "$out/serve-$n.txt" | sed 's/^median: //')"; done
} | tee -a "$out/site-summary.md"
[ "$out" -ef bench/out ] || cp "$out/site-summary.md" bench/out/site-summary.md
python3 bench/summarize-site.py --splice BENCHMARKS.md "$out/site-summary.md"
