#!/usr/bin/env python3
"""Changes one number in a site corpus, in its markdown and in the Hugo page holding the same text:
the first score of DeepSeek LLM 67B Base in its first table (`84.0` <-> `84.1`). Each call flips it."""
import glob
import os
import sys

corpus = sys.argv[1]
files = [os.path.join(corpus, "Content", "copy-001.md")] + sorted(glob.glob(os.path.join(corpus, "hugo/content/sections/c001-*.md")))
for path in files:
    with open(path) as f:
        text = f.read()
    before, after = "| DeepSeek LLM 67B Base | 84.0 ", "| DeepSeek LLM 67B Base | 84.1 "
    if before in text:
        text = text.replace(before, after, 1)
    elif after in text:
        text = text.replace(after, before, 1)
    else:
        continue
    with open(path, "w") as f:
        f.write(text)
