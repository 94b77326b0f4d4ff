#!/usr/bin/env bash
# Demo content, not a migration: coaching contracts for cara.coach on a running `make run` stack (demo realm only),
# through the API. Cara coaches Sam's team ("Ward 7 falls team", on the QI course) with four sessions held and one
# cancelled by the team, so its review after four sessions is due and its next meeting falls this week; and Lee Lead
# individually, agreed by both sides and awaiting its first session.
# Order: scripts/demo-people.sh, then scripts/demo-coaches.sh (puts Cara Coach on the coach register), then this.
# Running it again leaves contracts already there as they are.
#   scripts/demo-coaching.sh          # PSIRF_PORT / KEYCLOAK_PORT as for make run
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}
day() { date -d "$1" +%F; }

pss="$(token pat.pss)" || die "could not sign in as pat.pss (is the stack running?)"
cara="$(token cara.coach)" || die "could not sign in as cara.coach"
sam="$(token sam.staff)" || die "could not sign in as sam.staff"
lee="$(token lee.lead)" || die "could not sign in as lee.lead"

# person_id NAME EMAIL JOB: the directory's person with this e-mail, added (as pat.pss) when missing.
person_id() {
  local id
  id="$(curl -fsS -H "Authorization: Bearer $pss" --get --data-urlencode "search=$2" "$APP/api/v1/people" \
    | jq -r --arg e "$2" '.items[] | select((.email | ascii_downcase) == ($e | ascii_downcase)) | .id' | head -n1)"
  if [ -z "$id" ]; then
    id="$(curl -fsS -H "Authorization: Bearer $pss" -H 'Content-Type: application/json' \
      -d "$(jq -n --arg n "$1" --arg e "$2" --arg j "$3" '{name: $n, email: $e, jobRole: $j}')" \
      "$APP/api/v1/people" | jq -r .id)" || die "could not add $1 to the directory"
    log "added $1 to the directory"
  fi
  echo "$id"
}

# as TOKEN METHOD PATH [BODY]: one API call, its JSON answer on stdout.
as() {
  local t="$1" m="$2" p="$3"; shift 3
  curl -fsS -X "$m" -H "Authorization: Bearer $t" -H 'Content-Type: application/json' ${1:+-d "$1"} "$APP$p"
}

person_id "Cara Coach" cara.coach@example.nhs.uk "QI coach (lived experience)" >/dev/null
sam_id="$(person_id "Sam Staff" sam.staff@example.nhs.uk "Staff nurse, Ward 7")"
lee_id="$(person_id "Lee Lead" lee.lead@example.nhs.uk "Learning response lead, community nursing")"

existing="$(as "$cara" GET /api/v1/coaching/contracts)" \
  || die "cara.coach cannot list coaching contracts: is she on the coach register? Run scripts/demo-coaches.sh first"

# agree ID: Cara accepts the ground rules, then the coachee (token $2) does.
agree() {
  local v
  v="$(as "$cara" GET "/api/v1/coaching/contracts/$1" | jq -r .version)"
  v="$(as "$cara" POST "/api/v1/coaching/contracts/$1/acceptances" "{\"version\": $v}" | jq -r .version)"
  as "$2" POST "/api/v1/coaching/contracts/$1/acceptances" "{\"version\": $v}" >/dev/null
}

if jq -e '.[] | select(.title == "Ward 7 falls team")' <<<"$existing" >/dev/null; then
  log "Cara's contract with the Ward 7 falls team is already there"
else
  id="$(as "$cara" POST /api/v1/coaching/contracts "$(jq -n --arg p "$sam_id" '{coacheeKind: "team",
    coacheePersonId: $p, teamName: "Ward 7 falls team", aims: ["share-knowledge", "explore-challenges",
    "encourage", "reflect-on-learning"], frequency: "About monthly", sessionMinutes: 60,
    venue: "Ward 7 seminar room", onQiCourse: true}')" | jq -r .id)" || die "could not draft the Ward 7 contract"
  agree "$id" "$sam"
  session() { # HELD_ON START FINISH TOPIC NEXT
    as "$cara" POST "/api/v1/coaching/contracts/$id/records" "$(jq -n --arg d "$1" --arg s "$2" --arg f "$3" \
      --arg t "$4" --arg n "$5" '{heldOn: $d, mode: "in-person", startsAt: $s, finishesAt: $f, topic: $t,
      actions: [{action: "Bring the week'"'"'s falls tally", owner: "Sam Staff"}], nextMeetingOn: $n}')" >/dev/null
  }
  session "$(day '-16 weeks')" 14:00 15:00 "What the team wants to improve: falls at night" "$(day '-12 weeks')"
  session "$(day '-12 weeks')" 14:00 15:00 "Aim statement and a driver diagram" "$(day '-8 weeks')"
  as "$cara" POST "/api/v1/coaching/contracts/$id/records" "$(jq -n --arg d "$(day '-8 weeks')" \
    --arg r "$(day '-7 weeks')" '{heldOn: $d, mode: "in-person", cancelled: true, cancelledBy: "coachee",
    rescheduledTo: $r, rescheduledBy: "coachee"}')" >/dev/null
  session "$(day '-7 weeks')" 14:00 15:00 "Choosing a weekly measure" "$(day '-3 weeks')"
  session "$(day '-3 weeks')" 14:00 15:00 "First PDSA: a night-time comfort round" "$(day 'friday')"
  log "Cara's contract with the Ward 7 falls team: 4 sessions held, review due"
fi

if jq -e '.[] | select(.title == "Lee Lead")' <<<"$existing" >/dev/null; then
  log "Cara's contract with Lee Lead is already there"
else
  id="$(as "$cara" POST /api/v1/coaching/contracts "$(jq -n --arg p "$lee_id" '{coacheeKind: "individual",
    coacheePersonId: $p, aims: ["advise-on-application", "maximise-impact", "inspire"], venue: "Teams call"}')" \
    | jq -r .id)" || die "could not draft the contract with Lee Lead"
  agree "$id" "$lee"
  log "Cara's contract with Lee Lead: agreed, awaiting its first session"
fi
log "coaching: $APP/coaching"
