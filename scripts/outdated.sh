#!/usr/bin/env bash
# Lists newer releases of what we pin (not part of `make test`; it asks the registries, so it needs the network):
# the Maven properties of the backend and tools/devdb (patch releases only, e.g. quarkus.version 3.33.2 -> 3.33.x),
# the Keycloak distribution, and the npm packages of the frontend, the e2e suite, the contract linter and the
# benchmark. A version listed here may still be only partly served by the registry: try it with `make test` before
# pinning it (docs/versions.md says which pins were chosen and why).
set -uo pipefail
. "$(dirname "$0")/lib.sh"
cd "$ROOT"

# 2.18.0 is the newest versions-maven-plugin that runs on Maven 3.8 (2.19+ need Maven 3.9).
VERSIONS_PLUGIN=org.codehaus.mojo:versions-maven-plugin:2.18.0
for pom in backend tools/devdb; do
  log "Maven: newer patch releases of the versions pinned in $pom/pom.xml"
  mvn -f "$pom" -B -ntp -Dstyle.color=never "$VERSIONS_PLUGIN:display-property-updates" \
    "$VERSIONS_PLUGIN:display-dependency-updates" \
    -DprocessDependencyManagement=false -DallowMajorUpdates=false -DallowMinorUpdates=false \
    | grep -E -- '->|No dependencies|newer versions' || true
done

log "Keycloak: newer patch releases of the distribution pinned in scripts/lib.sh ($KEYCLOAK_VERSION)"
kc_pom="$(mktemp -d)/pom.xml"
cat >"$kc_pom" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>keycloak-pin</artifactId><version>0</version>
  <dependencies><dependency><groupId>org.keycloak</groupId><artifactId>keycloak-quarkus-dist</artifactId>
    <version>$KEYCLOAK_VERSION</version><type>pom</type></dependency></dependencies>
</project>
POM
mvn -f "$kc_pom" -B -ntp -Dstyle.color=never "$VERSIONS_PLUGIN:display-dependency-updates" \
  -DallowMajorUpdates=false -DallowMinorUpdates=false | grep -E -- '->|No dependencies' || true

for dir in frontend e2e tools/lint bench; do
  log "npm: $dir (current = pinned, wanted = newest the range allows, latest = newest published)"
  npm --prefix "$dir" outdated --no-fund || true
done
