#!/usr/bin/env bash
# Demo content, not a migration: puts a response plan in force on a running `make run` stack (demo
# realm only) through the API, as pat.pss (draft) and chris.chief (approval). Modelled on the
# trust's policy: 18 months from September 2023, RAPID assessment by the Chief Nurse, no negative
# impact. Running it again adds a revision of the same plan (same start date) that supersedes it.
#   scripts/demo-plan.sh            # PSIRF_PORT / KEYCLOAK_PORT as for make run
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}

groups='[]'
for g in age disability race sex gender-reassignment sexual-orientation religion-or-belief \
         pregnancy-and-maternity marriage-and-civil-partnership environment other-groups; do
  groups="$(jq -c --arg g "$g" '. + [{group: $g, impact: "positive",
    comments: "Responses are chosen for learning, not by harm level alone; involvement is offered to everyone affected."}]' <<<"$groups")"
done

body="$(jq -n --argjson groups "$groups" '{
  periodFrom: "2023-09-01", periodTo: "2025-02-28", reviewDate: "2025-02-01",
  nationalRequirements: [
    {issue: "Deaths thought more likely than not due to problems in care", responseType: "psii",
     rationale: "National requirement (PSIRF)"},
    {issue: "Never Events", responseType: "psii", rationale: "National requirement (PSIRF)"},
    {issue: "Deaths of patients detained under the Mental Health Act", responseType: "referral",
     rationale: "Referred for independent investigation as nationally required"}],
  localPriorities: [
    {categoryCode: "pressure-ulcer", issue: "Category 3 and 4 or unstageable pressure ulcers acquired in our care",
     responseType: "multi-incident-review", rationale: "Most reported harm over three years of incidents and complaints",
     improvementLink: "Pressure ulcer prevention QI collaborative"},
    {categoryCode: "fall", issue: "Falls with moderate harm or worse in community hospitals",
     responseType: "after-action-review", rationale: "Staff survey and incident themes",
     improvementLink: "Falls safety improvement plan"},
    {categoryCode: "medication", issue: "Insulin administration errors in district nursing",
     responseType: "swarm-huddle", rationale: "Quick learning while memories are fresh"},
    {categoryCode: "documentation", issue: "Documentation incidents with no harm",
     responseType: "no-further-learning-response", rationale: "Covered by existing audit and improvement work"}],
  equalityImpact: {reviewerName: "Kate Howard", reviewerRole: "Chief Nurse", reviewedOn: "2023-07-01", groups: $groups}
}')"

pss="$(token pat.pss)"
draft="$(curl -fsS -H "Authorization: Bearer $pss" -H 'Content-Type: application/json' -d "$body" \
  "$APP/api/v1/response-plan/versions")" || die "could not create the draft (is the stack running? a plan already there?)"
id="$(jq -r .id <<<"$draft")"
chief="$(token chris.chief)"
curl -fsS -H "Authorization: Bearer $chief" -H 'Content-Type: application/json' -d '{"version": 0}' \
  "$APP/api/v1/response-plan/versions/$id/approval" >/dev/null || die "could not approve version $id"
log "response plan version $(jq -r .number <<<"$draft") is in force: $APP/plan"
