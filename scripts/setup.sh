#!/usr/bin/env bash
# Installs whatever Rolecase's build and tests need and is missing, and nothing else.
# Sourced by scripts/serve.sh and scripts/test.sh; every step checks before it installs, so a
# second run installs nothing and takes a few seconds.
#
#   need_build_tools    a C linker, wasm32 target, the standard library's source (rust-src), the
#                       crates the build needs, trunk, wasm-bindgen-cli (the version Cargo.toml
#                       pins), Node.js, wasm-opt, terser
#   release_trunk       runs trunk with the release build's settings (see below)
#   need_browser_tools  Chromium, ChromeDriver, brotli, pdftotext (poppler-utils), and the npm
#                       packages of tests/e2e
#
# Prerequisites it cannot install itself: rustup's Rust toolchain and Node.js 20 or newer.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
TOOLS_DIR="${ROLECASE_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rolecase-tools}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
NODE_MAJOR_MIN=20
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132.0.0"
TERSER_VERSION="5.51.2"
# The one place the wasm-bindgen version is written is Cargo.toml; the CLI must match it exactly.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' "$ROOT/Cargo.toml")"

export PATH="$TOOLS_DIR/binaryen/node_modules/.bin:$TOOLS_DIR/terser/node_modules/.bin:$CARGO_BIN:$PATH"
export CHROMIUM CHROMEDRIVER

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
fail() {
  printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2
  return 1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    fail "need root to run: $*"
  fi
}

apt_install() {
  say "installing Debian packages: $* (a minute or two)"
  as_root apt-get update -qq || fail "apt-get update failed"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null ||
    fail "apt-get install $* failed"
}

need_linker() {
  command -v cc >/dev/null && return 0
  apt_install build-essential
}

need_node() {
  local major
  major="$(node --version 2>/dev/null | sed -n 's/^v\([0-9]*\).*/\1/p')"
  [ -n "$major" ] && [ "$major" -ge "$NODE_MAJOR_MIN" ] && command -v npm >/dev/null && return 0
  fail "Node.js $NODE_MAJOR_MIN or newer with npm is required (found: ${major:-none}); \
install it first (Debian 12's own nodejs package is 18, too old)"
}

need_wasm_target() {
  local installed
  installed="$(rustup target list --installed)" || fail "rustup is required: install Rust with rustup"
  grep -qx wasm32-unknown-unknown <<<"$installed" && return 0
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown || fail "rustup target add wasm32-unknown-unknown failed"
}

need_rust_src() {
  # The release build compiles the standard library from source (release_trunk below).
  rustup component list --installed 2>/dev/null | grep -qx 'rust-src' && return 0
  say "adding the rust-src component (the standard library's source)"
  rustup component add rust-src || fail "rustup component add rust-src failed"
}

# Trunk builds with --offline, so every crate a release build needs, the standard library's own
# among them, is fetched first (a few hundred milliseconds when they already are). $1: the folder
# of the Cargo.toml to build.
fetch_crates() {
  (cd "$1" && cargo fetch --locked --quiet &&
    RUSTC_BOOTSTRAP=1 cargo fetch --locked --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown) ||
    fail "cargo fetch failed in $1: the crates the build needs could not be downloaded"
}

need_crates() {
  fetch_crates "$ROOT"
}

# Runs trunk ("$@", e.g. build --release --offline) for a release build of the app or the floor.
# The standard library is compiled with the app, for size, and a panic stops the wasm at once
# (`immediate-abort`) instead of formatting a message: that leaves out the standard library's
# panic and formatting machinery, about 20 KB of brotli. A panic then reaches the page as a
# WebAssembly.RuntimeError, which src/services/fatal.js turns into the error screen. Both are
# unstable Cargo and rustc options, enabled on the stable toolchain by RUSTC_BOOTSTRAP for this
# build only; tests, lints and native builds use the toolchain as it comes.
release_trunk() {
  RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
    trunk "$@"
}

need_trunk() {
  [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ] && return 0
  say "installing trunk $TRUNK_VERSION from crates.io (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --no-default-features --features rustls ||
    fail "cargo install trunk $TRUNK_VERSION failed"
}

need_wasm_bindgen() {
  [ -n "$WASM_BINDGEN_VERSION" ] || fail "Cargo.toml must pin wasm-bindgen with \"=x.y.z\""
  [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] && return 0
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 8 minutes)"
  # Not --locked: one of its locked dependencies is no longer in the registry.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" ||
    fail "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION failed"
}

need_wasm_opt() {
  # Debian's binaryen (wasm-opt 108) cannot parse current Rust output; npm's binaryen can.
  local major="${BINARYEN_VERSION%%.*}"
  wasm-opt --version 2>/dev/null | grep -q "version $major\b" && return 0
  say "installing wasm-opt (npm binaryen $BINARYEN_VERSION) into $TOOLS_DIR/binaryen"
  mkdir -p "$TOOLS_DIR/binaryen"
  npm install --prefix "$TOOLS_DIR/binaryen" --no-audit --no-fund --loglevel=error \
    "binaryen@$BINARYEN_VERSION" >/dev/null || fail "npm install binaryen@$BINARYEN_VERSION failed"
  wasm-opt --version | grep -q "version $major\b" || fail "wasm-opt $major is not on PATH after install"
}

need_terser() {
  # Minifies the release build's JavaScript (scripts/shrink-release.sh, Trunk's post-build hook).
  [ "$(terser --version 2>/dev/null)" = "terser $TERSER_VERSION" ] && return 0
  say "installing terser $TERSER_VERSION into $TOOLS_DIR/terser"
  mkdir -p "$TOOLS_DIR/terser"
  npm install --prefix "$TOOLS_DIR/terser" --no-audit --no-fund --loglevel=error \
    "terser@$TERSER_VERSION" >/dev/null || fail "npm install terser@$TERSER_VERSION failed"
}

need_browser() {
  local missing=()
  [ -x "$CHROMIUM" ] || missing+=(chromium)
  [ -x "$CHROMEDRIVER" ] || missing+=(chromium-driver)
  command -v brotli >/dev/null || missing+=(brotli)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

need_e2e_packages() {
  local dir="$ROOT/tests/e2e" stamp="$ROOT/tests/e2e/node_modules/.rolecase-lock.sha256"
  local want
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && return 0
  say "installing the end-to-end test packages (npm ci in tests/e2e)"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci in tests/e2e failed"
  echo "$want" >"$stamp"
}

need_build_tools() {
  need_linker && need_wasm_target && need_rust_src && need_crates && need_trunk && need_wasm_bindgen && need_node && need_wasm_opt && need_terser
}

need_browser_tools() {
  need_browser && need_e2e_packages
}
