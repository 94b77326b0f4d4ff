// End-to-end, on a phone: a patient safety partner sees their oversight group's work de-identified and nothing
// more. Through the API: a learning response from an event with a known patient, and Priya Partner in the people
// directory. In the browser: the patient safety specialist creates the Quality Improvement & Safety Committee,
// adds Priya, previews the summary for oversight that names the patient (everything identifying withheld and
// marked) and assigns the response with it; Priya signs in through Keycloak,
// follows "My oversight groups" and opens the response: "Patient A", never the patient's name or NHS number.
// Another response, not in her group, is refused by the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectAxeClean, launchBrowser } from '../lib/index.mjs';
import { call, learningResponse, person, signedInPhone } from '../lib/flows.mjs';

const GROUP_NAME = 'Quality Improvement & Safety Committee';
const PATIENT_NAME = 'Ottoline Quarterbridge';
const NHS_NUMBER = '9434765919';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A severe harm event about a known patient, decided as a PSII and verified: the response, in progress. */
function verifiedPsii(patient) {
  return learningResponse({
    whatHappened: `E2E ${Date.now()}: ${patient.name} was found with a grade 4 pressure ulcer.`,
    patient,
    staffInvolved: [{ role: 'District nurse', name: 'Dorothea Nightwell', staffType: 5 }],
  });
}

test('a patient safety partner sees their group’s learning response de-identified, and nothing outside it', async () => {
  const priya = await person('Priya Partner', 'priya.partner@example.nhs.uk', 'Patient safety partner');
  const patient = { name: PATIENT_NAME, nhsNumber: NHS_NUMBER, dateOfBirth: '1941-03-02', address: '17 Wisteria Gardens, Ambleworth' };
  const { responseId, reference } = await verifiedPsii(patient);
  const other = await verifiedPsii({ name: 'Bartholomew Other', nhsNumber: NHS_NUMBER });

  // --- Pat creates the committee, adds Priya and assigns the response ---
  const pat = await signedInPhone(browser, 'pat.pss');
  await pat.getByRole('link', { name: 'Oversight groups', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Oversight groups' }).waitFor();
  await expectAxeClean(pat, '/oversight-groups');
  await pat.getByRole('link', { name: 'Create an oversight group', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: 'Create an oversight group' }).waitFor();
  await expectAxeClean(pat, '/oversight-groups/new');
  await pat.getByLabel('Name of the group', { exact: true }).fill(GROUP_NAME);
  await pat.getByLabel('Purpose (optional)', { exact: true }).fill('Oversees learning responses and safety improvement plans for the board.');
  await pat.getByRole('button', { name: 'Create group', exact: true }).click();
  await pat.getByRole('heading', { level: 1, name: GROUP_NAME }).waitFor();
  const groupId = new URL(pat.url()).pathname.split('/').pop();

  await pat.getByLabel('Person', { exact: true }).selectOption(priya.id);
  await pat.getByLabel('Role in the group', { exact: true }).fill('patient safety partner');
  await pat.getByRole('button', { name: 'Add member', exact: true }).click();
  await pat.getByRole('button', { name: 'Remove Priya Partner', exact: true }).waitFor();

  await pat.getByLabel('Learning response', { exact: true }).selectOption(responseId);
  await pat.getByLabel('Summary for oversight (optional)', { exact: true }).fill(
    `${PATIENT_NAME} (NHS number 943 476 5919, born 2 March 1941) of 17 Wisteria Gardens was found by Dorothea Nightwell. The learning is about skin checks on rescheduled visits.`,
  );
  // before saving, Pat sees exactly what partners will see: the patient, the NHS number, the date and the address
  // withheld and marked
  await pat.getByRole('button', { name: 'Preview what partners will see', exact: true }).click();
  const preview = pat.getByTestId('summary-preview');
  await preview.waitFor();
  const previewText = await preview.innerText();
  for (const identifier of [PATIENT_NAME, 'Quarterbridge', '943 476 5919', '2 March 1941', 'Wisteria', 'Nightwell']) {
    assert.ok(!previewText.includes(identifier), `${identifier} in the preview: ${previewText}`);
  }
  assert.ok(previewText.includes('The learning is about skin checks on rescheduled visits.'), previewText);
  assert.ok((await preview.locator('mark').count()) >= 4, previewText);
  await expectAxeClean(pat, '/oversight-groups/:id (summary preview)');
  await pat.getByRole('button', { name: 'Assign response', exact: true }).click();
  await pat.getByRole('link', { name: reference, exact: true }).waitFor();
  await expectAxeClean(pat, '/oversight-groups/:id (patient safety specialist)');
  await pat.context().close();

  // --- Priya follows her groups to the response ---
  const priyaPage = await signedInPhone(browser, 'priya.partner');
  await priyaPage.getByRole('link', { name: 'My oversight groups', exact: true }).click();
  await priyaPage.getByRole('heading', { level: 1, name: 'My oversight groups' }).waitFor();
  await expectAxeClean(priyaPage, '/oversight-groups (partner)');
  await priyaPage.getByRole('link', { name: GROUP_NAME, exact: true }).click();
  await priyaPage.getByRole('heading', { level: 1, name: GROUP_NAME }).waitFor();
  await expectAxeClean(priyaPage, '/oversight-groups/:id (partner)');
  await priyaPage.getByRole('link', { name: reference, exact: true }).click();
  await priyaPage.waitForURL((url) => url.pathname === `/oversight-groups/${groupId}/responses/${responseId}`);
  await priyaPage.getByRole('heading', { level: 1, name: reference }).waitFor();
  await priyaPage.getByText('The learning is about skin checks on rescheduled visits.', { exact: false }).waitFor();
  await expectAxeClean(priyaPage, '/oversight-groups/:id/responses/:responseId (partner)');

  const text = await priyaPage.locator('body').innerText();
  assert.ok(text.includes('Patient A'), text);
  assert.ok(text.includes(reference), text);
  for (const identifier of ['Ottoline', 'Quarterbridge', 'Wisteria', 'Dorothea', 'Nightwell', '2 March 1941']) {
    assert.ok(!text.toLowerCase().includes(identifier.toLowerCase()), `${identifier} shown to a partner: ${text}`);
  }
  assert.ok(!text.replace(/[\s-]/g, '').includes(NHS_NUMBER), `the NHS number shown to a partner: ${text}`);
  await priyaPage.context().close();

  // A response outside her groups is refused, through either group path.
  await call('priya.partner', 'GET', `/api/v1/oversight-groups/${groupId}/responses/${other.responseId}`, undefined, [403]);
  await call('priya.partner', 'GET', `/api/v1/responses/${other.responseId}`, undefined, [403]);
});
