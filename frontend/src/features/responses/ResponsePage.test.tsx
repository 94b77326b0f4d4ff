import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { authState, renderAt } from '../../test/helpers';
import { ResponsePage } from './ResponsePage';
import { ResponsesListPage } from './ResponsesListPage';
import { PSII, RESPONSE_ID } from './testResponses';
import type { LearningResponse } from './types';

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const VERIFIED: LearningResponse = {
  ...PSII,
  version: 2,
  status: 'in-progress',
  startedAt: '2026-11-24T10:00:00Z',
  verification: { by: 'Chris Chief-Nurse', at: '2026-11-24T10:00:00Z', comment: 'Verified under the national requirement.' },
};

function setup(roles: Role[], write = vi.fn(), response: LearningResponse = PSII) {
  const api = { GET: vi.fn(async () => ok(response)), POST: write, PUT: write } as unknown as ApiClient;
  renderAt(`/responses/${RESPONSE_ID}`, [{ path: '/responses/:id', element: <ResponsePage id={RESPONSE_ID} /> }], authState({ roles, api }));
}

describe('a learning response', () => {
  it('shows the initial report as overdue, in words', async () => {
    setup(['chief-nurse']);
    expect(await screen.findByRole('heading', { level: 1, name: /LR-2026-0003/ })).toBeTruthy();
    expect(screen.getByText(/Initial report due 25 November 2026/)).toBeTruthy();
    expect(screen.getByText('Overdue')).toBeTruthy();
    expect(screen.getByText('East of England Ambulance Service – 23 November 2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Engagement and involvement' }).getAttribute('href')).toBe(`/responses/${RESPONSE_ID}/engagement`);
    expect(screen.getByRole('link', { name: 'Staff support' }).getAttribute('href')).toBe(`/responses/${RESPONSE_ID}/staff-support`);
  });

  it('a patient safety specialist can open the Being Fair tool for the response', async () => {
    setup(['patient-safety-specialist']);
    expect((await screen.findByRole('link', { name: 'Use the Being Fair tool' })).getAttribute('href')).toBe(`/being-fair/new?responseId=${RESPONSE_ID}`);
  });

  it('the Being Fair tool is not offered to the chief nurse or a lead on the response page', async () => {
    for (const roles of [['chief-nurse'], ['learning-response-lead']] as Role[][]) {
      setup(roles);
      await screen.findByRole('heading', { level: 1, name: /LR-2026-0003/ });
      expect(screen.queryByRole('link', { name: 'Use the Being Fair tool' })).toBeNull();
      cleanup();
    }
  });

  it('the chief nurse must comment to verify a PSII', async () => {
    const post = vi.fn();
    setup(['chief-nurse'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Verify this PSII' }));
    expect(screen.getByRole('link', { name: 'Enter a comment on the verification' }).getAttribute('href')).toBe('#verification-comment');
    expect(post).not.toHaveBeenCalled();
  });

  it('the chief nurse verifies with the version read; the verification is then shown', async () => {
    const post = vi.fn(async () => ok(VERIFIED));
    setup(['chief-nurse'], post);
    await userEvent.type(await screen.findByLabelText('Comment'), 'Verified under the national requirement.');
    await userEvent.click(screen.getByRole('button', { name: 'Verify this PSII' }));
    expect(post).toHaveBeenCalledWith('/api/v1/responses/{responseId}/verification', {
      params: { path: { responseId: RESPONSE_ID } },
      body: { version: 1, comment: 'Verified under the national requirement.' },
    });
    expect(await screen.findByText('The PSII is verified and has started.')).toBeTruthy();
    expect(screen.getByText('Chris Chief-Nurse')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verify this PSII' })).toBeNull();
  });

  it('a verification after someone else changed the response offers to reload it', async () => {
    const post = vi.fn(async () => ({ error: { type: 'x', title: 'Conflict', status: 409, code: 'stale-version' }, response: new Response(null, { status: 409 }) }));
    setup(['chief-nurse'], post);
    await userEvent.type(await screen.findByLabelText('Comment'), 'Verified.');
    await userEvent.click(screen.getByRole('button', { name: 'Verify this PSII' }));
    expect(await screen.findByRole('heading', { name: 'This learning response changed after you opened it' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the response' })).toBeTruthy();
    expect(screen.queryByText('The PSII is verified and has started.')).toBeNull();
  });

  it('a patient safety specialist waits for the chief nurse and cannot verify', async () => {
    setup(['patient-safety-specialist']);
    expect(await screen.findByText('Waiting for the Chief Nurse to verify this PSII.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Verify this PSII' })).toBeNull();
  });

  it('the chief nurse reads the external notifications but has no form', async () => {
    setup(['chief-nurse']);
    expect(await screen.findByText('LFPSE-7F3K-2291')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save external notifications' })).toBeNull();
  });

  it('a specialist records a notification date day, month and year, and the initial report', async () => {
    const put = vi.fn(async () => ok({ ...PSII, version: 2, externalNotifications: { ...PSII.externalNotifications, cqcNotifiedOn: '2026-11-24', initialReportStatus: 'sent', initialReportSentOn: '2026-11-24' } }));
    setup(['patient-safety-specialist'], put);
    const cqc = await screen.findByRole('group', { name: 'CQC notified' });
    await userEvent.type(within(cqc).getByLabelText('Day'), '24');
    await userEvent.type(within(cqc).getByLabelText('Month'), '11');
    await userEvent.type(within(cqc).getByLabelText('Year'), '2026');
    const sent = screen.getByRole('group', { name: 'Initial report sent' });
    await userEvent.type(within(sent).getByLabelText('Day'), '24');
    await userEvent.type(within(sent).getByLabelText('Month'), '11');
    await userEvent.type(within(sent).getByLabelText('Year'), '2026');
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T12:00:00Z') });
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Save external notifications' }));
    } finally {
      vi.useRealTimers();
    }
    expect(put).toHaveBeenCalledWith('/api/v1/responses/{responseId}/external-notifications', {
      params: { path: { responseId: RESPONSE_ID } },
      body: {
        version: 1,
        lfpseReference: 'LFPSE-7F3K-2291',
        icbNotifiedOn: '2026-11-23',
        cqcNotifiedOn: '2026-11-24',
        otherOrganisations: [{ name: 'East of England Ambulance Service', notifiedOn: '2026-11-23' }],
        initialReportSentOn: '2026-11-24',
      },
    });
    expect(await screen.findByText('External notifications saved.')).toBeTruthy();
    expect(screen.getByText('Sent')).toBeTruthy();
  });

  it('a date in the future is refused before sending, linking to its day box', async () => {
    const put = vi.fn();
    setup(['patient-safety-specialist'], put);
    const icb = await screen.findByRole('group', { name: 'ICB notified' });
    await userEvent.clear(within(icb).getByLabelText('Year'));
    await userEvent.type(within(icb).getByLabelText('Year'), '2999');
    await userEvent.click(screen.getByRole('button', { name: 'Save external notifications' }));
    expect(screen.getByRole('link', { name: 'The date the ICB was notified must be today or in the past' }).getAttribute('href')).toBe('#notifications-icbNotifiedOn-day');
    expect(put).not.toHaveBeenCalled();
  });

  it('adds another organisation notified', async () => {
    setup(['patient-safety-specialist']);
    await userEvent.click(await screen.findByRole('button', { name: 'Add another organisation' }));
    const second = screen.getByRole('group', { name: 'Organisation 2' });
    expect(within(second).getByLabelText('Name')).toBeTruthy();
    await userEvent.click(within(second).getByRole('button', { name: 'Remove organisation 2' }));
    expect(screen.queryByRole('group', { name: 'Organisation 2' })).toBeNull();
  });
});

describe('the list of learning responses', () => {
  it('filters by status and shows the initial report status as text', async () => {
    const summary = { id: RESPONSE_ID, reference: 'LR-2026-0003', type: 'psii', typeDisplay: PSII.typeDisplay, status: 'awaiting-verification', events: PSII.events, createdAt: PSII.createdAt, initialReportDueOn: '2026-11-25', initialReportStatus: 'due' };
    const get = vi.fn(async () => ok({ items: [summary], page: 0, size: 20, totalItems: 1, totalPages: 1 }));
    renderAt('/responses?status=awaiting-verification', [{ path: '/responses', element: <ResponsesListPage /> }], authState({ roles: ['chief-nurse'], api: { GET: get } as unknown as ApiClient }));
    expect((await screen.findByRole('link', { name: 'LR-2026-0003' })).getAttribute('href')).toBe(`/responses/${RESPONSE_ID}`);
    expect(get).toHaveBeenCalledWith('/api/v1/responses', { params: { query: { status: 'awaiting-verification', page: 0, size: 20 } } });
    expect(screen.getByText('Due', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('Due 25 November 2026')).toBeTruthy();
    expect(screen.getByText('Awaiting verification', { selector: 'strong' })).toBeTruthy();
  });
});
