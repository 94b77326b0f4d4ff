// End-to-end, on a phone: one full PSII, from a verified response to its closure. The patient safety
// specialist assigns a trained lead; the lead (signed in through Keycloak) does the work of the
// response, records the involvement of those affected, and cannot see staff support; the specialist
// records the Duty of Candour; the Chief Nurse signs off as a trained overseer; the specialist closes
// it; the final report downloads as a PDF. The steps issue 3's test covers in the browser (reporting,
// the panel decision, the chair's approval, the verification) are done here through the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { api, baseUrl, expectAxeClean, launchBrowser } from '../lib/index.mjs';
import { EXAMPLE_PATIENT, call, fillDate, learningResponse, person, signedInPhone, ukDate } from '../lib/flows.mjs';

let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** The person record of a demo user, with the training given (created once per database). */
async function personWithTraining(name, email, training) {
  const found = await person(name, email);
  const current = await call('pat.pss', 'GET', `/api/v1/people/${found.id}/training`);
  await call('pat.pss', 'PUT', `/api/v1/people/${found.id}/training`, { version: current.version, ...training });
  return found;
}

/** Clicks a section's save button and waits for the PUT it sends to succeed. */
async function saveSection(page, region, button, pathPart) {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(pathPart) && r.request().method() === 'PUT'),
    region.getByRole('button', { name: button, exact: true }).click(),
  ]);
  assert.equal(res.status(), 200, `${button}: HTTP ${res.status()} ${await res.text()}`);
}

