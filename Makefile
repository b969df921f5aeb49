# Briefing Explorer — build and test entry points.
#
#   make serve              dev server at http://127.0.0.1:8080 (trunk serve, live reload of the
#                           explorer; the editor at /edit.html is built once when it starts)
#   make build [DATA=file]  release build into dist/: the explorer (index.html) and the editor
#                           (edit.html, its own bundle) side by side (scripts/build-site.sh;
#                           relative URLs; the dataset is read at run time from
#                           dist/data/briefings.json: DATA, validated first, or
#                           data/briefings.json), and dist-offline/briefing-explorer.html (the
#                           explorer alone in one file with the data inline, works from disk)
#   make package            make build, then target/briefing-explorer-VERSION.zip: dist/, the
#                           offline file and HOSTING.md, for publishing without a Rust toolchain
#   make test               lint, native tests, in-browser wasm tests, Playwright e2e
#   make lint               cargo fmt --check, clippy -D warnings (native and wasm32),
#                           the version-pin check (scripts/check-pins.mjs)
#   make test-native | test-wasm | test-e2e
#                           (test-e2e builds into target/e2e/, never dist/)
#   make bench              benchmark (not a test; never fails on a missed target): release builds
#                           of the bundled data and of synthetic 100/1,000/10,000-project datasets,
#                           measured in headless Chromium + Lighthouse; writes target/bench/report.{json,md}
#   make bench-data | bench-builds | bench-run | bench-peer   its steps (bench-run measures existing
#                           builds; bench-peer measures them side by side with ../shared/peer)
#   make mutants            mutation testing of src/model with cargo-mutants (not in `make test`;
#                           slow); prints the missed mutants, output in
#                           target/mutants-results/
#   make suggest-quality    precision/recall of the suggested facts over tests/suggest, and the
#                           time for 100 KB of text (also printed by make bench)
#   make bench-validate     the validator on crafted worst-case files of 15-20 MB (time, report size)
#   make tools              install everything `make test` needs and is missing (scripts/ensure-tools.sh)
#   make clean
#
# Every target installs what it needs and is missing (from the package registries only).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)

ENSURE := bash scripts/ensure-tools.sh

# The default dataset, placed as dist/data/briefings.json by Trunk's post-build hook
# scripts/place-data.mjs, which reads BRIEFING_DATA. `make build DATA=path/to/dataset.json`
# places another dataset: it is validated first and handed over as an absolute path.
ifneq ($(strip $(DATA)),)
DATA_ABS := $(abspath $(DATA))
export BRIEFING_DATA := $(DATA_ABS)
else
DATA_ABS := $(CURDIR)/data/briefings.json
endif

# In-browser wasm tests: wasm-bindgen-test-runner (the cargo runner set in
# .cargo/config.toml) drives headless Chromium through chromedriver.
WASM_TEST_ENV := CHROMEDRIVER=/usr/bin/chromedriver \
	WASM_BINDGEN_USE_BROWSER=1 \
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/webdriver.json \
	WASM_BINDGEN_TEST_TIMEOUT=$${WASM_BINDGEN_TEST_TIMEOUT:-120} \
	WASM_BINDGEN_TEST_DRIVER_TIMEOUT=$${WASM_BINDGEN_TEST_DRIVER_TIMEOUT:-30}

PLAYWRIGHT_CONFIG := tests/e2e/playwright.config.mjs

.PHONY: help tools serve build package validate-data lint test test-native test-wasm test-e2e clean \
	bench bench-data bench-builds bench-run bench-peer mutants suggest-quality bench-validate

help:
	@awk '/^#/ { sub(/^# ?/, ""); print; next } { exit }' Makefile

tools:
	$(ENSURE) all

# Debug build with live reload; its output goes to target/serve-dist so dist/
# keeps the release build. Trunk serves one page, so the editor (edit.html) is built once first,
# into target/serve-editor, and the post-build hook copies it into every build trunk serve makes
# (scripts/build-site.sh, scripts/merge-build.mjs): http://127.0.0.1:8080/edit.html. A change to
# the editor's code shows there after restarting `make serve`.
SERVE_EDITOR := target/serve-editor

serve:
	$(ENSURE) serve
	$(MAKE) --no-print-directory validate-data
	bash scripts/build-site.sh --debug --editor $(SERVE_EDITOR)
	BRIEFING_EDITOR_DIST="$(CURDIR)/$(SERVE_EDITOR)" trunk serve --offline --address 127.0.0.1 --port 8080 --dist target/serve-dist

