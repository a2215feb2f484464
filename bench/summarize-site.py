#!/usr/bin/env python3
"""Summarises bench/site-bench.sh: one markdown table of Atlas and Hugo side by side.

    summarize-site.py OUT SIZE...             prints the table
    summarize-site.py --splice FILE SUMMARY   puts SUMMARY between FILE's site-bench markers
"""
import json
import os
import statistics
import sys

START, END = "<!-- site-bench:start -->", "<!-- site-bench:end -->"


def timing(out, size, kind):
    with open(os.path.join(out, f"site-{size}-{kind}.json")) as f:
        results = {r["command"]: r for r in json.load(f)["results"]}
    return results["atlas"], results["hugo"]


def rss(out, size, tool):
    path = os.path.join(out, f"site-{size}-{tool}.rss")
    with open(path) as f:
        values = [int(line) for line in f if line.strip().isdigit()]
    return statistics.median(values) / 1024


def count(path):
    try:
        with open(path) as f:
            return int(f.read().strip() or 0)
    except (OSError, ValueError):
        return None


def markdown_bytes(out, size):
    folder = os.path.join(out, f"site-{size}", "Content")
    return sum(os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder) if n.endswith(".md"))


def files(folder):
    return sum(len(names) for _, _, names in os.walk(folder))


def ms(result):
    return f"{result['mean'] * 1000:,.0f} ± {result['stddev'] * 1000:,.0f}"


def cpu(result):
    """User plus system time: what the build itself costs, whatever else the machine runs."""
    return f"{(result['user'] + result['system']) * 1000:,.0f}"


def table(out, sizes):
    rows = [
        "| corpus | markdown | files written (atlas / hugo) | full build atlas ms | full build hugo ms | atlas / hugo "
        "| full build CPU atlas ms | full build CPU hugo ms "
        "| no-change atlas ms | no-change hugo ms | one edit atlas ms | one edit hugo ms "
        "| peak RSS atlas MiB | peak RSS hugo MiB | atlas ms per KB | warnings |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size in sizes:
        full = timing(out, size, "full")
        nochange = timing(out, size, "nochange")
        edit = timing(out, size, "edit")
        size_bytes = markdown_bytes(out, size)
        site = os.path.join(out, f"site-{size}")
        pages = f"{files(os.path.join(site, 'Public')):,} / {files(os.path.join(site, 'hugo', 'public')):,}"
        per_kb = full[0]["mean"] * 1000 / (size_bytes / 1024)
        warnings = count(os.path.join(out, f"site-{size}-warnings.txt"))
        rows.append(
            f"| {size}x | {size_bytes:,} B | {pages} | {ms(full[0])} | {ms(full[1])} | "
            f"{full[0]['mean'] / full[1]['mean']:.2f}x | {cpu(full[0])} | {cpu(full[1])} | {ms(nochange[0])} | {ms(nochange[1])} | "
            f"{ms(edit[0])} | {ms(edit[1])} | {rss(out, size, 'atlas'):.0f} | {rss(out, size, 'hugo'):.0f} | "
            f"{per_kb:.2f} | {warnings if warnings is not None else '-'} |")
    if len(sizes) >= 2:
        last, previous = sizes[-1], sizes[-2]
        atlas = {s: timing(out, s, "full")[0] for s in (last, previous)}
        wall = {s: atlas[s]["mean"] / markdown_bytes(out, s) for s in atlas}
        work = {s: (atlas[s]["user"] + atlas[s]["system"]) / markdown_bytes(out, s) for s in atlas}
        rows.append("")
        rows.append(
            f"Atlas full build time per input byte, {last}x against {previous}x: "
            f"**{wall[last] / wall[previous]:.2f}x** wall, **{work[last] / work[previous]:.2f}x** CPU "
            "(goal: at most 1.2x).")
    return "\n".join(rows) + "\n"


def splice(path, summary_path):
    with open(summary_path) as f:
        summary = f.read()
    with open(path) as f:
        text = f.read()
    if START not in text or END not in text:
        sys.exit(f"{path}: no {START} ... {END} markers to put the table between")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    with open(path, "w") as f:
        f.write(head + START + "\n" + summary + END + tail)


if __name__ == "__main__":
    if sys.argv[1] == "--splice":
        splice(sys.argv[2], sys.argv[3])
    else:
        print(table(sys.argv[1], sys.argv[2:]), end="")
