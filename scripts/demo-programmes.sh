#!/usr/bin/env bash
# Demo content, not a migration: training programme sessions and a community of practice on a running `make run`
# stack (demo realm only), through the API. ivy.advisor keeps the programmes: each of the three programmes gets a
# session (restorative just culture two weeks ago, attended by sam.staff and cara.coach; challenging poor practice
# next week and the QI course in three weeks, with bookings), so the attendance shows in their training records and
# "Your next sessions" on their home pages; a community of practice with ivy.advisor and cara.coach has a reflective
# practice session and a note by cara.coach. People missing from the directory are added (as pat.pss). Running it
# again leaves what is there: a programme with sessions and an existing community are skipped.
#   scripts/demo-programmes.sh      # PSIRF_PORT / KEYCLOAK_PORT as for make run
set -euo pipefail
. "$(dirname "$0")/lib.sh"
APP="http://localhost:${PSIRF_PORT:-8080}"
KC="http://localhost:${KEYCLOAK_PORT:-8180}"
RESTORATIVE=7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0001
CHALLENGING=7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0002
QI_COURSE=7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0003
COMMUNITY="Compassionate care community of practice"

token() {
  curl -fsS -d grant_type=password -d client_id=psirf-cli -d "username=$1" -d password=psirf-demo \
    "$KC/realms/psirf/protocol/openid-connect/token" | jq -r .access_token
}
day() { date -d "$1" +%F; }

t="$(token pat.pss)" || die "could not sign in as pat.pss (is the stack running?)"
pss=(-H "Authorization: Bearer $t")
t="$(token ivy.advisor)" || die "could not sign in as ivy.advisor"
ivy=(-H "Authorization: Bearer $t")
t="$(token cara.coach)" || die "could not sign in as cara.coach"
cara=(-H "Authorization: Bearer $t")
json=(-H 'Content-Type: application/json')

# person NAME EMAIL JOB_ROLE: the person's directory id, adding them when the directory does not know them.
person() {
  local id
  id="$(curl -fsS "${pss[@]}" --get --data-urlencode "search=$2" "$APP/api/v1/people" \
    | jq -r --arg e "$2" '.items[] | select((.email | ascii_downcase) == ($e | ascii_downcase)) | .id' | head -n1)"
  if [ -z "$id" ]; then
    id="$(curl -fsS "${pss[@]}" "${json[@]}" -d "$(jq -n --arg n "$1" --arg e "$2" --arg j "$3" \
      '{name: $n, email: $e, jobRole: $j}')" "$APP/api/v1/people" | jq -r .id)" || die "could not add $1"
    log "added $1 to the people directory"
  fi
  printf '%s' "$id"
}

SAM="$(person "Sam Staff" sam.staff@example.nhs.uk "Staff nurse, district nursing")"
CARA="$(person "Cara Coach" cara.coach@example.nhs.uk "QI coach with lived experience")"
IVY="$(person "Ivy Advisor" ivy.advisor@example.nhs.uk "Improvement advisor")"

# session PROGRAMME DATE START END VENUE REGISTER_JSON: adds a session and saves its register, unless the programme
# already has sessions.
session() {
  local programme="$1" existing id version
  existing="$(curl -fsS "${ivy[@]}" "$APP/api/v1/programmes/$programme" | jq '.sessions | length')"
  if [ "$existing" != "0" ]; then
    log "$(curl -fsS "${ivy[@]}" "$APP/api/v1/programmes/$programme" | jq -r .title) already has sessions"
    return
  fi
  id="$(curl -fsS "${ivy[@]}" "${json[@]}" -d "$(jq -n --arg d "$2" --arg s "$3" --arg e "$4" --arg v "$5" \
    '{heldOn: $d, startsAt: $s, endsAt: $e, venue: $v, online: false, facilitator: "Ivy Advisor"}')" \
    "$APP/api/v1/programmes/$programme/sessions" | jq -r .id)" || die "could not add a session to $programme"
  version="$(curl -fsS "${ivy[@]}" "$APP/api/v1/programme-sessions/$id" | jq -r .version)"
  curl -fsS "${ivy[@]}" "${json[@]}" -X PUT -d "$(jq -c --argjson v "$version" '{version: $v, attendees: .}' <<<"$6")" \
    "$APP/api/v1/programme-sessions/$id/attendance" >/dev/null || die "could not save the register of $id"
  log "added a session on $2 to programme $programme"
}

session "$RESTORATIVE" "$(day '-14 days')" 13:00 15:00 "Education Centre, Room 1" \
  "[{\"personId\": \"$SAM\", \"status\": \"attended\"}, {\"personId\": \"$CARA\", \"status\": \"attended\"}]"
session "$CHALLENGING" "$(day '+7 days')" 09:30 12:30 "Education Centre, Room 2" \
  "[{\"personId\": \"$SAM\", \"status\": \"booked\"}, {\"personId\": \"$CARA\", \"status\": \"booked\"}, {\"personId\": \"$IVY\", \"status\": \"booked\"}]"
session "$QI_COURSE" "$(day '+21 days')" 09:00 16:30 "Quality Improvement Hub" \
  "[{\"personId\": \"$CARA\", \"status\": \"booked\"}]"

community="$(curl -fsS "${ivy[@]}" "$APP/api/v1/communities-of-practice" | jq -r --arg n "$COMMUNITY" '.[] | select(.name == $n) | .id')"
if [ -z "$community" ]; then
  community="$(curl -fsS "${ivy[@]}" "${json[@]}" -d "$(jq -n --arg n "$COMMUNITY" --arg i "$IVY" --arg c "$CARA" \
    '{name: $n, purpose: "Managers, coaches and advisors learning together about compassionate care, and about challenging poor practice and noticing good practice.", memberPersonIds: [$i, $c]}')" \
    "$APP/api/v1/communities-of-practice" | jq -r .id)" || die "could not start the community of practice"
  meeting="$(curl -fsS "${ivy[@]}" "${json[@]}" -d "$(jq -n --arg d "$(day '-7 days')" \
    '{kind: "reflective-practice", heldOn: $d, theme: "Noticing good practice", facilitator: "Ivy Advisor", notes: "We worked through scenario card 5 of the challenging poor practice module and what makes feedback on good practice specific."}')" \
    "$APP/api/v1/communities-of-practice/$community/meetings" | jq -r '.meetings[0].id')" || die "could not record the meeting"
  curl -fsS "${cara[@]}" "${json[@]}" -d '{"text": "I will name one piece of good practice at each coaching session this month."}' \
    "$APP/api/v1/communities-of-practice/$community/meetings/$meeting/notes" >/dev/null || die "could not add the note"
  log "started $COMMUNITY with a reflective practice session"
else
  log "$COMMUNITY is already there"
fi
log "programmes: $APP/programmes; communities of practice: $APP/communities-of-practice"
