// End-to-end, on a phone: a safety improvement plan for a theme. The patient safety specialist starts it in
// the browser through the check-answers page, gathers a learning response into it, sees its progress at a
// glance and closes it with a note; the API then refuses to gather another response into the closed plan.
// The learning responses and the plan's owner are set up through the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, expectAxeClean, launchBrowser } from '../lib/index.mjs';
import { call, fillDate, learningResponse, signedInPhone, ukDate } from '../lib/flows.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A reported fall, decided as a swarm huddle and approved by the chair: a learning response in progress. */
function swarmHuddle() {
  return learningResponse({
    daysAgo: 2, locationCode: 'LOC-CH-RIVERSIDE', physicalHarm: 4, psychologicalHarm: 4,
    whatHappened: `E2E ${Date.now()}: patient found on the floor beside the bed.`,
    responseType: 'swarm-huddle',
    rationale: 'Learning while memories are fresh.',
    departureRationale: 'The panel chose a swarm huddle to learn quickly from a low-harm fall.',
  });
}

test('a theme plan is started through check answers, gathers a response, shows its progress and closes', async () => {
  const suffix = Date.now().toString(36);
  const owner = await call('pat.pss', 'POST', '/api/v1/people', {
    name: `Olive Owner ${suffix}`, email: `olive.owner.${suffix}@example.nhs.uk`, jobRole: 'Falls lead',
  });
  const response = await swarmHuddle();
  const another = await swarmHuddle();
  const title = `Fewer falls on community wards ${suffix}`;

  const pat = await signedInPhone(browser, 'pat.pss');
  await pat.getByRole('link', { name: 'Safety improvement plans', exact: true }).click();
  await pat.waitForURL((url) => url.pathname === '/improvement-plans');
  await pat.getByRole('heading', { level: 1, name: 'Safety improvement plans' }).waitFor();
  await pat.waitForLoadState('networkidle');
  await expectAxeClean(pat, '/improvement-plans');

  // --- Start the plan: questions, then check answers ---
  await pat.getByRole('link', { name: 'Start a safety improvement plan', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Start a safety improvement plan' }).waitFor();
  await pat.getByRole('button', { name: 'Continue', exact: true }).click();
  await pat.getByRole('alert').getByRole('link', { name: 'Enter the plan’s title' }).waitFor();
  await expectAxeClean(pat, '/improvement-plans/new with errors');
  await pat.getByLabel('Title', { exact: true }).fill(title);
  await pat.getByLabel('A theme', { exact: true }).check();
  await pat.getByLabel('Which theme?', { exact: true }).fill('Falls');
  await pat.getByLabel('Summary (optional)', { exact: true }).fill('Brings together the falls responses and their safety actions.');
  await pat.getByLabel('Owner', { exact: true }).selectOption(owner.id);
  await fillDate(pat, 'Review date', ukDate(90));
  await expectAxeClean(pat, '/improvement-plans/new');
  await pat.getByRole('button', { name: 'Continue', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Check the plan before you start it' }).waitFor();
  await pat.getByText(owner.name, { exact: true }).waitFor();
  await expectAxeClean(pat, '/improvement-plans/new?step=check');
  await pat.getByRole('button', { name: 'Start the plan', exact: true }).click();
  await pat.waitForURL((url) => /^\/improvement-plans\/[0-9a-f-]{36}$/.test(url.pathname));
  const planId = new URL(pat.url()).pathname.split('/').pop();
  await pat.getByRole('heading', { level: 1, name: title }).waitFor();
  await pat.getByText('Theme - Falls', { exact: true }).waitFor();

  // --- Gather the learning response ---
  await pat.getByLabel('Add a learning response', { exact: true }).selectOption(response.responseId);
  await pat.getByRole('button', { name: 'Add the learning response', exact: true }).click();
  await pat.getByText(`${response.reference} added to the plan.`).waitFor();
  await pat.getByRole('link', { name: response.reference, exact: true }).waitFor();
    await pat.getByText(/1 learning response$/).waitFor();
  await expectAxeClean(pat, '/improvement-plans/:id');

  // --- A safety action proposed into the plan, agreed, completed and found not effective ---
  await pat.getByRole('link', { name: 'Add a safety action', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Propose a safety action' }).waitFor();
  assert.equal(await pat.getByLabel('An improvement plan', { exact: true }).isChecked(), true);
  const actionTitle = `Falls risk check on every transfer ${suffix}`;
  await pat.getByLabel('Title', { exact: true }).fill(actionTitle);
  const actionOwner = pat.getByLabel('Owner', { exact: true });
  await actionOwner.locator('option', { hasText: owner.name }).first().waitFor({ state: 'attached' });
  await actionOwner.selectOption(owner.id);
  await pat.getByLabel('Measures', { exact: true }).fill('Falls within 72 hours of a transfer, per month');
  await fillDate(pat, 'Due date', ukDate(30));
  await pat.getByRole('button', { name: 'Continue', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Check the safety action before saving it' }).waitFor();
  await pat.getByRole('button', { name: 'Save the action', exact: true }).click();
  await pat.waitForURL((url) => /^\/actions\/[0-9a-f-]{36}$/.test(url.pathname));
  const actionId = new URL(pat.url()).pathname.split('/').pop();
  await pat.getByRole('button', { name: 'Agree the action', exact: true }).click();
  await pat.getByText('The action is agreed.').waitFor();
  let action = await call('pat.pss', 'GET', `/api/v1/safety-actions/${actionId}`);
  action = await call('pat.pss', 'POST', `/api/v1/safety-actions/${actionId}/progress`, {
    version: action.version, status: 'completed', note: 'Every transfer now starts with a falls risk check.',
  });
  await call('pat.pss', 'POST', `/api/v1/safety-actions/${actionId}/effectiveness-reviews`, {
    version: action.version, reviewedOn: ukDate(0), outcome: 'not-effective', evidence: 'Falls after transfers did not come down over the quarter.',
  });
  await pat.goto(`${baseUrl}/improvement-plans/${planId}`);
  await pat.getByRole('link', { name: actionTitle, exact: true }).waitFor();
  await pat.getByText(/1 of 1 actions? completed/).first().waitFor();
  await pat.getByText('1 not effective', { exact: true }).first().waitFor();
  await expectAxeClean(pat, '/improvement-plans/:id with an action');

  // --- The list shows its progress at a glance ---
  await pat.getByRole('link', { name: 'Safety improvement plans', exact: true }).click();
  const row = pat.getByRole('row').filter({ has: pat.getByRole('link', { name: title, exact: true }) });
  await row.getByText(/1 of 1 actions? completed/).waitFor();
  await row.getByText('1 not effective', { exact: true }).waitFor();
  await row.getByText(/1 learning response$/).waitFor();
  await row.getByRole('link', { name: title, exact: true }).click();

  // --- Close the plan ---
  await pat.getByRole('button', { name: 'Close the plan', exact: true }).click();
  await pat.getByRole('alert').getByRole('link', { name: 'Enter a closing note' }).waitFor();
  await pat.getByLabel('Closing note', { exact: true }).fill('The falls work is embedded in the wards’ routines.');
  await pat.getByRole('button', { name: 'Close the plan', exact: true }).click();
  await pat.getByRole('button', { name: 'Reopen the plan', exact: true }).waitFor();
  await pat.getByText('Closed', { exact: true }).first().waitFor();
  assert.equal(await pat.getByLabel('Add a learning response', { exact: true }).count(), 0);
  await expectAxeClean(pat, '/improvement-plans/:id closed');
  await pat.context().close();

  // --- A closed plan takes no more responses; what it gathered is kept ---
  const refused = await call('pat.pss', 'POST', `/api/v1/improvement-plans/${planId}/responses`, { responseId: another.responseId }, [409]);
  assert.equal(refused.errors?.[0]?.code, 'plan-closed', JSON.stringify(refused));
  const intoClosed = await call('pat.pss', 'POST', '/api/v1/safety-actions', {
    title: 'One more action', source: 'plan', planId, measures: [],
  }, [409]);
  assert.equal(intoClosed.errors?.[0]?.code, 'plan-closed', JSON.stringify(intoClosed));
  const plan = await call('pat.pss', 'GET', `/api/v1/improvement-plans/${planId}`);
  assert.equal(plan.status, 'closed');
  assert.deepEqual(plan.responses.map((r) => r.id), [response.responseId]);
  assert.deepEqual(plan.actions.map((a) => a.id), [actionId]);
});
