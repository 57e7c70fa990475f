#!/usr/bin/env bash
# Runs every test layer of Rolecase, installing any missing tool first:
#   lints (rustfmt, clippy for host and wasm32), native tests (unit + component render),
#   browser tests (wasm-bindgen-test in headless Chromium), release build, end-to-end (Playwright).
# Every layer runs even if an earlier one failed; the last line sums up, and the exit code is
# non-zero if anything failed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

need_build_tools && need_browser_tools || {
  echo "tests: 0 passed, 1 failed (set-up could not install the tools; see the message above)"
  exit 1
}

passed=()
failed=()
skipped=()

run_layer() {
  local name="$1"
  shift
  printf '\n\033[1m==> %s\033[0m\n' "$name"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name")
    printf '\033[32m--- %s passed (%ss)\033[0m\n' "$name" $((SECONDS - start))
  else
    failed+=("$name")
    printf '\033[31m--- %s FAILED (%ss)\033[0m\n' "$name" $((SECONDS - start))
  fi
}

browser_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    CHROMEDRIVER=/usr/bin/chromedriver \
    WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}" \
    cargo test --target wasm32-unknown-unknown --test browser --test browser_panic
}

release_build() {
  trunk build --release --offline && bash scripts/sizes.sh | tee artifacts/bundle-sizes.txt
}

mkdir -p artifacts
run_layer "rustfmt" cargo fmt --all --check
run_layer "clippy (host)" cargo clippy --all-targets --locked -- -D warnings
run_layer "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run_layer "native tests" cargo test --locked
run_layer "browser tests" browser_tests
run_layer "release build" release_build
if [[ " ${failed[*]} " == *" release build "* ]]; then
  skipped+=("end-to-end (no release build)")
else
  run_layer "end-to-end" bash -c 'cd tests/e2e && npm test'
fi

echo
echo "Passed: ${passed[*]:-none}"
[ ${#failed[@]} -eq 0 ] || echo "Failed: ${failed[*]}"
[ ${#skipped[@]} -eq 0 ] || echo "Skipped: ${skipped[*]}"
echo "layers: ${#passed[@]} passed, $((${#failed[@]} + ${#skipped[@]})) failed"
[ ${#failed[@]} -eq 0 ] && [ ${#skipped[@]} -eq 0 ]
