#!/usr/bin/env python3
"""Scans every HTML and SVG file under a folder for ways to run script.

Usage: scan-html.py OUTPUT_FOLDER [--templates TEMPLATES_FOLDER]

Reports, one per line as `path:line:column: finding`, and exits 1 when there is any:
- a <script> element that is not one of the theme's own (those written in TEMPLATES_FOLDER),
- <iframe>, <object>, <embed>, <base>, <form> or <meta http-equiv="refresh">,
- any attribute whose name starts with `on` (event handlers),
- href, src, xlink:href, action, formaction, poster, background or srcset whose URL has a
  scheme other than http, https or mailto, read as a browser reads it: character references
  decoded (html.parser does that), leading/trailing spaces and control characters trimmed,
  tabs and newlines removed anywhere.
Prints `scanned N files` on standard output.
"""
import os
import re
import sys
from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "xlink:href", "action", "formaction", "poster", "background", "srcset"}
ALLOWED_SCHEMES = {"http", "https", "mailto"}
FORBIDDEN_ELEMENTS = {"iframe", "object", "embed", "base", "form", "frame", "frameset", "applet"}


def scheme(url):
    """The scheme a browser would read, lowercased, or None for a relative URL or fragment."""
    url = url.strip("".join(chr(c) for c in range(0x21)))
    url = re.sub(r"[\t\n\r]", "", url)
    match = re.match(r"([^:/?#]*):", url)
    return match.group(1).lower() if match else None


class Scanner(HTMLParser):
    def __init__(self, allowed_scripts):
        super().__init__(convert_charrefs=True)
        self.allowed_scripts = allowed_scripts
        self.findings = []
        self.scripts = []
        self.in_script = None

    def report(self, what):
        line, offset = self.getpos()
        self.findings.append((line, offset + 1, what))

    def handle_starttag(self, tag, attrs):
        self.check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self.check(tag, attrs)

    def check(self, tag, attrs):
        values = dict(attrs)
        if tag == "script":
            self.in_script = (self.getpos(), values.get("src") or "", [])
        if tag in FORBIDDEN_ELEMENTS:
            self.report(f"<{tag}> element")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.report("<meta http-equiv=refresh>")
        for name, value in attrs:
            if name.startswith("on"):
                self.report(f"event attribute {name}={value!r} on <{tag}>")
            if name in URL_ATTRIBUTES and value is not None:
                urls = [part.strip().split(" ")[0] for part in value.split(",")] if name == "srcset" else [value]
                for url in urls:
                    found = scheme(url)
                    if found is not None and found not in ALLOWED_SCHEMES:
                        self.report(f"{name}={value!r} on <{tag}> has the scheme {found!r}")

    def handle_data(self, data):
        if self.in_script:
            self.in_script[2].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.in_script:
            (line, offset), src, text = self.in_script
            script = (src, "".join(text).strip())
            self.scripts.append(script)
            if self.allowed_scripts is not None and not allowed(script, self.allowed_scripts):
                self.findings.append((line, offset + 1, f"<script> not from the theme: {script!r:.80}"))
            self.in_script = None


def allowed(script, theme):
    """Whether a rendered (src, text) is one the theme writes; `{{chrome.rootHref}}` is `../` repeated."""
    src, text = script
    return any(text == theme_text and re.fullmatch(pattern, src) for pattern, theme_text in theme)


def src_pattern(src):
    """A template's script src as a regular expression over the src it renders to."""
    return "".join("(?:\\.\\./)*" if part == "{{chrome.rootHref}}" else re.escape(part)
                   for part in re.split(r"(\{\{chrome\.rootHref\}\})", src))


def theme_scripts(templates):
    """The (src, text) of every <script> the templates write themselves."""
    allowed = set()
    if not templates:
        return allowed
    for folder, _, names in os.walk(templates):
        for name in names:
            if name.endswith((".mustache", ".html")):
                scanner = Scanner(allowed_scripts=None)
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as file:
                    scanner.feed(file.read())
                allowed.update((src_pattern(src), text) for src, text in scanner.scripts)
    return allowed


def main(arguments):
    if not arguments or arguments[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    root = arguments[0]
    templates = arguments[arguments.index("--templates") + 1] if "--templates" in arguments else None
    allowed = theme_scripts(templates)
    count, failed = 0, False
    for folder, _, names in sorted(os.walk(root)):
        for name in sorted(names):
            if not name.endswith((".html", ".htm", ".svg", ".xhtml")):
                continue
            path = os.path.join(folder, name)
            scanner = Scanner(allowed)
            with open(path, encoding="utf-8", errors="replace") as file:
                scanner.feed(file.read())
            scanner.close()
            count += 1
            for line, column, what in scanner.findings:
                failed = True
                print(f"{path}:{line}:{column}: {what}", file=sys.stderr)
    print(f"scanned {count} files")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
