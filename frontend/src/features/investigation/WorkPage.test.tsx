import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { authState, renderAt, renderInDataRouter } from '../../test/helpers';
import { WorkPage } from './WorkPage';
import type { Investigation } from './work';

const ID = 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90';
const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const refused = (error: unknown, status = 400) => ({ error, response: new Response(null, { status }) });

const WORK: Investigation = {
  responseId: ID,
  reference: 'LR-2026-0003',
  typeDisplay: 'After action review',
  responseVersion: 1,
  status: 'in-progress',
  version: 3,
  termsOfReference: 'How the pressure ulcer developed.',
  affectedInput: [{ who: "Patient's daughter", declined: false, summary: 'Asked about the chart.' }],
  chronology: [{ id: 'c1000000-5555-4a2e-9a51-2f0e1c7d8b90', at: '2026-11-02T08:00:00Z', what: 'Admitted to Ward 7', source: 'Notes' }],
  accounts: [],
  factors: [],
  findings: ['Repositioning was missed on two nights.'],
  areasForImprovement: [],
  draftSharings: [],
  finalReportReady: false,
  openSteps: ['final-report', 'draft-shared', 'oversight-sign-off'],
};

const OLIVE = '5b0c6a0e-3f7e-4b55-9a43-0d2f3a1e9c11';
const person = (id: string, name: string, jobRole?: string) => ({
  id, version: 1, name, email: `${name.split(' ')[0].toLowerCase()}@example.nhs.uk`, jobRole, active: true,
  training: { learningFromIncidentsDays: 0, engagementTrainingHours: 0, oversightTrainingDays: 2, cpdHours: 0 },
  qualifications: [{ role: 'overseer', roleDisplay: 'Overseer', qualified: true, missing: [] }],
});
const OVERSEERS = [person('7c1d2e3f-1111-4a2e-9a51-2f0e1c7d8b90', 'Amir Able', 'Deputy chief nurse'), person(OLIVE, 'Olive Overseer', 'Head of patient safety')];
const page = (items: unknown[]) => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });

function setup(roles: Role[], post = vi.fn(), put = vi.fn(), work: Investigation = WORK, overseers: unknown[] = OVERSEERS) {
  const get = vi.fn(async (url: string) => (url === '/api/v1/people' ? ok(page(overseers)) : ok(work)));
  const api = { GET: get, POST: post, PUT: put } as unknown as ApiClient;
  renderAt(`/responses/${ID}/work`, [{ path: '/responses/:id/work', element: <WorkPage id={ID} /> }], authState({ roles, api }));
  return get;
}