# Validate the dataset with the project's validator before bundling it.
validate-data:
	@if [ ! -f "$(DATA_ABS)" ]; then echo "error: dataset not found: $(DATA_ABS)" >&2; exit 1; fi
	@echo "==> validating $(DATA_ABS)"
	cargo run --quiet --bin validate -- "$(DATA_ABS)"

# $(call release-build,DIST,OFFLINE_FILE): validate the dataset, then the release build of both
# pages (scripts/build-site.sh: Trunk.toml, hooks included; the editor's page, then the explorer's
# with the editor's files beside it) into DIST, and the explorer alone as one self-contained file
# for file:// OFFLINE_FILE.
define release-build
	$(MAKE) --no-print-directory validate-data
	@echo "==> scripts/build-site.sh $(1) (dataset: $(DATA_ABS))"
	bash scripts/build-site.sh $(1)
	@echo "==> $(2) (one self-contained file for file://)"
	node scripts/make-offline.mjs --dist $(1) --out $(2)
endef

build:
	$(ENSURE) build
	$(call release-build,dist,dist-offline/briefing-explorer.html)
	@echo "==> dist/:"; ls -l dist dist/data

# What a publisher without Rust needs: target/briefing-explorer-VERSION.zip (scripts/package.mjs).
package: build
	node scripts/package.mjs --dist dist --offline dist-offline/briefing-explorer.html --out target

# The gates CI fails on: formatting, clippy with warnings as errors (natively, and for wasm32,
# where src/app compiles), and the tidy check that every tool version is written once. Every
# check runs even after one fails. The first layer of `make test`.
lint:
	$(ENSURE) lint
	@status=0; \
	echo "==> cargo fmt --all --check"; \
	cargo fmt --all --check || status=$$?; \
	echo "==> cargo clippy --all-targets -- -D warnings (native)"; \
	cargo clippy --all-targets --color never -- -D warnings || status=$$?; \
	echo "==> cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings"; \
	cargo clippy --all-targets --target wasm32-unknown-unknown --color never -- -D warnings || status=$$?; \
	echo "==> node scripts/check-pins.mjs"; \
	node scripts/check-pins.mjs || status=$$?; \
	exit $$status

# Runs every layer (lint, native, wasm, e2e; even after a failure), prints each layer's summary
# and a combined "N passed, N failed" line; fails if any layer failed.
test:
	$(ENSURE) all
	MAKE="$(MAKE)" bash scripts/test-all.sh

test-native:
	$(ENSURE) native
	cargo test --color never

# --tests: lib, bins and integration tests (doctests are native-only).
# Native-only integration test files carry #![cfg(not(target_arch = "wasm32"))].
test-wasm:
	$(ENSURE) wasm
	$(WASM_TEST_ENV) cargo test --color never --target wasm32-unknown-unknown --tests -- --nocapture

# Playwright (Chromium), then the Firefox ESR and WebKit smoke tests (geckodriver and
# WebKitWebDriver, node's test runner); both run even if the first fails. They test a release build of their own in target/e2e/
# (E2E_BUILD_DIR, read by tests/e2e/env.mjs), not dist/: a concurrent `make build` would swap
# dist/ under a running test. dist/ is left alone.
E2E_DIR := target/e2e

test-e2e:
	$(ENSURE) e2e
	$(call release-build,$(E2E_DIR)/dist,$(E2E_DIR)/dist-offline/briefing-explorer.html)
	status=0; \
	E2E_BUILD_DIR="$(CURDIR)/$(E2E_DIR)" playwright test --config $(PLAYWRIGHT_CONFIG) || status=$$?; \
	echo "==> Firefox ESR and WebKit smoke tests (tests/firefox/, tests/webkit/)"; \
	E2E_BUILD_DIR="$(CURDIR)/$(E2E_DIR)" node --test --test-reporter=spec tests/firefox/ tests/webkit/ || status=$$?; \
	exit $$status

# Benchmark. Each build is `make validate-data DATA=...` and then the same release build as
# `make build` (scripts/build-site.sh, hooks included), but into target/bench/dist-* instead of
# dist/: several people build in this tree, and a concurrent `make build` swaps dist/ under a
# running one. dist/ is left alone. The editor's page is the same in every build: it is built
# once, into target/bench/editor, and copied into each. BENCH_SIZES and BENCH_ARGS
# (e.g. BENCH_ARGS=--no-lighthouse) can be overridden on the command line.
BENCH_DIR := target/bench
BENCH_SIZES := 100 1000 10000
BENCH_ARGS :=

