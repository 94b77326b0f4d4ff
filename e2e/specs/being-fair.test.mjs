// End-to-end, on a phone: the Being Fair tool, used jointly. Pat (patient safety specialist) opens it
// for a learning response naming Wes (workforce partner); nothing can be answered until Wes joins with
// his own sign-in; together they consider the three questions and answer the tool one question at a
// time to its deliberate harm end. Lee (lead) and Priya (patient safety partner) can neither reach it
// nor see a link to it; Chris (Chief Nurse) reads it. The learning response is set up through the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, baseUrl, expectAxeClean, launchBrowser } from '../lib/index.mjs';
import { call, learningResponse, person, signedInPhone } from '../lib/flows.mjs';

const DELIBERATE_HARM = 'Follow organisational guidance for appropriate action, including contacting any relevant external organisations';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Chooses an answer to the question the page asks (its legend starts with `start`) and continues. */
async function answer(page, start, label) {
  const question = page.getByRole('group', { name: new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await question.waitFor();
  await question.getByLabel(label, { exact: true }).check();
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/answers') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Continue', exact: true }).click(),
  ]);
  assert.equal(res.status(), 200, `${start}: HTTP ${res.status()} ${await res.text()}`);
}

test('the Being Fair tool is used jointly, follows the tool to its deliberate harm end, and stays hidden from others', async () => {
  await person('Pat Specialist', 'pat.pss@example.nhs.uk');
  const wes = await person('Wes Workforce', 'wes.workforce@example.nhs.uk');
  const { responseId, reference } = await learningResponse({
    daysAgo: 2, physicalHarm: 3, psychologicalHarm: 3,
    whatHappened: `E2E ${Date.now()}: a dressing was not changed for a week.`,
    responseType: 'swarm-huddle',
    rationale: 'A huddle will learn quickest.',
    departureRationale: 'The team involved can meet this week; a huddle will learn quickest.',
  });
  const staffName = `Dana Nurse ${Date.now()}`;

  // --- Pat opens the tool for the response, naming Wes ---
  const pat = await signedInPhone(browser, 'pat.pss');
  await pat.getByRole('link', { name: 'Being Fair tool', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Being Fair tool' }).waitFor();
  await pat.waitForLoadState('networkidle');
  await expectAxeClean(pat, '/being-fair (pat.pss)');
  await pat.goto(`${baseUrl}/being-fair/new?responseId=${responseId}`);
  await pat.getByRole('heading', { level: 1, name: 'Open the Being Fair tool' }).waitFor();
  const jointUser = pat.getByLabel('Workforce partner who will use the tool with you', { exact: true });
  await jointUser.locator('option', { hasText: 'Wes Workforce' }).first().waitFor({ state: 'attached' });
  await pat.getByRole('button', { name: 'Open the tool', exact: true }).click();
  await pat.getByRole('alert').getByText('Select the workforce partner who will use the tool with you').waitFor();
  await expectAxeClean(pat, '/being-fair/new with its error summary');
  assert.equal(await pat.getByLabel('Learning response', { exact: true }).inputValue(), responseId);
  await jointUser.selectOption(wes.id);
  await pat.getByLabel('Name of the member of staff concerned', { exact: true }).fill(staffName);
  await pat.getByLabel('Job role of the member of staff concerned', { exact: true }).fill('District nurse');
  await pat.getByRole('button', { name: 'Open the tool', exact: true }).click();
  await pat.waitForURL((url) => /^\/being-fair\/[0-9a-f-]{36}$/.test(url.pathname));
  const recordPath = new URL(pat.url()).pathname;
  const id = recordPath.split('/').pop();
  await pat.getByText(/Waiting for Wes Workforce to join/).waitFor();
  await pat.getByText(reference, { exact: true }).waitFor();
  await expectAxeClean(pat, '/being-fair/:id waiting for the joint user');

  // Nothing can be answered before Wes joins: the tool cannot be used by the patient safety team alone.
  const before = await call('pat.pss', 'GET', `/api/v1/being-fair/${id}`);
  const refused = await call('pat.pss', 'POST', `/api/v1/being-fair/${id}/answers`,
    { version: before.version, question: 'relates-to-incident', answer: 'yes' }, [409]);
  assert.equal(refused.errors[0].field, 'question');
  assert.equal(refused.errors[0].code, 'joint-use-required');

  // --- Wes signs in and joins, then they consider the three questions and the preconditions ---
  const wesPage = await signedInPhone(browser, 'wes.workforce');
  await wesPage.getByRole('link', { name: 'Being Fair tool', exact: true }).click();
  await wesPage.getByRole('link', { name: staffName, exact: true }).click();
  await wesPage.waitForURL((url) => url.pathname === recordPath);
  await wesPage.getByRole('button', { name: 'Join', exact: true }).click();
  await wesPage.getByRole('heading', { name: 'Before using the tool, consider the following questions' }).waitFor();
  await expectAxeClean(wesPage, '/being-fair/:id the questions to consider');
  await wesPage.getByLabel('Who is hurt?', { exact: true }).fill('The patient and their family; the nurse involved');
  await wesPage.getByLabel('What do they need?', { exact: true }).fill('Information on what happened; wellbeing support');
  await wesPage.getByLabel('Whose responsibility is it to meet that need?', { exact: true }).fill('Patient safety team; occupational health');
  await wesPage.getByRole('button', { name: 'Save and continue', exact: true }).click();
  await answer(wesPage, 'Do the concerns raised relate to a patient safety incident?', 'Yes');
  await expectAxeClean(wesPage, '/being-fair/:id a question');
  await answer(wesPage, 'Has a patient safety learning response that takes a systems-based approach been started or completed?', 'Yes');
  await answer(wesPage, 'Will the tool be used jointly by a member of the patient safety team and the workforce team?', 'Yes');
  await wesPage.getByRole('group', { name: /^1a\. / }).waitFor();
  await wesPage.context().close();

  // --- Pat answers the substitution, foresight and deliberate harm tests ---
  await pat.reload();
  await answer(pat, '1a. Does the learning response indicate', 'No');
  await answer(pat, '1b. Was the individual included when their peer group received relevant training?', 'Yes');
  await answer(pat, '1c. Have you considered the experience and background of the individual', 'Yes');
  await answer(pat, '1d. Was supervision in line with expected practice?', 'Yes');
  await answer(pat, '2a. Does the learning response identify any agreed protocols', 'Yes');
  await answer(pat, '2b. Does the learning response find these protocols to be workable', 'Yes');
  await answer(pat, 'Q3. Based on what is known, is there any suggestion of recklessness, wilful neglect or an intention to cause harm?', 'Yes');
  await pat.getByRole('heading', { name: /What the tool says to do/ }).waitFor();
  await pat.getByText(DELIBERATE_HARM).waitFor();
  assert.equal(await pat.getByRole('radio').count(), 0, 'no further question after the end');
  await pat.getByRole('button', { name: 'Revisit the tool', exact: true }).waitFor();
  await expectAxeClean(pat, '/being-fair/:id at the deliberate harm end');
  await pat.context().close();

  // --- Lee (lead) and Priya (partner): 403 from the API, and no link ---
  for (const username of ['lee.lead', 'priya.partner']) {
    assert.equal((await api(username, `/api/v1/being-fair/${id}`)).status, 403, `${username} GET the record`);
    assert.equal((await api(username, '/api/v1/being-fair')).status, 403, `${username} GET the list`);
    const page = await signedInPhone(browser, username);
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.getByRole('link', { name: 'Being Fair tool', exact: true }).count(), 0, `${username} sees no link`);
    await page.context().close();
  }

  // --- Chris (Chief Nurse) reads it, and changes nothing ---
  const chris = await signedInPhone(browser, 'chris.chief');
  await chris.getByRole('link', { name: 'Being Fair tool', exact: true }).click();
  await chris.getByRole('link', { name: staffName, exact: true }).click();
  await chris.waitForURL((url) => url.pathname === recordPath);
  await chris.getByText(DELIBERATE_HARM).waitFor();
  assert.equal(await chris.getByRole('button', { name: 'Revisit the tool' }).count(), 0);
  await expectAxeClean(chris, '/being-fair/:id (chris.chief)');
  await chris.context().close();
});
