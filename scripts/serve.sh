#!/usr/bin/env bash
# Builds Rolecase in release mode and serves it at http://127.0.0.1:8080 (installing any missing
# build tool first). Stop with Ctrl+C.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
need_build_tools
cd "$ROOT"
echo "Rolecase will be served at http://127.0.0.1:8080 once the release build finishes."
release_trunk serve --release --offline "$@" || {
  echo "trunk serve failed. If it names a missing tool, scripts/setup.sh installs it: see the README." >&2
  exit 1
}
