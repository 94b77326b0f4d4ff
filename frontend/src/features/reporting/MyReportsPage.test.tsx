import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { EventDetail } from '../../shared/api/types';
import { getByPath } from '../../test/fakeApi';
import { TAXONOMY, authState, renderAt } from '../../test/helpers';
import { EVENT } from '../triage/testEvent';
import { MyReportPage, MyReportsPage } from './MyReportsPage';

const DECIDED: EventDetail = {
  ...EVENT,
  status: 'decided',
  outcome: {
    responseType: 'after-action-review',
    responseTypeDisplay: 'After Action Review (AAR)',
    decidedAt: '2026-11-25T10:00:00Z',
    learning: 'Heels are now checked at every visit.',
    learningSharedAt: '2026-12-01T10:00:00Z',
  },
};

const api = (answers: Record<string, unknown>) => ({ GET: getByPath(answers) }) as unknown as ApiClient;

describe('my reports', () => {
  it('each report says where it is in plain words, the response chosen and what was learnt', async () => {
    const page = { items: [DECIDED], page: 0, size: 20, totalItems: 1, totalPages: 1 };
    renderAt('/my-reports', [{ path: '/my-reports', element: <MyReportsPage /> }], authState({ roles: ['staff'], api: api({ '/api/v1/events/mine': page }) }));
    expect(await screen.findByText('The patient safety team has decided how to respond to it.')).toBeTruthy();
    expect(screen.getByText('After Action Review (AAR)')).toBeTruthy();
    expect(screen.getByText('Heels are now checked at every visit.')).toBeTruthy();
  });

  it('one report shows what happens to it before what was reported', async () => {
    renderAt(
      `/my-reports/${EVENT.id}`,
      [{ path: '/my-reports/:id', element: <MyReportPage id={EVENT.id} /> }],
      authState({ roles: ['staff'], api: api({ '/api/v1/events/{eventId}': DECIDED, '/api/v1/reference/taxonomy': TAXONOMY }) }),
    );
    expect(await screen.findByRole('heading', { name: 'What happens to your report' })).toBeTruthy();
    expect(screen.getByText('After Action Review (AAR) (decided 25 Nov 2026, 10:00)')).toBeTruthy();
    expect(screen.getByText('What was learnt')).toBeTruthy();
    expect(screen.getByText(/^Shared 1 Dec 2026/)).toBeTruthy();
  });

  it('a report still being looked at has no response or learning yet', async () => {
    renderAt(
      `/my-reports/${EVENT.id}`,
      [{ path: '/my-reports/:id', element: <MyReportPage id={EVENT.id} /> }],
      authState({ roles: ['staff'], api: api({ '/api/v1/events/{eventId}': { ...EVENT, status: 'in-triage' }, '/api/v1/reference/taxonomy': TAXONOMY }) }),
    );
    expect(await screen.findByText('The patient safety team is looking at it.')).toBeTruthy();
    expect(screen.queryByText('Response chosen')).toBeNull();
    expect(screen.queryByText('What was learnt')).toBeNull();
  });
});
