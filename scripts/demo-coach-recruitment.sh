#!/usr/bin/env bash
# Demo content, not a migration: two candidates to be QI coaches with lived experience for ivy.advisor, on a
# running `make run` stack (demo realm only), through the API as ivy.advisor. Rosa Mendes has been given the job
# description and waits on the clinical director of her directorate; Daniel Osei is appointed to the bank (and so in
# the people directory) and waits on his directorate's induction. Running it again leaves a candidate already there
# as they are.
#   scripts/demo-coach-recruitment.sh     # PSIRF_PORT / KEYCLOAK_PORT as for make run
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}

ivy="$(token ivy.advisor)" || die "could not sign in as ivy.advisor (is the stack running?)"
auth=(-H "Authorization: Bearer $ivy")
days_ago() { date -u -d "$1 days ago" +%F; }

directorates="$(curl -fsS "${auth[@]}" "$APP/api/v1/reference/directorates")" || die "could not read the directorates"
first_directorate="$(jq -r '.[0].id' <<<"$directorates")"
second_directorate="$(jq -r '(.[1] // .[0]).id' <<<"$directorates")"

# candidate NAME EMAIL DIRECTORATE HEARD LIVED EXPRESSED_DAYS_AGO: the candidate's id; created only when no candidate
# of that name exists (then "new:" is put before the id, so that the steps are signed only once).
candidate() {
  local id
  id="$(curl -fsS "${auth[@]}" "$APP/api/v1/coach-candidates" | jq -r --arg n "$1" '.[] | select(.name == $n) | .id' | head -n1)"
  if [ -n "$id" ]; then
    log "$1 is already a candidate" >&2
    echo "$id"
    return
  fi
  id="$(curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg n "$1" --arg e "$2" --argjson d "$3" --arg h "$4" --arg l "$5" --arg on "$(days_ago "$6")" \
      '{name: $n, email: $e, directorateId: $d, heardFrom: $h, livedExperience: $l, expressedOn: $on}')" \
    "$APP/api/v1/coach-candidates" | jq -r .id)" || die "could not record the expression of interest of $1"
  log "recorded the expression of interest of $1" >&2
  echo "new:$id"
}

# sign ID STEP JSON: signs one step of the candidate's pathway.
sign() {
  curl -fsS "${auth[@]}" -H 'Content-Type: application/json' -d "$3" \
    "$APP/api/v1/coach-candidates/$1/steps/$2" >/dev/null || die "could not sign $2"
  log "  signed $2"
}

rosa="$(candidate "Rosa Mendes" rosa.mendes@example.com "$first_directorate" \
  "A poster in the community mental health team's waiting room" \
  "I have used community mental health services for ten years and I sit on the service user forum." 21)"
if [[ "$rosa" == new:* ]]; then
  sign "${rosa#new:}" job-description-given "{\"doneOn\": \"$(days_ago 14)\"}"
fi

daniel="$(candidate "Daniel Osei" daniel.osei@example.com "$second_directorate" \
  "Told about it by a QI coach at a carers' group" \
  "I care for my brother, who lives with a long-term physical health condition, and know the services well." 90)"
if [[ "$daniel" == new:* ]]; then
  id="${daniel#new:}"
  sign "$id" job-description-given "{\"doneOn\": \"$(days_ago 85)\"}"
  sign "$id" clinical-director-sign-off "{\"doneOn\": \"$(days_ago 70)\", \"signedBy\": \"Dr Amara Okafor\"}"
  sign "$id" people-participation-sign-off "{\"doneOn\": \"$(days_ago 60)\", \"signedBy\": \"Millie Smith\"}"
  sign "$id" programme-place "{\"doneOn\": \"$(days_ago 50)\", \"cohort\": \"Improvement Coaches Programme, cohort 14\", \"startsOn\": \"$(days_ago 40)\"}"
  sign "$id" bank-appointment "{\"doneOn\": \"$(days_ago 5)\"}"
fi
log "recruitment pathways: $APP/coach-recruitment"
