import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { authState, renderAt, ShowLocation } from '../../test/helpers';
import { ActionPage } from './ActionPage';
import { ActionsListPage } from './ActionsListPage';
import { MyActionsPage } from './MyActionsPage';
import { NewActionPage } from './NewActionPage';
import { ResponseSafetyActions } from './ResponseSafetyActions';
import { ACTION, ACTION_ID, AGREED, NOT_EFFECTIVE_ITEM, OVERDUE_ITEM, OWNER_ID, PLAN_ID, RESPONSE_ID, page } from './testActions';

const OPTIONS = {
  '/api/v1/safety-actions/owner-candidates': { items: [{ id: OWNER_ID, name: 'Sam Staff', jobRole: 'Staff nurse' }] },
  '/api/v1/improvement-plans': { items: [{ id: PLAN_ID, reference: 'SIP-2026-0001', title: 'Falls prevention' }], page: 0, size: 100, totalItems: 1, totalPages: 1 },
  '/api/v1/responses': { items: [{ id: RESPONSE_ID, reference: 'LR-2026-0003', typeDisplay: 'After action review' }], page: 0, size: 100, totalItems: 1, totalPages: 1 },
};

function actionPage(action = ACTION, post = vi.fn(), roles: Role[] = ['patient-safety-specialist', 'staff']) {
  const api = { GET: getByPath({ '/api/v1/safety-actions/{actionId}': action, ...OPTIONS }), POST: post, PUT: post } as unknown as ApiClient;
  renderAt(`/actions/${ACTION_ID}`, [{ path: '/actions/:id', element: <ActionPage id={ACTION_ID} /> }], authState({ roles, api }));
  return post;
}

