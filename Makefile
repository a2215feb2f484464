# Atlas — build, test, benchmark and lint. `make help` lists the targets.
# `deps` and the *-deps steps install Debian/PyPI packages only when missing (they expect root).

SWIFT ?= swift
APT   := DEBIAN_FRONTEND=noninteractive apt-get
# Run in a recipe after collecting missing Debian packages in $pkgs: one update, one install.
APT_INSTALL = if [ -n "$$pkgs" ]; then echo "apt-get install$$pkgs"; \
	$(APT) update -qq && $(APT) install -y -qq $$pkgs >/dev/null; fi

.DEFAULT_GOAL := help
.PHONY: help deps test-deps bench-deps site test bench bench-swift lint clean

help: ## List the targets
	@awk -F':.*## ' '/^[a-z-]+:.*## / { printf "  make %-11s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

deps: ## Install libcmark-dev (and pkg-config) if pkg-config cannot find libcmark
	@pkgs=; pkg-config --exists libcmark 2>/dev/null || { pkgs=" libcmark-dev"; \
	  command -v pkg-config >/dev/null || pkgs="$$pkgs pkg-config"; }; $(APT_INSTALL)

test-deps: deps ## Test-only deps: the cmark command, the cmarkgfm Python oracle
	@pkgs=; command -v cmark >/dev/null || pkgs=" cmark"; $(APT_INSTALL)
	@python3 -c 'import cmarkgfm' 2>/dev/null || { echo "pip install cmarkgfm"; python3 -m pip install -q cmarkgfm; }

bench-deps: deps ## Benchmark deps: cmark, hyperfine, GNU time, Hugo (the site comparison)
	@pkgs=; for p in cmark hyperfine hugo; do command -v $$p >/dev/null || pkgs="$$pkgs $$p"; done; \
	  [ -x /usr/bin/time ] || pkgs="$$pkgs time"; $(APT_INSTALL)

site: deps ## Build atlas (release) and the site into Public/
	$(SWIFT) build -c release --product atlas
	.build/release/atlas build

test: test-deps ## Build, run the Swift tests, then the differential table check if present
	$(SWIFT) build
	$(SWIFT) test
	@if [ -f scripts/differential-tables.py ]; then set -x; \
	  python3 scripts/differential-tables.py .build/debug/atlas --count 2000 --seed 1; fi

bench: bench-deps ## Full site builds against Hugo at 1x/10x/100x, then atlas render against cmark (BENCHMARKS.md)
	bench/site-bench.sh
	PROBE=$${PROBE:-0} bench/run.sh

bench-swift: ## The in-process stage micro-benchmarks (package-benchmark; builds for several minutes)
	SWIFT="$(SWIFT)" bench/swift-benchmarks.sh

lint: ## swift format lint, strict, with .swift-format
	$(SWIFT) format lint --recursive --strict Sources Tests

clean: ## Remove build products and benchmark output (Public/ is left to atlas, which removes only its own files)
	rm -rf .build Benchmarks/.build bench/out
