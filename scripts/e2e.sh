#!/usr/bin/env bash
# Browser end-to-end run: starts the whole stack (scripts/stack.sh) on free ports in a throwaway
# data dir, runs the harness self-test and `node --test e2e/specs/` against it, always stops the
# stack. Expects the builds to exist (make test-e2e builds them). Writes TAP to $E2E_TAP if set.
# The data dir (with the logs) is kept when something failed: .test-stack/e2e.*
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

mkdir -p "$ROOT/.test-stack"
DATA="$(mktemp -d "$ROOT/.test-stack/e2e.XXXXXX")"
TAP="${E2E_TAP:-$DATA/e2e.tap}"
export PSIRF_DB_FAST=1   # throwaway database: no fsync (Keycloak's schema creation is much faster)
after="discard"; [ -z "${E2E_KEEP:-}" ] || after="keep"
start_stack_in_background "$DATA" "$after"

# E2E_SPECS="e2e/specs/a.test.mjs e2e/specs/b.test.mjs" runs only those (while working on them).
specs=()
if [ -n "${E2E_SPECS:-}" ]; then
  for spec in $E2E_SPECS; do specs+=("$ROOT/$spec"); done
elif [ -d "$ROOT/e2e/specs" ]; then
  specs+=("$ROOT/e2e/specs/")
fi
E2E_BASE_URL="http://localhost:$APP_PORT" E2E_KEYCLOAK_URL="http://localhost:$KC_PORT" \
  timeout "${E2E_TIMEOUT:-1500}" node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$TAP" \
    "$ROOT/e2e/lib/selftest.test.mjs" "${specs[@]}"
