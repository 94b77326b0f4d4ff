import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
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

/** Where the queue is, beside it (ShowLocation's test id is kept for the pages navigated to). */
function QueueLocation() {
  const location = useLocation();
  return <p data-testid="queue-location">{location.pathname + location.search}</p>;
}

function setup(roles: Role[], path = '/triage') {
  const page = { items: [A, B, CLOSED], page: 0, size: 20, totalItems: 3, totalPages: 1 };
  const get = getByPath({ '/api/v1/events': page, '/api/v1/reference/taxonomy': TAXONOMY });
  const api = { GET: get } as unknown as ApiClient;
  renderAt(
    path,
    [
      { path: '/triage', element: <><TriageQueuePage /><QueueLocation /></> },
      { path: '/cases/new', element: <ShowLocation /> },
    ],
    authState({ roles, api }),
  );
  return get;
}

const eventsQueries = (get: ReturnType<typeof setup>) =>
  (get.mock.calls as unknown as [string, { params: { query: Record<string, unknown> } }][]).filter(([path]) => path === '/api/v1/events').map(([, init]) => init.params.query);

describe('the triage queue opens on the events waiting for triage', () => {
  it('asks for the submitted events only, and its address says so', async () => {
    const get = setup(['patient-safety-specialist', 'staff']);
    await screen.findByRole('link', { name: 'PSE-2026-000123' });
    await vi.waitFor(() => expect(screen.getByTestId('queue-location').textContent).toBe('/triage?status=submitted'));
    expect(eventsQueries(get).map((q) => q.status)).toEqual(['submitted']);
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('submitted');
    expect(screen.getByText(/3 events waiting for triage, newest first/)).toBeTruthy();
  });

  it('may still list every status: "Any status" is ?status=all', async () => {
    const get = setup(['patient-safety-specialist', 'staff']);
    await screen.findByRole('link', { name: 'PSE-2026-000123' });
    await userEvent.click(screen.getByText('Filter events'));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Any status');
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    await vi.waitFor(() => expect(screen.getByTestId('queue-location').textContent).toBe('/triage?status=all'));
    await vi.waitFor(() => expect(eventsQueries(get).at(-1)?.status).toBeUndefined());
    expect(screen.getByText(/^3 events, newest first/)).toBeTruthy();
  });

  it('an address with ?status=all lists every status and stays as it is', async () => {
    const get = setup(['chief-nurse', 'staff'], '/triage?status=all');
    await screen.findByRole('link', { name: 'PSE-2026-000100' });
    expect(eventsQueries(get).map((q) => q.status)).toEqual([undefined]);
    expect(screen.getByTestId('queue-location').textContent).toBe('/triage?status=all');
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('');
  });
});

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
