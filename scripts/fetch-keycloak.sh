#!/usr/bin/env bash
# Fetches the Keycloak distribution from Maven Central into .tools/ (git-ignored) once.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

if [ -x "$KEYCLOAK_HOME/bin/kc.sh" ]; then
  exit 0
fi
mkdir -p "$TOOLS_DIR"
zip="$TOOLS_DIR/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
if [ ! -s "$zip" ]; then
  log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip (about 170 MB, once)"
  mvn -q -B -ntp -Dstyle.color=never dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      -DoutputDirectory="$TOOLS_DIR" -Dmdep.overWriteIfNewer=true
fi
log "unpacking Keycloak into $KEYCLOAK_HOME"
rm -rf "$KEYCLOAK_HOME.tmp" && mkdir -p "$KEYCLOAK_HOME.tmp"
unzip -q "$zip" -d "$KEYCLOAK_HOME.tmp"
# The zip holds one top folder keycloak-<version>/
mv "$KEYCLOAK_HOME.tmp/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
rmdir "$KEYCLOAK_HOME.tmp"
rm -f "$zip"
log "Keycloak $KEYCLOAK_VERSION ready in $KEYCLOAK_HOME"
