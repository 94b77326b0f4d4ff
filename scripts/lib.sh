# Shared helpers for the scripts in this folder (sourced, not executed).
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="$ROOT/.tools"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_HOME="$TOOLS_DIR/keycloak-$KEYCLOAK_VERSION"
DEVDB_JAR="$ROOT/tools/devdb/target/devdb.jar"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# A Java 21+ runtime for Keycloak: $KEYCLOAK_JAVA_HOME, Temurin 25, any JDK >= 21 in
# /usr/lib/jvm, or $JAVA_HOME / java on PATH when they are new enough.
java_major() { "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'; }
find_java21() {
  local c
  for c in "${KEYCLOAK_JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
           /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64 /usr/lib/jvm/*/ "${JAVA_HOME:-}"; do
    c="${c%/}"
    [ -n "$c" ] && [ -x "$c/bin/java" ] || continue
    local m; m="$(java_major "$c")"
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then echo "$c"; return 0; fi
  done
  if command -v java >/dev/null; then
    local jh; jh="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    local m; m="$(java_major "$jh")"
    if [ -n "$m" ] && [ "$m" -ge 21 ]; then echo "$jh"; return 0; fi
  fi
  return 1
}

# A Java 17+ runtime for the backend and devdb (the default java is fine).
find_java17() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then echo "$JAVA_HOME"; return 0; fi
  command -v java >/dev/null || return 1
  dirname "$(dirname "$(readlink -f "$(command -v java)")")"
}

# The arguments scripts/stack.sh starts tools/devdb with, one a line: durable PostgreSQL (fsync, synchronous
# commit and full page writes on) unless PSIRF_DB_FAST is set, which only the e2e run's throwaway database does.
# tools/devdb's DurabilityTest starts devdb with exactly these, so it checks the database `make run` gets.
devdb_args() { # port data-dir
  printf '%s\n' --port "$1" --data "$2" --db psirf --db keycloak
  if [ -n "${PSIRF_DB_FAST:-}" ]; then printf '%s\n' --fast; fi
}

port_busy() { ss -Htln "sport = :$1" 2>/dev/null | grep -q .; }

# Prints a free TCP port (asks the kernel for one).
free_port() {
  python3 - <<'PY' 2>/dev/null || node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

# Starts scripts/stack.sh in the background on free ports with data dir $1, waits until it is ready,
# and stops it when the calling script exits. Sets APP_PORT, KC_PORT, DB_PORT. With $2 = "discard"
# the data dir is removed after a clean exit (kept with its logs when something failed).
start_stack_in_background() {
  STACK_DATA="$1"; STACK_DISCARD="${2:-}"
  mkdir -p "$STACK_DATA"
  APP_PORT="$(free_port)"; KC_PORT="$(free_port)"; DB_PORT="$(free_port)"
  while [ "$KC_PORT" = "$APP_PORT" ]; do KC_PORT="$(free_port)"; done
  while [ "$DB_PORT" = "$APP_PORT" ] || [ "$DB_PORT" = "$KC_PORT" ]; do DB_PORT="$(free_port)"; done
  STACK_PID=""
  trap _stop_background_stack EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  log "starting the stack: app $APP_PORT, Keycloak $KC_PORT, PostgreSQL $DB_PORT (logs $STACK_DATA/logs)"
  local t0=$SECONDS
  "$ROOT/scripts/stack.sh" up --data "$STACK_DATA" --app-port "$APP_PORT" --kc-port "$KC_PORT" --db-port "$DB_PORT" \
    > "$STACK_DATA/stack.out" 2>&1 &
  STACK_PID=$!
  until [ -f "$STACK_DATA/stack.ready" ]; do
    if ! kill -0 "$STACK_PID" 2>/dev/null; then
      echo "ERROR: the stack did not start:" >&2; cat "$STACK_DATA/stack.out" >&2; exit 1
    fi
    [ $((SECONDS - t0)) -lt 600 ] || { echo "ERROR: stack not ready after 600 s" >&2; cat "$STACK_DATA/stack.out" >&2; exit 1; }
    sleep 0.5
  done
  log "stack ready in $((SECONDS - t0)) s"
}

_stop_background_stack() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$STACK_PID" ] && kill -0 "$STACK_PID" 2>/dev/null; then
    kill -TERM "$STACK_PID" 2>/dev/null || true
    wait "$STACK_PID" 2>/dev/null || true
  fi
  if [ "$rc" = 0 ] && [ "$STACK_DISCARD" = discard ]; then rm -rf "$STACK_DATA"; else log "stack data and logs kept in $STACK_DATA"; fi
  exit "$rc"
}
