// End-to-end, on a phone: the register of patient safety partners (policy §3.7). The patient safety specialist
// adds Priya Partner with her named supporting individual and records a supervision session; Priya, signed in
// through Keycloak, finds her support and supervision from the home page and nothing of the register itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, expectAxeClean, launchBrowser } from '../lib/index.mjs';
import { call, fillDate, person, signedInPhone, ukDate } from '../lib/flows.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('the patient safety team keeps the register and a partner sees only their own support and supervision', async () => {
  const priya = await person('Priya Partner', 'priya.partner@example.nhs.uk');
  const chris = await person('Chris Chief-Nurse', 'chris.chief@example.nhs.uk');
  const existing = (await call('pat.pss', 'GET', '/api/v1/patient-safety-partners')).find((p) => p.partner.personId === priya.id);

  const pat = await signedInPhone(browser, 'pat.pss');
  await pat.getByRole('link', { name: 'Patient safety partners', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Patient safety partners' }).waitFor();
  await expectAxeClean(pat, '/patient-safety-partners');
  if (existing) {
    await pat.goto(`${baseUrl}/patient-safety-partners/${existing.id}`);
  } else {
    await pat.getByRole('link', { name: 'Add a patient safety partner', exact: true }).click();
    await pat.getByRole('heading', { level: 1, name: 'Add a patient safety partner' }).waitFor();
    await pat.getByRole('button', { name: 'Add partner', exact: true }).click();
    await pat.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectAxeClean(pat, '/patient-safety-partners/new with errors');
    await pat.getByLabel('Patient safety partner', { exact: true }).selectOption(priya.id);
    await pat.getByLabel('Named supporting individual', { exact: true }).selectOption(chris.id);
    await fillDate(pat, 'Start date', ukDate(-200));
    await pat.getByLabel('Investigation oversight groups', { exact: true }).check();
    await pat.getByRole('button', { name: 'Add partner', exact: true }).click();
  }
  await pat.getByRole('heading', { level: 1, name: 'Priya Partner' }).waitFor();
  await pat.getByRole('heading', { name: 'Record a supervision session' }).waitFor();
  await fillDate(pat, 'Date of the session', ukDate(-1));
  await pat.getByLabel('Who was the session with?', { exact: true }).selectOption(chris.id);
  const note = `E2E ${Date.now()}: talked through the committee papers.`;
  await pat.getByLabel('Notes (optional)', { exact: true }).fill(note);
  await fillDate(pat, 'Date of the next session (optional)', ukDate(60));
  await pat.getByRole('button', { name: 'Record session', exact: true }).click();
  await pat.getByText('Supervision session recorded.').waitFor();
  await pat.getByText('Supervision up to date').first().waitFor();
  await expectAxeClean(pat, '/patient-safety-partners/:id');
  await pat.context().close();

  const partner = await signedInPhone(browser, 'priya.partner');
  assert.equal(await partner.getByRole('link', { name: 'Patient safety partners', exact: true }).count(), 0);
  await partner.getByRole('link', { name: 'My support and supervision', exact: true }).click();
  await partner.getByRole('heading', { level: 1, name: 'My support and supervision' }).waitFor();
  await partner.getByText('Your named supporting individual').waitFor();
  // The session is listed, but not the team's notes: they may name patients or staff (policy §3.7).
  await partner.getByText('Next session', { exact: true }).first().waitFor();
  assert.equal(await partner.getByText(note).count(), 0);
  await expectAxeClean(partner, '/my-partnership');
  await partner.context().close();

  await call('priya.partner', 'GET', '/api/v1/patient-safety-partners', undefined, [403]);
  const entry = await call('priya.partner', 'GET', '/api/v1/me/patient-safety-partner');
  assert.ok(entry.sessions.length > 0 && entry.sessions.every((s) => s.notes == null), JSON.stringify(entry.sessions));
  await call('priya.partner', 'GET', `/api/v1/patient-safety-partners/${entry.id}`, undefined, [403]);
});
