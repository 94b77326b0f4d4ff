// End-to-end: every demo user signs in through the real Keycloak and sees only what their roles
// allow — on the home page (links) and from the API (the triage queue answers 200 or 403).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, baseUrl, demoUsers, expectAxeClean, launchBrowser, loginAs, newPhonePage } from '../lib/index.mjs';

const STAFF_LINKS = ['Report a patient safety event', 'My reports', 'My training'];
const TRIAGE_LINKS = ['Triage queue', 'Cases', 'Audit trail', 'Duty of Candour', 'People and training'];
const TRIAGE_ROLES = ['patient-safety-specialist', 'chief-nurse'];
const SPECIALIST_LINKS = ['Panel decisions', 'Learning responses'];
const CHIEF_NURSE_LINKS = ['Decisions awaiting approval', 'PSIIs awaiting verification'];
const LEAD_LINKS = ['My learning responses'];
// Issue 5: safety actions and plans, the Being Fair tool, oversight groups and the partner register.
const ACTION_OWNER_ROLES = ['staff', 'patient-safety-specialist', 'chief-nurse', 'learning-response-lead', 'workforce-partner', 'improvement-advisor'];
const BEING_FAIR_ROLES = ['patient-safety-specialist', 'workforce-partner', 'chief-nurse'];
const PLAN_ROLES = [...TRIAGE_ROLES, 'learning-response-lead'];

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

for (const [username, roles] of Object.entries(demoUsers)) {
  const reports = roles.includes('staff');
  const triages = roles.some((role) => TRIAGE_ROLES.includes(role));

  test(`${username} (${roles.join(', ')}) sees only what their roles allow`, async () => {
    const page = await newPhonePage(browser);
    try {
      await page.goto(`${baseUrl}/`);
      await loginAs(page, username);
      await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
      await page.locator('main h1').first().waitFor();
      // The links come from GET /api/v1/me; give the page a moment to render them before counting.
      await page.waitForLoadState('networkidle');
      for (const name of STAFF_LINKS) {
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), reports ? 1 : 0, `${name} link`);
      }
      for (const name of TRIAGE_LINKS) {
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), triages ? 1 : 0, `${name} link`);
      }
      for (const name of SPECIALIST_LINKS) {
        const expected = roles.includes('patient-safety-specialist') ? 1 : 0;
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), expected, `${name} link`);
      }
      for (const name of LEAD_LINKS) {
        const expected = roles.includes('learning-response-lead') ? 1 : 0;
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), expected, `${name} link`);
      }
      for (const name of CHIEF_NURSE_LINKS) {
        const expected = roles.includes('chief-nurse') ? 1 : 0;
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), expected, `${name} link`);
      }
      const holds = (list) => roles.some((role) => list.includes(role));
      const linkCounts = {
        'Safety actions': triages,
        'My actions': holds(ACTION_OWNER_ROLES),
        'Safety improvement plans': holds(PLAN_ROLES),
        'Being Fair tool': holds(BEING_FAIR_ROLES),
        'Oversight groups': triages,
        'My oversight groups': !triages && roles.includes('patient-safety-partner'),
        'Patient safety partners': triages,
        'My support and supervision': roles.includes('patient-safety-partner'),
      };
      for (const [name, shown] of Object.entries(linkCounts)) {
        assert.equal(await page.getByRole('link', { name, exact: true }).count(), shown ? 1 : 0, `${name} link`);
      }
      await expectAxeClean(page, `home (${username})`);

      const queue = await api(username, '/api/v1/events?size=1');
      assert.equal(queue.status, triages ? 200 : 403, 'GET /api/v1/events');
      const decisions = await api(username, '/api/v1/decisions?size=1');
      assert.equal(decisions.status, triages ? 200 : 403, 'GET /api/v1/decisions');
      const candour = await api(username, '/api/v1/candour');
      assert.equal(candour.status, triages ? 200 : 403, 'GET /api/v1/candour');
      const people = await api(username, '/api/v1/people?size=1');
      assert.equal(people.status, triages ? 200 : 403, 'GET /api/v1/people');
      const responses = await api(username, '/api/v1/responses?size=1');
      const readsResponses = triages || roles.includes('learning-response-lead');
      assert.equal(responses.status, readsResponses ? 200 : 403, 'GET /api/v1/responses');
      const notifications = await api(username, '/api/v1/me/notifications');
      assert.equal(notifications.status, reports ? 200 : 403, 'GET /api/v1/me/notifications');
      const statuses = {
        '/api/v1/safety-actions?size=1': holds([...TRIAGE_ROLES, 'learning-response-lead']),
        '/api/v1/me/actions': holds(ACTION_OWNER_ROLES),
        '/api/v1/improvement-plans?size=1': holds(PLAN_ROLES),
        '/api/v1/being-fair': holds(BEING_FAIR_ROLES),
        '/api/v1/oversight-groups': holds([...TRIAGE_ROLES, 'patient-safety-partner']),
        '/api/v1/patient-safety-partners': triages,
      };
      for (const [path, allowed] of Object.entries(statuses)) {
        assert.equal((await api(username, path)).status, allowed ? 200 : 403, `GET ${path}`);
      }
      const me = await (await api(username, '/api/v1/me')).json();
      assert.deepEqual([...me.roles].sort(), [...roles].sort(), 'roles from the token');
    } finally {
      await page.context().close();
    }
  });
}
