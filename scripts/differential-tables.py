#!/usr/bin/env python3
"""Differential test of Atlas's pipe tables against cmark-gfm (PyPI: cmarkgfm).

Generates random table-heavy markdown documents from a small grammar (rows, delimiter variants,
escapes, inline markup, lines that break tables, block quotes and lists, blank lines), renders
them all with ONE `BINARY render -` call and with cmark-gfm (safe mode, table extension), and
compares the HTML with whitespace between tags ignored. Mismatching cases are shrunk to the
smallest case that still differs and printed. Exits 1 on any mismatch.

The grammar steers clear of what cannot be compared: blocks that could swallow the separator
between cases (unclosed fences, `<!--`), link reference definitions (they cross cases), cases on
which cmark and cmark-gfm differ even without tables (Atlas follows cmark there; found with the
`cmark` command), and the shapes of Atlas's known deviations (lazy lines after a table in a
container, blocks after a table going on past cmark's paragraph), which the fixtures record.

    python3 scripts/differential-tables.py .build/debug/atlas --count 2000 --seed 1
"""
import argparse
import random
import re
import shutil
import subprocess
import sys

import cmarkgfm

SEPARATOR = "ATLASCASE7f3a"
JOINER = f"\n\n{SEPARATOR}\n\n"
SPLITTER = re.compile(rf"<p>{SEPARATOR}</p>")


# MARK: - Grammar

WORDS = ["a", "b", "foo", "bar baz", "x1", "模型", "开源/闭源", "😀", "🇨🇳", "DeepSeek-V3", "88.5",
         "-", "N/A", "0-shot", "Closed-Source Models", "é"]
INLINES = [
    "*{w}*", "**{w}**", "_{w}_", "__{w}__", "***{w}***", "*{w}", "{w}**",
    "`{w}`", "`a|b`", "`a\\|b`", "`` ` ``",
    "\\|", "\\\\|", "\\\\", "\\*", "a\\|b", "{w}\\",
    "[{w}](/u)", "[{w}](/u \"t\")", "![{w}](/i.png)", "<https://e.com/a?b&c>", "<me@e.com>",
    "[{w}](javascript:alert(1))", "[{w}](JAVASCRIPT:x)", "<javascript:alert(1)>", "[{w}](vbscript:x)",
    # No `data:image/...` link: cmark-gfm allows it, Atlas's scheme allowlist does not (a fixture records it).
    "[{w}](file:///etc/passwd)", "[{w}](data:text/html,x)",
    "![{w}](javascript:x)", "[{w}]", "[{w}][]",
    "&amp;", "&copy;", "&#35;", "&#x22;", "&nosuch;", "&lt;b&gt;",
    "<b>{w}</b>", "<span class=\"x\">", "</span>", "<img src=x onerror=y>",
    "~~{w}~~", "http://auto.link",
]
CELL_STARTS = ["# {w}", "> {w}", "1. {w}", "- {w}", "+ {w}", "<div>", "===", "---", "***", "2) {w}"]
DELIMITERS = ["---", "-", "--", ":-", "-:", ":-:", ":---:", "---:", ":---", "----------"]
BAD_DELIMITERS = ["- -", ":", "", "==", "-x", "::", "-:-"]
BREAKERS = ["    code", "\tcode", "---", "===", "--", "-", "- - -", "2. x", "1. x", "1.", "-", "- x",
            "* x", "+ x", "<span>x</span>", "<div>x</div>", "# h", "## h ##", "> q", "***", "___",
            "plain text", "abc | def", "|", "| x |", "    | x |", "   | x |"]
# Lines that open a container. The grammar never lets lines follow one at a smaller indentation:
# lazy lines after a table in a container are a known deviation of Atlas (see "knownDeviation" in
# Tests/MarkdownTests/Fixtures/table-cases.json).
OPENERS = re.compile(r"^(?:[-+*]|\d{1,9}[.)]|>)( |$)")
SPACES = ["", " ", " ", "  ", "\t"]
# Lines that open a block only an explicit end closes: they could swallow the separator.
SWALLOWERS = re.compile(r"(```|~~~|<!--|<\?|<!|<script|<pre|<style|<textarea)", re.IGNORECASE)
CONTAINER_PREFIX = re.compile(r"^(?:[ \t]*(?:>|[-+*]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*")


