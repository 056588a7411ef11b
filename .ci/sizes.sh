#!/usr/bin/env bash
# Download sizes from dist/ (run after a build), raw and gzip -9, against the budgets:
#   first visit to the start page <= 200 KB gzip (html, js, main wasm, css)
#   every page chunk <= 30 KB gzip (apart from shared chart code)
#   first visit straight to a chart page <= 470 KB gzip including ECharts
# Page chunks are split_<page>.wasm; chunk_<n>.wasm holds code shared by several pages
# (the loader's comment in __wasm_split.js says which).
set -euo pipefail
cd "$(dirname "$0")/../dist"
gz() { gzip -9 -c "$1" | wc -c; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }
row() { printf '| %s | %s | %s |\n' "$1" "$(kb "$2")" "$(kb "$3")"; }

main_wasm=$(ls pkg/keystone_bg-*.wasm)
main_js=$(ls pkg/*/keystone.js)
loader=$(ls pkg/*/__wasm_split.js)
offline_js=$(ls pkg/*/offline.js)
# The unminified copy the build keeps, for the chunk dependencies.
plain_loader=../target/split/loader.js
printf '| file | raw | gzip |\n|---|---:|---:|\n'
start=0; start_raw=0
for f in index.html "$offline_js" "$main_js" "$loader" "$main_wasm" style/main.css; do
  raw=$(wc -c < "$f"); g=$(gz "$f"); start=$((start + g)); start_raw=$((start_raw + raw))
  row "$f" "$raw" "$g"
done
row "**first visit, start page** (budget 200 KB)" "$start_raw" "$start"

# What each page needs: its own module and the shared chunks the loader lists for it.
deps_of() { # page name -> chunk files
  awk -v page="$1" '
    /^const __chunk_[0-9]+ = makeLoad/ { split($2, a, "_"); cur = a[4] }
    /new URL\("\.\.\/chunk_/ { match($0, /chunk_[0-9]+-[0-9a-f]+\.wasm/); file[cur] = substr($0, RSTART, RLENGTH) }
    $0 ~ "__wasm_split_load_" page " = " { want = 1 }
    want && /^, \[/ { n = split($0, d, /__chunk_/); for (i = 2; i <= n; i++) { c = d[i]; sub(/[^0-9].*/, "", c); print file[c] } want = 0 }
  ' "$plain_loader"
}
echarts=vendor/echarts.min.js
e_raw=$(wc -c < "$echarts"); e=$(gz "$echarts")
printf '\n| page chunk | raw | gzip | with its shared chunks |\n|---|---:|---:|---:|\n'
for f in pkg/split_*.wasm; do
  page=$(basename "$f" .wasm); page=${page#split_}; page=${page%-*}
  raw=$(wc -c < "$f"); g=$(gz "$f"); total=$g
  for c in $(deps_of "$page"); do total=$((total + $(gz "pkg/$c"))); done
  printf '| %s | %s | %s | %s |\n' "$page" "$(kb "$raw")" "$(kb "$g")" "$(kb "$total")"
  eval "page_total_$page=$total"
done
for f in pkg/chunk_*.wasm; do
  name=$(basename "$f" .wasm); name=${name%-*}
  users=$(grep -B1 "const __$name = " "$plain_loader" | head -1 | sed 's|/\* \(.*\) \*/|\1|')
  printf '| shared %s (%s) | %s | %s | |\n' "$name" "$users" "$(kb "$(wc -c < "$f")")" "$(kb "$(gz "$f")")"
done
row "$echarts (first chart only)" "$e_raw" "$e"
chart_page=${CHART_PAGE:-pareto}
eval "chart_total=\$page_total_$chart_page"
printf '\n| first visit straight to a chart page (#/%s) | gzip |\n|---|---:|\n' "$chart_page"
printf '| start files + page and shared chunks + ECharts (budget 470 KB) | %s |\n' \
  "$(kb $((start + chart_total + e)))"

# The service worker caches every file of the build once the first page is shown and
# the browser is idle (src/offline/): what that background download weighs.
all=0; all_raw=0; n=0
for f in $(find . -type f ! -name sw.js | sed 's|^\./||'); do
  all=$((all + $(gz "$f"))); all_raw=$((all_raw + $(wc -c < "$f"))); n=$((n + 1))
done
printf '\n| offline copy (sw.js caches it after the first page) | raw | gzip |\n|---|---:|---:|\n'
row "sw.js" "$(wc -c < sw.js)" "$(gz sw.js)"
row "all $n files of the build" "$all_raw" "$all"
