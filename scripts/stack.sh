#!/usr/bin/env bash
# Runs the whole product locally: embedded PostgreSQL (tools/devdb), Keycloak (start-dev, demo
# realm) and the backend, which also serves the built SPA and /config.json. Used by `make run`
# (foreground, data in .data/) and by the end-to-end tests (throwaway dir, free ports).
#
#   scripts/stack.sh up   [--data DIR] [--app-port P] [--kc-port K] [--db-port D] [--no-backend]
#   scripts/stack.sh down [--data DIR]     # stops a stack started elsewhere with that data dir
#
# It builds nothing: the Makefile builds the backend jar, frontend/dist and tools/devdb, and
# fetches Keycloak (scripts/fetch-keycloak.sh). Ctrl-C / SIGTERM stops everything it started:
# backend, then Keycloak, then PostgreSQL (clean shutdown). Logs: DIR/logs/*.log.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

usage() { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-2}"; }

cmd="${1:-}"; [ -n "$cmd" ] || usage
shift
DATA="${PSIRF_DATA_DIR:-$ROOT/.data}"
APP_PORT="${PSIRF_PORT:-8080}"
KC_PORT="${KEYCLOAK_PORT:-8180}"
DB_PORT="${PSIRF_DB_PORT:-54329}"
WITH_BACKEND=1
while [ $# -gt 0 ]; do
  case "$1" in
    --data) DATA="$2"; shift 2 ;;
    --app-port) APP_PORT="$2"; shift 2 ;;
    --kc-port) KC_PORT="$2"; shift 2 ;;
    --db-port) DB_PORT="$2"; shift 2 ;;
    --no-backend) WITH_BACKEND=0; shift ;;
    -h|--help) usage 0 ;;
    *) echo "unknown argument: $1" >&2; usage ;;
  esac
done
mkdir -p "$DATA"
DATA="$(cd "$DATA" && pwd)"
LOGS="$DATA/logs"
PIDFILE="$DATA/stack.pid"
READYFILE="$DATA/stack.ready"

if [ "$cmd" = down ]; then
  [ -f "$PIDFILE" ] || die "no stack running for $DATA (no $PIDFILE)"
  pid="$(cat "$PIDFILE")"
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping stack (pid $pid)"
    kill -TERM "$pid"
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 0.5; done
    die "stack (pid $pid) did not stop within 60 s"
  fi
  rm -f "$PIDFILE"; exit 0
fi
[ "$cmd" = up ] || usage

# ---------------------------------------------------------------- preconditions
for p in "$APP_PORT" "$KC_PORT" "$DB_PORT"; do
  [[ "$p" =~ ^[0-9]+$ ]] || die "port '$p' is not a number"
done
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  die "a stack is already running with data dir $DATA (pid $(cat "$PIDFILE")); stop it first: scripts/stack.sh down --data $DATA"
fi
# True while pid $1 runs (a zombie counts as gone).
is_alive() { [ -n "$1" ] && [ -r "/proc/$1/stat" ] && ! awk '{ exit ($3 == "Z" ? 0 : 1) }' "/proc/$1/stat" 2>/dev/null; }
# Waits up to $2 seconds for pid $1 to exit.
wait_gone() { local i; for i in $(seq 1 $(($2 * 4))); do is_alive "$1" || return 0; sleep 0.25; done; return 1; }

