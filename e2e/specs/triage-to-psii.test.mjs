// End-to-end, on a phone: an event with severe harm goes from the triage queue through a panel
// decision (the rules propose a PSII, the minimum for severe harm; the panel is chosen from the people
// directory), the chair's approval (offered only to those who may give it: here the chair, sam.staff, who holds
// only the staff role and finds the decision on their home page), the
// Chief Nurse's verification of the PSII (nothing of the work starts before) and its external
// notifications; the reporter then sees the outcome and what was learnt, with an in-app update. Every
// page visited is checked with axe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, baseUrl, expectAxeClean, launchBrowser } from '../lib/index.mjs';
import { EXAMPLE_PATIENT, call, panel, person, personOption, reportEvent, signedInPhone } from '../lib/flows.mjs';

const PSII = 'Patient safety incident investigation (PSII)';
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('a severe harm event goes from the queue through the panel, its chair with only the staff role and the Chief Nurse to a started PSII, and the reporter sees the outcome', async () => {
  // sam.staff reports an event with severe physical harm through the API (the reporting pages have their own test).
  const event = await reportEvent({
    daysAgo: 2,
    whatHappened: `E2E ${Date.now()}: category 4 pressure ulcer found on the sacrum at a home visit.`,
    patient: EXAMPLE_PATIENT,
    staffInvolved: [{ role: 'District nurse' }],
  }, [201]);
  const accountTitle = `First-hand account ${event.reference}`;
  // The chair is sam.staff (only the staff role), in the directory by the e-mail address of their sign-in.
  const chair = await person('Sam Staff', 'sam.staff@example.nhs.uk', 'Staff nurse');
  const { member } = await panel();

  // --- Pat (patient safety specialist) opens the event from the queue and adds a document ---
  const pat = await signedInPhone(browser, 'pat.pss');
  await pat.getByRole('link', { name: 'Triage queue', exact: true }).click();
  await pat.waitForURL((url) => url.pathname === '/triage');
  await pat.getByRole('link', { name: event.reference, exact: true }).click();
  await pat.waitForURL((url) => url.pathname === `/triage/${event.id}`);
  await pat.getByRole('heading', { name: 'Documents to review' }).waitFor();
  await expectAxeClean(pat, '/triage/:id');

  await pat.getByRole('group', { name: 'Kind of document' }).getByLabel('First-hand account', { exact: true }).check();
  await pat.getByLabel('Title', { exact: true }).fill(accountTitle);
  await pat.getByRole('group', { name: 'How are you adding it?' }).getByLabel('Type or paste the text', { exact: true }).check();
  await pat.getByLabel('Text', { exact: true }).fill('I arrived at 14:10; the dressing had not been changed since Monday.');
  await pat.getByRole('button', { name: 'Add document', exact: true }).click();
  await pat.getByText(`"${accountTitle}" added.`).waitFor();
  await pat.getByRole('link', { name: `Download ${accountTitle}` }).waitFor();
  await expectAxeClean(pat, '/triage/:id with a document');

  // --- Pat records the panel decision: the rules propose a PSII ---
  await pat.getByRole('link', { name: 'Record the panel decision', exact: true }).click();
  await pat.waitForURL((url) => url.pathname === '/decisions/new');
  await pat.getByText(`The plan proposes: ${PSII}`).first().waitFor();
  await expectAxeClean(pat, '/decisions/new');

  await pat.getByRole('button', { name: 'Continue', exact: true }).click();
  await pat.getByRole('heading', { name: 'There is a problem' }).waitFor();
  await expectAxeClean(pat, '/decisions/new with errors');

  // The panel is chosen from the people directory.
  const member1 = pat.getByRole('group', { name: 'Panel member 1' });
  await member1.getByLabel('Name', { exact: true }).selectOption({ label: personOption(chair) });
  await pat.getByRole('button', { name: 'Add another member' }).click();
  const member2 = pat.getByRole('group', { name: 'Panel member 2' });
  await member2.getByLabel('Name', { exact: true }).selectOption({ label: personOption(member) });
  await pat.getByRole('group', { name: 'Who chaired the panel?' }).getByLabel(chair.name).check();
  await pat.getByRole('group', { name: 'What did the panel review?' }).getByLabel(accountTitle).check();
  // Severe harm warrants a PSII at minimum: a weaker response is refused, naming the response.
  await pat.getByRole('group', { name: 'What response did the panel decide?' }).getByLabel('After action review (AAR)', { exact: true }).check();
  await pat.getByLabel('Why is the panel departing from the proposal?', { exact: true }).fill('The team wanted to learn quickly.');
  await pat.getByLabel('Rationale', { exact: true }).fill('A quick review.');
  await pat.getByLabel('Minutes', { exact: true }).fill('The panel met on the day of triage.');
  await pat.getByRole('button', { name: 'Continue', exact: true }).click();
  await pat.getByRole('button', { name: 'Record the decision', exact: true }).click();
  await pat.getByRole('link', { name: /warrants a PSII at minimum/ }).waitFor();
  await expectAxeClean(pat, '/decisions/new PSII minimum refused');
  await pat.getByRole('group', { name: 'What response did the panel decide?' }).getByLabel(PSII, { exact: true }).check();
  await pat.getByLabel('Rationale', { exact: true }).fill('Severe harm under our care: a PSII is the minimum response.');
  await pat.getByLabel('Minutes', { exact: true }).fill('The panel met on the day of triage and reviewed the report and the account.');
  await pat.getByRole('button', { name: 'Continue', exact: true }).click();
  await pat.getByRole('heading', { name: 'Check the decision before recording it' }).waitFor();
  await expectAxeClean(pat, '/decisions/new check answers');
  await pat.getByRole('button', { name: 'Record the decision', exact: true }).click();
  await pat.waitForURL((url) => /^\/decisions\/[0-9a-f-]{36}$/.test(url.pathname));
  await pat.getByText('The decision is recorded. It now waits for the chair’s approval.').waitFor();
  await expectAxeClean(pat, '/decisions/:id awaiting approval');
  const decisionPath = new URL(pat.url()).pathname;

  // Approval is not offered to the person who recorded the decision, nor to anyone but the chair and the Chief Nurse.
  await pat.getByText(`${chair.name}, the chair of the panel, approves this decision signed in as themself, or the Chief Nurse does.`, { exact: false }).waitFor();
  assert.equal(await pat.getByRole('button', { name: 'Approve as chair', exact: true }).count(), 0, 'no "Approve as chair" for pat.pss');
  const decisionId = pat.url().split('/').pop();
  const refused = await call('pat.pss', 'POST', `/api/v1/decisions/${decisionId}/chair-approval`, { version: 0 }, [403]);
  assert.equal(refused.status, 403);
  const noResponseYet = await (await api('pat.pss', '/api/v1/responses?size=100')).json();
  assert.equal(noResponseYet.items.some((r) => r.events.some((e) => e.id === event.id)), false,
    'no learning response before the chair approves');
  await pat.context().close();

  // --- Sam (the chair, only the staff role) finds the decision on their home page and approves it ---
  const samChair = await signedInPhone(browser, 'sam.staff');
  const toApprove = samChair.getByTestId('decisions-to-approve');
  await toApprove.getByRole('heading', { name: /^Decisions awaiting your approval \(\d+\)$/ }).waitFor();
  await expectAxeClean(samChair, 'home with decisions awaiting approval');
  await toApprove.getByRole('link', { name: event.reference, exact: true }).click();
  await samChair.waitForURL((url) => url.pathname === decisionPath);
  assert.equal(await samChair.getByRole('link', { name: 'Edit this decision', exact: true }).count(), 0);
  await samChair.getByLabel('Comment (optional)', { exact: true }).fill('Agreed: PSII.');
  await samChair.getByRole('button', { name: 'Approve as chair', exact: true }).click();
  await samChair.getByText('The decision is approved. The events are decided and their reporters have been told.').waitFor();
  await expectAxeClean(samChair, '/decisions/:id approved by the chair');
  await samChair.context().close();
  // Another member of staff (not on the panel) may not read it: a per-record 403.
  await call('lee.lead', 'GET', `/api/v1/decisions/${decisionId}`, undefined, [403]);

  // --- Chris (Chief Nurse) sees the decision approved, then verifies the PSII ---
  const chris = await signedInPhone(browser, 'chris.chief');
  await chris.goto(`${baseUrl}${decisionPath}`);
  await chris.getByText('Approved', { exact: true }).first().waitFor();
  await chris.getByRole('link', { name: /^LR-\d{4}-\d{4}/ }).click();
  await chris.waitForURL((url) => /^\/responses\/[0-9a-f-]{36}$/.test(url.pathname));
  const responsePath = new URL(chris.url()).pathname;
  await chris.getByRole('button', { name: 'Verify this PSII', exact: true }).waitFor();
  await expectAxeClean(chris, '/responses/:id awaiting verification');

  // Nothing of the work starts before the Chief Nurse verifies the PSII: the page says why, the API refuses.
  await chris.goto(`${baseUrl}${responsePath}/work`);
  await chris.getByText('The work on this PSII has not started: the Chief Nurse has not verified it yet.').waitFor();
  assert.equal(await chris.getByRole('button', { name: 'Save terms of reference', exact: true }).count(), 0);
  await expectAxeClean(chris, '/responses/:id/work awaiting verification');
  const early = await call('pat.pss', 'PUT', `/api/v1${responsePath}/investigation/terms-of-reference`,
    { version: 0, text: 'Scope', affectedInput: [] }, [409]);
  assert.equal(early.errors[0].code, 'psii-not-verified');
  await chris.goto(`${baseUrl}${responsePath}`);
  await chris.getByRole('button', { name: 'Verify this PSII', exact: true }).click();
  await chris.getByText('Enter a comment on the verification').first().waitFor();
  await chris.getByLabel('Comment', { exact: true }).fill('Verified: severe harm under our care.');
  await chris.getByRole('button', { name: 'Verify this PSII', exact: true }).click();
  await chris.getByText('The PSII is verified and has started.').waitFor();
  await expectAxeClean(chris, '/responses/:id verified');
  await chris.context().close();

  const started = await (await api('pat.pss', `/api/v1/responses/${responsePath.split('/').pop()}`)).json();
  assert.equal(started.status, 'in-progress');
  assert.equal(started.verification.comment, 'Verified: severe harm under our care.');

  // --- Pat records the external notifications and shares what was learnt ---
  const pat2 = await signedInPhone(browser, 'pat.pss');
  await pat2.goto(`${baseUrl}${responsePath}`);
  await pat2.getByRole('heading', { name: 'External notifications', exact: true }).waitFor();
  await pat2.getByText(/Initial report due/).first().waitFor();
  await pat2.getByLabel('LFPSE reference', { exact: true }).fill('LFPSE-E2E-0001');
  await pat2.getByRole('button', { name: 'Save external notifications', exact: true }).click();
  await pat2.getByText('External notifications saved.').waitFor();
  await pat2.getByText('LFPSE-E2E-0001').first().waitFor();
  await expectAxeClean(pat2, '/responses/:id notifications saved');

  await pat2.goto(`${baseUrl}/triage/${event.id}`);
  const learning = 'Pressure areas are now checked and recorded at every visit.';
  await pat2.getByLabel('What was learnt', { exact: true }).fill(learning);
  await pat2.getByRole('button', { name: 'Share with the reporter', exact: true }).click();
  await pat2.getByText(/Shared with the reporter on/).waitFor();
  await pat2.getByText(/Decision approved by the chair/).first().waitFor();
  await expectAxeClean(pat2, '/triage/:id decided');
  await pat2.context().close();

  // --- Sam (the reporter) is told, and sees the response chosen and the learning ---
  const sam = await signedInPhone(browser, 'sam.staff');
  const updates = sam.getByRole('region', { name: 'Updates on your reports' });
  await updates.waitFor();
  // The updates are collapsed under their count, after "Report a patient safety event"
  await updates.getByText(/^\d+ updates?$/).click();
  await updates.getByRole('link', { name: event.reference }).first().waitFor();
  await updates.getByRole('button', { name: 'Mark all as read', exact: true }).waitFor();
  await expectAxeClean(sam, 'home with updates');
  await sam.goto(`${baseUrl}/my-reports/${event.id}`);
  await sam.getByRole('heading', { name: 'What happens to your report' }).waitFor();
  await sam.getByText(PSII).first().waitFor();
  await sam.getByText(learning).first().waitFor();
  await expectAxeClean(sam, '/my-reports/:id with the outcome');
  await sam.context().close();
});
