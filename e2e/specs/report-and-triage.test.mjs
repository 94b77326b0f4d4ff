// End-to-end: a member of staff reports an incident from a phone, finds it in
// "My reports", and a patient safety specialist finds it in the triage queue.
// Every page is checked with axe. Labels follow docs/conventions.md.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, expectAxeClean, launchBrowser, loginAs, newPhonePage } from '../lib/index.mjs';

const PASSWORD = 'psirf-demo';
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Yesterday in UK time as YYYY-MM-DD (always in the past, whatever the time of day). */
function ukYesterday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() - 86_400_000));
}

async function continueTo(page, path) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
  await page.locator('h1').first().waitFor();
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor({ timeout: 30_000 });
}

test('sam.staff reports an incident and pat.pss finds it in the triage queue', async () => {
  const whatHappened = `E2E ${Date.now()}: category 2 pressure ulcer found on the left heel at a home visit.`;

  // --- Sam reports from a phone ---
  const page = await newPhonePage(browser);
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor();
  await expectAxeClean(page, 'home (signed out)');
  await loginAs(page, 'sam.staff', PASSWORD);
  await page.getByRole('link', { name: 'Report a patient safety event' }).waitFor();
  await expectAxeClean(page, 'home (staff)');

  await page.getByRole('link', { name: 'Report a patient safety event' }).click();
  await page.waitForURL((url) => url.pathname === '/report/event');
  await page.getByRole('group', { name: 'What kind of event are you reporting?' }).waitFor();
  await expectAxeClean(page, '/report/event');

  // Continue with nothing: the error summary takes focus and is accessible too.
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('nhsuk-error-summary')), true);
  await expectAxeClean(page, '/report/event with errors');

  await page.getByLabel('Incident', { exact: true }).check();
  await page.getByLabel('Date', { exact: true }).fill(ukYesterday());
  await page.getByLabel('Time', { exact: true }).fill('14:30');
  await page.getByLabel('Location', { exact: true }).selectOption({ index: 1 });
  await continueTo(page, '/report/details');
  await expectAxeClean(page, '/report/details');

  await page.getByLabel('Category', { exact: true }).selectOption({ index: 1 });
  await page.getByRole('group', { name: 'Physical harm' }).getByRole('radio').nth(1).check();
  await page.getByRole('group', { name: 'Psychological harm' }).getByRole('radio').first().check();
  await page.getByLabel('What happened', { exact: true }).fill(whatHappened);
  await page.getByLabel('Immediate actions taken', { exact: true }).fill('Repositioned, dressing applied, tissue viability referral made.');
  await continueTo(page, '/report/patient');
  await expectAxeClean(page, '/report/patient');

  await page.getByLabel('Yes', { exact: true }).check();
  await page.getByLabel('Patient name', { exact: true }).fill('Jane Example');
  await page.getByLabel('NHS number', { exact: true }).fill('943 476 5919');
  await page.getByLabel('Date of birth', { exact: true }).fill('1941-03-02');
  await page.getByLabel('Age bracket', { exact: true }).selectOption({ index: 1 });
  await expectAxeClean(page, '/report/patient with patient details');
  await continueTo(page, '/report/staff');
  await expectAxeClean(page, '/report/staff');

  await page.getByLabel('Role', { exact: true }).first().fill('District nurse');
  await continueTo(page, '/report/check');
  await page.getByRole('heading', { name: 'Check your answers before sending your report' }).waitFor();
  await expectAxeClean(page, '/report/check');

  await page.getByRole('button', { name: 'Send report', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/report/done');
  await page.getByRole('heading', { name: 'Report sent' }).waitFor();
  const reference = (await page.getByTestId('reference').textContent())?.trim();
  assert.match(reference ?? '', /^PSE-\d{4}-\d{6}$/);
  await expectAxeClean(page, '/report/done');

  // The draft is gone: a new report starts empty.
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('psirf.reportDraft.')).length), 0);

  // --- It is in My reports ---
  await page.getByRole('link', { name: 'My reports' }).first().click();
  await page.waitForURL((url) => url.pathname.startsWith('/my-reports'));
  if (new URL(page.url()).pathname !== '/my-reports') {
    // the confirmation links straight to the report; go to the list
    await page.getByRole('heading', { name: reference }).waitFor();
    await expectAxeClean(page, '/my-reports/:id');
    await page.goto(`${baseUrl}/my-reports`);
  }
  await page.getByRole('link', { name: reference, exact: true }).waitFor();
  await expectAxeClean(page, '/my-reports');
  await signOut(page);
  await page.context().close();

  // --- Pat triages ---
  const pss = await newPhonePage(browser);
  await loginAs(pss, 'pat.pss', PASSWORD);
  await pss.getByRole('link', { name: 'Triage queue' }).click();
  await pss.waitForURL((url) => url.pathname === '/triage');
  const row = pss.getByRole('link', { name: reference, exact: true });
  await row.waitFor();
  await expectAxeClean(pss, '/triage');

  await row.click();
  await pss.waitForURL((url) => /^\/triage\/[0-9a-f-]{36}$/.test(url.pathname));
  await pss.getByRole('heading', { level: 1, name: reference }).waitFor();
  await pss.getByText(whatHappened).waitFor();
  await pss.getByText('943 476 5919').waitFor();
  await pss.getByText('Jane Example').waitFor();
  await expectAxeClean(pss, '/triage/:id');
  await signOut(pss);
  await pss.context().close();
});

test('sam.staff opening /triage is told they do not have access', async () => {
  const page = await newPhonePage(browser);
  await loginAs(page, 'sam.staff', PASSWORD);
  await page.goto(`${baseUrl}/triage`);
  await page.getByRole('heading', { name: 'You do not have access' }).waitFor();
  assert.equal(await page.getByRole('table').count(), 0);
  await expectAxeClean(page, '/triage as staff');
  await page.context().close();
});