bench:
	$(ENSURE) bench
	$(MAKE) --no-print-directory bench-builds
	$(MAKE) --no-print-directory bench-run
	$(MAKE) --no-print-directory bench-peer
	$(MAKE) --no-print-directory bench-validate
	$(MAKE) --no-print-directory suggest-quality

# Deterministic synthetic datasets (seeded; same bytes every time).
bench-data:
	@mkdir -p $(BENCH_DIR)
	for n in $(BENCH_SIZES); do node scripts/generate-dataset.mjs --projects $$n --out $(BENCH_DIR)/data-$$n.json; done
	node scripts/generate-glossary-dataset.mjs --out $(BENCH_DIR)/data-glossary.json

bench-builds: bench-data
	$(ENSURE) build
	bash scripts/build-site.sh --editor $(BENCH_DIR)/editor
	for n in $(BENCH_SIZES); do \
		$(MAKE) --no-print-directory validate-data DATA=$(BENCH_DIR)/data-$$n.json; \
		BRIEFING_EDITOR_DIST="$(CURDIR)/$(BENCH_DIR)/editor" BRIEFING_DATA="$(CURDIR)/$(BENCH_DIR)/data-$$n.json" \
			bash scripts/build-site.sh $(BENCH_DIR)/dist-$$n; \
	done
	$(MAKE) --no-print-directory validate-data DATA=
	env -u BRIEFING_DATA BRIEFING_EDITOR_DIST="$(CURDIR)/$(BENCH_DIR)/editor" bash scripts/build-site.sh $(BENCH_DIR)/dist-bundled

# The validator's worst cases: crafted files just under the 20 MB limit, written to
# target/bench/validate-*.json and checked by the release `validate --time`.
bench-validate:
	cargo build --release --quiet --bin validate
	node scripts/bench-validate.mjs --dir $(BENCH_DIR) --validate target/release/validate

# Side by side with the peer page (../shared/peer, or PEER_DIR), built here from the same data:
# writes target/bench/peer-report.{json,md}. BENCH_PEER_ARGS (e.g. --runs 3) can be overridden.
BENCH_PEER_ARGS :=
bench-peer:
	$(ENSURE) bench
	node scripts/bench-peer.mjs --dir $(BENCH_DIR) --sizes "$(filter-out 100,$(BENCH_SIZES))" $(BENCH_PEER_ARGS)

bench-run:
	$(ENSURE) bench
	node scripts/bench.mjs --dir $(BENCH_DIR) --sizes "$(BENCH_SIZES)" $(BENCH_ARGS)

# Mutation testing of the pure model with cargo-mutants (.cargo/mutants.toml limits it to
# src/model): each mutant is a small change to the code (a `+` made `-`, a function returning a
# default); one that survives the tests ("missed") is a missing assertion or dead code.
# scripts/mutants.sh runs it in groups of files, each against its own tests first and then
# its missed mutants against the whole native suite. Slow (one build and test run per mutant);
# not part of `make test`. Fails if a mutant was missed (one that hangs the tests counts as
# noticed). Results in target/mutants-results/GROUP/mutants.out/ (missed.txt, caught.txt, timeout.txt,
# outcomes.json, logs).
# MUTANTS_GROUPS picks groups and their order (e.g. "chart reader"); MUTANTS_ARGS adds cargo-mutants options
# (e.g. "--shard 1/4"); MUTANTS_JOBS (default 2) and MUTANTS_TIMEOUT (seconds, default 60).
MUTANTS_GROUPS :=

mutants:
	$(ENSURE) mutants
	scripts/mutants.sh $(MUTANTS_GROUPS)

# The suggestion rules (src/model/suggest) against the labelled corpus in tests/suggest.
# regex and unicode-segmentation, which the rules use, reach the editor's wasm only: the
# reader references only the rules' word lists and number type (the validator's capacity check,
# which reads figures by hand), so LTO drops them from its bundle.
suggest-quality:
	@echo "==> suggestion quality (tests/suggest) and speed"
	cargo run --quiet --release --bin draft -- --evaluate tests/suggest
	@echo "(regex and unicode-segmentation are in the editor's bundle only; the reader's bundle takes only the rules' word lists and number type)"

clean:
	cargo clean
	rm -rf dist dist-offline test-results playwright-report