stop_group() { # name pid seconds: TERM the process group (the process was started with setsid)
  local name="$1" pid="$2" secs="$3"
  is_alive "$pid" || return 0
  log "stopping $name (pid $pid)"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" "$secs"; then
    log "$name did not stop within ${secs}s: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

stop_postgres_leftover() { # a postmaster left by a killed devdb (kill -9 keeps it running)
  local pidf="$DATA/postgres/postmaster.pid" ppid
  [ -f "$pidf" ] || return 0
  ppid="$(head -1 "$pidf" 2>/dev/null || true)"
  if [[ "$ppid" =~ ^[0-9]+$ ]] && is_alive "$ppid" && grep -q postgres "/proc/$ppid/cmdline" 2>/dev/null; then
    log "stopping a PostgreSQL left running on $DATA/postgres (pid $ppid, fast shutdown)"
    kill -INT "$ppid" 2>/dev/null || true
    wait_gone "$ppid" 30 || { log "PostgreSQL $ppid did not stop: killing it"; kill -KILL "$ppid" 2>/dev/null || true; }
  fi
}

# Processes of an earlier run on this data dir whose stack.sh was killed (kill -9 leaves them):
# stop them first (recorded in stack.children as "pid marker").
CHILDREN="$DATA/stack.children"
stop_leftovers() {
  [ -f "$CHILDREN" ] || return 0
  local pid marker
  while read -r pid marker; do
    [[ "$pid" =~ ^[0-9]+$ ]] || continue
    if is_alive "$pid" && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker"; then
      log "stopping a leftover process of an earlier run (pid $pid, $marker)"
      if [ "$marker" = devdb.jar ]; then kill -TERM "$pid" 2>/dev/null || true
      else kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true; fi
      wait_gone "$pid" 60 || kill -KILL "$pid" 2>/dev/null || true
    fi
  done < <(tac "$CHILDREN")
  rm -f "$CHILDREN"
}
stop_leftovers
stop_postgres_leftover

busy=()
port_busy "$DB_PORT" && busy+=("PostgreSQL port $DB_PORT (PSIRF_DB_PORT)")
port_busy "$KC_PORT" && busy+=("Keycloak port $KC_PORT (KEYCLOAK_PORT)")
[ "$WITH_BACKEND" = 1 ] && port_busy "$APP_PORT" && busy+=("app port $APP_PORT (PSIRF_PORT)")
if [ ${#busy[@]} -gt 0 ]; then
  printf 'ERROR: port already in use: %s\n' "${busy[@]}" >&2
  echo "Choose other ports, e.g. PSIRF_PORT=8081 KEYCLOAK_PORT=8181 PSIRF_DB_PORT=54330 make run" >&2
  exit 1
fi
KC_JAVA="$(find_java21)" || die "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer and none was found (looked at KEYCLOAK_JAVA_HOME, /usr/lib/jvm/*, JAVA_HOME, java on PATH). Install e.g. openjdk-21 or Temurin 21+ and/or set KEYCLOAK_JAVA_HOME."
APP_JAVA="$(find_java17)" || die "no java found for the backend (needs Java 17+)"
[ -f "$DEVDB_JAR" ] || die "missing $DEVDB_JAR: run 'make devdb' (or 'make run', which builds everything)"
[ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || die "missing Keycloak in $KEYCLOAK_HOME: run scripts/fetch-keycloak.sh (make keycloak)"
BACKEND_JAR="${PSIRF_BACKEND_JAR:-$ROOT/backend/target/quarkus-app/quarkus-run.jar}"
SPA_DIR="${PSIRF_SPA_DIR:-$ROOT/frontend/dist}"
if [ "$WITH_BACKEND" = 1 ]; then
  [ -f "$BACKEND_JAR" ] || die "missing $BACKEND_JAR: run 'make backend'"
  [ -f "$SPA_DIR/index.html" ] || die "missing $SPA_DIR/index.html: run 'make frontend'"
fi

# ---------------------------------------------------------------- process handling
mkdir -p "$LOGS"
echo $$ > "$PIDFILE"
DB_PID=""; KC_PID=""; APP_PID=""
STOPPING=0

cleanup() {
  local rc=$?
  [ "$STOPPING" = 1 ] && return
  STOPPING=1
  trap - INT TERM HUP
  rm -f "$READYFILE"
  stop_group backend "$APP_PID" 30
  stop_group Keycloak "$KC_PID" 40
  if is_alive "$DB_PID"; then
    # TERM only the devdb JVM: its shutdown hook stops PostgreSQL with pg_ctl (fast, clean).
    log "stopping PostgreSQL (pid $DB_PID)"
    kill -TERM "$DB_PID" 2>/dev/null || true
    if ! wait_gone "$DB_PID" 60; then
      log "devdb did not stop within 60s: killing it"; kill -KILL -- "-$DB_PID" 2>/dev/null || true
    fi
    wait "$DB_PID" 2>/dev/null || true
  fi
  stop_postgres_leftover
  rm -f "$PIDFILE" "$CHILDREN"
  log "stopped"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

alive_or_die() { # name pid logfile
  is_alive "$2" && return 0
  echo "ERROR: $1 exited during start-up; last lines of $3:" >&2
  tail -n 40 "$3" >&2 || true
  exit 1
}

wait_http() { # name pid logfile url timeout
  local name="$1" pid="$2" logf="$3" url="$4" timeout="$5" start=$SECONDS
  while true; do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then return 0; fi
    alive_or_die "$name" "$pid" "$logf"
    if [ $((SECONDS - start)) -ge "$timeout" ]; then
      echo "ERROR: $name not ready after ${timeout}s ($url); last lines of $logf:" >&2
      tail -n 40 "$logf" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
}

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

# ---------------------------------------------------------------- PostgreSQL
t0=$(date +%s%N)
log "starting PostgreSQL on port $DB_PORT (data $DATA/postgres, log $LOGS/devdb.log)"
mapfile -t DEVDB_ARGS < <(devdb_args "$DB_PORT" "$DATA/postgres")
setsid "$APP_JAVA/bin/java" -Xmx128m -jar "$DEVDB_JAR" "${DEVDB_ARGS[@]}" >"$LOGS/devdb.log" 2>&1 < /dev/null &
DB_PID=$!
echo "$DB_PID devdb.jar" >> "$CHILDREN"
start=$SECONDS
until grep -q '^READY' "$LOGS/devdb.log" 2>/dev/null; do
  alive_or_die devdb "$DB_PID" "$LOGS/devdb.log"
  [ $((SECONDS - start)) -lt 120 ] || die "PostgreSQL not ready after 120 s (see $LOGS/devdb.log)"
  sleep 0.2
done
log "PostgreSQL ready in $(ms_since "$t0") ms"

# ---------------------------------------------------------------- Keycloak
t0=$(date +%s%N)
mkdir -p "$KEYCLOAK_HOME/data/import" "$KEYCLOAK_HOME/themes"
cp "$ROOT/keycloak/psirf-realm.dev.json" "$KEYCLOAK_HOME/data/import/psirf-realm.json"
if [ -d "$ROOT/keycloak/themes" ]; then
  for t in "$ROOT"/keycloak/themes/*/; do
    rm -rf "$KEYCLOAK_HOME/themes/$(basename "$t")"
    cp -r "$t" "$KEYCLOAK_HOME/themes/"
  done
fi
APP_URL="http://localhost:$APP_PORT"
KC_URL="http://localhost:$KC_PORT"
log "starting Keycloak on $KC_URL with $KC_JAVA (log $LOGS/keycloak.log)"
KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
PSIRF_PUBLIC_URL="$APP_URL" \
PSIRF_INTEGRATION_SECRET="${PSIRF_INTEGRATION_SECRET:-psirf-integration-demo-secret}" \
JAVA_HOME="$KC_JAVA" PATH="$KC_JAVA/bin:$PATH" \
setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev \
  --db=postgres --db-url="jdbc:postgresql://localhost:$DB_PORT/keycloak" \
  --db-username=postgres --db-password=postgres \
  --http-port="$KC_PORT" --hostname="$KC_URL" \
  --import-realm >"$LOGS/keycloak.log" 2>&1 < /dev/null &
KC_PID=$!
echo "$KC_PID kc.sh" >> "$CHILDREN"
wait_http Keycloak "$KC_PID" "$LOGS/keycloak.log" "$KC_URL/realms/psirf/.well-known/openid-configuration" 240
log "Keycloak ready in $(ms_since "$t0") ms"

# The realm is imported only once (it persists in the database). If the app port changed since,
# point the SPA client's redirect URIs at the current URL (admin API, bootstrap admin).
sync_spa_client() {
  local tok cid client
  tok="$(curl -fsS --max-time 10 -d grant_type=password -d client_id=admin-cli \
        --data-urlencode "username=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" \
        --data-urlencode "password=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" \
        "$KC_URL/realms/master/protocol/openid-connect/token" | jq -r .access_token)" || return 1
  client="$(curl -fsS --max-time 10 -H "Authorization: Bearer $tok" "$KC_URL/admin/realms/psirf/clients?clientId=psirf-spa" | jq '.[0]')" || return 1
  [ "$(jq -r .rootUrl <<<"$client")" = "$APP_URL" ] && return 0
  cid="$(jq -r .id <<<"$client")"
  log "updating psirf-spa redirect URIs to $APP_URL/*"
  jq --arg u "$APP_URL" '.rootUrl=$u | .redirectUris=[$u+"/*"] | .webOrigins=["+"] | .attributes["post.logout.redirect.uris"]=($u+"/*")' <<<"$client" |
    curl -fsS --max-time 10 -X PUT -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
      --data @- "$KC_URL/admin/realms/psirf/clients/$cid" >/dev/null
}
sync_spa_client || log "WARNING: could not check the psirf-spa client's redirect URIs (admin login failed); if sign-in fails with 'Invalid redirect uri', delete $DATA"

# ---------------------------------------------------------------- backend (+ SPA)
if [ "$WITH_BACKEND" = 1 ]; then
  t0=$(date +%s%N)
  log "starting the backend on $APP_URL (log $LOGS/backend.log)"
  PSIRF_PORT="$APP_PORT" \
  PSIRF_DB_URL="jdbc:postgresql://localhost:$DB_PORT/psirf" \
  PSIRF_DB_USER="${PSIRF_DB_USER:-postgres}" PSIRF_DB_PASSWORD="${PSIRF_DB_PASSWORD:-postgres}" \
  PSIRF_OIDC_URL="$KC_URL/realms/psirf" \
  PSIRF_SPA_DIR="$SPA_DIR" \
  setsid "$APP_JAVA/bin/java" ${PSIRF_JAVA_OPTS:-} -jar "$BACKEND_JAR" >"$LOGS/backend.log" 2>&1 < /dev/null &
  APP_PID=$!
  echo "$APP_PID quarkus-run.jar" >> "$CHILDREN"
  wait_http backend "$APP_PID" "$LOGS/backend.log" "$APP_URL/q/health/ready" 180
  log "backend ready in $(ms_since "$t0") ms"
fi

# ---------------------------------------------------------------- ready
{
  echo "PSIRF_URL=$APP_URL"
  echo "KEYCLOAK_URL=$KC_URL"
  echo "PSIRF_DB_PORT=$DB_PORT"
} > "$READYFILE"
cat <<EOF

================================================================================
  PSIRF Platform is running:  $( [ "$WITH_BACKEND" = 1 ] && echo "$APP_URL" || echo "(backend not started) Keycloak $KC_URL" )

  Demo users (password for all: psirf-demo)
    sam.staff      staff
    pat.pss        patient-safety-specialist, staff
    chris.chief    chief-nurse, staff
    lee.lead       learning-response-lead, staff
    cara.coach     coach
    priya.partner  patient-safety-partner
    wes.workforce  workforce-partner, staff
    ivy.advisor    improvement-advisor, staff

  Keycloak admin console: $KC_URL/admin  (admin / admin, dev only)
  Data: $DATA   Logs: $LOGS
  Press Ctrl-C to stop.
================================================================================
EOF

# Run until a signal arrives or a component dies.
while true; do
  for pair in "devdb:$DB_PID" "Keycloak:$KC_PID" "backend:$APP_PID"; do
    name="${pair%%:*}"; pid="${pair#*:}"
    if [ -n "$pid" ] && ! is_alive "$pid"; then
      log "ERROR: $name exited unexpectedly (see $LOGS); stopping the rest"
      exit 1
    fi
  done
  sleep 2 &
  wait $! || true
done
