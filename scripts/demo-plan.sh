#!/usr/bin/env bash
# Demo content, not a migration: puts a response plan in force on a running `make run` stack (demo
# realm only) through the API, as pat.pss (draft) and chris.chief (approval). Modelled on the
# trust's policy (an 18-month plan, RAPID assessment by the Chief Nurse, no negative impact), with
# a period that covers today (computed from `date`): from the first of the month six months ago
# (or the day after the last approved plan's period, if that ends later) for 18 months. When an
# approved plan already covers today, running it again adds a revision of it (same period) that
# supersedes the one in force. A plan in force whose period has ended shows "Review overdue".
#   scripts/demo-plan.sh            # PSIRF_PORT / KEYCLOAK_PORT as for make run
#   DEMO_PLAN_TODAY=2021-03-15 scripts/demo-plan.sh   # dates as if today were that day: a plan
#                                                      # long past its period shows "Review overdue"
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}

today="$(date -d "${DEMO_PLAN_TODAY:-today}" +%F)" || die "DEMO_PLAN_TODAY is not a date"
pss="$(token pat.pss)"
versions="$(curl -fsS -H "Authorization: Bearer $pss" "$APP/api/v1/response-plan/versions")" \
  || die "could not read the plan versions (is the stack running?)"
# An approved plan (the one in force first) covers today: revise it (versions of one plan share their start
# date, so the revision may keep its period).
current="$(jq -c --arg t "$today" 'map(select(.status != "draft" and .periodFrom <= $t and .periodTo >= $t))
  | sort_by(.status != "in-force") | first // empty' <<<"$versions")"
if [ -n "$current" ]; then
  from="$(jq -r .periodFrom <<<"$current")"; to="$(jq -r .periodTo <<<"$current")"
  review="$(jq -r .reviewDate <<<"$current")"
else
  from="$(date -d "$(date -d "$today" +%Y-%m-01) -6 months" +%F)"
  # Approved periods may not overlap: start after the last one that ended (none of them covers today).
  last_end="$(jq -r --arg t "$today" \
    'map(select(.status != "draft" and .periodTo < $t) | .periodTo) | max // empty' <<<"$versions")"
  if [ -n "$last_end" ] && [[ ! "$last_end" < "$from" ]]; then from="$(date -d "$last_end +1 day" +%F)"; fi
  to="$(date -d "$from +18 months -1 day" +%F)"
  review="$(date -d "$from +12 months" +%F)"
fi
assessed="$(date -d "$from -2 months" +%F)"
[[ ! "$from" > "$today" && ! "$to" < "$today" ]] || die "computed period $from to $to does not cover $today"

groups='[]'
for g in age disability race sex gender-reassignment sexual-orientation religion-or-belief \
         pregnancy-and-maternity marriage-and-civil-partnership environment other-groups; do
  groups="$(jq -c --arg g "$g" '. + [{group: $g, impact: "positive",
    comments: "Responses are chosen for learning, not by harm level alone; involvement is offered to everyone affected."}]' <<<"$groups")"
done

body="$(jq -n --argjson groups "$groups" --arg from "$from" --arg to "$to" --arg review "$review" \
  --arg assessed "$assessed" '{
  periodFrom: $from, periodTo: $to, reviewDate: $review,
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
  equalityImpact: {reviewerName: "Kate Howard", reviewerRole: "Chief Nurse", reviewedOn: $assessed, groups: $groups}
}')"

draft="$(curl -fsS -H "Authorization: Bearer $pss" -H 'Content-Type: application/json' -d "$body" \
  "$APP/api/v1/response-plan/versions")" || die "could not create the draft (is the stack running? a plan already there?)"
id="$(jq -r .id <<<"$draft")"
chief="$(token chris.chief)"
curl -fsS -H "Authorization: Bearer $chief" -H 'Content-Type: application/json' -d '{"version": 0}' \
  "$APP/api/v1/response-plan/versions/$id/approval" >/dev/null || die "could not approve version $id"
log "response plan version $(jq -r .number <<<"$draft") is in force, $from to $to (today $today): $APP/plan"
