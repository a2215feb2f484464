"""Screenshots of every page kind at both widths (and dark at 390px), and of the search open, into a
folder outside git."""
from selenium.webdriver.common.by import By

from .chrome import WIDTHS, full_page_png, set_color_scheme, set_width


def take_screenshots(driver, kinds, folder, search_word):
    folder.mkdir(parents=True, exist_ok=True)
    taken = 0
    for width in reversed(WIDTHS):  # the phone width last, for the dark ones below
        set_width(driver, width)
        for kind, page in kinds.items():
            driver.get(page.as_uri())
            (folder / f"{kind}-{width}.png").write_bytes(full_page_png(driver, width))
            taken += 1
        driver.get(kinds["home"].as_uri())
        driver.find_element(By.ID, "site-search-input").send_keys(search_word)
        (folder / f"search-{width}.png").write_bytes(full_page_png(driver, width))
        taken += 1
    # Dark mode on a phone: where its colours are most likely to go wrong unnoticed.
    set_color_scheme(driver, "dark")
    for kind, page in kinds.items():
        driver.get(page.as_uri())
        (folder / f"{kind}-{width}-dark.png").write_bytes(full_page_png(driver, width))
        taken += 1
    set_color_scheme(driver, "light")
    return f"{taken} in {folder}"
