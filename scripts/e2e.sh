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
APP_PORT="$(free_port)"; KC_PORT="$(free_port)"; DB_PORT="$(free_port)"
while [ "$KC_PORT" = "$APP_PORT" ]; do KC_PORT="$(free_port)"; done
while [ "$DB_PORT" = "$APP_PORT" ] || [ "$DB_PORT" = "$KC_PORT" ]; do DB_PORT="$(free_port)"; done

STACK_PID=""
stop_stack() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$STACK_PID" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
  if [ "$rc" = 0 ] && [ -z "${E2E_KEEP:-}" ]; then rm -rf "$DATA"; else log "stack data and logs kept in $DATA"; fi
  exit "$rc"
}
trap stop_stack EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

export PSIRF_DB_FAST=1   # throwaway database: no fsync (Keycloak's schema creation is much faster)
log "starting the stack: app $APP_PORT, Keycloak $KC_PORT, PostgreSQL $DB_PORT (logs $DATA/logs)"
t0=$SECONDS
"$ROOT/scripts/stack.sh" up --data "$DATA" --app-port "$APP_PORT" --kc-port "$KC_PORT" --db-port "$DB_PORT" \
  > "$DATA/stack.out" 2>&1 &
STACK_PID=$!
until [ -f "$DATA/stack.ready" ]; do
  if ! kill -0 "$STACK_PID" 2>/dev/null; then
    echo "ERROR: the stack did not start:" >&2; cat "$DATA/stack.out" >&2; exit 1
  fi
  [ $((SECONDS - t0)) -lt 600 ] || { echo "ERROR: stack not ready after 600 s" >&2; cat "$DATA/stack.out" >&2; exit 1; }
  sleep 0.5
done
log "stack ready in $((SECONDS - t0)) s"

specs=()
[ -d "$ROOT/e2e/specs" ] && specs+=("$ROOT/e2e/specs/")
E2E_BASE_URL="http://localhost:$APP_PORT" E2E_KEYCLOAK_URL="http://localhost:$KC_PORT" \
  timeout "${E2E_TIMEOUT:-1500}" node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$TAP" \
    "$ROOT/e2e/lib/selftest.test.mjs" "${specs[@]}"
