"""The site under test: built with the atlas binary into a temporary folder, and its page kinds."""
import json
import pathlib
import subprocess

# Folders of per-item pages; each also has an index.html listing them.
ITEM_FOLDERS = ("series", "models", "benchmarks", "organizations", "sections")


def build(atlas, content, output):
    """Builds the site with `atlas build` into output (never the repository's Public/)."""
    result = subprocess.run([str(atlas), "build", "--content", str(content), "--output", str(output)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"atlas: error: browser test: atlas build failed:\n{result.stderr}")
    said = (result.stdout + result.stderr).strip().splitlines()
    return next((line for line in reversed(said) if line.startswith("atlas: built")), said[-1] if said else "")


def html_pages(site):
    return sorted(site.rglob("*.html"))


def page_kinds(site):
    """One page of every kind, as {kind: path}: the home page, any other top-level page (404, compare),
    each listing page, and the largest page of each item folder (the most content to check)."""
    kinds = {"home": site / "index.html"}
    for page in sorted(site.glob("*.html")):
        if page.name != "index.html":
            kinds[page.stem] = page
    for folder in ITEM_FOLDERS:
        listing = site / folder / "index.html"
        if listing.exists():
            kinds[f"{folder}-index"] = listing
        items = [page for page in (site / folder).glob("*.html") if page.name != "index.html"]
        if items:
            kinds[folder] = max(items, key=lambda page: (page.stat().st_size, page.name))
    for sub in sorted(path for path in site.iterdir() if path.is_dir() and path.name not in ITEM_FOLDERS):
        listing = sub / "index.html"
        if listing.exists():
            kinds[sub.name] = listing
    return kinds


def search_entries(site):
    """The entries of the search index (assets/search-index.js: `window.atlasSearch = {...};`)."""
    text = (site / "assets" / "search-index.js").read_text(encoding="utf-8")
    start, end = text.index("{"), text.rindex("}")
    return json.loads(text[start:end + 1])["entries"]


def search_key(text):
    """search.js's key: lower case, letters and digits only."""
    return "".join(character for character in text.lower() if character.isalnum())


def relative(site, path):
    return pathlib.PurePosixPath(path.relative_to(site)).as_posix()
