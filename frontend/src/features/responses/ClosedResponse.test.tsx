import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok } from '../../test/fakeApi';
import { authState, renderAt } from '../../test/helpers';
import { OversightGroupPage } from '../oversight/OversightGroupPage';
import { OversightResponsePage } from '../oversight/OversightResponsePage';
import { GROUP, GROUP_ID, RESPONSE, RESPONSE_ID as OVERSEEN_ID } from '../oversight/testOversight';
import { ResponsePage } from './ResponsePage';
import { ResponsesListPage } from './ResponsesListPage';
import { PSII, RESPONSE_ID } from './testResponses';
import type { LearningResponse } from './types';

/** Issue 10: a closed response shows "Closed" wherever its timing is shown, never "On track" or "Initial report due". */

const CLOSED: LearningResponse = {
  ...PSII,
  version: 9,
  status: 'closed',
  startedAt: '2026-08-01T10:00:00Z',
  closedAt: '2026-11-30T10:00:00Z',
  externalNotifications: { ...PSII.externalNotifications, initialReportStatus: 'closed' },
  timeframe: {
    startedOn: '2026-08-01',
    defaultTargetOn: '2027-02-01',
    targetCompletionOn: '2027-02-01',
    latestAllowedOn: '2027-02-01',
    pausedDays: 0,
    dueStatus: 'closed',
    pauses: [],
    extensions: [],
  },
};

const SUMMARY = {
  id: RESPONSE_ID, reference: 'LR-2026-0003', type: 'psii', typeDisplay: PSII.typeDisplay, status: 'closed', events: PSII.events, createdAt: PSII.createdAt,
  initialReportDueOn: '2026-11-25', initialReportStatus: 'closed', leadName: 'Lee Lead', targetCompletionOn: '2027-02-01', dueStatus: 'closed',
};

function expectNoTimingAlarm(where: HTMLElement = document.body) {
  expect(within(where).queryByText('On track')).toBeNull();
  expect(within(where).queryByText('Due')).toBeNull();
  expect(within(where).queryByText(/Initial report due/)).toBeNull();
}

describe('a closed learning response', () => {
  it.each([['learning-response-lead'], ['patient-safety-specialist']] as Role[][])('is "Closed" on the list of the %s, with no initial report due', async (role) => {
    const get = vi.fn(async () => ok({ items: [SUMMARY], page: 0, size: 20, totalItems: 1, totalPages: 1 }));
    renderAt('/responses', [{ path: '/responses', element: <ResponsesListPage /> }], authState({ roles: [role], api: { GET: get } as unknown as ApiClient }));
    const row = (await screen.findByRole('link', { name: 'LR-2026-0003' })).closest('tr') as HTMLElement;
    expect(within(row).getAllByText('Closed', { selector: 'strong' })).toHaveLength(3);
    expect(within(row).queryByText(/^Due /)).toBeNull();
    expectNoTimingAlarm(row);
    // "Closed" is a status, not a due-status filter
    expect([...(screen.getByLabelText('Due') as HTMLSelectElement).options].map((o) => o.value)).toEqual(['', 'on-track', 'near-due', 'overdue']);
  });

  it('is "Closed" on the response page: the timeframe and the initial report', async () => {
    const api = { GET: vi.fn(async () => ok(CLOSED)) } as unknown as ApiClient;
    renderAt(`/responses/${RESPONSE_ID}`, [{ path: '/responses/:id', element: <ResponsePage id={RESPONSE_ID} /> }], authState({ roles: ['chief-nurse'], api }));
    await screen.findByRole('heading', { name: 'Timeframe' });
    const target = screen.getByText('Target completion').closest('.nhsuk-summary-list__row') as HTMLElement;
    expect(within(target).getByText('Closed', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText(/Initial report was due 25 November 2026/)).toBeTruthy();
    expectNoTimingAlarm();
  });

  it("is \"Closed\" in the partner's de-identified view, on the group and on the response", async () => {
    const closedSummary = { ...GROUP.responses[0], status: 'closed', dueStatus: 'closed' };
    const get = getByPath({
      '/api/v1/oversight-groups/{groupId}': { ...GROUP, members: undefined, responses: [closedSummary] },
      '/api/v1/oversight-groups/{groupId}/responses/{responseId}': { ...RESPONSE, status: 'closed', dueStatus: 'closed' },
    });
    const auth = authState({ roles: ['patient-safety-partner'], api: { GET: get } as unknown as ApiClient });
    const { unmount } = renderAt(`/oversight-groups/${GROUP_ID}`, [{ path: '/oversight-groups/:id', element: <OversightGroupPage id={GROUP_ID} /> }], auth);
    expect(await screen.findByText(/1 February 2027 \(Closed\)/)).toBeTruthy();
    expect(screen.queryByText(/On track/)).toBeNull();
    unmount();
    renderAt('/x', [{ path: '/x', element: <OversightResponsePage groupId={GROUP_ID} responseId={OVERSEEN_ID} /> }], auth);
    expect(await screen.findByText('1 February 2027 (Closed)')).toBeTruthy();
    expect(screen.queryByText(/On track/)).toBeNull();
  });
});
