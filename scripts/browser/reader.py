"""What a reader does, checked in the browser: search by an alias and open the model, sort a
leaderboard, filter a table, follow a chart's bar and a source link to the highlighted cell,
compare two models and share the comparison."""
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .checks import CheckFailed
from .site import search_key

WAIT_SECONDS = 10


def wait_for(driver, condition, what):
    try:
        return WebDriverWait(driver, WAIT_SECONDS).until(condition)
    except TimeoutException:
        raise CheckFailed(f"timed out waiting for {what} (at {driver.current_url})") from None


def open_link(driver, element, link):
    """Clicks element (the link or a shape inside it) and waits for the page the link names."""
    expected = driver.execute_script("return new URL(arguments[0].getAttribute('href'), document.baseURI).href", link)
    element.click()
    wait_for(driver, lambda d: d.current_url == expected, f"{expected} to open")
    return expected


def heading(driver):
    return driver.find_element(By.TAG_NAME, "h1").text.strip()


def alias_to_search(entries):
    """A model and a spelling of it that its name does not contain, so only the alias can find it."""
    for entry in entries:
        for alias in entry["aliases"] if entry["kind"] == "models" else []:
            if search_key(alias) and search_key(alias) not in search_key(entry["name"]):
                return entry, alias
    raise CheckFailed("no model in the search index has an alias its name does not contain")


def check_search(driver, place, from_page, entries):
    entry, alias = alias_to_search(entries)
    driver.get(place.url(from_page))
    box = driver.find_element(By.ID, "site-search-input")
    if not box.is_displayed():
        raise CheckFailed("the search box is not shown after search.js ran")
    box.send_keys(alias)
    links = wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#site-search-results a"), "search results")
    wanted = [link for link in links if link.get_attribute("href").endswith("/" + entry["href"])]
    if not wanted:
        listed = [link.text.split("\n")[0] for link in links]
        raise CheckFailed(f"searching '{alias}' listed {listed}, not {entry['name']}")
    open_link(driver, wanted[0], wanted[0])
    if entry["name"] not in heading(driver):
        raise CheckFailed(f"the result for {entry['name']} opened a page headed '{heading(driver)}'")
    return f"'{alias}' found {entry['name']} among {len(links)} results and opened its page"


FIND_SORTABLE_COLUMN = """
const tables = Array.from(document.querySelectorAll("table[data-sortable]"));
for (let t = 0; t < tables.length; t++) {
  const rows = Array.from(tables[t].tBodies[0].rows);
  for (let c = 0; c < tables[t].tHead.rows[0].cells.length; c++) {
    const keys = rows.map(row => row.cells[c] ? row.cells[c].getAttribute("data-sort") : null);
    const numbers = keys.filter(key => key && isFinite(Number(key)));
    if (keys.every(key => key !== null) && keys.includes("") && new Set(numbers).size >= 2) return [t, c];
  }
}
return null;
"""

SORT_KEYS = """
const table = document.querySelectorAll("table[data-sortable]")[arguments[0]];
return Array.from(table.tBodies[0].rows, row => row.cells[arguments[1]].getAttribute("data-sort"));
"""


def sorted_keys(driver, table_at, column, direction):
    keys = driver.execute_script(SORT_KEYS, table_at, column)
    numbers = [float(key) for key in keys if key]
    if keys[:len(numbers)] != [key for key in keys if key]:
        raise CheckFailed(f"{direction}: 'not reported' is not last: {keys}")
    if numbers != sorted(numbers, reverse=direction == "descending"):
        raise CheckFailed(f"{direction}: not in numeric order: {keys}")
    return numbers


def check_sort(driver, place, page):
    driver.get(place.url(page))
    found = driver.execute_script(FIND_SORTABLE_COLUMN)
    if not found:
        raise CheckFailed(f"{page} has no sortable column with numbers and a 'not reported' cell")
    table_at, column = found
    table = driver.find_elements(By.CSS_SELECTOR, "table[data-sortable]")[table_at]
    header = table.find_elements(By.CSS_SELECTOR, "thead tr:first-child > th")[column]
    button = header.find_element(By.CSS_SELECTOR, ".sort-button")
    for direction in ("ascending", "descending"):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        if header.get_attribute("aria-sort") != direction:
            raise CheckFailed(f"the column is not aria-sort={direction} after a click")
        if len(table.find_elements(By.CSS_SELECTOR, "th[aria-sort]")) != 1:
            raise CheckFailed("aria-sort is on more than one column")
        numbers = sorted_keys(driver, table_at, column, direction)
    return f"{page}: '{header.text}' sorts {len(numbers)} numbers both ways, 'not reported' last"


