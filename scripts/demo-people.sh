#!/usr/bin/env bash
# Demo content, not a migration: puts the demo users in the people directory with their training, on a
# running `make run` stack (demo realm only), through the API as pat.pss. lee.lead is a fully trained lead
# (levels 1 and 2, 2 days of learning from incidents, 6 hours of engagement training); pat.pss and
# chris.chief are trained overseers. Their e-mail addresses are those of keycloak/psirf-realm.dev.json,
# which is what links a person to their sign-in. Running it again leaves people already there as they are.
#   scripts/demo-people.sh          # PSIRF_PORT / KEYCLOAK_PORT as for make run
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}

pss="$(token pat.pss)" || die "could not sign in as pat.pss (is the stack running?)"
auth=(-H "Authorization: Bearer $pss")

# add_person NAME EMAIL JOB_ROLE TRAINING_JSON: adds the person unless their e-mail is already there, then
# records the training when their record has never been saved.
add_person() {
  local name="$1" email="$2" job="$3" training="$4" id version
  id="$(curl -fsS "${auth[@]}" --get --data-urlencode "search=$email" "$APP/api/v1/people" \
    | jq -r --arg e "$email" '.items[] | select((.email | ascii_downcase) == ($e | ascii_downcase)) | .id' | head -n1)"
  if [ -z "$id" ]; then
    id="$(curl -fsS "${auth[@]}" -H 'Content-Type: application/json' \
      -d "$(jq -n --arg n "$name" --arg e "$email" --arg j "$job" '{name: $n, email: $e, jobRole: $j}')" \
      "$APP/api/v1/people" | jq -r .id)" || die "could not add $name"
    log "added $name ($email)"
  else
    log "$name ($email) is already in the directory"
  fi
  version="$(curl -fsS "${auth[@]}" "$APP/api/v1/people/$id/training" | jq -r .version)"
  if [ "$version" = "0" ]; then
    curl -fsS "${auth[@]}" -H 'Content-Type: application/json' -X PUT \
      -d "$(jq -c '. + {version: 0}' <<<"$training")" "$APP/api/v1/people/$id/training" >/dev/null \
      || die "could not record the training of $name"
    log "recorded the training of $name"
  fi
}

add_person "Lee Lead" lee.lead@example.nhs.uk "Learning response lead, community nursing" \
  '{"level1CompletedOn": "2024-01-15", "level2CompletedOn": "2024-03-20", "learningFromIncidentsDays": 2,
    "engagementTrainingHours": 6, "oversightTrainingDays": 0}'
add_person "Pat Specialist" pat.pss@example.nhs.uk "Patient safety specialist" \
  '{"level1CompletedOn": "2023-06-01", "level2CompletedOn": "2023-09-12", "learningFromIncidentsDays": 2,
    "engagementTrainingHours": 6, "oversightTrainingDays": 1}'
add_person "Chris Chief-Nurse" chris.chief@example.nhs.uk "Chief Nurse" \
  '{"level1CompletedOn": "2023-05-10", "learningFromIncidentsDays": 2, "engagementTrainingHours": 0,
    "oversightTrainingDays": 1}'
# Coaching (issue 12): Cara is a QI coach with lived experience and holds no staff role; Ivy keeps the coach register.
NO_TRAINING='{"learningFromIncidentsDays": 0, "engagementTrainingHours": 0, "oversightTrainingDays": 0}'
add_person "Cara Coach" cara.coach@example.nhs.uk "QI coach with lived experience" "$NO_TRAINING"
add_person "Ivy Advisor" ivy.advisor@example.nhs.uk "Improvement advisor" "$NO_TRAINING"
log "people and training: $APP/people"
