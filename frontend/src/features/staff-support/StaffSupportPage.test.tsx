import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { authState, renderAt } from '../../test/helpers';
import { StaffSupportPage } from './StaffSupportPage';
import type { StaffSupport, StaffSupportList } from './types';

const RESPONSE_ID = 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90';
const SUPPORT_ID = 'e5000000-5555-4a2e-9a51-2f0e1c7d8b90';
const ok = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });

const STEPS: StaffSupportList['steps'] = [
  { code: 'immediate-needs', stage: 'immediate', stageTitle: 'IMMEDIATE SUPPORT', text: 'Line manager explores any immediate support needs for their staff and clearly documents this' },
  { code: 'reviewer-contact', stage: 'continued', stageTitle: 'CONTINUED SUPPORT', text: 'Reviewer initiates contact with staff member and follows guidance for the review process' },
];

const DANA: StaffSupport = {
  id: SUPPORT_ID,
  version: 0,
  staffName: 'Dana Nurse',
  staffRole: 'District nurse',
  lineManager: { personId: 'f6000000-5555-4a2e-9a51-2f0e1c7d8b90', name: 'Robin Manager' },
  hrContacted: false,
  steps: STEPS.map((s, i) => ({ code: s.code, stage: s.stage, text: s.text, ...(i === 0 ? { doneOn: '2026-11-20' } : {}) })),
  updatedAt: '2026-11-20T10:00:00Z',
};

const LIST: StaffSupportList = { responseId: RESPONSE_ID, reference: 'LR-2026-0003', mayAdd: true, items: [DANA], staffInvolvedInEvents: [{ name: 'Dana Nurse', role: 'District nurse' }, { name: 'Kim Carer', role: 'Healthcare assistant' }], steps: STEPS };

function setup(roles: Role[], list: StaffSupportList | 'forbidden' = LIST, write = vi.fn(async () => ok(DANA))) {
  const get = vi.fn(async () => (list === 'forbidden' ? { error: undefined, response: new Response(null, { status: 403 }) } : ok(list)));
  const api = { GET: get, POST: write, PUT: write } as unknown as ApiClient;
  renderAt(`/responses/${RESPONSE_ID}/staff-support`, [{ path: '/responses/:id/staff-support', element: <StaffSupportPage id={RESPONSE_ID} /> }], authState({ roles, api }));
  return write;
}

describe('staff support', () => {
  it('shows each member of staff supported and offers to start support for others named on the reports', async () => {
    setup(['patient-safety-specialist']);
    expect(await screen.findByRole('heading', { level: 1, name: /Staff support/ })).toBeTruthy();
    const card = screen.getByRole('region', { name: 'Dana Nurse' });
    expect(within(card).getByText('Robin Manager')).toBeTruthy();
    expect(within(card).getByText(/20 November 2026: Line manager explores any immediate support needs/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start support for Kim Carer (Healthcare assistant)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Start support for Dana Nurse/ })).toBeNull();
  });

  // Many fields typed on a shared 2-core machine: more than the default 5 s under load.
  it('the line manager records a step with its date, keeping themselves linked', { timeout: 15000 }, async () => {
    const put = setup(['staff'], { ...LIST, mayAdd: false, staffInvolvedInEvents: [] });
    await userEvent.click(await screen.findByRole('button', { name: 'Record support for Dana Nurse' }));
    const step = screen.getByRole('group', { name: /Reviewer initiates contact/ });
    await userEvent.type(within(step).getByLabelText('Day'), '21');
    await userEvent.type(within(step).getByLabelText('Month'), '11');
    await userEvent.type(within(step).getByLabelText('Year'), '2026');
    await userEvent.click(screen.getByLabelText('HR was contacted'));
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-24T12:00:00Z') });
    try {
      await userEvent.click(screen.getByRole('button', { name: 'Save staff support' }));
    } finally {
      vi.useRealTimers();
    }
    expect(put).toHaveBeenCalledWith('/api/v1/responses/{responseId}/staff-support/{supportId}', {
      params: { path: { responseId: RESPONSE_ID, supportId: SUPPORT_ID } },
      body: {
        version: 0,
        staffName: 'Dana Nurse',
        staffRole: 'District nurse',
        lineManager: { personId: 'f6000000-5555-4a2e-9a51-2f0e1c7d8b90' },
        hrContacted: true,
        steps: [
          { code: 'immediate-needs', doneOn: '2026-11-20' },
          { code: 'reviewer-contact', doneOn: '2026-11-21' },
        ],
      },
    });
    expect(await screen.findByText('Support for Dana Nurse saved.')).toBeTruthy();
  });

  it('a new record needs the staff member and the line manager', async () => {
    const post = setup(['chief-nurse']);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a member of staff' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save staff support' }));
    expect(screen.getByRole('link', { name: "Enter the staff member's name" }).getAttribute('href')).toBe('#support-staff-name');
    expect(screen.getByRole('link', { name: 'Enter the line manager' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('someone not giving the support is told they have no access', async () => {
    setup(['learning-response-lead'], 'forbidden');
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access' })).toBeTruthy();
    expect(screen.queryByText('Dana Nurse')).toBeNull();
  });
});