FILTER_TABLE_ROWS = """
const holder = document.querySelector(".table-filter").nextElementSibling;
const table = holder.matches("table") ? holder : holder.querySelector("table");
return Array.from(table.tBodies[0].rows);
"""


def word_to_filter(firsts, texts):
    """The first word of a first cell that some rows have and others do not."""
    for first in firsts:
        words = first.replace("-", " ").lower().split()
        word = words[0] if words else ""
        count = sum(word in text.lower() for text in texts)
        if word and 0 < count < len(texts):
            return word, count
    raise CheckFailed("no word tells the rows apart")


def check_filter(driver, place, page):
    driver.get(place.url(page))
    boxes = driver.find_elements(By.CSS_SELECTOR, ".table-filter input")
    if not boxes:
        raise CheckFailed(f"{page} has no filter box")
    rows = driver.execute_script(FILTER_TABLE_ROWS)
    texts = [driver.execute_script("return arguments[0].textContent", row) for row in rows]
    firsts = [driver.execute_script("return arguments[0].cells[0].textContent", row) for row in rows]
    word, expected = word_to_filter(firsts, texts)
    boxes[0].send_keys(word)
    shown = [text for row, text in zip(rows, texts) if row.is_displayed()]
    if len(shown) != expected or any(word not in text.lower() for text in shown):
        raise CheckFailed(f"filtering '{word}' shows {len(shown)} of {len(rows)} rows, {expected} have it")
    return f"{page}: '{word}' shows {len(shown)} of {len(rows)} rows"


def check_chart_bar(driver, place, page):
    driver.get(place.url(page))
    # Each chart is drawn at two widths and CSS shows one: follow a bar the reader can see.
    links = [link for link in driver.find_elements(By.CSS_SELECTOR, "svg a[href]") if link.is_displayed()]
    if not links:
        raise CheckFailed(f"{page} has no visible chart with links")
    bar = links[0].find_element(By.CSS_SELECTOR, "rect")
    name = links[0].find_element(By.TAG_NAME, "title").get_attribute("textContent").rsplit(":", 1)[0]
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", bar)
    opened = open_link(driver, bar, links[0])
    if heading(driver) != name:
        raise CheckFailed(f"the bar of {name} opened {opened}, headed '{heading(driver)}'")
    return f"{page}: the bar of {name} opened its page"


# The linked cell's look (and its row's, for a row highlight) while it is the :target, then again
# once the fragment is gone: the same element untargeted, so zebra rows cannot fake a difference.
TARGET_STYLE = """
const target = document.querySelector(":target");
if (!target) return {missing: location.hash};
if (target.tagName !== "TD" && target.tagName !== "TH") return {tag: target.tagName, id: target.id};
window.atlasLinkedCell = target;
return {id: target.id};
"""

CELL_LOOK = """
const cell = window.atlasLinkedCell;
const properties = ["background-color", "outline-style", "outline-color", "box-shadow", "color", "font-weight"];
return [cell, cell.parentElement].flatMap(element => {
  const style = getComputedStyle(element);
  return properties.map(property => property + ": " + style.getPropertyValue(property));
});
"""


def highlight_of_linked_cell(driver):
    """The style properties that change when the linked cell stops being the :target."""
    targeted = driver.execute_script(CELL_LOOK)
    driver.execute_script("location.hash = ''")
    wait_for(driver, lambda d: d.execute_script("return !document.querySelector(':target')"), "the fragment to go")
    untargeted = driver.execute_script(CELL_LOOK)
    return [mine for mine, theirs in zip(targeted, untargeted) if mine != theirs]


def check_source_cell(driver, place, page):
    driver.get(place.url(page))
    links = [link for link in driver.find_elements(By.CSS_SELECTOR, "main table a[href*='#']")
             if not link.get_attribute("href").startswith(driver.current_url.split("#")[0] + "#")]
    if not links:
        raise CheckFailed(f"{page} has no source link into another page")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", links[0])
    opened = open_link(driver, links[0], links[0])
    target = driver.execute_script(TARGET_STYLE)
    if "missing" in target:
        raise CheckFailed(f"{opened}: no element has the id {target['missing']}")
    if "tag" in target:
        raise CheckFailed(f"{page}'s source link lands on <{target['tag'].lower()} id={target['id']}>, not on a cell")
    differs = highlight_of_linked_cell(driver)
    if not differs:
        raise CheckFailed(f"{opened}: the linked cell looks the same when not linked to (no :target style)")
    return f"{page}: a source link opened cell #{target['id']}, highlighted ({'; '.join(differs)})"


