// End-to-end: every demo user signs in through the real Keycloak and sees only what their roles
// allow — on the home page (links) and from the API (the triage queue answers 200 or 403).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mayCall, rolesFor } from '../lib/contract.mjs';
import { api, baseUrl, demoUsers, expectAxeClean, launchBrowser, loginAs, newPhonePage } from '../lib/index.mjs';

// Which home links and API answers each demo user gets follows from the contract's x-psirf-roles (lib/contract.mjs).
/** Home links: each shown to those who may call its operations (as the SPA's homeLinks decides). */
function expectedLinks(roles) {
  const may = (...operations) => mayCall(roles, ...operations);
  const team = may('listTriageQueue');
  const leads = rolesFor('listLearningResponses').filter((role) => !rolesFor('listTriageQueue').includes(role));
  return {
    'Report a patient safety event': may('reportEvent'),
    'My reports': may('listMyReports'),
    'My training': may('getMyTraining', 'reportEvent'),
    'Triage queue': team,
    Cases: may('listCases'),
    'Audit trail': may('listAuditEntries'),
    'Duty of Candour': may('listCandour'),
    'People and training': may('listPeople', 'getPerson'),
    'Panel decisions': may('listDecisions', 'recordDecision'),
    'Learning responses': may('listLearningResponses', 'assignResponseTeam'),
    'My learning responses': roles.some((role) => leads.includes(role)),
    'Decisions awaiting approval': may('listDecisions', 'verifyPsii'),
    'PSIIs awaiting verification': may('listLearningResponses', 'verifyPsii'),
    'Safety actions': team && may('listSafetyActions'),
    'My actions': may('listMySafetyActions'),
    'Safety improvement plans': may('listImprovementPlans'),
    'Being Fair tool': may('listBeingFair'),
    'Oversight groups': team && may('listOversightGroups'),
    'My oversight groups': !team && may('listOversightGroups'),
    'Patient safety partners': may('listPatientSafetyPartners'),
    'My support and supervision': may('getMyPatientSafetyPartnership'),
    'QI projects': may('startQiProject'),
    'Coach register': may('listCoaches'),
    'Your coaching': may('getMyCoach'),
    'Coaching contracts': may('createCoachingContract'),
    'My coaching': !may('createCoachingContract') && may('listCoachingContracts'),
    'Shared coaching records': may('listSharedCoachingRecords'),
    'Recruiting coaches with lived experience': may('listCoachCandidates'),
    'Training programmes': may('listProgrammes'),
    'Communities of practice': may('listCommunitiesOfPractice'),
  };
}
/** GET paths and the operation each one is. */
const READS = {
  '/api/v1/events?size=1': 'listTriageQueue',
  '/api/v1/decisions?size=1': 'listDecisions',
  '/api/v1/candour': 'listCandour',
  '/api/v1/people?size=1': 'listPeople',
  '/api/v1/responses?size=1': 'listLearningResponses',
  '/api/v1/me/notifications': 'listMyNotifications',
  '/api/v1/safety-actions?size=1': 'listSafetyActions',
  '/api/v1/me/actions': 'listMySafetyActions',
  '/api/v1/improvement-plans?size=1': 'listImprovementPlans',
  '/api/v1/being-fair': 'listBeingFair',
  '/api/v1/oversight-groups': 'listOversightGroups',
  '/api/v1/patient-safety-partners': 'listPatientSafetyPartners',
};

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const [username, roles] of Object.entries(demoUsers)) {
  test(`${username} (${roles.join(', ')}) sees only what their roles allow`, async () => {
    const page = await newPhonePage(browser);
    try {
      await page.goto(`${baseUrl}/`);
      await loginAs(page, username);
      await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
      await page.locator('main h1').first().waitFor();
      // The links come from GET /api/v1/me; give the page a moment to render them before counting.
      await page.waitForLoadState('networkidle');
      for (const [name, shown] of Object.entries(expectedLinks(roles))) {
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), shown ? 1 : 0, `${name} link`);
      }
      await expectAxeClean(page, `home (${username})`);

      for (const [path, operation] of Object.entries(READS)) {
        assert.equal((await api(username, path)).status, mayCall(roles, operation) ? 200 : 403, `GET ${path} (${operation})`);
      }
      const me = await (await api(username, '/api/v1/me')).json();
      assert.deepEqual([...me.roles].sort(), [...roles].sort(), 'roles from the token');
    } finally {
      await page.context().close();
    }
  });
}
