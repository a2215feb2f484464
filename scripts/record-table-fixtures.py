#!/usr/bin/env python3
"""Records the expected HTML of Atlas's table fixtures from the reference implementation.

Reads Tests/MarkdownTests/Fixtures/table-cases.json (a list of {"name", "markdown", "html",
optional "knownDeviation" with "deviationOracle" and "deviationAtlas"}), renders every case's markdown with cmark-gfm (PyPI: cmarkgfm) in
its default safe mode with the table extension, writes that into "html" and rewrites the file.

Recording is explicit: run it after adding or changing cases, then review the diff like code.
Cases with a "knownDeviation" keep it: the reason Atlas differs there, and the smallest fragment
of cmark-gfm's HTML that differs with what Atlas writes instead (the Swift test swaps that one
fragment and compares the rest exactly). A re-recorded "html" that lost the fragment is refused.

    pip install cmarkgfm==2025.10.22   (the version `make test-deps` pins; others are refused)
    python3 scripts/record-table-fixtures.py [path/to/table-cases.json]
"""
import importlib.metadata
import json
import pathlib
import sys

import cmarkgfm

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "Tests" / "MarkdownTests" / "Fixtures" / "table-cases.json"
FIELDS = ("name", "markdown", "html", "knownDeviation", "deviationOracle", "deviationAtlas")
# The oracle's version: the Makefile's test-deps installs it. Another one may render differently.
PINNED = "2025.10.22"


def render(markdown):
    """cmark-gfm's HTML, safe mode (the default options), table extension only."""
    return cmarkgfm.markdown_to_html_with_extensions(markdown, extensions=["table"])


def main():
    if importlib.metadata.version("cmarkgfm") != PINNED:
        sys.exit(f"cmarkgfm {importlib.metadata.version('cmarkgfm')} is installed, the fixtures are recorded with "
                 f"{PINNED}: run `make test-deps` (pip install cmarkgfm=={PINNED})")
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    cases = json.loads(path.read_text(encoding="utf-8"))
    names = [case["name"] for case in cases]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        sys.exit(f"duplicate case names: {', '.join(duplicates)}")
    changed = 0
    for case in cases:
        html = render(case["markdown"])
        changed += case.get("html") != html
        case["html"] = html
        if "knownDeviation" in case and case.get("deviationOracle", "") not in html:
            sys.exit(f"{case['name']}: deviationOracle is no longer in cmark-gfm's HTML: update the deviation")
        unknown = set(case) - set(FIELDS)
        if unknown:
            sys.exit(f"{case['name']}: unknown fields {sorted(unknown)}")
    ordered = [{key: case[key] for key in FIELDS if key in case} for case in cases]
    text = json.dumps(ordered, ensure_ascii=False, indent=2) + "\n"
    path.write_text(text, encoding="utf-8")
    deviations = sum("knownDeviation" in case for case in cases)
    print(f"recorded {len(cases)} cases ({changed} changed, {deviations} known deviations) "
          f"with cmarkgfm {importlib.metadata.version('cmarkgfm')} into {path}")


if __name__ == "__main__":
    main()