# The model, other than `first`, that shares the most benchmark settings with it in compare-data.js.
BEST_PARTNER = """
const data = window.atlasCompare, first = arguments[0];
const has = id => new Set(data.scores.filter(s => data.models[s[0]].id === id).map(s => s[1]));
const mine = has(first);
let best = null, count = 0;
for (const model of data.models) {
  if (model.id === first) continue;
  const shared = [...has(model.id)].filter(index => mine.has(index)).length;
  if (shared > count) { best = model; count = shared; }
}
return best && {id: best.id, name: best.name, shared: count};
"""

COMPARE_TABLE = """
const table = document.querySelector("#compare-table table");
if (!table) return null;
return {heads: Array.from(table.rows[0].cells, c => c.textContent.trim()), rows: table.rows.length - 1};
"""


def compare_state(driver, first, second):
    """Waits until both models are picked and the comparison table is drawn; returns that table."""
    table = wait_for(driver, lambda d: d.execute_script(COMPARE_TABLE), "the comparison table")
    for model in (first, second):
        if not driver.find_element(By.ID, f"pick-{model['id']}").is_selected():
            raise CheckFailed(f"{model['id']} is not ticked at {driver.current_url}")
    if not {first["name"], second["name"]} <= set(table["heads"]):
        raise CheckFailed(f"the comparison's columns are {table['heads']}")
    return table


def check_compare(driver, place, page):
    """From a model page's "Compare with…" link, pick the model that shares the most benchmarks
    with it; the table shows both, with a row per shared benchmark, and the page's address,
    opened afresh, gives the same comparison."""
    driver.get(place.url(page))
    links = driver.find_elements(By.CSS_SELECTOR, "a[href*='compare.html?m=']")
    if not links:
        raise CheckFailed(f"{page} has no Compare with… link")
    first_id = links[0].get_attribute("href").split("?m=", 1)[1]
    links[0].click()  # compare.js moves the choice from ?m= into #m= as the page opens
    wait_for(driver, lambda d: d.current_url.split("?")[0].split("#")[0].endswith("/compare.html"), "compare.html")
    first = {"id": first_id, "name": heading_of_model(driver, first_id)}
    second = driver.execute_script(BEST_PARTNER, first_id)
    if not second:
        raise CheckFailed(f"no model shares a benchmark with {first_id}")
    driver.find_element(By.ID, "compare-filter").send_keys(second["name"])
    box = driver.find_element(By.ID, f"pick-{second['id']}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    table = compare_state(driver, first, second)
    if table["rows"] != second["shared"]:
        raise CheckFailed(f"the comparison has {table['rows']} rows; the two share {second['shared']} benchmark settings")
    shared = driver.find_element(By.ID, "compare-link").get_attribute("href")
    driver.get(shared)
    again = compare_state(driver, first, second)
    if again != table:
        raise CheckFailed(f"the shared address {shared} shows another comparison")
    return f"{first['name']} and {second['name']}: {table['rows']} shared benchmarks, the same from {shared.rsplit('/', 1)[1]}"


def heading_of_model(driver, model_id):
    return driver.execute_script(
        "const m = window.atlasCompare.models.find(m => m.id === arguments[0]); return m && m.name;", model_id) or model_id


PROTOTYPE_NAMES_CONTENT = """# Prototype names

## Results

| Model | MMLU | GSM8K |
|---|---|---|
| constructor | 61.0 | 52.0 |
| Acme-7B | 55.0 | 48.0 |
"""


def check_compare_prototype_names(driver, site):
    """A model whose id is a name every JavaScript object has (`constructor`) is restored from a
    compare link like any other (compare.js kept its ids in a plain object, which has one)."""
    driver.get((site / "compare.html").as_uri() + "#m=acme-7b,constructor")
    first = {"id": "acme-7b", "name": "Acme-7B"}
    second = {"id": "constructor", "name": "constructor"}
    table = compare_state(driver, first, second)
    if table["rows"] != 2:
        raise CheckFailed(f"the comparison has {table['rows']} rows; the two share 2 benchmarks")
    return "compare.html#m=acme-7b,constructor shows both models"
