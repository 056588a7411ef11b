#!/usr/bin/env bash
# Builds the static site into dist/, with every page but the start page in its own
# lazily loaded wasm chunk:
#   1. cargo build (release, `--cfg erase_components`, relocations kept for the split)
#   2. wasm-split-cli (.ci/wasm-split) cuts the linked wasm at the `#[wasm_split]`
#      functions (`lazy_page!`, `lazy_part!`, `lazy_fn!`: src/ui/lazy.rs) into the main module, one module per page and shared
#      chunks (small ones merged), plus the loader __wasm_split.js
#   3. wasm-bindgen on the main module (keeping LLD's exports the chunks link against)
#   4. wasm-opt -Oz (npm binaryen, never Debian's) on every module
#   5. esbuild minifies the two JS modules; content-hashed file names everywhere, so a browser never mixes two builds and
#      every file can be cached for ever; index.html, style/ and public/ beside them.
#   6. the service worker (src/offline/, .ci/precache.mjs): the list of every file in
#      dist/, checked, and a version hashed from their contents, in dist/sw.js.
set -euo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Clink-args=--emit-relocs"
cargo build --release --target wasm32-unknown-unknown --bin keystone

# Shared chunks smaller than this (function bytes before wasm-opt) are merged into the
# chunk of the smallest superset of their pages (.ci/wasm-split): the 300-odd chunks become ~80.
export WASM_SPLIT_MIN_CHUNK=${WASM_SPLIT_MIN_CHUNK:-2048}
# ... but never into a chunk the Pareto page loads unless the Pareto page needs the
# code: a first visit straight to a chart page should not fetch other pages' code.
export WASM_SPLIT_KEEP_OUT=${WASM_SPLIT_KEEP_OUT:-pareto}
work=target/split
rm -rf "$work" dist && mkdir -p "$work/split" "$work/bindgen" dist/pkg
wasm-split-cli --target web --out-name keystone \
  target/wasm32-unknown-unknown/release/keystone.wasm "$work/split"
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/bindgen" \
  "$work/split/keystone.wasm"

# PROFILE_NAMES=1 keeps the function names (wasm-opt -g) for a CPU profile with names
# (docs/performance.md, "Finding a long task"); never for a release.
names=${PROFILE_NAMES:+-g}
opt() {
  node_modules/.bin/wasm-opt -Oz $names --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$1" -o "$2"
}

hash_of() { sha256sum "$1" | cut -c1-10; }

# Chunks first: their hashed names go into the loader, whose hash goes into the main JS.
loader=$(cat "$work/split/__wasm_split.js")
for f in "$work"/split/*.wasm; do
  name=$(basename "$f" .wasm)
  [ "$name" = keystone ] && continue
  opt "$f" "$work/$name.wasm"
  hashed="$name-$(hash_of "$work/$name.wasm").wasm"
  cp "$work/$name.wasm" "dist/pkg/$hashed"
  # The loader lives in pkg/<build>/, the wasm files in pkg/.
  loader=$(sed "s|\"./$name.wasm\"|\"../$hashed\"|" <<<"$loader")
done

opt "$work/bindgen/keystone_bg.wasm" "$work/keystone_bg.wasm"
main_wasm="keystone_bg-$(hash_of "$work/keystone_bg.wasm").wasm"
cp "$work/keystone_bg.wasm" "dist/pkg/$main_wasm"

# The main JS and the loader import each other by plain relative names; each file must
# be reached by exactly one URL (a second URL would be a second module instance, and
# start-up fails). So both keep their names and the build hash goes into their folder:
# pkg/<build>/keystone.js and pkg/<build>/__wasm_split.js. index.html passes the main
# wasm's URL to init().
main_js=$(cat "$work/bindgen/keystone.js")

# The snippets wasm-bindgen writes (inline JS of dependencies), if any.
if [ -d "$work/bindgen/snippets" ]; then cp -r "$work/bindgen/snippets" dist/pkg/; fi

cp -r public/. dist/
mkdir -p dist/style
for f in style/*.css; do
  node_modules/.bin/esbuild "$f" --minify --log-level=warning --outfile="dist/style/$(basename "$f")"
done
build=$( (cat dist/pkg/*.wasm; printf '%s' "$main_js" "$loader"; cat dist/style/*.css dist/vendor/*.js) \
  | sha256sum | cut -c1-12)
mkdir -p "dist/pkg/$build"
printf '%s\n' "$main_js" > "dist/pkg/$build/keystone.js"
printf '%s\n' "$loader" > "dist/pkg/$build/__wasm_split.js"
# Unminified, for .ci/sizes.sh (which pages use which shared chunk).
printf '%s\n' "$loader" > "$work/loader.js"
# Minified (esbuild keeps the module's imports and exports as they are).
for f in keystone.js __wasm_split.js; do
  node_modules/.bin/esbuild "dist/pkg/$build/$f" --minify --format=esm --target=es2020 \
    --log-level=warning --outfile="dist/pkg/$build/$f" --allow-overwrite
done
if grep -q 'new URL("\./' "dist/pkg/$build/__wasm_split.js"; then
  echo "build: a chunk in __wasm_split.js was not renamed" >&2; exit 1
fi
if [ -d dist/pkg/snippets ]; then mv dist/pkg/snippets "dist/pkg/$build/"; fi
node_modules/.bin/esbuild src/offline/client.js --bundle --minify --format=esm --target=es2020 \
  --log-level=warning --outfile="dist/pkg/$build/offline.js"
sed "s/__BUILD__/$build/g; s/__MAIN_WASM__/$main_wasm/g" index.html > dist/index.html
# Last: the service worker, with the list of every file above (checked against dist/).
node .ci/precache.mjs dist
echo "built dist/ ($build)"
