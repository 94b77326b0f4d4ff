#!/usr/bin/env bash
# Benchmark: starts the whole stack on free ports with its own data dir (bench/.data, kept between
# runs so a 1M-row seed is paid once), seeds events, loads the triage list and report creation,
# prints p50/p95, throughput and the API/raw-SQL ratio, and always stops the stack.
#   bench/run.sh [--events 100000] [--concurrency 8] [--seconds 20]
# Needs the builds (make build). Results: bench/results/*.json
set -euo pipefail
. "$(dirname "$0")/../scripts/lib.sh"
cd "$ROOT"

DATA="$ROOT/bench/.data"
start_stack_in_background "$DATA" keep

[ -d bench/node_modules ] || npm --prefix bench ci --no-audit --no-fund
BENCH_API_URL="http://localhost:$APP_PORT" BENCH_KEYCLOAK_URL="http://localhost:$KC_PORT" BENCH_DB_PORT="$DB_PORT" \
  node bench/bench.mjs "$@"
