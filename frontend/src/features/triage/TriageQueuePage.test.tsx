import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { EventSummary, Role } from '../../shared/api/types';
import { getByPath } from '../../test/fakeApi';
import { ShowLocation, TAXONOMY, authState, renderAt } from '../../test/helpers';
import { EVENT } from './testEvent';
import { TriageQueuePage } from './TriageQueuePage';

const summary = (id: string, reference: string, status: EventSummary['status'] = 'submitted'): EventSummary => ({
  id,
  reference,
  status,
  reportedAt: EVENT.reportedAt,
  occurredAt: EVENT.occurredAt,
  eventType: 'incident',
  category: EVENT.category,
  physicalHarm: EVENT.physicalHarm,
  psychologicalHarm: EVENT.psychologicalHarm,
  location: EVENT.location,
  patientInvolved: true,
});
const A = summary('0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90', 'PSE-2026-000123');
const B = summary('7d0e4c1b-1f0a-4a53-8f1e-52b1f5a7c9d2', 'PSE-2026-000124');
const CLOSED = summary('9a8b7c6d-1f0a-4a53-8f1e-52b1f5a7c9d2', 'PSE-2026-000100', 'closed');

function setup(roles: Role[]) {
  const page = { items: [A, B, CLOSED], page: 0, size: 20, totalItems: 3, totalPages: 1 };
  const api = { GET: getByPath({ '/api/v1/events': page, '/api/v1/reference/taxonomy': TAXONOMY }) } as unknown as ApiClient;
  renderAt(
    '/triage',
    [
      { path: '/triage', element: <TriageQueuePage /> },
      { path: '/cases/new', element: <ShowLocation /> },
    ],
    authState({ roles, api }),
  );
}

describe('triage queue', () => {
  it('a specialist selects events by their reference and groups them into a new case', async () => {
    setup(['patient-safety-specialist', 'staff']);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select PSE-2026-000123' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select PSE-2026-000124' }));
    expect(screen.getByText('2 events selected')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Group selected events into a case' }));
    expect((await screen.findByTestId('location')).textContent).toBe(`/cases/new?eventId=${A.id}&eventId=${B.id}`);
  });

  it('one event is not a group: the error summary says to select at least 2', async () => {
    setup(['patient-safety-specialist', 'staff']);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Select PSE-2026-000123' }));
    await userEvent.click(screen.getByRole('button', { name: 'Group selected events into a case' }));
    const summaryBox = await screen.findByRole('alert');
    expect(within(summaryBox).getByRole('link', { name: 'Select at least 2 events to group into a case' }).getAttribute('href')).toBe(`#select-${A.id}`);
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('a closed event cannot be selected', async () => {
    setup(['patient-safety-specialist', 'staff']);
    await screen.findByRole('checkbox', { name: 'Select PSE-2026-000123' });
    expect(screen.queryByRole('checkbox', { name: 'Select PSE-2026-000100' })).toBeNull();
  });

  it('the chief nurse reads the queue and the cases but groups nothing', async () => {
    setup(['chief-nurse', 'staff']);
    expect(await screen.findByRole('link', { name: 'PSE-2026-000123' })).toBeTruthy();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Group selected events into a case' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Cases' }).getAttribute('href')).toBe('/cases');
  });
});