class Grammar:
    def __init__(self, rng):
        self.r = rng

    def chance(self, p):
        return self.r.random() < p

    def word(self):
        return self.r.choice(WORDS)

    def inline(self):
        return self.r.choice(INLINES).replace("{w}", self.word())

    def cell(self, first=False):
        if first and self.chance(0.1):
            return self.r.choice(CELL_STARTS).replace("{w}", self.word())
        parts = [self.inline() if self.chance(0.4) else self.word() for _ in range(self.r.randint(0, 3))]
        return " ".join(parts)

    def row(self, cells):
        """One row line: optional outer pipes, random spacing, sometimes trailing spaces."""
        pads = [self.r.choice(SPACES) for _ in cells]
        inner = "|".join(f"{pad}{cell}{pad}" for pad, cell in zip(pads, cells))
        # A first cell like `- x` without a leading pipe opens a list: rows after it would be lazy.
        lead = self.chance(0.7) or len(cells) == 1 or bool(OPENERS.match(inner.lstrip(" \t")))
        trail = self.chance(0.6) or (len(cells) == 1 and not lead)
        line = ("|" if lead else "") + inner + ("|" if trail else "")
        if self.chance(0.1):
            line = " " * self.r.randint(1, 3) + line
        if self.chance(0.1):
            line += self.r.choice(["  ", "\t", " ", "\\"])
        return line

    def delimiter(self, count):
        cells = []
        for _ in range(count):
            cell = self.r.choice(BAD_DELIMITERS if self.chance(0.03) else DELIMITERS)
            cells.append(cell)
        if len(cells) == 1 and self.chance(0.2):
            return cells[0]  # `abc\n:--`: a delimiter row without pipes
        return self.row(cells)

    def table(self):
        width = self.r.randint(1, 4)
        header = [self.cell(first=i == 0) for i in range(width)]
        delimiter_width = width if self.chance(0.93) else max(1, width + self.r.choice([-1, 1]))
        lines = [self.row(header), self.delimiter(delimiter_width)]
        for _ in range(self.r.choice([0, 1, 1, 2, 2, 3, 4])):
            count = width if self.chance(0.7) else self.r.randint(0, width + 2)
            lines.append(self.row([self.cell(first=i == 0) for i in range(max(count, 1))]))
        return lines

    def paragraph(self):
        lines = [" ".join(self.inline() if self.chance(0.3) else self.word() for _ in range(self.r.randint(1, 4)))
                 for _ in range(self.r.randint(1, 2))]
        # A line starting with the word `-` would open a list (breakers do that on purpose).
        return ["p " + line if OPENERS.match(line) else line for line in lines]

    def chunk(self):
        kind = self.r.random()
        if kind < 0.55:
            return self.table()
        if kind < 0.75:
            return self.paragraph()
        if kind < 0.95:
            return [self.r.choice(BREAKERS)]
        return []  # a blank line of its own

    def body(self):
        """Chunks joined tightly (a table right after a paragraph, a breaking line after a table) or by blank lines."""
        lines = []
        for _ in range(self.r.randint(1, 4)):
            if lines and (OPENERS.match(lines[-1]) or indentation(lines[-1]) >= 4):
                # What follows could continue that list item or code block past a blank line (or
                # be lazy in the item), which Atlas knowingly does not do after a table.
                break
            if lines and self.chance(0.35):
                lines.append("")
            lines += self.chunk()
        return lines if any(lines) else self.paragraph()

    def contained(self, lines, depth=0):
        """Wraps lines in a block quote or a list (tight or loose), sometimes nested."""
        if depth >= 2 or not self.chance(0.3 if depth == 0 else 0.25):
            return lines
        lines = self.contained(lines, depth + 1)
        kind = self.r.random()
        if kind < 0.45:
            # After `>`, cmark takes one blank as part of the marker: the line would lose a column.
            return [("> " if line[:1] in " \t" else self.r.choice(["> ", ">"])) + line if line else ">"
                    for line in lines]
        marker = self.r.choice(["- ", "* ", "1. ", "2) ", "-   "])
        # Blanks at the start of the first line would widen the item's content offset.
        item = [marker + lines[0].lstrip(" \t")] + [" " * len(marker) + line if line else "" for line in lines[1:]]
        if self.chance(0.5):  # a sibling item before, tight or loose
            item = [marker + self.word()] + ([""] if self.chance(0.5) else []) + item
        return item

    def case(self):
        lines = self.contained(self.body())
        text = "\n".join(lines) + ("\n" if self.chance(0.9) else "")
        if self.chance(0.05):
            text = text.replace("\n", "\r\n")
        return text


def indentation(line):
    """Columns of leading blanks, tabs to the next multiple of 4."""
    columns = 0
    for char in line:
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            break
    return columns


def is_safe(case):
    """Whether nothing in the case can swallow the separator paragraph that follows it."""
    if SEPARATOR in case or "]:" in case:  # no link reference definitions: they cross cases
        return False
    return not any(SWALLOWERS.match(CONTAINER_PREFIX.sub("", line, count=1))
                   for line in re.split(r"\r\n|\n|\r", case))


