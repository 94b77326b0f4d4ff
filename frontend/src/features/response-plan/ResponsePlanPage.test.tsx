import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { authState, renderAt } from '../../test/helpers';
import { ResponsePlanPage } from './ResponsePlanPage';
import { PLAN } from './testPlan';

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const notFound = () => ({
  error: { type: 'x', title: 'Not found', status: 404, code: 'not-found' },
  response: new Response(null, { status: 404 }),
});

function setup(roles: Role[], inForce = true, plan = PLAN) {
  const versions = [
    { id: PLAN.id, number: 2, status: 'in-force', periodFrom: PLAN.periodFrom, periodTo: PLAN.periodTo, reviewDate: PLAN.reviewDate, updatedAt: PLAN.updatedAt, approvedAt: PLAN.approvedAt, approvedBy: 'Chris Chief-Nurse' },
    { id: 'old', number: 1, status: 'superseded', periodFrom: '2025-03-01', periodTo: '2026-08-31', reviewDate: '2026-01-01', updatedAt: PLAN.updatedAt, approvedAt: PLAN.approvedAt },
  ];
  const get = vi.fn(async (path: string) =>
    path === '/api/v1/response-plan' ? (inForce ? ok(plan) : notFound()) : ok(inForce ? versions : []),
  );
  renderAt('/plan', [{ path: '/plan', element: <ResponsePlanPage /> }], authState({ roles, api: { GET: get } as unknown as ApiClient }));
}

describe('response plan page', () => {
  it('anyone reads the plan in force: period, priorities, equality impact and history', async () => {
    setup(['coach']);
    expect(await screen.findByRole('heading', { level: 1, name: /Response plan/ })).toBeTruthy();
    expect(screen.getAllByText('1 September 2026 to 29 February 2028')).toHaveLength(2);
    expect(screen.getByText('Category 3 and 4 pressure ulcers')).toBeTruthy();
    expect(screen.getByText('Multi-incident review (MDT)')).toBeTruthy();
    expect(screen.getByText('Considered Gender reassignment')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Version 1' }).getAttribute('href')).toBe('/plan/versions/old');
    expect(screen.queryByRole('button', { name: 'Start a new draft' })).toBeNull();
    expect(screen.queryByText('Review overdue')).toBeNull();
    expect(screen.queryByTestId('plan-review-overdue')).toBeNull();
  });

  it('a plan in force past its period shows "Review overdue" by its status and in a warning callout', async () => {
    setup(['coach'], true, { ...PLAN, periodFrom: '2023-09-01', periodTo: '2025-02-28', reviewDate: '2025-02-01', reviewOverdue: true });
    const callout = await screen.findByTestId('plan-review-overdue');
    expect(callout.className).toBe('nhsuk-warning-callout');
    expect(within(callout).getByText(/covered 1 September 2023 to 28 February 2025: its period has ended/)).toBeTruthy();
    const tags = screen.getAllByText('Review overdue');
    expect(tags).toHaveLength(2);
    tags.forEach((t) => expect(t.className).toBe('nhsuk-tag nhsuk-tag--red'));
  });

  it('says so when no plan is in force, and a specialist may start a draft', async () => {
    setup(['patient-safety-specialist', 'staff'], false);
    expect(await screen.findByText('No response plan is in force yet.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start a new draft' }).getAttribute('href')).toBe('/plan/new');
  });
});
