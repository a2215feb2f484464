"""The browser test step of `make test` (scripts/browser-test.py): the seed site checked as a reader
meets it, in headless Chromium, the Nu HTML checker and axe-core."""
