import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { PlanVersionInput } from '../../shared/api/types';
import { authState, renderAt, TAXONOMY } from '../../test/helpers';
import { PlanEditorPage } from './PlanEditorPage';
import { PLAN } from './testPlan';

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const notFound = () => ({ error: { type: 'x', title: 'Not found', status: 404, code: 'not-found' }, response: new Response(null, { status: 404 }) });

function setup(post: ReturnType<typeof vi.fn>, inForce = false) {
  const get = vi.fn(async (path: string) =>
    path === '/api/v1/reference/taxonomy' ? ok(TAXONOMY) : inForce ? ok(PLAN) : notFound(),
  );
  const api = { GET: get, POST: post } as unknown as ApiClient;
  renderAt(
    '/plan/new',
    [
      { path: '/plan/new', element: <PlanEditorPage /> },
      { path: '/plan/versions/:id', element: <p>Saved version page</p> },
    ],
    authState({ roles: ['patient-safety-specialist', 'staff'], api }),
  );
}

describe('draft editor', () => {
  it('shows the error summary for missing dates and an incomplete priority', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(await screen.findByRole('button', { name: 'Save draft' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Enter the date the plan starts' }).getAttribute('href')).toBe('#plan-periodFrom');
    expect(screen.getByRole('link', { name: 'Select the planned response' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('asks each of the eleven groups positive, negative or no impact', async () => {
    setup(vi.fn());
    expect(await screen.findByRole('group', { name: /Gender reassignment/ })).toBeTruthy();
    expect(screen.getAllByRole('radio', { name: 'Negative' })).toHaveLength(11);
  });

  it('starts from the plan in force and sends the draft; a server error names the field', async () => {
    const problem = {
      type: 'x', title: 'There is a problem with the request', status: 400, code: 'validation-failed',
      errors: [{ field: 'periodFrom', code: 'overlaps-approved-plan', message: 'The plan period overlaps approved version 2' }],
    };
    const post = vi.fn(async () => ({ error: problem, response: new Response(null, { status: 400 }) }));
    setup(post, true);
    expect(((await screen.findByLabelText('Start date')) as HTMLInputElement).value).toBe('2026-09-01');
    await userEvent.click(within(screen.getByRole('group', { name: /^Race/ })).getByRole('radio', { name: 'Negative' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const body = (post.mock.calls[0] as unknown as [string, { body: PlanVersionInput }])[1].body as Required<PlanVersionInput> & {
      equalityImpact: { groups: unknown[] };
    };
    expect(body.periodFrom).toBe('2026-09-01');
    expect(body.equalityImpact.groups[2]).toEqual({ group: 'race', impact: 'negative', comments: 'Considered Race' });
    expect(await screen.findByRole('link', { name: 'The plan period overlaps approved version 2' })).toBeTruthy();
    expect(screen.getByText('Full assessment required')).toBeTruthy();
  });

  it('adds and removes priorities', async () => {
    setup(vi.fn());
    await userEvent.click(await screen.findByRole('button', { name: 'Add a national requirement' }));
    expect(screen.getByRole('group', { name: 'National requirement 1' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Remove national requirement 1' }));
    expect(screen.queryByRole('group', { name: 'National requirement 1' })).toBeNull();
  });

  it('a saved draft opens its version page', async () => {
    const post = vi.fn(async () => ok({ ...PLAN, status: 'draft', id: 'new-id' }));
    setup(post, true);
    await userEvent.click(await screen.findByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Saved version page')).toBeTruthy();
  });

  it('a stale version offers to reload the draft; a version that can no longer be edited says why', async () => {
    const refused = (code: string, detail?: string) => ({ error: { type: 'x', title: 'Conflict', status: 409, code, ...(detail ? { detail } : {}) }, response: new Response(null, { status: 409 }) });
    const post = vi.fn(async () => refused('stale-version'));
    setup(post, true);
    await userEvent.click(await screen.findByRole('button', { name: 'Save draft' }));
    expect(await screen.findByRole('heading', { name: 'Someone else changed this draft while you were working on it' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload the draft' })).toBeTruthy();
    expect(document.activeElement?.className).toBe('nhsuk-error-summary');

    post.mockImplementation(async () => refused('conflict', 'Version 3 is approved.'));
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Version 3 is approved.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Reload the draft' })).toBeNull();
  });
});
