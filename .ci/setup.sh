#!/usr/bin/env bash
# Installs whatever this project needs and a fresh machine lacks. Idempotent: every step
# checks first. Usage: .ci/setup.sh build   (wasm target, wasm-bindgen-cli, npm tools)
#                      .ci/setup.sh test    (the above + Chromium, ChromeDriver)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-build}
log() { printf '\n== setup: %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ] || ! command -v wasm-bindgen-test-runner >/dev/null; then
  log "cargo install wasm-bindgen-cli $want (about 2-3 minutes)"
  # --locked can hit a yanked transitive version; retrying without it works.
  cargo install --locked wasm-bindgen-cli --version "$want" \
    || cargo install wasm-bindgen-cli --version "$want"
fi

# wasm-split-cli cuts the release wasm into the main module and one chunk per page
# (.ci/build.sh). Built from .ci/wasm-split: wasm_split_cli_support 0.2.4 (MIT OR
# Apache-2.0) with one change, small shared chunks merged into larger ones
# (`coarsen_chunks` in src/split_point.rs). Reinstalled whenever its source changes.
split_want=$(cd .ci/wasm-split && find Cargo.toml Cargo.lock src -type f | LC_ALL=C sort | xargs cat | sha256sum | cut -c1-16)
if ! wasm-split-cli --help >/dev/null 2>&1 || [ "$(cat "$HOME/.cargo/.wasm-split-version" 2>/dev/null)" != "$split_want" ]; then
  log "cargo install wasm-split-cli from .ci/wasm-split (about 1-2 minutes)"
  cargo install --locked --force --path .ci/wasm-split --features build-binary
  rm -rf .ci/wasm-split/target
  echo "$split_want" > "$HOME/.cargo/.wasm-split-version"
fi

# npm: wasm-opt (binaryen 132 — never Debian's binaryen, whose wasm-opt breaks the
# module), esbuild for the ECharts bundle, playwright-core and axe-core for the
# end-to-end tests.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/axe-core ] \
   || [ package.json -nt node_modules/.package-lock.json ]; then
  log "npm install"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

if [ "$what" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    log "apt-get install chromium chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
