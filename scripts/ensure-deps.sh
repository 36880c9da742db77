#!/usr/bin/env bash
# Installs the npm dependencies (and builds, via the `prepare` script) when node_modules is
# missing or older than package-lock.json. Shared by scripts/start.sh and scripts/test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# npm writes node_modules/.package-lock.json at the end of every install; when package-lock.json
# is newer (or that file is missing) the installed tree may not match the lock.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  printf '\n==> install dependencies (npm ci; compiling sqlite3 takes about 2 minutes)\n'
  npm ci
fi
