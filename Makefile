# Keystone — the stable commands. Each one installs what it needs first (.ci/setup.sh).
#   make run    build a release and serve it at http://127.0.0.1:8080
#   make test   every test: lint, host, browser (wasm-bindgen-test), end-to-end (Playwright)
#   make build  the static site in dist/
#   make bench  ABC timings, download sizes per module and chunk, throttled first visit,
#               longest task while editing with 20,000 accounts and importing and
#               exporting 20,000 spreadsheet rows, importing 600,000 sales-history rows
.PHONY: run test build bench setup setup-test lint test-host test-web test-e2e echarts

export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
# The browser tests run as one page; the runner's default limit (20 s for all of them)
# is too close to what they take on a busy 2-core machine.
export WASM_BINDGEN_TEST_TIMEOUT ?= 180
PORT ?= 8080

setup:
	.ci/setup.sh build

setup-test:
	.ci/setup.sh test

build: setup
	.ci/build.sh

run: build
	@echo "Keystone: http://127.0.0.1:$(PORT)/"
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets --features eager-pages -- -D warnings

test-host:
	cargo test
	node --test tests/host/

test-web:
	cargo test --target wasm32-unknown-unknown --test web --features eager-pages

test-e2e:
	node --test --test-concurrency=1 tests/e2e/*.test.mjs

test: setup-test lint test-host test-web build test-e2e

bench: setup-test
	cargo bench --bench abc
	.ci/build.sh
	.ci/sizes.sh
	node tests/bench/compression.mjs
	node tests/bench/browser.mjs

# Rebuild the vendored ECharts bundle (public/vendor/echarts.min.js) from npm.
echarts: setup
	node_modules/.bin/esbuild .ci/echarts-entry.js --bundle --minify --format=iife \
	  --legal-comments=eof --target=es2020 --outfile=public/vendor/echarts.min.js
