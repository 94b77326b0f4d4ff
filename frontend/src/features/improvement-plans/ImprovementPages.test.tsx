import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { ImprovementPlansPage } from './ImprovementPlansPage';
import { NewPlanPage } from './NewPlanPage';
import { PlanPage } from './PlanPage';
import type { ImprovementPlan, ImprovementPlanSummary } from './types';

const PSS: Role[] = ['patient-safety-specialist', 'staff'];
const LEAD: Role[] = ['learning-response-lead', 'staff'];
const PLAN_ID = 'b1000000-5555-4a2e-9a51-2f0e1c7d8b90';
const OWNER_ID = 'c1000000-5555-4a2e-9a51-2f0e1c7d8b90';
const RESPONSE_ID = 'd1000000-5555-4a2e-9a51-2f0e1c7d8b90';
const OTHER_RESPONSE_ID = 'd2000000-5555-4a2e-9a51-2f0e1c7d8b90';
const ACTION_ID = 'e1000000-5555-4a2e-9a51-2f0e1c7d8b90';

const SUMMARY: ImprovementPlanSummary = {
  id: PLAN_ID,
  reference: 'SIP-2026-0001',
  title: 'Fewer falls',
  scope: 'theme',
  scopeDisplay: 'Theme - Falls',
  status: 'open',
  ownerName: 'Olive Owner',
  reviewOn: '2026-01-31',
  reviewOverdue: true,
  progress: { actions: 5, completed: 2, overdue: 1, notEffective: 1, responses: 3 },
};

const PLAN: ImprovementPlan = {
  id: PLAN_ID,
  reference: 'SIP-2026-0001',
  version: 2,
  title: 'Fewer falls',
  scope: 'theme',
  scopeDetail: 'Falls',
  scopeDisplay: 'Theme - Falls',
  summary: 'Brings the falls work together.',
  qiProjectLink: 'https://qi.example.nhs.uk/falls',
  ownerPersonId: OWNER_ID,
  ownerName: 'Olive Owner',
  reviewOn: '2030-03-31',
  reviewOverdue: false,
  status: 'open',
  progress: { actions: 1, completed: 0, overdue: 1, notEffective: 0, responses: 1 },
  responses: [{ id: RESPONSE_ID, reference: 'LR-2026-0004', responseType: 'swarm-huddle', status: 'in-progress', addedAt: '2026-11-20T10:00:00Z' }],
  actions: [{ id: ACTION_ID, reference: 'SA-2026-0002', title: 'Non-slip socks', ownerName: 'Olive Owner', dueOn: '2026-11-01', status: 'in-progress', overdue: true }],
  acceptsChanges: true,
  createdAt: '2026-11-01T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  updatedByName: 'Pat Specialist',
};

const RESPONSES = {
  items: [
    { id: RESPONSE_ID, reference: 'LR-2026-0004', type: 'swarm-huddle', typeDisplay: 'Swarm huddle', status: 'in-progress', events: [], createdAt: '2026-11-01T10:00:00Z', initialReportStatus: 'not-required' },
    { id: OTHER_RESPONSE_ID, reference: 'LR-2026-0009', type: 'after-action-review', typeDisplay: 'After action review', status: 'in-progress', events: [], createdAt: '2026-11-02T10:00:00Z', initialReportStatus: 'not-required' },
  ],
  page: 0,
  size: 100,
  totalItems: 2,
  totalPages: 1,
};

function client(over: Record<string, unknown>): ApiClient {
  return over as unknown as ApiClient;
}

describe('safety improvement plans list', () => {
  it('shows each plan with its progress at a glance and what needs attention in red', async () => {
    const get = vi.fn(async () => ok({ items: [SUMMARY], page: 0, size: 20, totalItems: 1, totalPages: 1 }));
    renderAt('/improvement-plans?status=open', [{ path: '/improvement-plans', element: <ImprovementPlansPage /> }], authState({ roles: PSS, api: client({ GET: get }) }));
    const link = await screen.findByRole('link', { name: 'Fewer falls' });
    expect(link.getAttribute('href')).toBe(`/improvement-plans/${PLAN_ID}`);
    expect(get).toHaveBeenCalledWith('/api/v1/improvement-plans', { params: { query: { status: 'open', page: 0, size: 20 } } });
    expect(screen.getByRole('heading', { level: 1, name: 'Safety improvement plans' })).toBeTruthy();
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText(/2 of 5 actions completed/)).toBeTruthy();
    expect(within(row).getByText('1 overdue action').className).toContain('nhsuk-tag--red');
    expect(within(row).getByText('1 not effective').className).toContain('nhsuk-tag--red');
    expect(within(row).getByText('Review overdue').className).toContain('nhsuk-tag--red');
    expect(within(row).getByText('Theme - Falls')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a safety improvement plan' }).getAttribute('href')).toBe('/improvement-plans/new');
  });

  it('a learning response lead reads the plans but is not offered to start one', async () => {
    const get = vi.fn(async () => ok({ items: [], page: 0, size: 20, totalItems: 0, totalPages: 0 }));
    renderAt('/improvement-plans', [{ path: '/improvement-plans', element: <ImprovementPlansPage /> }], authState({ roles: LEAD, api: client({ GET: get }) }));
    expect(await screen.findByText('No plans match.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Start a safety improvement plan' })).toBeNull();
  });
});

