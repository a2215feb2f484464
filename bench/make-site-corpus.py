#!/usr/bin/env python3
"""Builds an N-times site corpus for `atlas build` and the same markdown as a Hugo site.

    bench/make-site-corpus.py N OUT [--atlas ATLAS]

OUT/Content/ holds atlas.yml and N copies of the seed (copy-001.md ... copy-N.md). Copy 1 is the
seed as it is; in copy k > 1 every DeepSeek model name (`DeepSeek-V3`, `DeepSeekMoE`, ...) gets the
suffix `-c<k>`, so each copy catalogues its own DeepSeek models while the peers it compares them
with (GPT-4o, Qwen2.5, Llama, ...) are shared by every copy, as they are across real model cards.

OUT/hugo/ is a Hugo site of the same markdown, as plain pages: one page per `##` section of each
copy (GFM tables, the section's text as it is) and, when --atlas is given, one page per model
that `atlas export` catalogues (its scores as a GFM table). Its layouts are minimal on purpose:
the comparison is about reading, parsing, rendering and writing markdown, not about a theme.
"""
import argparse
import csv
import io
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "Content", "overview-of-chinese-ai-models.md")
CONFIG = os.path.join(ROOT, "Content", "atlas.yml")
# A DeepSeek model name: `DeepSeek` followed directly by more name characters (the bare word
# `DeepSeek` is the company and stays as it is).
DEEPSEEK_NAME = re.compile(r"DeepSeek[-A-Za-z0-9.]*[A-Za-z0-9]")

HUGO_CONFIG = """baseURL = "http://example.org/"
title = "Atlas corpus"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
"""
BASEOF = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
"""
SINGLE = '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n'
LIST = '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n'


def copy_text(seed: str, k: int) -> str:
    if k == 1:
        return seed
    return DEEPSEEK_NAME.sub(lambda m: f"{m.group(0)}-c{k}", seed)


def sections(text: str):
    """(title, body) for each `##` section; text before the first one belongs to the first."""
    parts, title, lines = [], None, []
    for line in text.split("\n"):
        if line.startswith("## "):
            if title is not None or lines:
                parts.append((title or "Introduction", "\n".join(lines)))
            title, lines = line[3:].strip(), []
        else:
            lines.append(line)
    parts.append((title or "Introduction", "\n".join(lines)))
    return parts


def front_matter(title: str) -> str:
    return '---\ntitle: "' + title.replace("\\", "\\\\").replace('"', '\\"') + '"\n---\n'


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def write_hugo(out: str, texts, content_dir: str, atlas: str | None):
    hugo = os.path.join(out, "hugo")
    shutil.rmtree(hugo, ignore_errors=True)
    for folder in ("content/sections", "content/models", "layouts/_default"):
        os.makedirs(os.path.join(hugo, folder))
    with open(os.path.join(hugo, "config.toml"), "w") as f:
        f.write(HUGO_CONFIG)
    for name, text in (("baseof.html", BASEOF), ("single.html", SINGLE), ("list.html", LIST)):
        with open(os.path.join(hugo, "layouts/_default", name), "w") as f:
            f.write(text)
    pages = 0
    for k, text in enumerate(texts, 1):
        for index, (title, body) in enumerate(sections(text), 1):
            path = os.path.join(hugo, "content/sections", f"c{k:03d}-s{index:02d}.md")
            with open(path, "w") as f:
                f.write(front_matter(title) + body)
            pages += 1
    if atlas:
        pages += write_model_pages(hugo, content_dir, atlas)
    return pages


def write_model_pages(hugo: str, content_dir: str, atlas: str) -> int:
    def export(view: str):
        text = subprocess.run(
            [atlas, "export", "--content", content_dir, "--format", "csv", "--view", view],
            check=True, capture_output=True, text=True).stdout
        return list(csv.DictReader(io.StringIO(text)))

    scores: dict[str, list[dict]] = {}
    for row in export("scores"):
        scores.setdefault(row["model"], []).append(row)
    count = 0
    for model in export("models"):
        if model["catalogued"] != "true":
            continue
        lines = [front_matter(model["name"]), f"Organization: {model['organization'] or '-'}, "
                 f"series: {model['series'] or '-'}, released: {model['released'] or '-'}.\n",
                 "| Benchmark | Metric | Value | Source |", "|---|---|---:|---|"]
        for s in scores.get(model["id"], []):
            lines.append(f"| {cell(s['benchmark_name'])} | {cell(s['metric'])} | {cell(s['raw'])} | "
                         f"{cell(s['path'])}:{s['line']}:{s['column']} |")
        with open(os.path.join(hugo, "content/models", model["id"] + ".md"), "w") as f:
            f.write("\n".join(lines) + "\n")
        count += 1
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("copies", type=int)
    parser.add_argument("out")
    parser.add_argument("--atlas", help="atlas binary, for the Hugo site's model pages")
    args = parser.parse_args()
    with open(SEED) as f:
        seed = f.read()
    content = os.path.join(args.out, "Content")
    shutil.rmtree(content, ignore_errors=True)
    os.makedirs(content)
    shutil.copy(CONFIG, content)
    texts = [copy_text(seed, k) for k in range(1, args.copies + 1)]
    for k, text in enumerate(texts, 1):
        with open(os.path.join(content, f"copy-{k:03d}.md"), "w") as f:
            f.write(text)
    size = sum(len(t.encode()) for t in texts)
    pages = write_hugo(args.out, texts, content, args.atlas)
    print(f"{args.out}: {args.copies} copies, {size:,} bytes of markdown; Hugo site: {pages} pages", file=sys.stderr)


if __name__ == "__main__":
    main()
