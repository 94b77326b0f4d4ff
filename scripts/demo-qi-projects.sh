#!/usr/bin/env bash
# Demo content, not a migration: a QI project coached by cara.coach, on a running `make run` stack (demo realm
# only), through the API. Ivy Advisor sponsors it and Sam Staff is in its team; its outcome measure has 16 weekly
# values whose last six sit below the baseline median (a shift on the run chart), two PDSA cycles pinned to the chart,
# and no monthly update since it started three months ago (the update is overdue on Cara's and Ivy's home pages).
# Needs Cara Coach on the coach register (scripts/demo-coaches.sh); it adds Ivy, Sam and Cara to the people
# directory if they are missing. Running it again leaves the project as it is.
#   scripts/demo-qi-projects.sh          # PSIRF_PORT / KEYCLOAK_PORT as for make run
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"
TITLE="Fewer missed doses of time-critical medicines on Ward 7"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}

pss="$(token pat.pss)" || die "could not sign in as pat.pss (is the stack running?)"
cara="$(token cara.coach)" || die "could not sign in as cara.coach"

# person_id NAME EMAIL JOB_ROLE: the person's id in the directory, adding them when missing.
person_id() {
  local name="$1" email="$2" job="$3" id
  id="$(curl -fsS -H "Authorization: Bearer $pss" --get --data-urlencode "search=$email" "$APP/api/v1/people" \
    | jq -r --arg e "$email" '.items[] | select((.email | ascii_downcase) == ($e | ascii_downcase)) | .id' | head -n1)"
  if [ -z "$id" ]; then
    id="$(curl -fsS -H "Authorization: Bearer $pss" -H 'Content-Type: application/json' \
      -d "$(jq -n --arg n "$name" --arg e "$email" --arg j "$job" '{name: $n, email: $e, jobRole: $j}')" \
      "$APP/api/v1/people" | jq -r .id)" || die "could not add $name to the people directory"
    log "added $name ($email) to the people directory"
  fi
  printf '%s' "$id"
}

ivy_id="$(person_id "Ivy Advisor" ivy.advisor@example.nhs.uk "Improvement advisor, QI department")"
sam_id="$(person_id "Sam Staff" sam.staff@example.nhs.uk "Staff nurse, Ward 7")"
person_id "Cara Coach" cara.coach@example.nhs.uk "QI coach (lived experience)" >/dev/null

c=(-H "Authorization: Bearer $cara")
existing="$(curl -fsS "${c[@]}" "$APP/api/v1/qi-projects" | jq -r --arg t "$TITLE" '.[] | select(.title == $t) | .id' | head -n1)"
if [ -n "$existing" ]; then
  log "the QI project is already there: $APP/qi-projects/$existing"
  exit 0
fi
curl -fsS "${c[@]}" "$APP/api/v1/qi-projects/options" \
  | jq -e '.coaches[] | select(.name == "Cara Coach")' >/dev/null \
  || die "Cara Coach is not a current coach of the register: run scripts/demo-coaches.sh first"

started="$(date -u -d '3 months ago 5 days ago' +%F)"
project="$(jq -n --arg title "$TITLE" --arg ivy "$ivy_id" --arg sam "$sam_id" --arg started "$started" '{
  title: $title,
  aim: "By 31 March 2027, reduce missed doses of time-critical medicines on Ward 7 from 11 to 4 a week.",
  sponsorPersonId: $ivy, startedOn: $started, teamPersonIds: [$sam], coachIds: [],
  drivers: [
    {text: "Reliable supply of medicines on the ward", secondaryDrivers: [
      {text: "Time-critical stock checked every day", changeIdeas: ["Stock check at the 10 o'\''clock huddle", "Pharmacy top-up round at 2pm"]}]},
    {text: "Staff know which medicines are time-critical", secondaryDrivers: [
      {text: "Time-critical doses stand out on the drug round", changeIdeas: ["Red stickers on the medicine chart"]}]}]}')"
id="$(curl -fsS "${c[@]}" -H 'Content-Type: application/json' -d "$project" "$APP/api/v1/qi-projects" | jq -r .id)" \
  || die "could not start the QI project as cara.coach"
log "cara.coach started the QI project $id"

measure="$(curl -fsS "${c[@]}" -H 'Content-Type: application/json' -d '{"kind": "outcome",
  "name": "Missed doses of time-critical medicines", "unit": "doses a week", "direction": "decrease",
  "definition": "Doses of medicines on the trust time-critical list not given within 30 minutes of the prescribed time, a week",
  "baselinePoints": 10}' "$APP/api/v1/qi-projects/$id/measures" | jq -r '.measures[-1].id')" || die "could not add the measure"

# 16 weekly values ending last week: a baseline about a median of 11, then six weeks below it after the changes.
values=(10 12 11 13 9 12 10 11 12 10 7 6 6 5 5 4)
points="$(for i in "${!values[@]}"; do
  weeks_ago=$(( ${#values[@]} - i ))
  jq -n --arg d "$(date -u -d "$weeks_ago weeks ago" +%F)" --argjson v "${values[$i]}" \
    --arg note "$([ "$i" = 10 ] && echo 'Pharmacy top-up round started' || true)" \
    '{date: $d, value: $v} + (if $note == "" then {} else {note: $note} end)'
done | jq -s '{points: .}')"
curl -fsS "${c[@]}" -H 'Content-Type: application/json' -d "$points" \
  "$APP/api/v1/qi-projects/$id/measures/$measure/data-points" >/dev/null || die "could not add the values"
log "added 16 weekly values (a shift in the last six)"

cycle() {
  curl -fsS "${c[@]}" -H 'Content-Type: application/json' -d "$1" "$APP/api/v1/qi-projects/$id/pdsa-cycles" >/dev/null \
    || die "could not record a PDSA cycle"
}
first="$(date -u -d '6 weeks ago' +%F)"
second="$(date -u -d '3 weeks ago' +%F)"
cycle "$(jq -n --arg on "$first" --arg end "$(date -u -d '4 weeks ago' +%F)" --arg m "$measure" '{title: "Pharmacy top-up round at 2pm",
  plan: "Ask pharmacy to top up time-critical stock at 2pm on weekdays for two weeks; we predict fewer afternoon misses.",
  do: "The round ran every weekday; two days it came late.", study: "Missed doses fell from 11 to 7 a week, mostly in the afternoon.",
  act: "Adopt on weekdays; ask about a weekend round.", learnt: "Stock outs caused most afternoon misses.",
  startedOn: $on, endedOn: $end, measureId: $m, pinnedOn: $on}')"
cycle "$(jq -n --arg on "$second" --arg m "$measure" '{title: "Red stickers on time-critical medicine charts",
  plan: "Put a red sticker on the chart of every patient with a time-critical medicine for a week.",
  do: "Stickers used on all 28 beds.", study: "Nurses said the stickers helped; misses fell to 5 a week.",
  act: "Adapt: print the stickers into the chart.", learnt: "A visual cue on the chart works on a busy round.",
  startedOn: $on, measureId: $m, pinnedOn: $on}')"
log "recorded two PDSA cycles pinned to the run chart"
log "QI project (its monthly update overdue): $APP/qi-projects/$id"
