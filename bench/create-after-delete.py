#!/usr/bin/env python3
"""What creating a site's files costs on a disk right after the last copy was deleted, as a full
build measured with `hyperfine --prepare 'rm -rf OUT'` does it, whatever the tool.

Usage: bench/create-after-delete.py FOLDER [--files 69,217,1000] [--rounds 30] [--size 5000]
FOLDER is a scratch folder on the disk under test (it is created and removed). Each round removes
the tree, then times creating it again: ten subfolders and N files of SIZE bytes, as a static site
holds them. Prints the median and the fastest round per N, then a short file-system description.

On ext4 without a journal (this project's CI VM), the inode allocator skips inodes freed in the
last `dirty_expire_centisecs` (30 s) and looks at each of them again for every new file, so the
cost per file grows with the files deleted before it: compare the same N on tmpfs (/dev/shm).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import time

parser = argparse.ArgumentParser()
parser.add_argument("folder")
parser.add_argument("--files", default="69,217,1000")
parser.add_argument("--rounds", type=int, default=30)
parser.add_argument("--size", type=int, default=5000)
args = parser.parse_args()

payload = b"x" * args.size
tree = os.path.join(args.folder, "site")
os.makedirs(args.folder, exist_ok=True)
for count in [int(n) for n in args.files.split(",")]:
    rounds = []
    for _ in range(args.rounds):
        shutil.rmtree(tree, ignore_errors=True)
        start = time.perf_counter()
        os.mkdir(tree)
        for sub in range(10):
            os.mkdir(os.path.join(tree, f"d{sub}"))
        for index in range(count):
            with open(os.path.join(tree, f"d{index % 10}", f"f{index}.html"), "wb") as file:
                file.write(payload)
        rounds.append((time.perf_counter() - start) * 1000)
    print(f"{count} files: median {statistics.median(rounds):.1f} ms, fastest {min(rounds):.1f} ms "
          f"({1000 * statistics.median(rounds) / count:.0f} us per file)")
mount = subprocess.run(["df", "-T", args.folder], capture_output=True, text=True).stdout.strip().splitlines()[-1].split()
shutil.rmtree(args.folder, ignore_errors=True)
print(f"file system: {mount[1]} ({mount[0]}); vm.dirty_expire_centisecs = "
      f"{open('/proc/sys/vm/dirty_expire_centisecs').read().strip()}")