describe('start a safety improvement plan', () => {
  const PEOPLE = { items: [{ id: OWNER_ID, name: 'Olive Owner', email: 'olive@example.nhs.uk', active: true, jobRole: 'Matron' }], page: 0, size: 100, totalItems: 1, totalPages: 1 };
  const LOCATIONS = [{ code: 'LOC-CH-RIVERSIDE', name: 'Riverside Community Hospital, Oak Ward', service: 'Community hospitals', directorate: 'Adult community' }];

  function setup(post: ReturnType<typeof vi.fn>) {
    const get = getByPath({ '/api/v1/people': PEOPLE, '/api/v1/reference/locations': LOCATIONS });
    renderAt(
      '/improvement-plans/new',
      [
        { path: '/improvement-plans/new', element: <NewPlanPage /> },
        { path: '/improvement-plans/:id', element: <ShowLocation /> },
      ],
      authState({ roles: PSS, api: client({ GET: get, POST: post }) }),
    );
  }

  async function answer() {
    await userEvent.type(await screen.findByLabelText('Title'), 'Fewer falls');
    await userEvent.click(screen.getByLabelText('A theme'));
    await userEvent.type(screen.getByLabelText('Which theme?'), 'Falls');
    await userEvent.selectOptions(screen.getByLabelText('Owner'), OWNER_ID);
    await userEvent.type(screen.getByLabelText('Day'), '31');
    await userEvent.type(screen.getByLabelText('Month'), '3');
    await userEvent.type(screen.getByLabelText('Year'), '2030');
  }

  it('asks for what is missing before going on, nothing sent', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the plan’s title' }).getAttribute('href')).toBe('#plan-title');
    expect(within(summary).getByRole('link', { name: 'Select what the plan is for' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Select the plan’s owner' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Enter the review date' })).toBeTruthy();
    await userEvent.click(screen.getByLabelText('A theme'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter the theme the plan is for' })).toBeTruthy();
    await userEvent.click(screen.getByLabelText('A location'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Select the location the plan is for' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
    expect(document.title).toMatch(/^Error: Start a safety improvement plan/);
  });

  it('checks the answers, then starts the plan and opens it', async () => {
    const post = vi.fn(async () => ok(PLAN, 201));
    setup(post);
    await answer();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check the plan before you start it' })).toBeTruthy();
    expect(screen.getByText('A theme')).toBeTruthy();
    expect(screen.getByText('Falls')).toBeTruthy();
    expect(screen.getByText('Olive Owner')).toBeTruthy();
    expect(screen.getByText('31 March 2030')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start the plan' }));
    expect(post).toHaveBeenCalledWith('/api/v1/improvement-plans', {
      body: { title: 'Fewer falls', scope: 'theme', scopeDetail: 'Falls', ownerPersonId: OWNER_ID, reviewOn: '2030-03-31' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/improvement-plans/${PLAN_ID}`);
  });

  it('brings a refusal of the service back to the question it is about, answers kept', async () => {
    const post = vi.fn(async () => problem(400, [{ field: 'ownerPersonId', code: 'unknown-person', message: 'Select the owner from the people directory' }]));
    setup(post);
    await answer();
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(screen.getByRole('button', { name: 'Start the plan' }));
    const link = await screen.findByRole('link', { name: 'Select the owner from the people directory' });
    expect(link.getAttribute('href')).toBe('#plan-owner');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Fewer falls');
  });
});

describe('a safety improvement plan', () => {
  function show(roles: Role[], plan: ImprovementPlan, api: Record<string, unknown> = {}) {
    const get = getByPath({ '/api/v1/improvement-plans/{planId}': plan, '/api/v1/responses': RESPONSES });
    renderAt(`/improvement-plans/${PLAN_ID}`, [{ path: '/improvement-plans/:id', element: <PlanPage id={PLAN_ID} /> }], authState({ roles, api: client({ GET: get, ...api }) }));
    return get;
  }

  it('shows its details, progress, learning responses and safety actions, with a way to add an action', async () => {
    show(PSS, PLAN);
    expect(await screen.findByRole('heading', { level: 1, name: 'Fewer falls' })).toBeTruthy();
    expect(screen.getByText(/0 of 1 action completed/)).toBeTruthy();
    expect(screen.getByText('1 overdue action')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'LR-2026-0004' }).getAttribute('href')).toBe(`/responses/${RESPONSE_ID}`);
    expect(screen.getByRole('link', { name: 'Non-slip socks' }).getAttribute('href')).toBe(`/actions/${ACTION_ID}`);
    const actionRow = screen.getByRole('link', { name: 'Non-slip socks' }).closest('tr') as HTMLElement;
    expect(within(actionRow).getByText('Overdue').className).toContain('nhsuk-tag--red');
    expect(screen.getByRole('link', { name: 'Add a safety action' }).getAttribute('href')).toBe(`/actions/new?planId=${PLAN_ID}`);
    expect(screen.getByRole('link', { name: /^Change the plan/ }).getAttribute('href')).toBe(`/improvement-plans/${PLAN_ID}/edit`);
    expect(screen.getByRole('link', { name: 'https://qi.example.nhs.uk/falls' })).toBeTruthy();
    // Only responses not yet in the plan are offered.
    const select = (await screen.findByLabelText('Add a learning response')) as HTMLSelectElement;
    expect(within(select).queryByText(/LR-2026-0004/)).toBeNull();
    expect(within(select).getByText('LR-2026-0009 – After action review')).toBeTruthy();
  });

  it('gathers a learning response and takes one out', async () => {
    const gathered = { ...PLAN, responses: [...PLAN.responses, { id: OTHER_RESPONSE_ID, reference: 'LR-2026-0009', responseType: 'after-action-review' as const, status: 'in-progress', addedAt: '2026-11-21T10:00:00Z' }] };
    const post = vi.fn(async () => ok(gathered));
    const del = vi.fn(async () => ok({ ...gathered, responses: gathered.responses.slice(1) }));
    show(PSS, PLAN, { POST: post, DELETE: del });
    await userEvent.click(await screen.findByRole('button', { name: 'Add the learning response' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Select a learning response' })).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Add a learning response'), OTHER_RESPONSE_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Add the learning response' }));
    expect(post).toHaveBeenCalledWith('/api/v1/improvement-plans/{planId}/responses', { params: { path: { planId: PLAN_ID } }, body: { responseId: OTHER_RESPONSE_ID } });
    expect(await screen.findByText('LR-2026-0009 added to the plan.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /^Remove\s*LR-2026-0004 from the plan$/ }));
    expect(del).toHaveBeenCalledWith('/api/v1/improvement-plans/{planId}/responses/{responseId}', { params: { path: { planId: PLAN_ID, responseId: RESPONSE_ID } } });
    expect(await screen.findByText('LR-2026-0004 taken out of the plan.')).toBeTruthy();
  });

  it('closes the plan with a closing note, and says so plainly when it was closed meanwhile', async () => {
    const closed: ImprovementPlan = { ...PLAN, version: 3, status: 'closed', acceptsChanges: false, closedAt: '2026-11-23T10:00:00Z', closureNote: 'Done.' };
    const post = vi.fn(async () => ok(closed));
    show(PSS, PLAN, { POST: post });
    await userEvent.click(await screen.findByRole('button', { name: 'Close the plan' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter a closing note' })).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Closing note'), 'Done.');
    await userEvent.click(screen.getByRole('button', { name: 'Close the plan' }));
    expect(post).toHaveBeenCalledWith('/api/v1/improvement-plans/{planId}/closure', { params: { path: { planId: PLAN_ID } }, body: { version: 2, note: 'Done.' } });
    expect(await screen.findByText('SIP-2026-0001 closed.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reopen the plan' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Add a safety action' })).toBeNull();
    expect(screen.queryByLabelText('Add a learning response')).toBeNull();
  });

  it('a plan closed by someone else refuses the response in plain words', async () => {
    const refused = { error: { type: 'x', title: 'Conflict', status: 409, code: 'conflict', errors: [{ field: 'planId', code: 'plan-closed', message: 'closed' }] }, response: new Response(null, { status: 409 }) };
    show(PSS, PLAN, { POST: vi.fn(async () => refused) });
    await userEvent.selectOptions(await screen.findByLabelText('Add a learning response'), OTHER_RESPONSE_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Add the learning response' }));
    expect(await screen.findByText(/This plan is closed, so nothing more can be added to it or changed/)).toBeTruthy();
  });

  it('a learning response lead reads the plan without the means to change it', async () => {
    const get = show(LEAD, PLAN);
    expect(await screen.findByRole('heading', { level: 1, name: 'Fewer falls' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Close the plan' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add a safety action' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(get).not.toHaveBeenCalledWith('/api/v1/responses', expect.anything());
  });
});
