#!/usr/bin/env bash
# Demo content, not a migration: the coach register on a running `make run` stack (demo realm only), through the
# API as ivy.advisor. Cara Coach (cara.coach) is a coach with lived experience in Mental Health, supervised by Ivy
# six weeks ago with the next session agreed; Tom Okafor is a staff coach in Adult Community Services whose last
# supervision was four months ago, so Ivy's home shows "Coaches needing supervision (1)". Needs
# scripts/demo-people.sh first (Cara and Ivy in the directory). Running it again adds nothing twice.
#   scripts/demo-coaches.sh         # PSIRF_PORT / KEYCLOAK_PORT as for make run
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}

ivy="$(token ivy.advisor)" || die "could not sign in as ivy.advisor (is the stack running?)"
pss="$(token pat.pss)" || die "could not sign in as pat.pss"
auth=(-H "Authorization: Bearer $ivy")
json=(-H 'Content-Type: application/json')

# The day N months/days ago, as YYYY-MM-DD (GNU date).
ago() { date -u -d "$1 ago" +%F; }
from_now() { date -u -d "+$1" +%F; }

person_id() {
  curl -fsS "${auth[@]}" --get --data-urlencode "search=$1" "$APP/api/v1/people" \
    | jq -r --arg e "$1" '.items[] | select((.email | ascii_downcase) == ($e | ascii_downcase)) | .id' | head -n1
}

# The staff coach is added to the directory here (by the patient safety team, who keep it) when missing.
tom_email=tom.okafor@example.nhs.uk
if [ -z "$(person_id "$tom_email")" ]; then
  curl -fsS -H "Authorization: Bearer $pss" "${json[@]}" \
    -d '{"name": "Tom Okafor", "email": "tom.okafor@example.nhs.uk", "jobRole": "Ward manager and QI coach"}' \
    "$APP/api/v1/people" >/dev/null || die "could not add Tom Okafor to the directory"
  log "added Tom Okafor ($tom_email)"
fi

cara="$(person_id cara.coach@example.nhs.uk)"
ivy_person="$(person_id ivy.advisor@example.nhs.uk)"
tom="$(person_id "$tom_email")"
[ -n "$cara" ] && [ -n "$ivy_person" ] || die "Cara Coach or Ivy Advisor is not in the directory: run scripts/demo-people.sh first"

register() {
  local person="$1" kind="$2" directorate="$3" started="$4" id
  id="$(curl -fsS "${auth[@]}" "$APP/api/v1/coaches" | jq -r --arg p "$person" '.[] | select(.coach.personId == $p) | .id')"
  if [ -n "$id" ]; then
    echo "$id"
    return
  fi
  curl -fsS "${auth[@]}" "${json[@]}" \
    -d "$(jq -n --arg p "$person" --arg k "$kind" --argjson d "$directorate" --arg s "$started" \
      '{personId: $p, kind: $k, directorateId: $d, startedOn: $s}')" \
    "$APP/api/v1/coaches" | jq -r .id
}

# supervise COACH_ID HELD_ON NEXT_ON NOTES: records the session unless the coach already has one.
supervise() {
  local coach="$1" held="$2" next="$3" notes="$4" sessions
  sessions="$(curl -fsS "${auth[@]}" "$APP/api/v1/coaches/$coach" | jq '.sessions | length')"
  [ "$sessions" = "0" ] || return 0
  curl -fsS "${auth[@]}" "${json[@]}" \
    -d "$(jq -n --arg h "$held" --arg a "$ivy_person" --arg n "$notes" --arg x "$next" \
      '{heldOn: $h, advisorPersonId: $a, notes: $n} + (if $x == "" then {} else {nextSessionOn: $x} end)')" \
    "$APP/api/v1/coaches/$coach/supervision-sessions" >/dev/null || die "could not record supervision for $coach"
  log "recorded a supervision session on $held"
}

mental_health="$(curl -fsS "${auth[@]}" "$APP/api/v1/reference/directorates" | jq '.[] | select(.name == "Mental Health") | .id')"
community="$(curl -fsS "${auth[@]}" "$APP/api/v1/reference/directorates" | jq '.[] | select(.name == "Adult Community Services") | .id')"

cara_coach="$(register "$cara" lived-experience "$mental_health" "$(ago '5 months')")" || die "could not register Cara"
log "Cara Coach is on the register ($cara_coach)"
supervise "$cara_coach" "$(ago '6 weeks')" "$(from_now '2 weeks')" \
  "Reflected on Cara's first sessions with the Willow Ward team; agreed to bring a draft driver diagram next time."

tom_coach="$(register "$tom" staff "$community" "$(ago '14 months')")" || die "could not register Tom"
log "Tom Okafor is on the register ($tom_coach)"
supervise "$tom_coach" "$(ago '4 months')" "" "Talked through balancing coaching with ward duties."

log "coach register: $APP/coaches (Tom's supervision is overdue); Cara's coaching: $APP/my-coaching"