describe('the work on a learning response', () => {
  it('shows each part; a lead may not sign off or close', async () => {
    setup(['learning-response-lead']);
    expect(await screen.findByRole('heading', { level: 1, name: /Work on LR-2026-0003/ })).toBeTruthy();
    for (const heading of ['Terms of reference', 'Chronology', 'First-hand accounts', 'Contributory factors', 'Findings and areas for improvement', 'Draft shared with those affected', 'Final report'])
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download the final report (PDF)' })).toBeTruthy();
    expect(screen.getByText('Not signed off yet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close this response' })).toBeNull();
  });

  it('saves the findings with the version read', async () => {
    const put = vi.fn(async () => ok({ ...WORK, version: 4, findings: ['Repositioning was missed on two nights.', 'Charts were kept away from the bed.'] }));
    setup(['learning-response-lead'], vi.fn(), put);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a finding' }));
    await userEvent.type(screen.getByLabelText('Finding 2'), 'Charts were kept away from the bed.');
    await userEvent.click(screen.getByRole('button', { name: 'Save findings' }));
    expect(put).toHaveBeenCalledWith('/api/v1/responses/{responseId}/investigation/findings', {
      params: { path: { responseId: ID } },
      body: { version: 3, findings: ['Repositioning was missed on two nights.', 'Charts were kept away from the bed.'], areasForImprovement: [] },
    });
  });

  it('links a refused field to its control in the error summary', async () => {
    const put = vi.fn(async () => refused({ code: 'validation-failed', title: 'There is a problem', status: 400, errors: [{ field: 'entries[1].what', code: 'required', message: 'Enter what happened' }] }));
    setup(['patient-safety-specialist'], vi.fn(), put);
    await userEvent.click(await screen.findByRole('button', { name: 'Add an entry' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save chronology' }));
    expect((await screen.findByRole('link', { name: 'Enter what happened' })).getAttribute('href')).toBe('#chronology-entries-1-what');
  });

  it('checks the sign-off before confirming it', async () => {
    const post = vi.fn(async () => ok({ ...WORK, version: 4, signOff: { overseerPersonId: OLIVE, overseerName: 'Olive Overseer', signedOffOn: '2026-11-23', comment: 'Sound.' } }));
    const get = setup(['chief-nurse'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(get).toHaveBeenCalledWith('/api/v1/people', { params: { query: { qualifiedFor: 'overseer', size: 100 } } });
    expect(screen.getByRole('link', { name: 'Select the overseer' }).getAttribute('href')).toBe('#signoff-overseerPersonId');
    const select = screen.getByLabelText('Overseer');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Choose the overseer', 'Amir Able (Deputy chief nurse)', 'Olive Overseer (Head of patient safety)']);
    await userEvent.selectOptions(select, 'Olive Overseer (Head of patient safety)');
    await userEvent.type(screen.getByLabelText('Date of the sign-off'), '2026-11-23');
    await userEvent.type(screen.getByLabelText("Overseer's comment"), 'Sound.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Check the sign-off before you confirm it' })).toBeTruthy();
    expect(screen.getByText('Overseer').nextElementSibling?.textContent).toBe('Olive Overseer');
    await userEvent.click(screen.getByRole('button', { name: 'Confirm sign-off' }));
    expect(post).toHaveBeenCalledWith('/api/v1/responses/{responseId}/investigation/sign-off', {
      params: { path: { responseId: ID } },
      body: { version: 3, overseerPersonId: OLIVE, signedOffOn: '2026-11-23', comment: 'Sound.' },
    });
    expect(await screen.findByText('Olive Overseer')).toBeTruthy();
  });

  it('shows a refused overseer on the select', async () => {
    const post = vi.fn(async () => refused({ code: 'validation-failed', title: 'There is a problem', status: 400, errors: [{ field: 'overseerPersonId', code: 'not-qualified', message: 'Choose an overseer who has completed oversight training' }] }));
    setup(['chief-nurse'], post);
    await userEvent.selectOptions(await screen.findByLabelText('Overseer'), 'Amir Able (Deputy chief nurse)');
    await userEvent.type(screen.getByLabelText('Date of the sign-off'), '2026-11-23');
    await userEvent.type(screen.getByLabelText("Overseer's comment"), 'Sound.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm sign-off' }));
    expect((await screen.findByRole('link', { name: 'Choose an overseer who has completed oversight training' })).getAttribute('href')).toBe('#signoff-overseerPersonId');
    expect(screen.getByLabelText('Overseer').getAttribute('aria-describedby')).toContain('signoff-overseerPersonId-error');
  });

  it('with nobody qualified to oversee, links to the people directory instead of the sign-off form', async () => {
    setup(['chief-nurse'], vi.fn(), vi.fn(), WORK, []);
    expect(await screen.findByText('Nobody in the people directory has the oversight training yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'People and training' }).getAttribute('href')).toBe('/people');
    expect(screen.queryByLabelText('Overseer')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Continue' })).toBeNull();
  });

  it('a refused closure lists every open step in the error summary', async () => {
    const post = vi.fn(async () =>
      refused({ code: 'validation-failed', title: 'There is a problem', status: 400, errors: [
        { field: 'finalReport', code: 'open-step', message: 'Write the final report: its summary and at least one finding' },
        { field: 'signOff', code: 'open-step', message: 'Record the sign-off of an overseer who has completed oversight training' },
      ] }),
    );
    setup(['patient-safety-specialist'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Close this response' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm and close the response' }));
    expect(post).toHaveBeenCalledWith('/api/v1/responses/{responseId}/closure', { params: { path: { responseId: ID } }, body: { version: 1 } });
    const summary = (await screen.findByRole('heading', { name: 'This response cannot be closed yet' })).closest('.nhsuk-error-summary') as HTMLElement;
    expect(within(summary).getByRole('link', { name: /Write the final report/ }).getAttribute('href')).toBe('#report-heading');
    expect(within(summary).getByRole('link', { name: /Record the sign-off/ }).getAttribute('href')).toBe('#signoff-heading');
  });

  it('a PSII awaiting verification says why nothing can be recorded yet instead of offering the forms', async () => {
    setup(['patient-safety-specialist'], vi.fn(), vi.fn(), { ...WORK, status: 'awaiting-verification' });
    expect(await screen.findByRole('heading', { level: 1, name: /Work on LR-2026-0003/ })).toBeTruthy();
    expect(screen.getByText('The work on this PSII has not started: the Chief Nurse has not verified it yet.')).toBeTruthy();
    for (const button of ['Save terms of reference', 'Save chronology', 'Save findings', 'Save draft sharing', 'Close this response'])
      expect(screen.queryByRole('button', { name: button })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: 'Terms of reference' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Oversight sign-off' })).toBeNull();
  });

  it('a closed response is read only', async () => {
    setup(['patient-safety-specialist'], vi.fn(), vi.fn(), { ...WORK, status: 'closed', closedAt: '2026-11-24T10:00:00Z' });
    expect(await screen.findByText('This response is closed and can no longer be changed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save findings' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close this response' })).toBeNull();
  });
});

describe('nothing typed on the work page is lost', () => {
  const TYPED = ' And why the chart was not kept at the bedside.';
  const terms = () => screen.getByRole('textbox', { name: 'Terms of reference' }) as HTMLTextAreaElement;

  it("another section's save keeps what was typed in the terms of reference", async () => {
    const saved = { ...WORK, version: 4, findings: [...WORK.findings, 'Charts were kept away from the bed.'] };
    const put = vi.fn(async () => ok(saved));
    setup(['learning-response-lead'], vi.fn(), put);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Terms of reference' }), TYPED);
    await userEvent.click(screen.getByRole('button', { name: 'Add a finding' }));
    await userEvent.type(screen.getByLabelText('Finding 2'), 'Charts were kept away from the bed.');
    await userEvent.click(screen.getByRole('button', { name: 'Save findings' }));
    expect(await screen.findByText('Findings and areas for improvement saved.')).toBeTruthy();
    expect(terms().value).toBe(WORK.termsOfReference + TYPED);
    // and the next save of the terms goes with the version the findings' save brought
    await userEvent.click(screen.getByRole('button', { name: 'Save terms of reference' }));
    expect(put).toHaveBeenLastCalledWith('/api/v1/responses/{responseId}/investigation/terms-of-reference', expect.objectContaining({
      body: expect.objectContaining({ version: 4, text: WORK.termsOfReference + TYPED }),
    }));
  });

  it('a section with nothing typed shows what another save brought; the saved section shows what was saved', async () => {
    const saved = { ...WORK, version: 4, termsOfReference: 'How the pressure ulcer developed, and why.', findings: ['Saved by someone else.'] };
    setup(['learning-response-lead'], vi.fn(), vi.fn(async () => ok(saved)));
    await userEvent.type(await screen.findByRole('textbox', { name: 'Terms of reference' }), ', and why.');
    await userEvent.clear(terms());
    await userEvent.type(terms(), 'How the pressure ulcer developed, and why.');
    await userEvent.click(screen.getByRole('button', { name: 'Save terms of reference' }));
    expect(await screen.findByText('Terms of reference saved.')).toBeTruthy();
    expect((screen.getByLabelText('Finding 1') as HTMLTextAreaElement).value).toBe('Saved by someone else.');
  });

  it('a refused (409) save keeps the draft, and so does reloading the latest version', async () => {
    const stale = refused({ code: 'stale-version', title: 'Someone else changed it', status: 409 }, 409);
    const put = vi.fn(async () => stale);
    const get = setup(['learning-response-lead'], vi.fn(), put);
    await userEvent.type(await screen.findByRole('textbox', { name: 'Terms of reference' }), TYPED);
    await userEvent.click(screen.getByRole('button', { name: 'Save terms of reference' }));
    await vi.waitFor(() => expect(put).toHaveBeenCalled());
    expect(terms().value).toBe(WORK.termsOfReference + TYPED);
    get.mockImplementation(async () => ok({ ...WORK, version: 7, findings: ['Changed by someone else.'] }));
    expect(await screen.findByText(/What you typed stays here/)).toBeTruthy();
    const reload = screen.getByRole('button', { name: 'Reload the learning response' });
    await userEvent.click(reload);
    expect(await screen.findByDisplayValue('Changed by someone else.')).toBeTruthy();
    expect(terms().value).toBe(WORK.termsOfReference + TYPED);
  });

  it('closing or reloading the tab with something unsaved asks first; once saved it does not', async () => {
    const put = vi.fn(async () => ok({ ...WORK, version: 4, termsOfReference: WORK.termsOfReference + TYPED }));
    setup(['learning-response-lead'], vi.fn(), put);
    const unload = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    await screen.findByRole('textbox', { name: 'Terms of reference' });
    expect(unload()).toBe(false);
    await userEvent.type(terms(), TYPED);
    expect(unload()).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Save terms of reference' }));
    expect(await screen.findByText('Terms of reference saved.')).toBeTruthy();
    await vi.waitFor(() => expect(unload()).toBe(false));
  });

  it('going elsewhere in the app with something unsaved asks; staying keeps the text, leaving goes', async () => {
    const get = vi.fn(async (url: string) => (url === '/api/v1/people' ? ok(page(OVERSEERS)) : ok(WORK)));
    const { router } = renderInDataRouter(`/responses/${ID}/work`, [{ path: '/responses/:id/work', element: <WorkPage id={ID} /> }], authState({ roles: ['patient-safety-specialist'], api: { GET: get } as unknown as ApiClient }));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    try {
      await userEvent.type(await screen.findByRole('textbox', { name: 'Terms of reference' }), TYPED);
      await userEvent.click(screen.getByRole('link', { name: /Learning response LR-2026-0003/ }));
      expect(confirm).toHaveBeenCalledWith('You have changes that have not been saved. Leave this page and lose them?');
      expect(router.state.location.pathname).toBe(`/responses/${ID}/work`);
      expect(terms().value).toBe(WORK.termsOfReference + TYPED);

      confirm.mockReturnValue(true);
      await userEvent.click(screen.getByRole('link', { name: /Learning response LR-2026-0003/ }));
      expect(await screen.findByText('Elsewhere')).toBeTruthy();
      expect(router.state.location.pathname).toBe(`/responses/${ID}`);
    } finally {
      confirm.mockRestore();
    }
  });

  it('with nothing typed, going elsewhere does not ask', async () => {
    const get = vi.fn(async (url: string) => (url === '/api/v1/people' ? ok(page(OVERSEERS)) : ok(WORK)));
    renderInDataRouter(`/responses/${ID}/work`, [{ path: '/responses/:id/work', element: <WorkPage id={ID} /> }], authState({ roles: ['patient-safety-specialist'], api: { GET: get } as unknown as ApiClient }));
    const confirm = vi.spyOn(window, 'confirm');
    try {
      await userEvent.click(await screen.findByRole('link', { name: /Learning response LR-2026-0003/ }));
      expect(await screen.findByText('Elsewhere')).toBeTruthy();
      expect(confirm).not.toHaveBeenCalled();
    } finally {
      confirm.mockRestore();
    }
  });
});
