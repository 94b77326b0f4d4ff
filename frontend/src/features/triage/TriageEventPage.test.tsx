import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { EventDetail } from '../../shared/api/types';
import { authState, renderAt, TAXONOMY } from '../../test/helpers';
import { TriageEventPage } from './TriageEventPage';

const event: EventDetail = {
  id: '0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90',
  reference: 'PSE-2026-000123',
  version: 3,
  status: 'submitted',
  reportedAt: '2026-11-20T15:00:00Z',
  occurredAt: '2026-11-20T14:30:00Z',
  eventType: 'incident',
  category: { code: 'pressure-ulcer', display: 'Pressure ulcer' },
  physicalHarm: { code: '4', display: 'Low physical harm' },
  psychologicalHarm: { code: '4', display: 'No psychological harm' },
  location: { code: 'LOC-DN-NORTH', name: 'District nursing north', service: 'District nursing', directorate: 'Community' },
  anonymous: false,
  identifiable: true,
  reporterName: 'Sam Staff',
  whatHappened: 'Ulcer found at a home visit.',
  patientInvolved: true,
  patient: { name: 'Jane Example', nhsNumber: '9434765919', ageBracket: 11 },
  history: [{ at: '2026-11-20T15:00:00Z', status: 'submitted', by: 'Sam Staff' }],
};

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });

function setup(put: ReturnType<typeof vi.fn>, roles: ('patient-safety-specialist' | 'chief-nurse' | 'staff')[] = ['patient-safety-specialist', 'staff']) {
  const get = vi.fn(async (path: string) => (path === '/api/v1/reference/taxonomy' ? ok(TAXONOMY) : ok(event)));
  const api = { GET: get, PUT: put } as unknown as ApiClient;
  renderAt(`/triage/${event.id}`, [{ path: '/triage/:id', element: <TriageEventPage id={event.id} /> }], authState({ roles, api }));
  return { get };
}

describe('triage event page', () => {
  it('shows the event with patient details and history', async () => {
    setup(vi.fn());
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(screen.getByText('943 476 5919')).toBeTruthy();
    expect(screen.getByText('Jane Example')).toBeTruthy();
    expect(screen.getByText('80 to 89 years')).toBeTruthy();
  });

  it('sends the version it read with the triage', async () => {
    const put = vi.fn(async () => ok({ ...event, version: 4, status: 'in-triage' }));
    setup(put);
    await userEvent.selectOptions(await screen.findByLabelText('Status'), 'in-triage');
    await userEvent.type(screen.getByLabelText('Note'), 'Reviewed');
    await userEvent.click(screen.getByRole('button', { name: 'Save triage' }));
    expect(put).toHaveBeenCalledWith('/api/v1/events/{eventId}/triage', {
      params: { path: { eventId: event.id } },
      body: { version: 3, status: 'in-triage', categoryCode: 'pressure-ulcer', physicalHarm: 4, psychologicalHarm: 4, note: 'Reviewed' },
    });
    expect(await screen.findByText('Triage saved.')).toBeTruthy();
  });

  it('a 409 says someone else changed the event and offers a reload', async () => {
    const conflict = { type: 'x', title: 'Conflict', status: 409, code: 'stale-version' };
    const { get } = setup(vi.fn(async () => ({ error: conflict, response: new Response(null, { status: 409 }) })));
    await userEvent.click(await screen.findByRole('button', { name: 'Save triage' }));
    expect(await screen.findByText('Someone else changed this event while you were working on it')).toBeTruthy();
    const calls = get.mock.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Reload the event' }));
    expect(get.mock.calls.length).toBeGreaterThan(calls);
  });

  it('the chief nurse sees the event but no triage form', async () => {
    setup(vi.fn(), ['chief-nurse', 'staff']);
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save triage' })).toBeNull();
  });
});
