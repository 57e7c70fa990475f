#!/usr/bin/env bash
# Trunk post-build hook (Trunk.toml) for release builds: makes the names the wasm and its glue
# share short (scripts/short-names.mjs), minifies the JavaScript with terser, since Trunk's own
# minifier cannot parse wasm-bindgen's glue code and leaves every file as written, and then
# updates the integrity hashes index.html carries for the files it changed. Debug builds are
# left readable.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
need_wasm_opt
need_terser

integrity() {
  node -e 'const file = require("fs").readFileSync(process.argv[1]);
    process.stdout.write(`sha384-${require("crypto").createHash("sha384").update(file).digest("base64")}`);' "$1"
}

scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$TRUNK_STAGING_DIR"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(find . \( -name '*.js' -o -name '*.wasm' \) -print0)
declare -A before
for file in "${files[@]}"; do before[$file]="$(integrity "$file")"; done

wasm="$(find . -maxdepth 1 -name '*_bg.wasm')"
glue="${wasm%_bg.wasm}.js"
[ -f "$wasm" ] && [ -f "$glue" ] || { echo "shrink-release: no wasm and glue pair in $TRUNK_STAGING_DIR" >&2; exit 1; }
# The pass only renames. It must write the module with the features index.html's own wasm-opt
# step enables and no others: with all of them it uses an import encoding browsers refuse.
mapfile -t features < <(grep -o -- '--enable-[a-z-]*' "$TRUNK_HTML_FILE")
[ "${#features[@]}" -gt 0 ] || { echo "shrink-release: no wasm-opt features in $TRUNK_HTML_FILE" >&2; exit 1; }
# A build made for profiling passes wasm-opt `-g` (DEVELOPERS.md): keep its function names.
debug=()
grep -qE -- 'data-wasm-opt-params="([^"]* )?-g[ "]' "$TRUNK_HTML_FILE" && debug=(-g)
wasm-opt "${features[@]}" "${debug[@]}" --minify-imports-and-exports-and-modules "$wasm" -o "$work/app.wasm" >"$work/names.json"
node "$scripts/short-names.mjs" "$glue" "$work/names.json"
mv "$work/app.wasm" "$wasm"
# Kept beside the build, outside dist/, for the end-to-end tests, which call one export by its
# wasm-bindgen name.
# cargo reads a relative CARGO_TARGET_DIR from where trunk runs it, the source folder.
target="${CARGO_TARGET_DIR:-target}"
[[ "$target" = /* ]] || target="$TRUNK_SOURCE_DIR/$target"
mkdir -p "$target"
cp "$work/names.json" "$target/wasm-names.json"

while IFS= read -r -d '' file; do
  terser "$file" --module --compress --mangle --output "$file.min"
  mv "$file.min" "$file"
done < <(find . -name '*.js' -print0)

# Files index.html names with a hash (the wasm, the glue and its snippets; boot.js has none)
# must get the new one, or the browser would refuse them. Base64 has no '|' and no other
# character sed reads specially.
for file in "${files[@]}"; do
  old="${before[$file]}"
  grep -qF "$old" index.html || continue
  new="$(integrity "$file")"
  sed -i "s|$old|$new|" index.html
  grep -qF "$new" index.html || { echo "shrink-release: could not update the hash of $file" >&2; exit 1; }
done
