// End-to-end: a patient safety specialist drafts the response plan on a phone with a negative
// equality impact; the Chief Nurse cannot approve it until the full assessment is recorded; once
// approved, every role reads it. Every page is checked with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, expectAxeClean, launchBrowser } from '../lib/index.mjs';
import { signedInPhone } from '../lib/flows.mjs';

const GROUPS = [
  'Age', 'Disability', 'Race', 'Sex', 'Gender reassignment', 'Sexual orientation', 'Religion or belief',
  'Pregnancy and maternity', 'Marriage and civil partnership', 'Environment', 'Other identified groups',
];
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function openPlan(page) {
  await page.getByRole('link', { name: 'Response plan' }).click();
  await page.waitForURL((url) => url.pathname === '/plan');
  await page.getByRole('heading', { name: 'Version history' }).waitFor();
}

async function openVersion1(page) {
  await page.goto(`${baseUrl}/plan`);
  await page.getByRole('link', { name: 'Version 1', exact: true }).click();
  await page.waitForURL((url) => /^\/plan\/versions\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.getByRole('heading', { level: 1, name: /Version 1/ }).waitFor();
}

test('pat.pss drafts the response plan, chris.chief approves it after the full assessment, sam.staff reads it', async () => {
  const issue = `E2E ${Date.now()}: falls with moderate harm or worse in community hospitals`;

  // --- Pat drafts ---
  const pat = await signedInPhone(browser, 'pat.pss');
  await openPlan(pat);
  await pat.getByText('No response plan is in force yet.').waitFor();
  await expectAxeClean(pat, '/plan (none in force)');
  await pat.getByRole('button', { name: 'Start a new draft' }).click();
  await pat.waitForURL((url) => url.pathname === '/plan/new');
  await pat.getByRole('button', { name: 'Save draft', exact: true }).waitFor();
  await expectAxeClean(pat, '/plan/new');

  await pat.getByRole('button', { name: 'Save draft', exact: true }).click();
  await pat.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await expectAxeClean(pat, '/plan/new with errors');

  await pat.getByLabel('Start date', { exact: true }).fill('2026-09-01');
  await pat.getByLabel('End date', { exact: true }).fill('2028-02-29');
  await pat.getByLabel('Review date', { exact: true }).fill('2027-09-01');
  await pat.getByLabel('Issue', { exact: true }).fill(issue);
  await pat.getByLabel('Planned response', { exact: true }).selectOption({ label: 'After action review (AAR)' });
  await pat.getByLabel('Rationale', { exact: true }).fill('Three years of incidents and staff feedback.');
  await pat.getByLabel('Reviewer’s name', { exact: true }).fill('Kate Howard');
  await pat.getByLabel('Reviewer’s job role', { exact: true }).fill('Chief Nurse');
  await pat.getByLabel('Date of review', { exact: true }).fill('2026-07-01');
  for (const group of GROUPS) {
    const impact = group === 'Race' ? 'Negative' : 'Positive';
    await pat.getByRole('group', { name: group, exact: true }).getByLabel(impact, { exact: true }).check();
  }
  await pat.getByText('Full assessment required').waitFor();
  await expectAxeClean(pat, '/plan/new filled in');
  await pat.getByRole('button', { name: 'Save draft', exact: true }).click();
  await pat.waitForURL((url) => /^\/plan\/versions\/[0-9a-f-]{36}$/.test(url.pathname));
  await pat.getByRole('button', { name: 'Edit this draft' }).waitFor();
  await expectAxeClean(pat, '/plan/versions/:id (draft)');
  const draftPath = new URL(pat.url()).pathname;
  await pat.context().close();

  // --- Chris cannot approve yet ---
  const chris = await signedInPhone(browser, 'chris.chief');
  await openVersion1(chris);
  await chris.getByRole('button', { name: 'Approve', exact: true }).click();
  await chris.getByRole('heading', { name: 'This version cannot be approved yet' }).waitFor();
  await chris.getByRole('link', { name: /full Equality Impact Assessment/ }).waitFor();
  assert.equal(await chris.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')), true);
  await expectAxeClean(chris, '/plan/versions/:id approval refused');

  // --- Pat records the full assessment ---
  const pat2 = await signedInPhone(browser, 'pat.pss');
  await pat2.goto(`${baseUrl}${draftPath}/edit`);
  await pat2.getByLabel('Title', { exact: true }).fill('Full equality impact assessment of the response plan');
  await pat2.getByLabel('Date completed', { exact: true }).fill('2026-08-20');
  await pat2.getByLabel('Summary', { exact: true }).fill('Interpreters and translated leaflets for every involvement meeting.');
  await expectAxeClean(pat2, '/plan/versions/:id/edit');
  await pat2.getByRole('button', { name: 'Save draft', exact: true }).click();
  await pat2.waitForURL((url) => url.pathname === draftPath);
  await pat2.getByText('Full equality impact assessment of the response plan').waitFor();
  await pat2.context().close();

  // --- Chris approves ---
  await openVersion1(chris);
  await chris.getByRole('button', { name: 'Approve', exact: true }).click();
  await chris.getByText('Version 1 is approved and now in force.').waitFor();
  await expectAxeClean(chris, '/plan/versions/:id approved');
  await chris.context().close();

  // --- Sam reads the plan in force ---
  const sam = await signedInPhone(browser, 'sam.staff');
  await openPlan(sam);
  await sam.getByText(issue).waitFor();
  await sam.getByText('1 September 2026 to 29 February 2028').first().waitFor();
  assert.equal(await sam.getByRole('button', { name: 'Start a new draft' }).count(), 0);
  await expectAxeClean(sam, '/plan (staff)');
  await sam.context().close();
});

test('cara.coach reads the plan but cannot open the draft editor', async () => {
  const cara = await signedInPhone(browser, 'cara.coach');
  await openPlan(cara);
  await expectAxeClean(cara, '/plan (coach)');
  await cara.goto(`${baseUrl}/plan/new`);
  await cara.getByRole('heading', { name: 'You do not have access' }).waitFor();
  await cara.context().close();
});
