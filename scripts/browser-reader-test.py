#!/usr/bin/env python3
"""Reader checks in headless Chromium, from file://: search finds a model by an alias and the
result link opens its page; a leaderboard sorts numerically with "not reported" last; the filter
box hides rows. Screenshots at 390px and 1280px go to the folder given by --shots (not git).

Needs Debian `chromium` and `chromium-driver` and PyPI `selenium`. Not part of `make test`.
Usage: scripts/browser-reader-test.py [--site Public] [--shots /tmp/atlas-shots]
"""
import argparse
import os
import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.binary_location = "/usr/bin/chromium"
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def fail(message):
    print(f"atlas: error: browser test: {message}", file=sys.stderr)
    sys.exit(1)


def check_search(driver, site):
    driver.get((site / "benchmarks" / "mmlu.html").as_uri())
    box = driver.find_element(By.ID, "site-search-input")
    if not box.is_displayed():
        fail("the search box is not shown after search.js ran")
    box.send_keys("deepseek v3")  # the model is named DeepSeek-V3: another spelling must find it
    links = WebDriverWait(driver, 5).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "#site-search-results a"))
    names = [link.text.split("\n")[0] for link in links]
    if "DeepSeek-V3" not in names:
        fail(f"searching 'deepseek v3' gave {names[:5]}, not DeepSeek-V3")
    box.send_keys(Keys.ENTER)
    WebDriverWait(driver, 5).until(lambda d: d.current_url.endswith(".html") and "mmlu" not in d.current_url)
    heading = driver.find_element(By.TAG_NAME, "h1").text
    print(f"search: 'deepseek v3' -> {len(links)} results, Enter opened '{heading}'")


def check_sort(driver, site):
    driver.get((site / "benchmarks" / "mmlu.html").as_uri())
    table = driver.find_element(By.CSS_SELECTOR, "table[data-sortable]")
    button = table.find_elements(By.CSS_SELECTOR, "th .sort-button")[2]  # Value
    button.click()
    header = table.find_elements(By.TAG_NAME, "th")[2]
    if header.get_attribute("aria-sort") != "ascending":
        fail("the Value column is not aria-sort=ascending after one click")
    if len(table.find_elements(By.CSS_SELECTOR, "th[aria-sort]")) != 1:
        fail("aria-sort is on more than one column")
    keys = [cell.get_attribute("data-sort") for cell in table.find_elements(By.CSS_SELECTOR, "tbody td:nth-child(3)")]
    reported = [float(key) for key in keys if key]
    if reported != sorted(reported) or (keys and "" in keys and keys.index("") < len(reported)):
        fail(f"ascending values out of order or not reported first: {keys}")
    button.click()
    keys = [cell.get_attribute("data-sort") for cell in table.find_elements(By.CSS_SELECTOR, "tbody td:nth-child(3)")]
    reported = [float(key) for key in keys if key]
    if reported != sorted(reported, reverse=True):
        fail(f"descending values out of order: {keys}")
    if "" in keys and keys.index("") < len(reported):
        fail(f"not reported sorted before a number: {keys}")
    print(f"sort: MMLU's first board, {len(reported)} numbers sorted both ways, not reported last")


def check_filter(driver, site):
    driver.get((site / "models" / "index.html").as_uri())
    box = driver.find_element(By.CSS_SELECTOR, ".table-filter input")
    total = len(driver.find_elements(By.CSS_SELECTOR, "tbody tr"))
    box.send_keys("qwen")
    shown = [row for row in driver.find_elements(By.CSS_SELECTOR, "tbody tr") if row.is_displayed()]
    if not 0 < len(shown) < total or any("qwen" not in row.text.lower() for row in shown):
        fail(f"filtering 'qwen' shows {len(shown)} of {total} rows")
    print(f"filter: 'qwen' shows {len(shown)} of {total} models")


def screenshots(driver, site, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for width in (390, 1280):
        driver.set_window_size(width, 1000)
        driver.get((site / "benchmarks" / "mmlu.html").as_uri())
        driver.find_element(By.ID, "site-search-input").send_keys("qwen")
        driver.save_screenshot(str(folder / f"search-{width}.png"))
        driver.get((site / "models" / "index.html").as_uri())
        driver.find_elements(By.CSS_SELECTOR, "th .sort-button")[3].click()
        driver.save_screenshot(str(folder / f"models-sorted-{width}.png"))
    print(f"screenshots in {folder}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site", default="Public")
    parser.add_argument("--shots", default="/tmp/atlas-shots")
    args = parser.parse_args()
    site = pathlib.Path(args.site).resolve()
    if not (site / "index.html").exists():
        fail(f"no site in {site}; run `atlas build` first")
    driver = browser()
    try:
        check_search(driver, site)
        check_sort(driver, site)
        check_filter(driver, site)
        screenshots(driver, site, pathlib.Path(args.shots))
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
