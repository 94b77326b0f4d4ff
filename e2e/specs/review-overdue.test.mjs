// End-to-end: scripts/demo-plan.sh puts in force a plan whose period covers today (its dates come from `date`).
// A plan in force past its period (demo-plan.sh with DEMO_PLAN_TODAY years ago) shows "Review overdue" on the
// patient safety specialist's home and on the plan page, until the script is run for today. Pages checked with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { baseUrl, expectAxeClean, keycloakUrl, launchBrowser } from '../lib/index.mjs';
import { call, signedInPhone, ukDate } from '../lib/flows.mjs';

const DEMO_PLAN = fileURLToPath(new URL('../../scripts/demo-plan.sh', import.meta.url));
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Runs scripts/demo-plan.sh against the stack under test, as `make run`'s user would. */
async function demoPlan(env = {}) {
  const { stdout, stderr } = await promisify(execFile)('bash', [DEMO_PLAN], {
    env: { ...process.env, PSIRF_PORT: new URL(baseUrl).port, KEYCLOAK_PORT: new URL(keycloakUrl).port, ...env },
    timeout: 60_000,
  });
  return stdout + stderr;
}

test('demo-plan.sh puts in force a plan covering today; a plan past its period shows "Review overdue"', async () => {
  const today = ukDate(0);
  const fiveYearsAgo = `${Number(today.slice(0, 4)) - 5}${today.slice(4, 8)}01`;

  // --- A plan put in force as if five years ago: its period has ended ---
  await demoPlan({ DEMO_PLAN_TODAY: fiveYearsAgo });
  const ended = await call('pat.pss', 'GET', '/api/v1/response-plan');
  assert.ok(ended.periodTo < today, `period ${ended.periodFrom} to ${ended.periodTo} has ended`);
  assert.equal(ended.reviewOverdue, true);

  const pat = await signedInPhone(browser, 'pat.pss');
  const callout = pat.getByTestId('plan-review-overdue');
  await callout.getByText('Review overdue', { exact: true }).waitFor();
  await callout.getByText(/its period has ended, so it is overdue for review/).waitFor();
  await expectAxeClean(pat, '/ (specialist, plan review overdue)');
  await callout.getByRole('link', { name: 'Review the response plan' }).click();
  await pat.waitForURL((url) => url.pathname === '/plan');
  await pat.getByRole('heading', { name: 'Version history' }).waitFor();
  assert.equal(await pat.getByText('Review overdue', { exact: true }).count(), 2, 'the callout and the status');
  await expectAxeClean(pat, '/plan (review overdue)');

  // --- The script run today: a plan whose period covers today, no review overdue ---
  const out = await demoPlan();
  const current = await call('sam.staff', 'GET', '/api/v1/response-plan');
  assert.ok(current.periodFrom <= today && today <= current.periodTo,
    `period ${current.periodFrom} to ${current.periodTo} covers ${today} (${out.trim()})`);
  assert.equal(current.reviewOverdue, false);
  assert.notEqual(current.id, ended.id);
  await pat.goto(`${baseUrl}/plan`);
  await pat.getByRole('heading', { name: 'Version history' }).waitFor();
  assert.equal(await pat.getByText('Review overdue', { exact: true }).count(), 0);
  await pat.context().close();
});
