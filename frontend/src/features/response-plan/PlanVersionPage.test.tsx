import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { PlanVersion, Role } from '../../shared/api/types';
import { authState, renderAt } from '../../test/helpers';
import { PlanVersionPage } from './PlanVersionPage';
import { PLAN } from './testPlan';

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const DRAFT: PlanVersion = {
  ...PLAN,
  status: 'draft',
  version: 3,
  approvedAt: undefined,
  approvedBy: undefined,
  equalityImpact: {
    ...PLAN.equalityImpact,
    groups: PLAN.equalityImpact.groups.map((g, i) => (i === 2 ? { ...g, impact: 'negative' } : g)),
    negativeImpact: true,
    fullAssessmentRequired: true,
  },
};

function setup(roles: Role[], post = vi.fn()) {
  const api = { GET: vi.fn(async () => ok(DRAFT)), POST: post } as unknown as ApiClient;
  renderAt(`/plan/versions/${DRAFT.id}`, [{ path: '/plan/versions/:id', element: <PlanVersionPage id={DRAFT.id} /> }], authState({ roles, api }));
}

describe('response plan version page', () => {
  it('a draft with a negative impact says a full assessment is required', async () => {
    setup(['chief-nurse', 'staff']);
    expect(await screen.findByText('Full assessment required')).toBeTruthy();
    expect(screen.getByText('Required, not recorded yet.')).toBeTruthy();
  });

  it('the chief nurse approves with the version read; a refusal shows the error summary', async () => {
    const blocked = {
      type: 'x', title: 'There is a problem with the request', status: 400, code: 'validation-failed',
      errors: [{ field: 'equalityImpact.fullAssessment', code: 'full-assessment-required', message: 'A negative impact was found: record the full Equality Impact Assessment' }],
    };
    const post = vi.fn(async () => ({ error: blocked, response: new Response(null, { status: 400 }) }));
    setup(['chief-nurse', 'staff'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(post).toHaveBeenCalledWith('/api/v1/response-plan/versions/{versionId}/approval', {
      params: { path: { versionId: DRAFT.id } },
      body: { version: 3 },
    });
    expect(await screen.findByText('This version cannot be approved yet')).toBeTruthy();
    const link = screen.getByRole('link', { name: /record the full Equality Impact Assessment/ });
    expect(link.getAttribute('href')).toBe('#plan-equalityImpact-fullAssessment-title');
    expect(document.getElementById('plan-equalityImpact-fullAssessment-title')).toBeTruthy();
  });

  it('an approval that succeeds says the version is in force', async () => {
    const post = vi.fn(async () => ok({ ...DRAFT, status: 'in-force', version: 4, approvedAt: '2026-11-23T12:00:00Z' }));
    setup(['chief-nurse'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(await screen.findByText(`Version ${DRAFT.number} is approved and now in force.`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('a specialist may edit the draft but not approve it', async () => {
    setup(['patient-safety-specialist', 'staff']);
    expect((await screen.findByRole('button', { name: 'Edit this draft' })).getAttribute('href')).toBe(`/plan/versions/${DRAFT.id}/edit`);
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
  });

  it('an approval after someone else changed the version says to reload the page', async () => {
    const post = vi.fn(async () => ({ error: { type: 'x', title: 'Conflict', status: 409, code: 'stale-version' }, response: new Response(null, { status: 409 }) }));
    setup(['chief-nurse'], post);
    await userEvent.click(await screen.findByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Someone else changed this version after you opened it. Reload the page to see the latest version.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.queryByText(`Version ${DRAFT.number} is approved and now in force.`)).toBeNull();
  });
});
