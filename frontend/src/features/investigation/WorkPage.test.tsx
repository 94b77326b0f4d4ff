import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { authState, renderAt } from '../../test/helpers';
import { WorkPage } from './WorkPage';
import type { Investigation } from './work';

const ID = 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90';
const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const refused = (error: unknown) => ({ error, response: new Response(null, { status: 400 }) });

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

function setup(roles: Role[], post = vi.fn(), put = vi.fn(), work: Investigation = WORK) {
  const api = { GET: vi.fn(async () => ok(work)), POST: post, PUT: put } as unknown as ApiClient;
  renderAt(`/responses/${ID}/work`, [{ path: '/responses/:id/work', element: <WorkPage id={ID} /> }], authState({ roles, api }));
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
    const post = vi.fn(async () => ok({ ...WORK, version: 4, signOff: { overseerPersonId: '5b0c6a0e-3f7e-4b55-9a43-0d2f3a1e9c11', overseerName: 'Olive Overseer', signedOffOn: '2026-11-23', comment: 'Sound.' } }));
    setup(['chief-nurse'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: "Enter the overseer's person ID" })).toBeTruthy();
    await userEvent.type(screen.getByLabelText("Overseer's person ID"), '5b0c6a0e-3f7e-4b55-9a43-0d2f3a1e9c11');
    await userEvent.type(screen.getByLabelText('Date of the sign-off'), '2026-11-23');
    await userEvent.type(screen.getByLabelText("Overseer's comment"), 'Sound.');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'Check the sign-off before you confirm it' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Confirm sign-off' }));
    expect(post).toHaveBeenCalledWith('/api/v1/responses/{responseId}/investigation/sign-off', {
      params: { path: { responseId: ID } },
      body: { version: 3, overseerPersonId: '5b0c6a0e-3f7e-4b55-9a43-0d2f3a1e9c11', signedOffOn: '2026-11-23', comment: 'Sound.' },
    });
    expect(await screen.findByText('Olive Overseer')).toBeTruthy();
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

  it('a PSII awaiting verification cannot be closed yet', async () => {
    setup(['patient-safety-specialist'], vi.fn(), vi.fn(), { ...WORK, status: 'awaiting-verification' });
    expect(await screen.findByRole('heading', { level: 1, name: /Work on LR-2026-0003/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close this response' })).toBeNull();
  });

  it('a closed response is read only', async () => {
    setup(['patient-safety-specialist'], vi.fn(), vi.fn(), { ...WORK, status: 'closed', closedAt: '2026-11-24T10:00:00Z' });
    expect(await screen.findByText('This response is closed and can no longer be changed.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save findings' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close this response' })).toBeNull();
  });
});
