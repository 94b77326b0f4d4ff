#!/usr/bin/env bash
# Runs the test suites (all by default, or the ones named: lint backend devdb frontend e2e), one
# summary line per suite, then the overall line "N passed, N failed". Exit 1 if anything failed.
# Each suite's full output: .test-stack/logs/<suite>.log (printed in part when it fails).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

MAKE="${MAKE:-make}"
LOGDIR="$ROOT/.test-stack/logs"
mkdir -p "$LOGDIR"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true NO_UPDATE_NOTIFIER=1 npm_config_update_notifier=false

SUMMARY=()
TOTAL_PASSED=0
TOTAL_FAILED=0

record() { # name passed failed detail seconds
  SUMMARY+=("$(printf '%-22s %s passed, %s failed%s  (%ss)' "$1:" "$2" "$3" "${4:+, $4}" "$5")")
  TOTAL_PASSED=$((TOTAL_PASSED + $2))
  TOTAL_FAILED=$((TOTAL_FAILED + $3))
}

show_tail() { echo "---- last lines of $1 ----"; tail -n "${2:-60}" "$1" | sed 's/\x1b\[[0-9;]*m//g'; echo "----"; }

strip() { sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1"; }

# (a) contract: the committed bundle is up to date, and it lints clean ------------------------
suite_lint() {
  local logf="$LOGDIR/lint.log" t0=$SECONDS rc=0
  log "contract: openapi.yaml is the bundle of contract/; redocly lint"
  if ! scripts/contract.sh --check >"$logf" 2>&1; then
    show_tail "$logf" 50
    record "contract lint" 0 1 "openapi.yaml is out of date: run make contract" $((SECONDS - t0))
    return
  fi
  # the sources (findings point at the file to edit) and the bundle (what is served)
  { $MAKE -s lint-deps &&
    tools/lint/node_modules/.bin/redocly lint contract/openapi.yaml openapi.yaml --config redocly.yaml; } >"$logf" 2>&1 || rc=$?
  local errors warnings
  errors="$(strip "$logf" | grep -oE 'failed with [0-9]+ error' | grep -oE '[0-9]+' | tail -1 || true)"
  warnings="$(strip "$logf" | grep -oE '[0-9]+ warnings?' | grep -oE '[0-9]+' | tail -1 || true)"
  errors="${errors:-0}"; warnings="${warnings:-0}"
  if [ "$rc" = 0 ] && [ "$warnings" = 0 ] && strip "$logf" | grep -qE 'descriptions? (is|are) valid'; then
    record "contract lint" 1 0 "contract/ and its bundle openapi.yaml clean" $((SECONDS - t0))
  else
    [ "$rc" != 0 ] && [ "$errors" = 0 ] && errors=1
    show_tail "$logf" 80
    record "contract lint" 0 1 "contract/ + openapi.yaml: $errors error(s), $warnings warning(s)" $((SECONDS - t0))
  fi
}

# A Maven project's `mvn verify` with its JUnit reports summed: label logfile project report-dir...
maven_suite() {
  local label="$1" logf="$2" project="$3" t0=$SECONDS rc=0
  shift 3
  rm -rf "$@"
  mvn -f "$project" -B -ntp -Dstyle.color=never verify -Dmaven.test.failure.ignore=true >"$logf" 2>&1 || rc=$?
  local tests passed failed skipped
  read -r tests passed failed skipped < <(node scripts/junit-summary.mjs "$@")
  local detail="$tests tests, $skipped skipped"
  if [ "$rc" != 0 ]; then
    failed=$((failed + 1)); detail="$detail, BUILD FAILED (mvn exit $rc)"
  fi
  if [ "$tests" = 0 ] && [ "$rc" = 0 ]; then
    failed=$((failed + 1)); detail="$detail, NO TESTS RAN"
  fi
  if [ "$failed" != 0 ]; then
    strip "$logf" | grep -E '^\[ERROR\]|FAIL|Tests run:.*Fail' | head -60 || true
    show_tail "$logf" 40
  fi
  record "$label" "$passed" "$failed" "$detail" $((SECONDS - t0))
}

# (b) backend: mvn verify (unit + @QuarkusTest); also builds the jar the e2e run uses ----
suite_backend() {
  log "backend: mvn -f backend verify"
  maven_suite "backend (mvn verify)" "$LOGDIR/backend.log" backend \
    backend/target/surefire-reports backend/target/failsafe-reports
}

# (b2) tools/devdb: the database `make run` starts is durable (fsync, synchronous commit, full page writes) --
suite_devdb() {
  log "devdb: mvn -f tools/devdb verify"
  maven_suite "dev database (devdb)" "$LOGDIR/devdb.log" tools/devdb tools/devdb/target/surefire-reports
}

# (c) frontend unit tests (vitest) ---------------------------------------------------
suite_frontend() {
  local logf="$LOGDIR/frontend.log" t0=$SECONDS rc=0
  log "frontend: npm --prefix frontend test"
  { $MAKE -s frontend-deps && npm --prefix frontend test; } >"$logf" 2>&1 || rc=$?
  local line passed failed skipped
  line="$(strip "$logf" | grep -E '^[[:space:]]*Tests[[:space:]]+[0-9]' | tail -1 || true)"
  passed="$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  failed="$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  skipped="$(grep -oE '[0-9]+ skipped' <<<"$line" | grep -oE '[0-9]+' || echo 0)"
  local detail="$skipped skipped"
  if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; detail="$detail, npm test exit $rc"; fi
  [ -z "$line" ] && detail="$detail, no vitest summary line found"
  [ "$failed" != 0 ] && show_tail "$logf" 80
  record "frontend (vitest)" "$passed" "$failed" "$detail" $((SECONDS - t0))
}

# (d) browser end-to-end -------------------------------------------------------------
suite_e2e() {
  local logf="$LOGDIR/e2e.log" t0=$SECONDS rc=0 tap="$LOGDIR/e2e.tap"
  rm -f "$tap"
  log "e2e: build what is missing, start the stack on free ports, node --test e2e/specs/"
  if ! $MAKE -s build e2e-deps >"$LOGDIR/e2e-build.log" 2>&1; then
    show_tail "$LOGDIR/e2e-build.log" 60
    record "browser e2e" 0 1 "not run: build failed (see .test-stack/logs/e2e-build.log)" $((SECONDS - t0))
    return
  fi
  E2E_TAP="$tap" scripts/e2e.sh >"$logf" 2>&1 || rc=$?
  local passed=0 failed=0 cancelled=0 skipped=0
  if [ -f "$tap" ]; then
    passed="$(grep -E '^# pass ' "$tap" | tail -1 | awk '{print $3}')"
    failed="$(grep -E '^# fail ' "$tap" | tail -1 | awk '{print $3}')"
    cancelled="$(grep -E '^# cancelled ' "$tap" | tail -1 | awk '{print $3}')"
    skipped="$(grep -E '^# skipped ' "$tap" | tail -1 | awk '{print $3}')"
  fi
  passed="${passed:-0}"; failed=$(( ${failed:-0} + ${cancelled:-0} )); skipped="${skipped:-0}"
  local detail="$skipped skipped"
  if [ "$rc" != 0 ] && [ "$failed" = 0 ]; then failed=1; detail="$detail, e2e run exit $rc"; fi
  [ "$failed" != 0 ] && show_tail "$logf" 120
  record "browser e2e" "$passed" "$failed" "$detail" $((SECONDS - t0))
}

suites=("$@")
[ ${#suites[@]} -gt 0 ] || suites=(lint backend devdb frontend e2e)
T0=$SECONDS
for s in "${suites[@]}"; do
  case "$s" in
    lint|backend|devdb|frontend|e2e) "suite_$s" ;;
    *) die "unknown suite $s (lint backend devdb frontend e2e)" ;;
  esac
done

echo
echo "==================== test summary ($((SECONDS - T0)) s) ===================="
printf '%s\n' "${SUMMARY[@]}"
echo "$TOTAL_PASSED passed, $TOTAL_FAILED failed"
[ "$TOTAL_FAILED" = 0 ]
