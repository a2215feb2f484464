"""Screenshots of every page kind at both widths, and of the search open, into a folder outside git."""
from selenium.webdriver.common.by import By

from .chrome import WIDTHS, full_page_png, set_width


def take_screenshots(driver, kinds, folder, search_word):
    folder.mkdir(parents=True, exist_ok=True)
    taken = 0
    for width in WIDTHS:
        set_width(driver, width)
        for kind, page in kinds.items():
            driver.get(page.as_uri())
            (folder / f"{kind}-{width}.png").write_bytes(full_page_png(driver, width))
            taken += 1
        driver.get(kinds["home"].as_uri())
        driver.find_element(By.ID, "site-search-input").send_keys(search_word)
        (folder / f"search-{width}.png").write_bytes(full_page_png(driver, width))
        taken += 1
    return f"{taken} in {folder}"
