#!/usr/bin/env python3
"""Summarises bench/run.sh output: hyperfine JSON per round and GNU time peak RSS, as markdown."""
import glob
import json
import os
import statistics
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "bench/out"
print("| input | bytes | atlas ms (mean ± sd) | cmark ms (mean ± sd) | atlas/cmark per round | "
      "atlas/cmark median | atlas peak RSS MiB | cmark peak RSS MiB |")
print("|---|---:|---:|---:|---|---:|---:|---:|")
for name in ("empty", "seed", "corpus"):
    rounds = sorted(glob.glob(f"{out}/{name}-[0-9]*.json"))
    if not rounds:
        continue
    ratios, times = [], {"atlas": [], "cmark": []}
    for path in rounds:
        results = {r["command"]: r for r in json.load(open(path))["results"]}
        ratios.append(results["atlas"]["mean"] / results["cmark"]["mean"])
        for tool in times:
            times[tool] += results[tool]["times"]

    def ms(tool):
        t = times[tool]
        return f"{statistics.mean(t) * 1000:.1f} ± {statistics.stdev(t) * 1000:.1f}"

    def rss(tool):
        values = [int(v) for v in open(f"{out}/{name}-{tool}.rss").read().split()]
        return f"{max(values) / 1024:.1f}"

    size = os.path.getsize(f"{out}/{name}.md")
    per_round = ", ".join(f"{r:.2f}" for r in ratios)
    print(f"| {name}.md | {size:,} | {ms('atlas')} | {ms('cmark')} | {per_round} | "
          f"**{statistics.median(ratios):.2f}x** | {rss('atlas')} | {rss('cmark')} |")
print(f"\n{len(rounds)} rounds of hyperfine per input; ms over all runs of all rounds; "
      "ratio of means within each round; peak RSS is the max of 3 runs of /usr/bin/time -f %M.")
