"""axe-core in the page: 0 critical and 0 serious violations; every violation is printed.

axe.min.js comes from PyPI's axe-playwright-python (the newest axe packaged on PyPI; installed
without Playwright, since only its copy of axe is used, driven here through Selenium)."""
import importlib.metadata

from .checks import CheckFailed
from .chrome import set_width

BLOCKING = {"critical", "serious"}

RUN_AXE = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ["violations"]})
  .then(result => done(result.violations.map(v => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(" "))}))))
  .catch(error => done({error: String(error)}));
"""


def axe_source():
    for file in importlib.metadata.files("axe-playwright-python") or []:
        if file.name == "axe.min.js":
            return file.locate().read_text(encoding="utf-8")
    raise SystemExit("atlas: error: browser test: axe.min.js not found in axe-playwright-python")


def axe_version(source):
    return source[:40].split("axe v", 1)[-1].split()[0]


def check_axe(driver, source, url, width):
    set_width(driver, width)
    driver.get(url)
    driver.execute_script(source)
    violations = driver.execute_async_script(RUN_AXE)
    if isinstance(violations, dict):
        raise CheckFailed(f"axe did not run: {violations['error']}")
    lines = []
    for violation in violations:
        targets = violation["targets"]
        shown = ", ".join(targets[:5]) + (f", ... ({len(targets)} in all)" if len(targets) > 5 else "")
        lines.append(f"{violation['impact']} {violation['id']} ({violation['help']}): {shown}")
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    if blocking:
        raise CheckFailed(f"{len(blocking)} critical or serious:\n  " + "\n  ".join(lines))
    return f"{len(lines)} minor or moderate:\n  " + "\n  ".join(lines) if lines else None
