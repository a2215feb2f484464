# Atlas — build, test, benchmark and lint. `make help` lists the targets.
# `deps` and the *-deps steps install Debian/PyPI packages only when missing (they expect root).

SWIFT ?= swift
APT   := DEBIAN_FRONTEND=noninteractive apt-get
# Run in a recipe after collecting missing Debian packages in $pkgs: one update, one install.
APT_INSTALL = if [ -n "$$pkgs" ]; then echo "apt-get install$$pkgs"; \
	$(APT) update -qq && $(APT) install -y -qq $$pkgs >/dev/null; fi

.DEFAULT_GOAL := help
.PHONY: help deps test-deps bench-deps site test bench lint clean fuzz test-asan

help: ## List the targets
	@awk -F':.*## ' '/^[a-z-]+:.*## / { printf "  make %-11s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

deps: ## Install libcmark-dev (and pkg-config) if pkg-config cannot find libcmark
	@pkgs=; pkg-config --exists libcmark 2>/dev/null || { pkgs=" libcmark-dev"; \
	  command -v pkg-config >/dev/null || pkgs="$$pkgs pkg-config"; }; $(APT_INSTALL)

test-deps: deps ## Test-only deps: the cmark command, the cmarkgfm Python oracle
	@pkgs=; command -v cmark >/dev/null || pkgs=" cmark"; $(APT_INSTALL)
	@python3 -c 'import cmarkgfm' 2>/dev/null || { echo "pip install cmarkgfm"; python3 -m pip install -q cmarkgfm; }

bench-deps: deps ## Benchmark deps: cmark, hyperfine, GNU time
	@pkgs=; for p in cmark hyperfine; do command -v $$p >/dev/null || pkgs="$$pkgs $$p"; done; \
	  [ -x /usr/bin/time ] || pkgs="$$pkgs time"; $(APT_INSTALL)

site: deps ## Build atlas (release) and the site into Public/
	$(SWIFT) build -c release --product atlas
	.build/release/atlas build

test: test-deps ## Build, run the Swift tests, then the differential table check if present
	$(SWIFT) build
	$(SWIFT) test
	@if [ -f scripts/differential-tables.py ]; then set -x; \
	  python3 scripts/differential-tables.py .build/debug/atlas --count 2000 --seed 1; fi

bench: bench-deps ## Time atlas render against cmark, then the Swift micro-benchmarks (BENCHMARKS.md)
	bench/run.sh
	SWIFT="$(SWIFT)" bench/swift-benchmarks.sh

FUZZ_SECONDS ?= 60
FUZZ_ARGS    ?=
FUZZ_BUILD   := .build-fuzz
# Swift's backtracer is off when fuzzing: ASan reports its memory reads as out of bounds.
fuzz: deps ## Fuzz markdown -> tables -> graph -> pages (Fuzz/) for FUZZ_SECONDS (60); FUZZ_ARGS: more libFuzzer flags
	cd Fuzz && $(SWIFT) build -c release --scratch-path ../$(FUZZ_BUILD) \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -use-ld=lld
	Fuzz/scripts/seed-corpus.sh $(FUZZ_BUILD)/corpus
	mkdir -p $(FUZZ_BUILD)/findings
	SWIFT_BACKTRACE=enable=no $(FUZZ_BUILD)/release/AtlasFuzz -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/findings/ $(FUZZ_ARGS) $(FUZZ_BUILD)/corpus

# Leak checking is off: XCTest's runner and the tests' own pinned buffers leak by design at exit.
test-asan: test-deps ## Run the Swift tests under AddressSanitizer (build folder .build-asan)
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan

lint: ## swift format lint, strict, with .swift-format
	$(SWIFT) format lint --recursive --strict Sources Tests

clean: ## Remove build products and benchmark output (Public/ is left to atlas, which removes only its own files)
	rm -rf .build Benchmarks/.build bench/out