def generate(count, seed):
    """`count` cases on which cmark and cmark-gfm agree once tables are left aside, and how many
    generated cases were left out because they do not."""
    grammar = Grammar(random.Random(seed))
    cases, left_out = [], 0
    while len(cases) < count:
        fresh = []
        while len(fresh) < count - len(cases):
            case = grammar.case()
            if is_safe(case):
                fresh.append(case)
        agreeing = [case for case, same in zip(fresh, cores_agree(fresh)) if same]
        left_out += len(fresh) - len(agreeing)
        cases += agreeing
    return cases, left_out


def cores_agree(cases):
    """Per case, whether cmark (Atlas's oracle outside tables) and cmark-gfm without extensions
    render it alike. Where they differ (say a lazy `</span>` line in a list item), cmark-gfm is
    no oracle for Atlas. Without the `cmark` command every case counts as agreeing."""
    if not shutil.which("cmark"):
        return [True] * len(cases)
    document = JOINER.join(cases)
    plain = subprocess.run(["cmark"], input=document.encode("utf-8"), capture_output=True, check=True)
    core = cmarkgfm.markdown_to_html(document)
    return [a == b for a, b in zip(split(plain.stdout.decode("utf-8"), len(cases)), split(core, len(cases)))]


# MARK: - Rendering

def normalized(html):
    return re.sub(r">\s+<", "><", html).strip()


def split(html, count):
    parts = SPLITTER.split(html)
    if len(parts) != count:
        raise RuntimeError(f"expected {count} rendered cases, found {len(parts)}: a case swallowed a separator")
    return [normalized(part) for part in parts]


def render_all(binary, cases):
    """(Atlas's, cmark-gfm's) normalised HTML of each case, Atlas run once for all of them."""
    document = JOINER.join(cases)
    result = subprocess.run([binary, "render", "-"], input=document.encode("utf-8"), capture_output=True)
    if result.returncode != 0:
        raise RuntimeError(f"{binary} render - exited {result.returncode}: {result.stderr.decode(errors='replace')}")
    atlas = split(result.stdout.decode("utf-8"), len(cases))
    gfm = split(cmarkgfm.markdown_to_html_with_extensions(document, extensions=["table"]), len(cases))
    return atlas, gfm


def failing(binary, cases):
    """The indices of the cases whose HTML differs."""
    atlas, gfm = render_all(binary, cases)
    return [index for index, (a, g) in enumerate(zip(atlas, gfm)) if a != g]


# MARK: - Shrinking

def shrink(binary, case):
    """A smallest case that still differs: drop whole lines, then pieces of lines, while it fails."""
    def first_failing(candidates):
        candidates = [c for c in candidates if c.strip() and is_safe(c)]
        candidates = [c for c, same in zip(candidates, cores_agree(candidates)) if same]
        if not candidates:
            return None
        bad = failing(binary, candidates)
        return candidates[bad[0]] if bad else None

    for _ in range(200):
        lines = case.split("\n")
        smaller = first_failing(["\n".join(lines[:i] + lines[i + 1:]) for i in range(len(lines))])
        if smaller is None:
            smaller = first_failing(list(without_one_piece(lines)))
        if smaller is None:
            return case
        case = smaller
    return case


def without_one_piece(lines):
    """The case with one word, blank run or pipe removed from one line. Container markers and the
    indentation after them stay: without them a line turns lazy, a known deviation."""
    for number, line in enumerate(lines):
        prefix = len(CONTAINER_PREFIX.match(line).group(0))
        pieces = re.split(r"(\s+|\|)", line[prefix:])
        for i, piece in enumerate(pieces):
            if piece:
                shorter = line[:prefix] + "".join(pieces[:i] + pieces[i + 1:])
                yield "\n".join(lines[:number] + [shorter] + lines[number + 1:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", help="the atlas executable")
    parser.add_argument("--count", type=int, default=2000, help="number of random documents")
    parser.add_argument("--seed", type=int, default=1, help="random seed (the same seed gives the same documents)")
    parser.add_argument("--show", type=int, default=10, help="mismatches to shrink and print")
    args = parser.parse_args()

    cases, left_out = generate(args.count, args.seed)
    if left_out:
        print(f"differential: {left_out} generated cases left out, cmark and cmark-gfm differ on them without tables")
    bad = failing(args.binary, cases)
    for index in bad[:args.show]:
        small = shrink(args.binary, cases[index])
        atlas, gfm = render_all(args.binary, [small])
        print(f"MISMATCH case {index} (seed {args.seed}), shrunk from {len(cases[index])} to {len(small)} bytes:")
        print(f"  original:  {cases[index]!r}")
        print(f"  markdown:  {small!r}")
        print(f"  atlas:     {atlas[0]!r}")
        print(f"  cmark-gfm: {gfm[0]!r}")
    if len(bad) > args.show:
        print(f"... and {len(bad) - args.show} more mismatches")
    print(f"differential: {len(cases) - len(bad)} passed, {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
