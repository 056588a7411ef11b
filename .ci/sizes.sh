#!/usr/bin/env bash
# Sizes of what a first visit downloads, raw and gzip -9, from dist/ (run after a build).
# ECharts is loaded by the first chart on screen, so two totals: the start page, and a
# first visit that opens a chart page.
set -euo pipefail
cd "$(dirname "$0")/../dist"
core=0; core_raw=0
printf '| file | raw | gzip |\n|---|---:|---:|\n'
row() { printf '| %s | %d KB | %d KB |\n' "$1" $(($2 / 1000)) $(($3 / 1000)); }
for f in index.html pkg/keystone.js pkg/keystone_bg.wasm style/main.css; do
  raw=$(wc -c < "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  core=$((core + gz)); core_raw=$((core_raw + raw)); row "$f" "$raw" "$gz"
done
f=vendor/echarts.min.js; e_raw=$(wc -c < "$f"); e=$(gzip -9 -c "$f" | wc -c); row "$f (first chart only)" "$e_raw" "$e"
row "**first visit, start page**" "$core_raw" "$core"
row "**first visit incl. a chart page**" $((core_raw + e_raw)) $((core + e))
