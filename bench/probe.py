#!/usr/bin/env python3
"""Times `cmark FILE` and `atlas render FILE` on inputs that are quadratic (or worse) in cmark 0.30.2,
and on one table-shaped input aimed at Atlas's own table lifting, from 25 KB up to 16 MB.

A series (input kind x tool) stops at the first run that passes the time limit (60 s): that run is
killed and shown as "> 60 s"; it also stops at the first crash. Each run may use 8 GiB of address
space at most (the machine is shared). Each size is run once; wall time and peak RSS (GNU time) are kept.
Writes a markdown table to --out and prints it.
"""
import argparse
import os
import resource
import signal
import subprocess
import time

KINDS = {
    # cmark's known quadratic inputs, fixed after 0.30.2
    "images `![[]()`": lambda size: "![[]()" * (size // 6),
    "nested lists + blank lines": lambda size: " -" * (size // 3) + " > ```" + "\n" * (size // 3),
    "emphasis in deep quotes": lambda size: "> " * (size // 4) + "*a" * (size // 4) + "\n",
    # one paragraph: 2-row tables, each followed by a line indented by 4 spaces (Atlas re-parses)
    "tables + indented lines": lambda size: "a|b\n-|-\n    x\n" * (size // 14),
}
SIZES = [25_000, 50_000, 100_000, 200_000, 400_000, 800_000, 1_600_000, 3_200_000, 6_400_000,
         12_800_000, 16_000_000]


def run(argv, limit, report, memory):
    """(seconds or None when killed at the limit, peak RSS in MiB or None, note), via GNU time:
    the rusage of a child forked from Python would count Python's own memory."""
    start = time.perf_counter()
    proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report] + argv, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (memory, memory)))
    try:
        proc.wait(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None, None, ""
    seconds = time.perf_counter() - start
    lines = open(report).read().split("\n")
    lines = [line for line in lines if line.strip()]
    note = ""
    if lines[0].startswith("Command terminated by signal"):
        note = ", crashed: signal " + lines[0].split()[-1]
    elif lines[0].startswith("Command exited"):
        note = ", exit " + lines[0].split()[-1]
    return seconds, int(lines[-1]) / 1024, note


def human(size):
    return f"{size / 1e6:g} MB" if size >= 1e6 else f"{size / 1e3:g} KB"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--atlas", default=".build/release/atlas")
    parser.add_argument("--cmark", default="cmark")
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--memory-gib", type=float, default=8.0, help="address-space limit per run")
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--kinds", default="", help="substring filter on the kind names")
    parser.add_argument("--out", default="bench/out/probe.md")
    parser.add_argument("--input", default="bench/out/probe-input.md")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    tools = {"cmark": [args.cmark, args.input], "atlas": [args.atlas, "render", args.input]}

    rows = []
    for kind, make in KINDS.items():
        if args.kinds not in kind:
            continue
        stopped = set()
        for size in sizes:
            if len(stopped) == len(tools):
                break
            text = make(size).encode()
            with open(args.input, "wb") as f:
                f.write(text)
            cells = []
            for tool, argv in tools.items():
                if tool in stopped:
                    cells.append("(stopped)")
                    continue
                seconds, rss, note = run(argv, args.limit, args.input + ".time", int(args.memory_gib * 2**30))
                if note.startswith(", crashed"):
                    stopped.add(tool)  # a larger input would crash again
                if seconds is None:
                    stopped.add(tool)
                    cells.append(f"> {args.limit:g} s (killed)")
                else:
                    cells.append(f"{seconds:.2f} s, {rss:.0f} MiB{note}")
            row = f"| {kind} | {human(size)} ({len(text):,} B) | " + " | ".join(cells) + " |"
            print(row, flush=True)
            rows.append(row)
    for path in (args.input, args.input + ".time"):
        if os.path.exists(path):
            os.remove(path)
    header = ["| input | size | cmark 0.30.2: time, peak RSS | atlas render: time, peak RSS |",
              "|---|---:|---:|---:|"]
    with open(args.out, "w") as f:
        f.write("\n".join(header + rows) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
