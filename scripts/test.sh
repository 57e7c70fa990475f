#!/usr/bin/env bash
# Runs every test layer of Rolecase, installing any missing tool first:
#   lints (rustfmt, clippy for host and wasm32), native tests (unit + component render),
#   browser tests (wasm-bindgen-test in headless Chromium), release build, end-to-end (Playwright).
# Every layer runs even if an earlier one failed; the last line sums up, and the exit code is
# non-zero if anything failed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

LAYERS=("rustfmt" "clippy (host)" "clippy (wasm32)" "native tests" "browser tests" "release build" "end-to-end")

need_build_tools && need_browser_tools || {
  echo "Failed: set-up (see the message above), so no layer ran"
  echo "layers: 0 passed, 0 failed, ${#LAYERS[@]} skipped"
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
    WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-180}" \
    cargo test --locked --target wasm32-unknown-unknown --test browser --test browser_panic --test browser_storage
}

release_build() {
  release_trunk build --release --offline || {
    echo "trunk build failed. If it names a missing tool, scripts/setup.sh installs it: see the README." >&2
    echo "If rustc refuses -Zbuild-std or -Cpanic=immediate-abort, a new toolchain changed those unstable options: see release_trunk in scripts/setup.sh." >&2
    return 1
  }
  # The release build stops at a panic without formatting it (release_trunk); the standard
  # library's panic messages in the wasm would mean those settings were lost.
  if grep -aqF 'panicked at' dist/*_bg.wasm; then
    echo "dist/ carries the standard library's panic messages: the release build did not use release_trunk's settings." >&2
    return 1
  fi
  bash scripts/sizes.sh | tee artifacts/bundle-sizes.txt
}

joined() {
  local IFS=,
  echo "${*:-none}" | sed 's/,/, /g'
}

mkdir -p artifacts
run_layer "rustfmt" cargo fmt --all --check
run_layer "clippy (host)" cargo clippy --all-targets --locked -- -D warnings
run_layer "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
run_layer "native tests" cargo test --locked
run_layer "browser tests" browser_tests
run_layer "release build" release_build
if [[ " ${failed[*]} " == *" release build "* ]]; then
  skipped+=("end-to-end")
else
  run_layer "end-to-end" bash -c 'cd tests/e2e && npm test'
fi

echo
echo "Passed: $(joined "${passed[@]}") | Failed: $(joined "${failed[@]}") | Skipped: $(joined "${skipped[@]}")"
echo "layers: ${#passed[@]} passed, ${#failed[@]} failed, ${#skipped[@]} skipped"
[ ${#failed[@]} -eq 0 ] && [ ${#skipped[@]} -eq 0 ]
