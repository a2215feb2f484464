#!/usr/bin/env python3
"""Rebuild times of `atlas serve` in one long-running process: a save with no change, and one edit.

Usage: bench/serve-rebuild.py ATLAS_BINARY CORPUS [--runs N] [--templates DIR]
CORPUS is a folder made by bench/make-site-corpus.py (its Content/ is copied, as Templates/ is, into
a temporary folder). Starts `atlas serve --port 0` there and listens on /_atlas/events like a page.
Then N times rewrites copy-001.md with the same bytes (a no-change rebuild: the server's "rebuilt in"
figure, from the start of the rebuild to its publication) and N times flips one number in it (one
edit: the server's figure, and the time from the save to the `reload` event reaching the listener,
which includes the server's quiet period after a save). Then N times two edits, the second 0.1 s
after the first one's reload (while its site is written to Public/): the time from the second
save to its reload. Prints each figure and the medians.
"""
import argparse, os, re, shutil, signal, socket, statistics, subprocess, tempfile, time

parser = argparse.ArgumentParser()
parser.add_argument("atlas")
parser.add_argument("corpus")
parser.add_argument("--runs", type=int, default=5)
parser.add_argument("--templates", default="Templates")
args = parser.parse_args()

folder = tempfile.mkdtemp(prefix="atlas-serve-rebuild-")
shutil.copytree(os.path.join(args.corpus, "Content"), os.path.join(folder, "Content"))
shutil.copytree(args.templates, os.path.join(folder, "Templates"))
server = subprocess.Popen([os.path.abspath(args.atlas), "serve", "--port", "0"], cwd=folder,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
REBUILT = re.compile(r"(re)?built in (\d+) ms(?: \((\w+)\))?(?::? (.*))?")
stages = []


def server_line():
    """The next build line the server prints: (milliseconds, kind); its stage times go to `stages`."""
    for line in server.stdout:
        match = REBUILT.search(line)
        if match:
            stages.append(match.group(4) or "")
            return int(match.group(2)), match.group(3) or "first"
    raise SystemExit("atlas serve ended")


try:
    first_ms, _ = server_line()
    port = None
    for line in server.stdout:
        match = re.search(r"serving http://127\.0\.0\.1:(\d+)/", line)
        if match:
            port = int(match.group(1))
            break
    events = socket.create_connection(("127.0.0.1", port), timeout=120)
    events.sendall(b"GET /_atlas/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    buffer = b""

    def wait_for(name):
        global buffer
        marker = b"event: " + name.encode()
        while marker not in buffer:
            buffer += events.recv(65536)
        buffer = buffer[buffer.index(marker) + len(marker):]

    wait_for("state")
    path = os.path.join(folder, "Content", "copy-001.md")

    def save_flipped():
        """Flips one number in the document (84.0 <-> 84.1), saves it, and returns when it saved."""
        text = open(path).read()
        before, after = "| DeepSeek LLM 67B Base | 84.0 ", "| DeepSeek LLM 67B Base | 84.1 "
        text = text.replace(before, after, 1) if before in text else text.replace(after, before, 1)
        start = time.perf_counter()
        with open(path, "w") as file:
            file.write(text)
        return start

    print(f"first build: {first_ms} ms; {stages[-1]}", flush=True)
    unchanged = []
    for run in range(args.runs):
        text = open(path).read()
        with open(path, "w") as file:
            file.write(text)
        milliseconds, kind = server_line()
        unchanged.append(milliseconds)
        print(f"no-change save {run + 1}: rebuilt in {milliseconds} ms ({kind})", flush=True)
        time.sleep(0.5)
    rebuilt, reloaded = [], []
    for run in range(args.runs):
        start = save_flipped()
        wait_for("reload")
        reloaded.append((time.perf_counter() - start) * 1000)
        milliseconds, kind = server_line()
        rebuilt.append(milliseconds)
        print(f"one edit {run + 1}: rebuilt in {milliseconds} ms ({kind}), save -> reload event "
              f"{reloaded[-1]:.0f} ms; {stages[-1]}", flush=True)
        time.sleep(0.5)
    # A save soon after another (an editor saving as one types): the second comes while the
    # first one's site is still being written to Public/.
    overtaking = []
    for run in range(args.runs):
        for step in range(2):
            start = save_flipped()
            wait_for("reload")
            if step == 0:
                time.sleep(0.1)
        overtaking.append((time.perf_counter() - start) * 1000)
        server_line()
        server_line()
        print(f"save 0.1 s after the last reload {run + 1}: save -> reload event {overtaking[-1]:.0f} ms; "
              f"{stages[-2]}", flush=True)
        time.sleep(0.5)
    print(f"median: no-change rebuild {statistics.median(unchanged):.0f} ms; one-edit rebuild "
          f"{statistics.median(rebuilt):.0f} ms, save -> reload {statistics.median(reloaded):.0f} ms; "
          f"a save 0.1 s after the last reload -> reload {statistics.median(overtaking):.0f} ms "
          f"(first build {first_ms} ms)")
finally:
    server.send_signal(signal.SIGINT)
    server.wait(timeout=30)
    shutil.rmtree(folder, ignore_errors=True)
