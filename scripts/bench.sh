#!/usr/bin/env bash
# Measures Rolecase against its budgets: bundle sizes (with a minimal Yew app as the floor),
# native timings of analysis, the proposal and every export, share-link length against
# lz-string, and start-up, typing latency, the Proposal page and memory in headless Chromium.
# Prints a table, writes artifacts/bench/latest.json (and a dated copy to compare runs), and
# exits non-zero when a budget is missed. Installs what it needs first, like the test command.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
need_build_tools
need_browser_tools
cd "$ROOT"
out="$ROOT/artifacts/bench"
data="$out/data"
mkdir -p "$data"

echo "==> release build of the app"
release_trunk build --release --offline >/dev/null
bash scripts/sizes.sh dist >"$out/sizes-app.txt"

echo "==> release build of the floor (a minimal Yew app with the same profile)"
fetch_crates bench/floor
(cd bench/floor && CARGO_TARGET_DIR="$ROOT/target/floor" release_trunk build --release --offline >/dev/null)
bash scripts/sizes.sh bench/floor/dist >"$out/sizes-floor.txt"

echo "==> benchmark data (seeded)"
for n in 2000 5000; do
  cargo run --quiet --release --locked --example bench_data -- stored "$n" >"$data/stored-$n.json"
done
for n in 10 50 200; do
  cargo run --quiet --release --locked --example bench_data -- share "$n" >"$data/share-$n.json"
done

echo "==> native benchmarks (criterion)"
cargo bench --quiet --locked --bench core >/dev/null

echo "==> browser benchmarks (headless Chromium)"
node tests/e2e/bench.mjs --dist dist --floor bench/floor/dist --data "$data" --out "$out/browser.json"

node scripts/bench-report.mjs --sizes "$out/sizes-app.txt" --floor-sizes "$out/sizes-floor.txt" \
  --criterion "${CARGO_TARGET_DIR:-$ROOT/target}/criterion" --browser "$out/browser.json" --out "$out"
