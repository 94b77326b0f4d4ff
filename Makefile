# PSIRF Platform: `make run` (the whole product on one URL) and `make test` (every suite).
# Builds are incremental: a step runs only when its output is missing or older than its sources.
SHELL := /bin/bash
.DEFAULT_GOAL := help

BACKEND_JAR := backend/target/quarkus-app/quarkus-run.jar
DEVDB_JAR   := tools/devdb/target/devdb.jar
FRONTEND_SRC := frontend/src frontend/public frontend/scripts frontend/index.html frontend/package.json \
                frontend/package-lock.json frontend/vite.config.ts frontend/tsconfig.json openapi.yaml
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: help run build backend frontend frontend-deps devdb keycloak e2e-deps lint-deps \
        contract test test-lint test-backend test-devdb test-frontend test-e2e stop clean clean-data outdated

help: ## this list
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: build ## build what is missing, then run PostgreSQL + Keycloak + backend/SPA in the foreground (Ctrl-C stops)
	@scripts/stack.sh up

build: backend frontend devdb keycloak ## build backend jar, frontend/dist, tools/devdb; fetch Keycloak

backend: ## backend/target/quarkus-app (mvn package -DskipTests)
	@if scripts/stale.sh $(BACKEND_JAR) backend/pom.xml backend/src; then \
	  echo "building the backend (mvn -f backend package -DskipTests)"; \
	  mvn -f backend -q -B -ntp -Dstyle.color=never package -DskipTests; \
	fi

frontend-deps:
	@if scripts/stale.sh frontend/node_modules/.package-lock.json frontend/package-lock.json; then \
	  echo "installing frontend dependencies (npm ci)"; npm --prefix frontend ci --no-audit --no-fund; \
	fi

frontend: frontend-deps ## frontend/dist (vite build)
	@if scripts/stale.sh frontend/dist/index.html $(FRONTEND_SRC); then \
	  echo "building the frontend (npm run build)"; npm --prefix frontend run build; \
	fi

devdb: ## tools/devdb/target/devdb.jar (embedded PostgreSQL 17)
	@if scripts/stale.sh $(DEVDB_JAR) tools/devdb/pom.xml tools/devdb/src; then \
	  echo "building tools/devdb"; mvn -f tools/devdb -q -B -ntp -Dstyle.color=never package -DskipTests; \
	fi

keycloak: ## fetch Keycloak into .tools/ (once)
	@scripts/fetch-keycloak.sh

e2e-deps:
	@if scripts/stale.sh e2e/node_modules/.package-lock.json e2e/package-lock.json; then \
	  npm --prefix e2e ci --no-audit --no-fund; \
	fi

lint-deps:
	@if scripts/stale.sh tools/lint/node_modules/.package-lock.json tools/lint/package-lock.json; then \
	  npm --prefix tools/lint ci --no-audit --no-fund; \
	fi

contract: ## bundle contract/ (the contract's sources) into the root openapi.yaml (Redocly bundle)
	@scripts/contract.sh

test: ## every suite: contract lint, backend verify, devdb durability, frontend unit, browser e2e; one line each + total
	@scripts/test-all.sh lint backend devdb frontend e2e

test-lint: ## contract: openapi.yaml is the bundle of contract/, and it lints clean (redocly)
	@scripts/test-all.sh lint
test-backend: ## mvn -f backend verify
	@scripts/test-all.sh backend
test-devdb: ## mvn -f tools/devdb verify: the database `make run` starts is durable
	@scripts/test-all.sh devdb
test-frontend: ## npm --prefix frontend test
	@scripts/test-all.sh frontend
test-e2e: ## browser end-to-end suite on a throwaway stack
	@scripts/test-all.sh e2e

stop: ## stop a `make run` stack started in another terminal
	@scripts/stack.sh down

clean: ## remove build outputs (keeps .data/ and .tools/)
	rm -rf backend/target frontend/dist tools/devdb/target .test-stack

clean-data: ## delete the local database and Keycloak data of `make run` (.data/)
	rm -rf .data

outdated: ## list newer releases of what we pin (asks the registries; not part of make test)
	@scripts/outdated.sh