describe('safety actions list', () => {
  it('shows overdue and not effective actions with red tags, and filters to the not effective ones', async () => {
    const get = vi.fn(async () => ok(page([OVERDUE_ITEM, NOT_EFFECTIVE_ITEM])));
    renderAt('/actions', [{ path: '/actions', element: <><ActionsListPage /><ShowLocation /></> }], authState({ roles: ['chief-nurse'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Safety actions' })).toBeTruthy();
    const rows = await screen.findAllByRole('row');
    expect(within(rows[1]).getByText('Overdue', { selector: 'strong' }).className).toContain('nhsuk-tag--red');
    expect(within(rows[2]).getByText('Not effective', { selector: 'strong' }).className).toContain('nhsuk-tag--red');
    expect(within(rows[2]).getByText('Theme: Falls')).toBeTruthy();
    expect(within(rows[1]).getByRole('link', { name: 'SA-2026-0001' }).getAttribute('href')).toBe(`/actions/${OVERDUE_ITEM.id}`);
    await userEvent.click(screen.getByLabelText('Not effective'));
    await userEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByTestId('location').textContent).toBe('/actions?notEffective=true');
    expect(get).toHaveBeenLastCalledWith('/api/v1/safety-actions', { params: { query: { status: undefined, overdue: undefined, notEffective: true, page: 0 } } });
  });
});

describe('proposing a safety action', () => {
  it('takes the response from the address, checks the answers and saves it', { timeout: 15000 }, async () => {
    const post = vi.fn(async () => ok(ACTION, 201));
    const api = { GET: getByPath(OPTIONS), POST: post } as unknown as ApiClient;
    renderAt(`/actions/new?responseId=${RESPONSE_ID}`, [{ path: '/actions/new', element: <NewActionPage /> }, { path: '/actions/:id', element: <ShowLocation /> }], authState({ roles: ['patient-safety-specialist'], api }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Propose a safety action' })).toBeTruthy();
    expect((screen.getByLabelText('A learning response') as HTMLInputElement).checked).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('link', { name: 'Enter a title for the action' }).getAttribute('href')).toBe('#action-title');
    expect(post).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Title'), 'Falls huddle');
    await screen.findByRole('option', { name: 'Sam Staff (Staff nurse)' });
    await userEvent.selectOptions(screen.getByLabelText('Owner'), OWNER_ID);
    await userEvent.type(screen.getByLabelText('Measures'), 'Falls per 1000 bed days{enter}Huddles held');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check the safety action before saving it' })).toBeTruthy();
    expect(screen.getByText('Learning response LR-2026-0003 (After action review)')).toBeTruthy();
    expect(screen.getByText('Sam Staff (Staff nurse)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Save the action' }));
    expect(post).toHaveBeenCalledWith('/api/v1/safety-actions', {
      body: { title: 'Falls huddle', source: 'response', responseId: RESPONSE_ID, ownerPersonId: OWNER_ID, measures: ['Falls per 1000 bed days', 'Huddles held'] },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/actions/${ACTION_ID}`);
  });

  it('a closed plan is shown on the plan question, and nothing typed is lost', async () => {
    const post = vi.fn(async () => ({ ...problem(409, [{ field: 'planId', code: 'plan-closed', message: 'The improvement plan is closed; choose an open plan or none' }]) }));
    const api = { GET: getByPath(OPTIONS), POST: post } as unknown as ApiClient;
    renderAt(`/actions/new?theme=Falls&planId=${PLAN_ID}`, [{ path: '/actions/new', element: <NewActionPage /> }], authState({ roles: ['chief-nurse'], api }));
    expect((await screen.findByLabelText('A theme') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Theme') as HTMLInputElement).value).toBe('Falls');
    await userEvent.type(screen.getByLabelText('Title'), 'Falls champions');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the action' }));
    const link = await screen.findByRole('link', { name: 'The improvement plan is closed; choose an open plan or none' });
    expect(link.getAttribute('href')).toBe('#action-plan');
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Falls champions');
  });
});

describe('one safety action', () => {
  it('refuses to agree an action without an owner, a measure and a due date, naming each in the error summary', async () => {
    const post = vi.fn(async () =>
      problem(400, [
        { field: 'ownerPersonId', code: 'required', message: 'Select the owner of the action before it is agreed' },
        { field: 'measures', code: 'required', message: 'Enter at least one measure that will show the action works before it is agreed' },
        { field: 'dueOn', code: 'required', message: 'Enter the due date before the action is agreed' },
      ]),
    );
    actionPage(ACTION, post);
    await userEvent.click(await screen.findByRole('button', { name: 'Agree the action' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('The action cannot be agreed yet')).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Select the owner of the action before it is agreed' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: /at least one measure/ })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Enter the due date before the action is agreed' })).toBeTruthy();
    expect(post).toHaveBeenCalledWith('/api/v1/safety-actions/{actionId}/agreement', { params: { path: { actionId: ACTION_ID } }, body: { version: 0 } });
  });

  it('changes the action with the version read', { timeout: 15000 }, async () => {
    const put = vi.fn(async () => ok({ ...ACTION, version: 1, summary: { ...ACTION.summary, ownerName: 'Sam Staff' } }));
    actionPage(ACTION, put);
    await userEvent.click(await screen.findByRole('button', { name: 'Change the action' }));
    await screen.findByRole('option', { name: 'Sam Staff (Staff nurse)' });
    await userEvent.selectOptions(screen.getByLabelText('Owner'), OWNER_ID);
    await userEvent.type(screen.getByLabelText('Measures'), 'Falls per 1000 bed days');
    const due = screen.getByRole('group', { name: 'Due date' });
    await userEvent.type(within(due).getByLabelText('Day'), '31');
    await userEvent.type(within(due).getByLabelText('Month'), '3');
    await userEvent.type(within(due).getByLabelText('Year'), '2027');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(put).toHaveBeenCalledWith('/api/v1/safety-actions/{actionId}', {
      params: { path: { actionId: ACTION_ID } },
      body: {
        version: 0,
        title: 'Falls huddle at each shift change',
        description: 'Nurses review patients at high risk of falls at handover.',
        ownerPersonId: OWNER_ID,
        measures: ['Falls per 1000 bed days'],
        dueOn: '2027-03-31',
      },
    });
    expect(await screen.findByText('Changes saved.')).toBeTruthy();
  });

  it('its owner sees no agree or review, and records progress', async () => {
    const post = vi.fn(async () => ok({ ...AGREED, mayManage: false, version: 3, summary: { ...AGREED.summary, status: 'completed' }, progress: [{ id: 'p1', at: '2026-11-23T10:00:00Z', byName: 'Sam Staff', note: 'Done on all wards', status: 'completed' }] }, 201));
    actionPage({ ...AGREED, mayManage: false }, post, ['staff']);
    expect(await screen.findByRole('heading', { level: 2, name: 'Record progress' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Agree the action' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change the action' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Review effectiveness' })).toBeNull();
    expect(screen.getByRole('link', { name: 'My actions' }).getAttribute('href')).toBe('/my-actions');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));
    expect(screen.getByRole('link', { name: 'Select where the action now stands' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
    await userEvent.click(screen.getByLabelText('Completed'));
    await userEvent.type(screen.getByLabelText('What has happened?'), 'Done on all wards');
    await userEvent.click(screen.getByRole('button', { name: 'Save progress' }));
    expect(post).toHaveBeenCalledWith('/api/v1/safety-actions/{actionId}/progress', {
      params: { path: { actionId: ACTION_ID } },
      body: { version: 2, note: 'Done on all wards', status: 'completed' },
    });
    expect(await screen.findByText('Progress saved.')).toBeTruthy();
    expect(screen.getByText('Done on all wards')).toBeTruthy();
  });

  it('a proposed action can only be cancelled through a progress update', async () => {
    actionPage(ACTION);
    const group = await screen.findByRole('group', { name: 'Where does the action stand now?' });
    expect(within(group).getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(['cancelled']);
  });

  it('records an effectiveness review, the evidence required, the next review a year later unless given', async () => {
    const post = vi.fn(async () => ok({ ...AGREED, version: 3, summary: { ...AGREED.summary, effectiveness: 'not-effective' } }, 201));
    actionPage(AGREED, post);
    await userEvent.click(await screen.findByLabelText('Not effective'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(screen.getByRole('link', { name: 'Enter the evidence for the outcome' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Evidence'), 'No fewer falls');
    await userEvent.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(post).toHaveBeenCalledWith('/api/v1/safety-actions/{actionId}/effectiveness-reviews', {
      params: { path: { actionId: ACTION_ID } },
      body: { version: 2, reviewedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), outcome: 'not-effective', evidence: 'No fewer falls' },
    });
    expect(await screen.findByText('Effectiveness review saved.')).toBeTruthy();
    expect(screen.getByText('Not effective', { selector: 'strong' }).className).toContain('nhsuk-tag--red');
  });
});

describe('my actions and the response page section', () => {
  it('lists the actions the signed-in person owns', async () => {
    const get = vi.fn(async () => ok({ items: [OVERDUE_ITEM] }));
    renderAt('/my-actions', [{ path: '/my-actions', element: <MyActionsPage /> }], authState({ roles: ['staff'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My actions' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'SA-2026-0001' })).toBeTruthy();
    expect(screen.getByText('Overdue', { selector: 'strong' })).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/v1/me/actions');
  });

  it('says when they own none', async () => {
    renderAt('/my-actions', [{ path: '/my-actions', element: <MyActionsPage /> }], authState({ roles: ['staff'], api: { GET: vi.fn(async () => ok({ items: [] })) } as unknown as ApiClient }));
    expect(await screen.findByText('You do not own any safety actions at the moment.')).toBeTruthy();
  });

  it("lists a response's actions and links to add one", async () => {
    const get = vi.fn(async () => ok(page([{ ...OVERDUE_ITEM }])));
    renderAt(`/responses/${RESPONSE_ID}`, [{ path: '/responses/:id', element: <ResponseSafetyActions responseId={RESPONSE_ID} /> }], authState({ roles: ['learning-response-lead'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('link', { name: 'SA-2026-0001' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a safety action' }).getAttribute('href')).toBe(`/actions/new?responseId=${RESPONSE_ID}`);
    expect(get).toHaveBeenCalledWith('/api/v1/safety-actions', { params: { query: { responseId: RESPONSE_ID, size: 100 } } });
  });
});
