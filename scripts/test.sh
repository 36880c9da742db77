#!/usr/bin/env bash
# The project's test command: what `npm test` and `.ci/run` run, on a developer machine or on a
# clean clone. Installs dependencies when needed, makes sure the test servers exist, then builds,
# type-checks, lints and runs every test (unit and integration).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() {
  printf '\n==> %s\n' "$*"
}

bash scripts/ensure-deps.sh

step "ensure test servers (scripts/ensure-test-servers.sh)"
bash scripts/ensure-test-servers.sh

step "build (npm run build)"
npm run build

step "typecheck (npm run typecheck)"
npm run typecheck

step "lint (npm run lint)"
npm run lint

step "tests (vitest run)"
npx vitest run
