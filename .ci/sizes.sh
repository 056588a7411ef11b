#!/usr/bin/env bash
# Sizes of what a first visit downloads, raw and gzip -9, from dist/ (run after a build).
set -euo pipefail
cd "$(dirname "$0")/../dist"
total=0; total_raw=0
printf '| file | raw | gzip |\n|---|---:|---:|\n'
for f in index.html pkg/keystone.js pkg/keystone_bg.wasm style/main.css vendor/echarts.min.js; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz)); total_raw=$((total_raw + raw))
  printf '| %s | %d KB | %d KB |\n' "$f" $((raw / 1000)) $((gz / 1000))
done
printf '| **first visit** | %d KB | **%d KB** |\n' $((total_raw / 1000)) $((total / 1000))
