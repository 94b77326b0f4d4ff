import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../test/fakeApi';
import { EVENT as event, setupEventPage } from './testEvent';

describe('triage event page', () => {
  it('shows the event with patient details and history', async () => {
    setupEventPage();
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(screen.getByText('943 476 5919')).toBeTruthy();
    expect(screen.getByText('Jane Example')).toBeTruthy();
    expect(screen.getByText('80 to 89 years')).toBeTruthy();
  });

  it('sends the version it read with the triage', async () => {
    const put = vi.fn(async () => ok({ ...event, version: 4, status: 'in-triage' }));
    setupEventPage({ put });
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
    const { get } = setupEventPage({ put: vi.fn(async () => ({ error: conflict, response: new Response(null, { status: 409 }) })) });
    await userEvent.click(await screen.findByRole('button', { name: 'Save triage' }));
    expect(await screen.findByText('Someone else changed this event while you were working on it')).toBeTruthy();
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    const calls = get.mock.calls.length;
    await userEvent.click(screen.getByRole('button', { name: 'Reload the event' }));
    expect(get.mock.calls.length).toBeGreaterThan(calls);
  });

  it('the chief nurse reads the event and its documents but gets no forms', async () => {
    setupEventPage({ roles: ['chief-nurse', 'staff'] });
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Documents to review' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save triage' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add document' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Close as a duplicate' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Share with the reporter' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Record the panel decision' })).toBeNull();
  });

  it('a specialist records the panel decision of an open event from the event', async () => {
    setupEventPage();
    const link = await screen.findByRole('link', { name: 'Record the panel decision' });
    expect(link.getAttribute('href')).toBe(`/decisions/new?eventId=${event.id}`);
  });

  it('an event in a case links to its case, where the decision is recorded', async () => {
    setupEventPage({ shown: { ...event, case: { id: 'c1', reference: 'CASE-2026-0007', title: 'Heel ulcers' } } });
    const link = await screen.findByRole('link', { name: 'CASE-2026-0007: Heel ulcers' });
    expect(link.getAttribute('href')).toBe('/cases/c1');
    expect(screen.queryByRole('link', { name: 'Record the panel decision' })).toBeNull();
  });
});
