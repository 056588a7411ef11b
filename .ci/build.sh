#!/usr/bin/env bash
# Builds the static site into dist/: release wasm → wasm-bindgen → wasm-opt (npm
# binaryen) → index.html, style/ and public/ copied beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --target wasm32-unknown-unknown --bin keystone
rm -rf dist && mkdir -p dist/pkg
wasm-bindgen --target web --no-typescript --out-dir dist/pkg \
  target/wasm32-unknown-unknown/release/keystone.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  dist/pkg/keystone_bg.wasm -o dist/pkg/keystone_bg.wasm
cp -r public/. dist/
mkdir -p dist/style && cp style/*.css dist/style/
# A content hash in the URLs, so that a reload after an update never mixes versions.
build=$(cat dist/pkg/keystone_bg.wasm dist/pkg/keystone.js dist/style/*.css dist/vendor/*.js | sha256sum | cut -c1-12)
sed "s/__BUILD__/$build/g" index.html > dist/index.html
echo "built dist/ ($build)"
