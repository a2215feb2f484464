#!/usr/bin/env python3
"""Time from saving a Content/ file to the reload event reaching a client of `atlas serve`.

Usage: scripts/serve-reload-latency.py ATLAS_BINARY [--runs N] [--content DIR] [--templates DIR]
Copies the content and templates into a temporary folder, starts `atlas serve --port 0` there,
listens on /_atlas/events like a page does, then N times appends a line to the first markdown
file and measures save -> `event: reload` received. Prints each figure and min/median/max.
"""
import argparse, os, re, shutil, signal, socket, statistics, subprocess, sys, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("atlas")
parser.add_argument("--runs", type=int, default=10)
parser.add_argument("--content", default="Content")
parser.add_argument("--templates", default="Templates")
args = parser.parse_args()

folder = tempfile.mkdtemp(prefix="atlas-serve-latency-")
shutil.copytree(args.content, os.path.join(folder, "Content"))
shutil.copytree(args.templates, os.path.join(folder, "Templates"))
server = subprocess.Popen([os.path.abspath(args.atlas), "serve", "--port", "0"], cwd=folder,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
try:
    port = None
    for line in server.stdout:
        match = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = int(match.group(1))
            break
    events = socket.create_connection(("127.0.0.1", port), timeout=30)
    events.sendall(b"GET /_atlas/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    buffer = b""

    def wait_for(name):
        global buffer
        marker = b"event: " + name.encode()
        while marker not in buffer:
            buffer += events.recv(65536)
        buffer = buffer[buffer.index(marker) + len(marker):]

    wait_for("state")
    markdown = sorted(f for f in os.listdir(os.path.join(folder, "Content")) if f.endswith(".md"))[0]
    path = os.path.join(folder, "Content", markdown)
    figures = []
    for run in range(args.runs):
        text = open(path).read() + f"\nEdit {run} while serving.\n"
        start = time.perf_counter()
        with open(path, "w") as file:
            file.write(text)
        wait_for("reload")
        figures.append((time.perf_counter() - start) * 1000)
        build = next(line for line in server.stdout if "rebuilt in" in line).strip()
        print(f"run {run + 1}: {figures[-1]:.0f} ms ({build})", flush=True)
        time.sleep(0.3)
    print(f"save -> reload event: min {min(figures):.0f} ms, median {statistics.median(figures):.0f} ms, "
          f"max {max(figures):.0f} ms over {len(figures)} edits of {markdown}")
finally:
    server.send_signal(signal.SIGINT)
    server.wait(timeout=10)
    shutil.rmtree(folder, ignore_errors=True)
