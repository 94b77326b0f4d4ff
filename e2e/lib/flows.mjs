// Shared steps of the end-to-end specs (e2e/specs/): API calls as demo users, the set-up of a learning
// response through the API, the people directory, UK dates, the NHS date input and a signed-in phone page.
import assert from 'node:assert/strict';
import { api, loginAs, newPhonePage } from './index.mjs';

/** A new phone page of `browser`, signed in through Keycloak as the demo user `username`. */
export async function signedInPhone(browser, username) {
  const page = await newPhonePage(browser);
  await loginAs(page, username);
  return page;
}

/** JSON through the API as a demo user; fails the test on an unexpected status. */
export async function call(username, method, path, body, expected = [200, 201]) {
  const res = await api(username, path, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  assert.ok(expected.includes(res.status), `${method} ${path}: HTTP ${res.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** The date `daysFromToday` days from now in UK time, as YYYY-MM-DD. */
export function ukDate(daysFromToday = 0) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + daysFromToday * 86_400_000));
}

/** Fills the NHS date input (Day, Month, Year) whose fieldset legend is `legend` with the ISO date `iso`. */
export async function fillDate(scope, legend, iso) {
  const [year, month, day] = iso.split('-');
  const group = scope.getByRole('group', { name: legend });
  await group.getByLabel('Day', { exact: true }).fill(String(Number(day)));
  await group.getByLabel('Month', { exact: true }).fill(String(Number(month)));
  await group.getByLabel('Year', { exact: true }).fill(year);
}

/** The person record of a demo user in the people directory, added by pat.pss when missing (once per database). */
export async function person(name, email, jobRole = 'Demo user') {
  const found = await call('pat.pss', 'GET', `/api/v1/people?search=${encodeURIComponent(email)}&size=100`);
  return found.items.find((p) => p.email.toLowerCase() === email)
    ?? await call('pat.pss', 'POST', '/api/v1/people', { name, email, jobRole });
}

/** The patient of the specs' severe harm events (a valid test NHS number). */
export const EXAMPLE_PATIENT = { name: 'Jane Example', nhsNumber: '9434765919', dateOfBirth: '1941-03-02' };

/**
 * sam.staff reports an incident through the API (the reporting pages have their own test); returns the event.
 * The defaults are a severe harm pressure ulcer in district nursing three days ago; `patient` and
 * `staffInvolved` are sent only when given.
 */
export async function reportEvent({
  daysAgo = 3,
  locationCode = 'LOC-DN-NORTH',
  categoryCode = 'pressure-ulcer',
  physicalHarm = 2,
  psychologicalHarm = 3,
  whatHappened = `E2E ${Date.now()}: grade 4 pressure ulcer found on the sacrum.`,
  patient,
  staffInvolved,
} = {}, expected = [200, 201]) {
  return call('sam.staff', 'POST', '/api/v1/events', {
    eventType: 'incident',
    occurredAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
    locationCode,
    categoryCode,
    physicalHarm,
    psychologicalHarm,
    whatHappened,
    patient,
    staffInvolved,
  }, expected);
}

/**
 * The panel of the specs' decisions, from the people directory (added by pat.pss when missing): Dr Alex Senior,
 * who chairs it and has no sign-in (so the Chief Nurse gives the chair's approval), and Bo Viability.
 */
export async function panel() {
  const chair = await person('Dr Alex Senior', 'alex.senior@example.nhs.uk', 'Deputy Chief Nurse');
  const member = await person('Bo Viability', 'bo.viability@example.nhs.uk', 'Tissue viability lead');
  return { chair, member };
}

/** How the decision form lists a person of the directory: their name and job role. */
export const personOption = (p) => (p.jobRole ? `${p.name} (${p.jobRole})` : p.name);

/**
 * A learning response in progress, set up through the API: sam.staff reports the event (the other options are
 * reportEvent's: daysAgo, locationCode, categoryCode, physicalHarm, psychologicalHarm, whatHappened, patient,
 * staffInvolved), pat.pss records the panel's decision of `responseType` (the panel from the people directory,
 * see panel()) and chris.chief approves it as chair. A response weaker than a PSII needs an event without death
 * or severe harm (the default event is severe harm: pass physicalHarm and psychologicalHarm of 3 or more).
 * A PSII is then verified by chris.chief (`verify`), who reads the response for its version; a response that
 * is not verified is read by pat.pss. Returns `{ event, responseId, reference }`.
 */
export async function learningResponse({
  responseType = 'psii',
  rationale = 'Severe harm under our care.',
  departureRationale,
  verify = responseType === 'psii',
  ...eventOptions
} = {}) {
  const event = await reportEvent(eventOptions);
  const { chair } = await panel();
  const decision = await call('pat.pss', 'POST', '/api/v1/decisions', {
    eventId: event.id,
    panelMembers: [{ personId: chair.id, chair: true }],
    responseType,
    rationale,
    departureRationale,
    minutes: 'Panel met and reviewed the report.',
  });
  const approved = await call('chris.chief', 'POST', `/api/v1/decisions/${decision.id}/chair-approval`, { version: decision.version });
  const response = await call(verify ? 'chris.chief' : 'pat.pss', 'GET', `/api/v1/responses/${approved.response.id}`);
  if (verify) {
    await call('chris.chief', 'POST', `/api/v1/responses/${response.id}/verification`, { version: response.version, comment: 'Verified.' });
  }
  return { event, responseId: response.id, reference: response.reference };
}
