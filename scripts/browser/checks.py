"""Counting checks: each one passes, fails with a message, or fails as expected (a known gap)."""
import time


class CheckFailed(Exception):
    """A check found something wrong; the message says what."""


class ExpectedFailure(Exception):
    """A check that cannot pass until known work lands; the message says which work."""


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.expected = []

    def run(self, name, check, *args):
        """Runs check(*args), which returns a summary to print (None: nothing worth a line) or raises;
        one check never stops the rest."""
        started = time.monotonic()
        try:
            summary = check(*args)
        except ExpectedFailure as known:
            self.expected.append(f"{name}: {known}")
            print(f"xfail {name}: {known}", flush=True)
            return
        except CheckFailed as problem:
            self.failed += 1
            print(f"FAIL  {name}: {problem}", flush=True)
            return
        except Exception as error:  # a crash in a check is a failure of that check, with its cause
            self.failed += 1
            print(f"FAIL  {name}: {type(error).__name__}: {error}".splitlines()[0], flush=True)
            return
        self.passed += 1
        if summary:
            print(f"ok    {name}: {summary} ({time.monotonic() - started:.1f}s)", flush=True)

    def finish(self):
        """Prints the closing line and returns the exit status."""
        if self.expected:
            print(f"browser: {len(self.expected)} expected to fail until their work lands (see xfail above)")
        print(f"browser: {self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0
