// End-to-end, on a phone: the coach register (issue 12 §1, §6). Ivy Advisor registers Cara Coach, a coach with lived
// experience, checking the answers first, and records a supervision session; Cara, who holds only the coach role,
// finds her next supervision on her home page and her own entry, with the session's notes, and nothing of the
// register itself.
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

test('an improvement advisor keeps the coach register and a coach sees only their own coaching and supervision', async () => {
  const cara = await person('Cara Coach', 'cara.coach@example.nhs.uk', 'QI coach with lived experience');
  const ivy = await person('Ivy Advisor', 'ivy.advisor@example.nhs.uk', 'Improvement advisor');
  const existing = (await call('ivy.advisor', 'GET', '/api/v1/coaches')).find((c) => c.coach.personId === cara.id);

  const advisor = await signedInPhone(browser, 'ivy.advisor');
  await advisor.getByRole('link', { name: 'Coach register', exact: true }).click();
  await advisor.getByRole('heading', { level: 1, name: 'Coach register' }).waitFor();
  await expectAxeClean(advisor, '/coaches');
  if (existing) {
    await advisor.goto(`${baseUrl}/coaches/${existing.id}`);
  } else {
    await advisor.getByRole('link', { name: 'Register a coach', exact: true }).click();
    await advisor.getByRole('heading', { level: 1, name: 'Register a coach' }).waitFor();
    await advisor.getByRole('button', { name: 'Continue', exact: true }).click();
    await advisor.getByRole('heading', { name: 'The coach has not been registered' }).waitFor();
    await expectAxeClean(advisor, '/coaches/new with errors');
    await advisor.getByLabel('Coach', { exact: true }).selectOption(cara.id);
    await advisor.getByLabel('Coach with lived experience', { exact: true }).check();
    await advisor.getByLabel('Directorate', { exact: true }).selectOption({ label: 'Mental Health' });
    await fillDate(advisor, 'Start date', ukDate(-150));
    await advisor.getByRole('button', { name: 'Continue', exact: true }).click();
    await advisor.getByRole('heading', { level: 1, name: 'Check the coach before registering them' }).waitFor();
    await expectAxeClean(advisor, '/coaches/new checking the answers');
    await advisor.getByRole('button', { name: 'Register the coach', exact: true }).click();
  }
  await advisor.getByRole('heading', { level: 1, name: 'Cara Coach' }).waitFor();
  await expectAxeClean(advisor, '/coaches/:id');
  await advisor.getByRole('link', { name: 'Record a supervision session', exact: true }).click();
  await advisor.getByRole('heading', { level: 1, name: /Record a supervision session/ }).waitFor();
  await fillDate(advisor, 'Date of the session', ukDate(-1));
  await advisor.getByLabel('Improvement advisor who held the session', { exact: true }).selectOption(ivy.id);
  const note = `E2E ${Date.now()}: reflected on the first team session.`;
  await advisor.getByLabel('Notes (optional)', { exact: true }).fill(note);
  await fillDate(advisor, 'Date of the next session (optional)', ukDate(30));
  await expectAxeClean(advisor, '/coaches/:id/supervision/new');
  await advisor.getByRole('button', { name: 'Record the session', exact: true }).click();
  await advisor.getByText('Supervision session recorded.').waitFor();
  await advisor.getByText(note).waitFor();
  await advisor.getByText('Supervision up to date').first().waitFor();
  await advisor.context().close();

  const coach = await signedInPhone(browser, 'cara.coach');
  assert.equal(await coach.getByRole('link', { name: 'Coach register', exact: true }).count(), 0);
  await coach.getByRole('heading', { name: 'Your next supervision' }).waitFor();
  await expectAxeClean(coach, '/ (coach)');
  await coach.getByRole('link', { name: 'Your coaching', exact: true }).click();
  await coach.getByRole('heading', { level: 1, name: 'Your coaching' }).waitFor();
  await coach.getByText(note).waitFor();
  await expectAxeClean(coach, '/my-coaching');
  await coach.context().close();

  await call('cara.coach', 'GET', '/api/v1/coaches', undefined, [403]);
  const entry = await call('cara.coach', 'GET', '/api/v1/me/coach');
  assert.ok(entry.sessions.some((s) => s.notes === note), JSON.stringify(entry.sessions));
  await call('pat.pss', 'GET', `/api/v1/coaches/${entry.id}`, undefined, [403]);
});
