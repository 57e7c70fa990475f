#!/usr/bin/env bash
# Prints the release bundle's sizes in bytes: raw, gzip -9 and brotli -q 11, per kind and total.
set -euo pipefail
dist="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist}"
printf '%-6s %10s %10s %10s\n' kind raw gzip brotli
total_raw=0 total_gz=0 total_br=0
for kind in wasm js css html; do
  raw=0 gz=0 br=0
  while IFS= read -r -d '' file; do
    raw=$((raw + $(wc -c <"$file")))
    gz=$((gz + $(gzip -9 -c "$file" | wc -c)))
    br=$((br + $(brotli -q 11 -c "$file" | wc -c)))
  done < <(find "$dist" -type f -name "*.$kind" -print0)
  printf '%-6s %10d %10d %10d\n' "$kind" "$raw" "$gz" "$br"
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
done
printf '%-6s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
