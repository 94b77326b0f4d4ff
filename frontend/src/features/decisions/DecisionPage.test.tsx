import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { authState, renderAt } from '../../test/helpers';
import { DecisionPage } from './DecisionPage';
import { DecisionsListPage } from './DecisionsListPage';
import { DECISION, DECISION_ID, ok, problem } from './testDecisions';
import { decisionsRoutes } from './routes';
import type { Decision } from './types';

const APPROVED: Decision = {
  ...DECISION,
  version: 3,
  status: 'approved',
  canApprove: false,
  chairApproval: { by: 'Chris Chief-Nurse', at: '2026-11-24T09:00:00Z', comment: 'Agreed.' },
  response: { id: 'r1', reference: 'LR-2026-0003', type: 'after-action-review', status: 'in-progress' },
};

function setup(roles: Role[], post = vi.fn(), decision: Decision = DECISION) {
  const api = { GET: vi.fn(async () => ok(decision)), POST: post } as unknown as ApiClient;
  renderAt(`/decisions/${DECISION_ID}`, [{ path: '/decisions/:id', element: <DecisionPage id={DECISION_ID} /> }], authState({ roles, api }));
}

describe('a panel decision', () => {
  it('shows the panel with its chair, what was reviewed, the proposal and why the panel departed from it', async () => {
    setup(['chief-nurse']);
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(screen.getByText('Awaiting chair approval')).toBeTruthy();
    expect(screen.getByText('(chair)')).toBeTruthy();
    expect(screen.getByText('Chronology of care')).toBeTruthy();
    expect(screen.getByText('Multi-incident review (MDT)')).toBeTruthy();
    expect(screen.getByText(DECISION.departureRationale as string)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'PSE-2026-000123' }).getAttribute('href')).toBe(`/triage/${DECISION.events[0].id}`);
  });

  it('a specialist may edit it while it awaits approval, and approve it when the API says they chair it', async () => {
    setup(['patient-safety-specialist', 'staff']);
    expect((await screen.findByRole('link', { name: 'Edit this decision' })).getAttribute('href')).toBe(`/decisions/${DECISION_ID}/edit`);
    expect(screen.getByRole('button', { name: 'Approve as chair' })).toBeTruthy();
  });

  it('"Approve as chair" is not offered to anyone the API says may not approve it; they are told who approves', async () => {
    setup(['patient-safety-specialist', 'staff'], vi.fn(), { ...DECISION, canApprove: false });
    expect(await screen.findByText(/Dr A Senior, the chair of the panel, approves this decision signed in as themself, or the Chief Nurse does/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve as chair' })).toBeNull();
    expect(screen.queryByLabelText('Comment (optional)')).toBeNull();
    expect(screen.getByRole('link', { name: 'Edit this decision' })).toBeTruthy();
  });

  it('the chief nurse sees no edit link', async () => {
    setup(['chief-nurse']);
    expect(await screen.findByRole('button', { name: 'Approve as chair' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Edit this decision' })).toBeNull();
  });

  it('the chair approves with the version read and a comment, then sees the approval and the learning response', async () => {
    const post = vi.fn(async () => ok(APPROVED));
    setup(['chief-nurse'], post);
    await userEvent.type(await screen.findByLabelText('Comment (optional)'), 'Agreed.');
    await userEvent.click(screen.getByRole('button', { name: 'Approve as chair' }));
    expect(post).toHaveBeenCalledWith('/api/v1/decisions/{decisionId}/chair-approval', {
      params: { path: { decisionId: DECISION_ID } },
      body: { version: 2, comment: 'Agreed.' },
    });
    expect(await screen.findByText('Chris Chief-Nurse')).toBeTruthy();
    expect(screen.getByRole('link', { name: /LR-2026-0003/ }).getAttribute('href')).toBe('/responses/r1');
    expect(screen.queryByRole('button', { name: 'Approve as chair' })).toBeNull();
  });

  it('approving one’s own decision is refused in the error summary', async () => {
    const post = vi.fn(async () => problem(400, 'validation-failed', [{ field: 'decisionId', code: 'own-decision', message: 'The chair must not be the person who recorded the decision' }]));
    setup(['patient-safety-specialist'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve as chair' }));
    expect(await screen.findByText('You recorded or last changed this decision; the chair or the Chief Nurse must approve it')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The decision has not been approved' })).toBeTruthy();
  });

  it('an approval after someone else changed the decision offers to reload it', async () => {
    const get = vi.fn(async () => ok(DECISION));
    const post = vi.fn(async () => problem(409, 'stale-version'));
    renderAt(`/decisions/${DECISION_ID}`, [{ path: '/decisions/:id', element: <DecisionPage id={DECISION_ID} /> }], authState({ roles: ['chief-nurse'], api: { GET: get, POST: post } as unknown as ApiClient }));
    await userEvent.click(await screen.findByRole('button', { name: 'Approve as chair' }));
    expect(await screen.findByRole('heading', { name: 'This decision changed after you opened it' })).toBeTruthy();
    expect(screen.getByText('It was not approved. Reload it to read the latest version before approving.')).toBeTruthy();
    expect(document.activeElement?.className).toBe('nhsuk-error-summary');
    await userEvent.click(screen.getByRole('button', { name: 'Reload the decision' }));
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('an approved decision offers no approval or edit', async () => {
    setup(['patient-safety-specialist'], vi.fn(), APPROVED);
    expect(await screen.findByText('Approved', { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve as chair' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit this decision' })).toBeNull();
  });
});

describe('a panel decision opened by its chair with only the staff role', () => {
  /** As the app routes it: behind the decision page's guard (the roles of getDecision). */
  function setupStaff(get: ReturnType<typeof vi.fn>, post = vi.fn()) {
    const api = { GET: get, POST: post } as unknown as ApiClient;
    const route = decisionsRoutes.find((r) => r.path === '/decisions/:id')!;
    renderAt(`/decisions/${DECISION_ID}`, [{ path: '/decisions/:id', element: route.element }], authState({ roles: ['staff'], api }));
  }

  it('opens it, approves it as chair, and is offered no links to pages their role does not open', async () => {
    const post = vi.fn(async () => ok(APPROVED));
    setupStaff(vi.fn(async () => ok(DECISION)), post);
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(screen.getByText(DECISION.minutes)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'PSE-2026-000123' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit this decision' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Panel decisions' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('href')).toBe('/');
    await userEvent.click(screen.getByRole('button', { name: 'Approve as chair' }));
    expect(post).toHaveBeenCalledWith('/api/v1/decisions/{decisionId}/chair-approval', {
      params: { path: { decisionId: DECISION_ID } },
      body: { version: 2 },
    });
    expect(await screen.findByText('The decision is approved. The events are decided and their reporters have been told.')).toBeTruthy();
    expect(screen.getByText(`LR-2026-0003 – ${APPROVED.responseTypeDisplay}`)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /LR-2026-0003/ })).toBeNull();
  });

  it('a member of staff who does not chair it is told they have no access (403 from the API)', async () => {
    setupStaff(vi.fn(async () => problem(403, 'forbidden')));
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve as chair' })).toBeNull();
  });
});

describe('the list of panel decisions', () => {
  it('asks for the status in the address and links each decision', async () => {
    const get = vi.fn(async () => ok({ items: [DECISION], page: 0, size: 20, totalItems: 1, totalPages: 1 }));
    renderAt('/decisions?status=awaiting-chair-approval', [{ path: '/decisions', element: <DecisionsListPage /> }], authState({ roles: ['chief-nurse'], api: { GET: get } as unknown as ApiClient }));
    expect((await screen.findByRole('link', { name: 'PSE-2026-000123' })).getAttribute('href')).toBe(`/decisions/${DECISION_ID}`);
    expect(get).toHaveBeenCalledWith('/api/v1/decisions', { params: { query: { status: 'awaiting-chair-approval', page: 0, size: 20 } } });
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('awaiting-chair-approval');
    expect(screen.getByText('1 decision, newest first. Page 1 of 1.')).toBeTruthy();
  });
});