test('a PSII runs from its lead’s assignment to closure with its work, involvement, candour, sign-off and PDF', async () => {
  const lee = await personWithTraining('Lee Lead', 'lee.lead@example.nhs.uk', {
    level1CompletedOn: '2025-01-10', level2CompletedOn: '2025-02-10', learningFromIncidentsDays: 2, engagementTrainingHours: 6,
  });
  await personWithTraining('Chris Chief-Nurse', 'chris.chief@example.nhs.uk', {
    learningFromIncidentsDays: 2, oversightTrainingDays: 1,
  });
  const { event, responseId, reference } = await learningResponse({ patient: EXAMPLE_PATIENT });
  const responsePath = `/responses/${responseId}`;

  // --- Pat assigns the lead ---
  const pat = await signedInPhone(browser, 'pat.pss');
  await pat.goto(`${baseUrl}${responsePath}`);
  await pat.getByRole('heading', { name: 'Lead and team', exact: true }).waitFor();
  await pat.getByLabel('Lead', { exact: true }).selectOption(lee.id);
  await pat.getByRole('button', { name: 'Save the team', exact: true }).click();
  await pat.getByText('Team saved.').waitFor();
  await pat.getByRole('heading', { name: 'Timeframe', exact: true }).waitFor();
  await expectAxeClean(pat, '/responses/:id with its lead');
  await pat.context().close();

  // --- Lee (the lead) does the work of the response ---
  const leePage = await signedInPhone(browser, 'lee.lead');
  await leePage.getByRole('link', { name: 'My learning responses', exact: true }).click();
  await leePage.getByRole('link', { name: reference, exact: true }).click();
  await leePage.waitForURL((url) => url.pathname === responsePath);
  await expectAxeClean(leePage, '/responses/:id (lead)');
  await leePage.getByRole('link', { name: 'Work on this response', exact: true }).click();
  await leePage.waitForURL((url) => url.pathname === `${responsePath}/work`);

  // Terms of reference typed but not saved yet survive the chronology's save (issue 10)
  const tor = leePage.getByRole('region', { name: 'Terms of reference' });
  const terms = 'Why the pressure ulcer was not found sooner.';
  await tor.getByLabel('Terms of reference', { exact: true }).fill(terms);

  const chronology = leePage.getByRole('region', { name: 'Chronology' });
  await chronology.getByRole('button', { name: 'Add an entry' }).click();
  await chronology.getByLabel('Date', { exact: true }).fill(ukDate(-3));
  await chronology.getByLabel('Time', { exact: true }).fill('14:10');
  await chronology.getByLabel('What happened', { exact: true }).fill('Home visit; dressing not changed since Monday.');
  await chronology.getByLabel('Source', { exact: true }).fill('District nursing notes');
  await saveSection(leePage, chronology, 'Save chronology', '/investigation/chronology');
  await chronology.getByText('Chronology saved.').waitFor();
  assert.equal(await tor.getByLabel('Terms of reference', { exact: true }).inputValue(), terms);

  // Leaving with the terms unsaved asks first; staying keeps them
  const asked = new Promise((resolve) => leePage.once('dialog', (d) => { resolve(d.message()); void d.dismiss(); }));
  await leePage.getByRole('link', { name: `Learning response ${reference}`, exact: true }).click();
  assert.match(await asked, /not been saved/);
  assert.equal(new URL(leePage.url()).pathname, `${responsePath}/work`);
  assert.equal(await tor.getByLabel('Terms of reference', { exact: true }).inputValue(), terms);
  await saveSection(leePage, tor, 'Save terms of reference', '/investigation/terms-of-reference');

  const findings = leePage.getByRole('region', { name: 'Findings and areas for improvement' });
  await findings.getByRole('button', { name: 'Add a finding' }).click();
  await findings.getByLabel('Finding 1', { exact: true }).fill('Visits were rescheduled without a skin check.');
  await saveSection(leePage, findings, 'Save findings', '/investigation/findings');

  const sharing = leePage.getByRole('region', { name: 'Draft shared with those affected' });
  await sharing.getByRole('button', { name: 'Add a person the draft was shared with' }).click();
  await sharing.getByLabel('Name', { exact: true }).fill('Mary Example');
  await sharing.getByLabel('Relationship', { exact: true }).selectOption({ index: 1 });
  await sharing.getByLabel('Date shared', { exact: true }).fill(ukDate(0));
  await saveSection(leePage, sharing, 'Save draft sharing', '/investigation/draft-sharing');

  const report = leePage.getByRole('region', { name: 'Final report' });
  await report.getByLabel('Summary', { exact: true }).fill('A missed skin check on rescheduled visits; visits now keep their checks.');
  await saveSection(leePage, report, 'Save summary', '/investigation/report-summary');
  await expectAxeClean(leePage, '/responses/:id/work (lead)');

  // --- Lee records the involvement of the patient's daughter ---
  await leePage.goto(`${baseUrl}${responsePath}/engagement`);
  await leePage.getByRole('heading', { level: 1, name: /Engagement and involvement/ }).waitFor();
  await leePage.getByRole('button', { name: 'Add a person affected' }).click();
  await leePage.getByRole('group', { name: 'Who is this person?' }).getByLabel('Family member', { exact: true }).check();
  await leePage.getByLabel('Name', { exact: true }).fill('Mary Example');
  await leePage.getByLabel('Named contact', { exact: true }).fill('Lee Lead');
  await leePage.getByLabel('Preferred contact method', { exact: true }).fill('Telephone, afternoons');
  await leePage.getByRole('button', { name: 'Add person', exact: true }).click();
  await leePage.getByRole('region', { name: 'Mary Example' }).waitFor();
  await leePage.getByRole('button', { name: /Record a contact/ }).first().click();
  await leePage.getByRole('heading', { level: 1, name: /Record a contact with Mary Example/ }).waitFor();
  await expectAxeClean(leePage, '/responses/:id/engagement contact form');
  await fillDate(leePage, 'Date of contact', ukDate(0));
  await leePage.getByLabel('How was the contact made?', { exact: true }).fill('Telephone');
  await leePage.getByRole('group', { name: 'Stage of contact' }).getByLabel('Initial contact', { exact: true }).check();
  await fillDate(leePage, 'Next agreed contact date (optional)', ukDate(14));
  await leePage.getByRole('button', { name: 'Continue', exact: true }).click();
  await leePage.getByRole('heading', { name: 'Check the contact before saving it' }).waitFor();
  await leePage.getByRole('button', { name: 'Save contact', exact: true }).click();
  await leePage.getByText('Contact with Mary Example saved.').waitFor();
  await expectAxeClean(leePage, '/responses/:id/engagement');

  // The timeframe rules hold through the API: agreed only by people affected recorded on the response,
  // and no target beyond six months.
  const engagement = await call('lee.lead', 'GET', `/api/v1/responses/${responseId}/engagement`);
  const mary = engagement.people.find((p) => p.name === 'Mary Example');
  const current = await call('pat.pss', 'GET', `/api/v1/responses/${responseId}`);
  const typed = await call('pat.pss', 'POST', `/api/v1/responses/${responseId}/extensions`, {
    version: current.version, newTargetOn: ukDate(100), reason: 'Waiting for the coroner.',
    agreedBy: [{ personAffectedId: event.id }],
  }, [400]);
  assert.equal(typed.errors[0].code, 'unknown-person-affected', JSON.stringify(typed));
  const refused = await call('pat.pss', 'POST', `/api/v1/responses/${responseId}/extensions`, {
    version: current.version, newTargetOn: ukDate(200), reason: 'Waiting for the coroner.',
    agreedBy: [{ personAffectedId: mary.id }],
  }, [400]);
  assert.ok(refused.errors.some((e) => e.code === 'beyond-six-months'), JSON.stringify(refused));

  // --- Lee extends the timeframe with Mary's agreement, chosen from the people affected ---
  await leePage.goto(`${baseUrl}${responsePath}`);
  await leePage.getByRole('heading', { name: 'Extend the timeframe', exact: true }).waitFor();
  await fillDate(leePage, 'New target date', ukDate(100));
  await leePage.getByLabel('Reason for the extension', { exact: true }).fill('Waiting for the coroner.');
  await leePage.getByRole('group', { name: 'Who among the people affected agreed?' }).getByLabel('Mary Example', { exact: true }).check();
  await leePage.getByRole('button', { name: 'Record the extension', exact: true }).click();
  await leePage.getByText('Mary Example (Family member)').waitFor();
  await expectAxeClean(leePage, '/responses/:id extended');
  await leePage.context().close();

  // Staff support is for the line manager, the reviewer and the patient safety team: not the lead.
  await call('pat.pss', 'POST', `/api/v1/responses/${responseId}/staff-support`, {
    staffName: 'Dana Nurse', staffRole: 'District nurse', lineManager: { name: 'Robin Manager' }, hrContacted: false,
  });
  await call('lee.lead', 'GET', `/api/v1/responses/${responseId}/staff-support`, undefined, [403]);

  // --- Pat records the Duty of Candour ---
  const pat2 = await signedInPhone(browser, 'pat.pss');
  await pat2.goto(`${baseUrl}/candour/events/${event.id}`);
  await pat2.getByRole('heading', { name: 'Is the event notifiable?' }).waitFor();
  await pat2.getByRole('group', { name: 'Is the event notifiable under the Duty of Candour?' })
    .getByLabel('Yes, it is notifiable', { exact: true }).check();
  await pat2.getByLabel('Why', { exact: true }).fill('Severe physical harm.');
  await pat2.getByRole('button', { name: 'Save the decision', exact: true }).click();
  await pat2.getByText('Notifiable decision saved.').waitFor();
  await fillDate(pat2, 'Date of the verbal notification', ukDate(0));
  await pat2.getByLabel('Given by', { exact: true }).fill('Lee Lead');
  await pat2.getByLabel('Given to', { exact: true }).fill('The patient’s daughter');
  await pat2.getByRole('button', { name: 'Save the candour steps', exact: true }).click();
  await pat2.getByText('Candour steps saved.').waitFor();
  await pat2.getByText(/Written notification due/).first().waitFor();
  await expectAxeClean(pat2, '/candour/events/:id');
  await pat2.context().close();

  // --- Chris signs off as a trained overseer ---
  const chris = await signedInPhone(browser, 'chris.chief');
  await chris.goto(`${baseUrl}${responsePath}/work`);
  const signOff = chris.getByRole('region', { name: 'Oversight sign-off' });
  await signOff.waitFor();
  const overseer = signOff.getByLabel('Overseer', { exact: true });
  await overseer.waitFor();
  await overseer.selectOption(await overseer.locator('option', { hasText: 'Chris Chief-Nurse' }).getAttribute('value'));
  await signOff.getByLabel('Date of the sign-off', { exact: true }).fill(ukDate(0));
  await signOff.getByLabel("Overseer's comment", { exact: true }).fill('A thorough, fair review.');
  await signOff.getByRole('button', { name: 'Continue', exact: true }).click();
  await signOff.getByRole('heading', { name: 'Check the sign-off before you confirm it' }).waitFor();
  await signOff.getByRole('button', { name: 'Confirm sign-off', exact: true }).click();
  await signOff.getByText('A thorough, fair review.').waitFor();
  await expectAxeClean(chris, '/responses/:id/work signed off');
  await chris.context().close();

  // --- Pat closes the response ---
  const pat3 = await signedInPhone(browser, 'pat.pss');
  await pat3.goto(`${baseUrl}${responsePath}/work`);
  await pat3.getByRole('button', { name: 'Close this response', exact: true }).click();
  await pat3.getByRole('heading', { name: 'Check before you close the response' }).waitFor();
  await pat3.getByRole('button', { name: 'Confirm and close the response', exact: true }).click();
  await pat3.getByText('This response is closed and can no longer be changed.').waitFor();
  await expectAxeClean(pat3, '/responses/:id/work closed');
  await pat3.context().close();

  const closed = await call('pat.pss', 'GET', `/api/v1/responses/${responseId}`);
  assert.equal(closed.status, 'closed');

  // The final report downloads as a PDF for the lead, with no NHS number in it.
  const pdf = await api('lee.lead', `/api/v1/responses/${responseId}/report.pdf`, { headers: { Accept: 'application/pdf' } });
  assert.equal(pdf.status, 200);
  const bytes = Buffer.from(await pdf.arrayBuffer());
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.equal(bytes.includes(Buffer.from('9434765919')), false);
});
