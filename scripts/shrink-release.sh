#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml): minifies a release build's JavaScript with terser, since
# Trunk's own minifier cannot parse wasm-bindgen's glue code and leaves every file as written,
# then updates the integrity hashes index.html carries for the files it changed. Debug builds are
# left readable.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
need_terser

integrity() {
  node -e 'const file = require("fs").readFileSync(process.argv[1]);
    process.stdout.write(`sha384-${require("crypto").createHash("sha384").update(file).digest("base64")}`);' "$1"
}

cd "$TRUNK_STAGING_DIR"
while IFS= read -r -d '' file; do
  before="$(integrity "$file")"
  terser "$file" --module --compress --mangle --output "$file.min"
  mv "$file.min" "$file"
  after="$(integrity "$file")"
  # Files index.html names with a hash (the glue and its snippets; boot.js has none) must get
  # the new one, or the browser would refuse them. Base64 has no '|' and no other character
  # sed reads specially.
  if grep -qF "$before" index.html; then
    sed -i "s|$before|$after|" index.html
    grep -qF "$after" index.html || { echo "minify-js: could not update the hash of $file" >&2; exit 1; }
  fi
done < <(find . -name '*.js' -print0)
