"""Headless Debian Chromium driven by Debian's chromedriver (no driver or browser is downloaded)."""
import base64

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = (390, 1280)
HEIGHT = {390: 844, 1280: 900}
# Full-page screenshots stop here: the longest leaderboard pages would make huge images.
MAX_SHOT_HEIGHT = 6000


def start():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--allow-file-access-from-files", "--force-color-profile=srgb", "--hide-scrollbars",
                 # Hermetic: no host but the local server resolves (the content hotlinks images).
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


def set_width(driver, width):
    """An exact CSS viewport width (a window size would include the window's own frame)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": HEIGHT[width], "deviceScaleFactor": 1, "mobile": width < 600})


def set_color_scheme(driver, scheme):
    """Emulates the reader's prefers-color-scheme: "light" or "dark"."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def full_page_png(driver, width):
    """The page from the top, as tall as its content (at most MAX_SHOT_HEIGHT CSS pixels)."""
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    height = min(metrics["cssContentSize"]["height"], MAX_SHOT_HEIGHT)
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    return base64.b64decode(shot["data"])
