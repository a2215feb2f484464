"""Every href/src in every page resolves to a file in the site, and every #fragment to an id in the
page it names. External http(s) and mailto links are not fetched."""
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from .checks import CheckFailed
from .site import html_pages, relative

URL_ATTRIBUTES = {"href", "src", "xlink:href", "poster"}
EXTERNAL_SCHEMES = {"http", "https", "mailto"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class PageScan(HTMLParser):
    """The ids a page defines and the URLs it uses, with their lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name in URL_ATTRIBUTES:
                self.urls.append((self.getpos()[0], value))
            elif name == "srcset":
                for candidate in value.split(","):
                    if candidate.strip():
                        self.urls.append((self.getpos()[0], candidate.split()[0]))

    handle_startendtag = handle_starttag


def scan(path):
    parser = PageScan()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


class LinkCheck:
    def __init__(self, site):
        self.site = site.resolve()
        self.ids = {}
        self.links = 0
        self.fragments = 0
        self.problems = []

    def ids_of(self, path):
        if path not in self.ids:
            self.ids[path] = scan(path).ids if path.suffix in (".html", ".svg") else set()
        return self.ids[path]

    def follow(self, page, line, url):
        parts = urlsplit(url.strip())
        if parts.scheme or parts.netloc:
            if parts.scheme not in EXTERNAL_SCHEMES:
                self.problems.append(f"{relative(self.site, page)}:{line}: {url}: not a link the site can follow")
            return
        self.links += 1
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        where = f"{relative(self.site, page)}:{line}: {url}"
        if not target.is_relative_to(self.site) or not target.is_file():
            self.problems.append(f"{where}: no such file in the site")
        elif parts.fragment:
            self.fragments += 1
            if unquote(parts.fragment) not in self.ids_of(target):
                self.problems.append(f"{where}: no id '{unquote(parts.fragment)}' in {relative(self.site, target)}")

    def check_page(self, page):
        scanned = scan(page)
        self.ids[page] = scanned.ids
        for line, url in scanned.urls:
            self.follow(page, line, url)

    def check_style_sheet(self, sheet):
        for line_number, line in enumerate(sheet.read_text(encoding="utf-8").splitlines(), 1):
            for url in CSS_URL.findall(line):
                if not url.startswith("data:"):
                    self.follow(sheet, line_number, url)


def check_links(site):
    check = LinkCheck(site)
    pages = html_pages(check.site)
    for page in pages:
        check.check_page(page)
    for sheet in sorted(check.site.rglob("*.css")):
        check.check_style_sheet(sheet)
    if check.problems:
        shown = check.problems[:50]
        more = f"\n  ... and {len(check.problems) - 50} more" if len(check.problems) > 50 else ""
        raise CheckFailed(f"{len(check.problems)} broken:\n  " + "\n  ".join(shown) + more)
    if not check.links:
        raise CheckFailed("no internal link found: is this the site?")
    return f"{check.links} links ({check.fragments} with a fragment) in {len(pages)} pages resolve"
