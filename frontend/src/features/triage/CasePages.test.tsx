import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { EVENT } from './testEvent';
import { CasePage } from './CasePage';
import { CasesPage } from './CasesPage';
import { NewCasePage } from './NewCasePage';
import { A, B, CASE } from './testCase';

const PSS: Role[] = ['patient-safety-specialist', 'staff'];

function showCase({ roles = PSS, shown = CASE, put = vi.fn() }: { roles?: Role[]; shown?: typeof CASE; put?: ReturnType<typeof vi.fn> } = {}) {
  const api = { GET: getByPath({ '/api/v1/cases/{caseId}': shown }), PUT: put } as unknown as ApiClient;
  renderAt(`/cases/${shown.id}`, [{ path: '/cases/:id', element: <CasePage id={shown.id} /> }], authState({ roles, api }));
}

describe('new case', () => {
  function setup(post: ReturnType<typeof vi.fn>, query = `eventId=${A.id}&eventId=${B.id}`) {
    const get = vi.fn(async (_path: string, init: { params: { path: { eventId: string } } }) =>
      ok({ ...EVENT, id: init.params.path.eventId, reference: init.params.path.eventId === A.id ? A.reference : B.reference }),
    );
    const api = { GET: get, POST: post } as unknown as ApiClient;
    renderAt(
      `/cases/new?${query}`,
      [
        { path: '/cases/new', element: <NewCasePage /> },
        { path: '/cases/:id', element: <ShowLocation /> },
      ],
      authState({ roles: PSS, api }),
    );
  }

  it('groups the selected events under a title and theme, then opens the case', async () => {
    const post = vi.fn(async () => ok(CASE, 201));
    setup(post);
    expect(await screen.findByRole('link', { name: 'PSE-2026-000123' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PSE-2026-000124' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Title'), 'Heel pressure ulcers');
    await userEvent.type(screen.getByLabelText('Theme (optional)'), 'Offloading of heels');
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));
    expect(post).toHaveBeenCalledWith('/api/v1/cases', {
      body: { title: 'Heel pressure ulcers', theme: 'Offloading of heels', eventIds: [A.id, B.id] },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/cases/${CASE.id}`);
  });

  it('an event already in another case is named in the error summary, linking to it', async () => {
    const post = vi.fn(async () =>
      problem(400, [{ field: 'eventIds[1]', code: 'already-in-case', message: 'PSE-2026-000124 is already in case CASE-2026-0003' }]),
    );
    setup(post);
    await userEvent.type(await screen.findByLabelText('Title'), 'Heels');
    await userEvent.click(screen.getByRole('button', { name: 'Create case' }));
    const link = await screen.findByRole('link', { name: 'PSE-2026-000124 is already in case CASE-2026-0003' });
    expect(link.getAttribute('href')).toBe('#case-event-1');
    expect(document.getElementById('case-event-1')?.textContent).toBe('PSE-2026-000124');
  });

  it('without a title nothing is sent', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(await screen.findByRole('button', { name: 'Create case' }));
    expect(await screen.findByRole('link', { name: 'Enter a title for the case' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('with no events selected it sends the person back to the triage queue', async () => {
    setup(vi.fn(), '');
    expect(await screen.findByText('No events were selected.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create case' })).toBeNull();
  });
});

describe('case page', () => {
  it('shows the case with a link to each event and to record its panel decision', async () => {
    showCase();
    expect(await screen.findByRole('heading', { level: 1, name: /Heel pressure ulcers/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PSE-2026-000123' }).getAttribute('href')).toBe(`/triage/${A.id}`);
    expect(screen.getByRole('link', { name: 'Record the panel decision' }).getAttribute('href')).toBe(`/decisions/new?caseId=${CASE.id}`);
  });

  it('changes the title and theme with the version read, keeping the events', async () => {
    const put = vi.fn(async () => ok({ ...CASE, version: 3, title: 'Heel ulcers, North team' }));
    showCase({ put });
    const title = await screen.findByLabelText('Title');
    await userEvent.clear(title);
    await userEvent.type(title, 'Heel ulcers, North team');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(put).toHaveBeenCalledWith('/api/v1/cases/{caseId}', {
      params: { path: { caseId: CASE.id } },
      body: { version: 2, title: 'Heel ulcers, North team', theme: 'Offloading of heels', eventIds: [A.id, B.id] },
    });
    expect(await screen.findByText('Case saved.')).toBeTruthy();
  });

  it('removes an event after confirming, sending the other events', async () => {
    const put = vi.fn(async () => ok({ ...CASE, version: 3, events: [A] }));
    showCase({ put });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove PSE-2026-000124' }));
    expect(put).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove it' }));
    expect(put).toHaveBeenCalledWith('/api/v1/cases/{caseId}', {
      params: { path: { caseId: CASE.id } },
      body: { version: 2, title: CASE.title, theme: CASE.theme, eventIds: [A.id] },
    });
    expect(await screen.findByText('PSE-2026-000124 removed from the case.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'PSE-2026-000124' })).toBeNull();
  });

  it('a stale version says someone else changed the case', async () => {
    showCase({ put: vi.fn(async () => problem(409)) });
    await userEvent.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Someone else changed this case while you were working on it')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the case' })).toBeTruthy();
  });

  it('a decided case can no longer change and has no decision to record', async () => {
    showCase({ shown: { ...CASE, decided: true } });
    expect(await screen.findByText('Decided: the events of this case can no longer change')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Record the panel decision' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('the chief nurse reads the case but changes nothing', async () => {
    showCase({ roles: ['chief-nurse', 'staff'] });
    expect(await screen.findByRole('link', { name: 'PSE-2026-000124' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Record the panel decision' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });
});

describe('cases list', () => {
  it('lists the cases with their events and decision, a page at a time', async () => {
    const page = {
      items: [{ id: CASE.id, reference: CASE.reference, title: CASE.title, eventCount: 2, decided: false, createdAt: CASE.createdAt }],
      page: 0,
      size: 20,
      totalItems: 21,
      totalPages: 2,
    };
    const get = getByPath({ '/api/v1/cases': page });
    renderAt('/cases', [{ path: '/cases', element: <CasesPage /> }], authState({ roles: ['chief-nurse'], api: { GET: get } as unknown as ApiClient }));
    const row = (await screen.findByRole('link', { name: 'CASE-2026-0007' })).closest('tr')!;
    expect(row.getAttribute('class')).toContain('nhsuk-table__row');
    expect(within(row).getByText('Not decided yet')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/v1/cases', { params: { query: { page: 0, size: 20 } } });
    expect(screen.getByRole('link', { name: /Next/ }).getAttribute('href')).toBe('/cases?page=1');
  });
});
