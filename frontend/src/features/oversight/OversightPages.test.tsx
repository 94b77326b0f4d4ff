import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { NewOversightGroupPage } from './NewOversightGroupPage';
import { OversightGroupPage } from './OversightGroupPage';
import { OversightGroupsPage } from './OversightGroupsPage';
import { OversightPlanPage } from './OversightPlanPage';
import { OversightResponsePage } from './OversightResponsePage';
import { GROUP, GROUP_ID, PARTNER_GROUP, PERSON_ID, PLAN, PLAN_ID, RESPONSE, RESPONSE_ID } from './testOversight';

const PSS: Role[] = ['patient-safety-specialist', 'staff'];
const CHIEF: Role[] = ['chief-nurse', 'staff'];
const PSP: Role[] = ['patient-safety-partner'];
const LIST = { items: [{ id: GROUP_ID, name: GROUP.name, members: 1, responses: 1, plans: 1 }] };
const OTHER_RESPONSE = '0c1d2e3f-0000-4000-8000-0000000000aa';
const OTHER_PLAN = '0c1d2e3f-0000-4000-8000-0000000000bb';

function showList(roles: Role[]) {
  const get = vi.fn(async () => ok(LIST));
  renderAt('/oversight-groups', [{ path: '/oversight-groups', element: <OversightGroupsPage /> }], authState({ roles, api: { GET: get } as unknown as ApiClient }));
}

function showGroup(roles: Role[], group = GROUP, api: Partial<Record<'POST' | 'PUT' | 'DELETE', ReturnType<typeof vi.fn>>> = {}) {
  const get = getByPath({
    '/api/v1/oversight-groups/{groupId}': group,
    '/api/v1/people': {
      items: [{ id: PERSON_ID, name: 'Priya Partner', email: 'priya.partner@example.nhs.uk', jobRole: 'Patient safety partner', active: true }],
      page: 0,
      size: 100,
      totalItems: 1,
      totalPages: 1,
    },
    '/api/v1/responses': { items: [{ id: OTHER_RESPONSE, reference: 'LR-2026-000050', typeDisplay: 'Swarm huddle' }], page: 0, size: 100, totalItems: 1, totalPages: 1 },
    '/api/v1/improvement-plans': { items: [{ id: OTHER_PLAN, reference: 'SIP-2026-0009', title: 'Medicines safety' }], page: 0, size: 100, totalItems: 1, totalPages: 1 },
  });
  renderAt(`/oversight-groups/${GROUP_ID}`, [{ path: '/oversight-groups/:id', element: <OversightGroupPage id={GROUP_ID} /> }], authState({ roles, api: { GET: get, ...api } as unknown as ApiClient }));
  return get;
}

describe('oversight groups list', () => {
  it('the patient safety team sees every group and may create one', async () => {
    showList(PSS);
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversight groups' })).toBeTruthy();
    expect((await screen.findByRole('link', { name: GROUP.name })).getAttribute('href')).toBe(`/oversight-groups/${GROUP_ID}`);
    expect(screen.getByRole('link', { name: 'Create an oversight group' }).getAttribute('href')).toBe('/oversight-groups/new');
  });

  it('the chief nurse reads every group but creates none', async () => {
    showList(CHIEF);
    expect(await screen.findByRole('link', { name: GROUP.name })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Create an oversight group' })).toBeNull();
  });

  it('a partner sees their own groups under "My oversight groups"', async () => {
    showList(PSP);
    expect(await screen.findByRole('heading', { level: 1, name: 'My oversight groups' })).toBeTruthy();
    expect(await screen.findByRole('link', { name: GROUP.name })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Create an oversight group' })).toBeNull();
  });
});

describe('create an oversight group', () => {
  function setup(post: ReturnType<typeof vi.fn>) {
    renderAt(
      '/oversight-groups/new',
      [
        { path: '/oversight-groups/new', element: <NewOversightGroupPage /> },
        { path: '/oversight-groups/:id', element: <ShowLocation /> },
      ],
      authState({ roles: PSS, api: { POST: post } as unknown as ApiClient }),
    );
  }

  it('creates the group and opens it', async () => {
    const post = vi.fn(async () => ok(GROUP, 201));
    setup(post);
    await userEvent.type(screen.getByLabelText('Name of the group'), 'Quality Improvement & Safety Committee');
    await userEvent.type(screen.getByLabelText('Purpose (optional)'), 'Board sub-committee');
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    expect(post).toHaveBeenCalledWith('/api/v1/oversight-groups', { body: { name: 'Quality Improvement & Safety Committee', purpose: 'Board sub-committee' } });
    expect((await screen.findByTestId('location')).textContent).toBe(`/oversight-groups/${GROUP_ID}`);
  });

  it('without a name nothing is sent and the error summary links to the field', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    expect((await screen.findByRole('link', { name: 'Enter the name of the group' })).getAttribute('href')).toBe('#group-name');
    expect(post).not.toHaveBeenCalled();
  });

  it('a name already used is shown in the error summary', async () => {
    const post = vi.fn(async () => problem(400, [{ field: 'name', code: 'duplicate-name', message: 'There is already an oversight group called QISC' }]));
    setup(post);
    await userEvent.type(screen.getByLabelText('Name of the group'), 'QISC');
    await userEvent.click(screen.getByRole('button', { name: 'Create group' }));
    expect((await screen.findByRole('link', { name: 'There is already an oversight group called QISC' })).getAttribute('href')).toBe('#group-name');
  });
});

describe('an oversight group', () => {
  it('shows the figures and links to the de-identified response and plan', async () => {
    showGroup(PSP, PARTNER_GROUP);
    expect(await screen.findByRole('heading', { level: 1, name: GROUP.name })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'LR-2026-000042' }).getAttribute('href')).toBe(`/oversight-groups/${GROUP_ID}/responses/${RESPONSE_ID}`);
    expect(screen.getByRole('link', { name: 'SIP-2026-0007' }).getAttribute('href')).toBe(`/oversight-groups/${GROUP_ID}/improvement-plans/${PLAN_ID}`);
    expect(screen.getByText('Safety actions found not effective')).toBeTruthy();
    expect(screen.getByText('November 2026')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Assign a learning response' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'My oversight groups' })).toBeTruthy();
  });

  it('the patient safety team adds a member from the people directory with their role', async () => {
    const post = vi.fn(async () => ok(GROUP));
    showGroup(PSS, GROUP, { POST: post });
    const person = await screen.findByLabelText('Person');
    await screen.findByRole('option', { name: 'Priya Partner (Patient safety partner)' });
    await userEvent.selectOptions(person, PERSON_ID);
    await userEvent.type(screen.getByLabelText('Role in the group'), 'patient safety partner');
    await userEvent.click(screen.getByRole('button', { name: 'Add member' }));
    expect(post).toHaveBeenCalledWith('/api/v1/oversight-groups/{groupId}/members', {
      params: { path: { groupId: GROUP_ID } },
      body: { personId: PERSON_ID, groupRole: 'patient safety partner', version: 3 },
    });
  });

  it('adding a member without choosing a person shows the error summary and sends nothing', async () => {
    const post = vi.fn();
    showGroup(PSS, GROUP, { POST: post });
    await userEvent.click(await screen.findByRole('button', { name: 'Add member' }));
    expect((await screen.findByRole('link', { name: 'Select a person from the list' })).getAttribute('href')).toBe('#member-person');
    expect(post).not.toHaveBeenCalled();
  });

  it('the patient safety team removes a member with the version last read', async () => {
    const del = vi.fn(async () => ok({ ...GROUP, version: 4, members: [] }));
    showGroup(PSS, GROUP, { DELETE: del });
    await userEvent.click(await screen.findByRole('button', { name: 'Remove Cath Chair' }));
    expect(del).toHaveBeenCalledWith('/api/v1/oversight-groups/{groupId}/members/{personId}', {
      params: { path: { groupId: GROUP_ID, personId: PERSON_ID }, query: { version: 3 } },
    });
    expect(await screen.findByText('No members yet.')).toBeTruthy();
  });

  it('the patient safety team assigns a learning response with a summary for oversight, and a plan', async () => {
    const put = vi.fn(async () => ok(GROUP));
    const post = vi.fn(async () => ok({ text: 'Falls at night', withheld: [], warnings: [] }));
    showGroup(PSS, GROUP, { PUT: put, POST: post });
    await screen.findByRole('option', { name: 'LR-2026-000050 - Swarm huddle' });
    await userEvent.selectOptions(screen.getByLabelText('Learning response'), OTHER_RESPONSE);
    await userEvent.type(screen.getByLabelText('Summary for oversight (optional)'), 'Falls at night');
    // the first press shows what partners will see; nothing is saved until it has been seen
    await userEvent.click(screen.getByRole('button', { name: 'Assign response' }));
    expect(await screen.findByRole('heading', { name: 'What partners will see' })).toBeTruthy();
    expect(put).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Assign response' }));
    expect(put).toHaveBeenCalledWith('/api/v1/oversight-groups/{groupId}/responses/{responseId}', {
      params: { path: { groupId: GROUP_ID, responseId: OTHER_RESPONSE } },
      body: { version: 3, summary: 'Falls at night' },
    });
    await screen.findByRole('option', { name: 'SIP-2026-0009 - Medicines safety' });
    await userEvent.selectOptions(screen.getByLabelText('Improvement plan'), OTHER_PLAN);
    await userEvent.click(screen.getByRole('button', { name: 'Assign plan' }));
    expect(put).toHaveBeenLastCalledWith('/api/v1/oversight-groups/{groupId}/improvement-plans/{planId}', {
      params: { path: { groupId: GROUP_ID, planId: OTHER_PLAN } },
      body: { version: 3 },
    });
  });

  it('a response already overseen elsewhere is explained in the error summary; a stale group offers a reload', async () => {
    const put = vi
      .fn()
      .mockResolvedValueOnce(problem(400, [{ field: 'responseId', code: 'in-another-group', message: 'This learning response is already overseen by Board' }]))
      .mockResolvedValueOnce(problem(409));
    showGroup(PSS, GROUP, { PUT: put });
    await screen.findByRole('option', { name: 'LR-2026-000050 - Swarm huddle' });
    await userEvent.selectOptions(screen.getByLabelText('Learning response'), OTHER_RESPONSE);
    await userEvent.click(screen.getByRole('button', { name: 'Assign response' }));
    expect((await screen.findByRole('link', { name: 'This learning response is already overseen by Board' })).getAttribute('href')).toBe('#assign-response');
    await userEvent.selectOptions(screen.getByLabelText('Learning response'), OTHER_RESPONSE);
    await userEvent.click(screen.getByRole('button', { name: 'Assign response' }));
    expect(await screen.findByRole('button', { name: 'Reload the group' })).toBeTruthy();
  });

  it('the author previews the summary as partners will see it, each withheld part marked, with possible names', async () => {
    const summary = 'Ng fell on Oak Ward; Pemberton helped.';
    const post = vi.fn(async () =>
      ok({
        text: '[withheld] fell on [withheld]; Pemberton helped.',
        withheld: [
          { kind: 'name', start: 0, end: 10, writtenStart: 0, writtenEnd: 2 },
          { kind: 'place', start: 19, end: 29, writtenStart: 11, writtenEnd: 19 },
        ],
        warnings: [{ word: 'Pemberton', offset: 21 }],
      }),
    );
    const put = vi.fn(async () => ok(GROUP));
    showGroup(PSS, GROUP, { POST: post, PUT: put });
    await screen.findByRole('option', { name: 'LR-2026-000050 - Swarm huddle' });
    await userEvent.selectOptions(screen.getByLabelText('Learning response'), OTHER_RESPONSE);
    await userEvent.type(screen.getByLabelText('Summary for oversight (optional)'), summary);
    await userEvent.click(screen.getByRole('button', { name: 'Preview what partners will see' }));
    expect(post).toHaveBeenCalledWith('/api/v1/responses/{responseId}/summary-for-oversight/preview', {
      params: { path: { responseId: OTHER_RESPONSE } },
      body: { summary },
    });
    const shown = await screen.findByTestId('summary-preview');
    expect(shown.textContent).toBe('[withheld] (a name withheld) fell on [withheld] (a place withheld); Pemberton helped.');
    const marks = shown.querySelectorAll('mark');
    expect(Array.from(marks).map((m) => m.getAttribute('data-kind'))).toEqual(['name', 'place']);
    expect(screen.getByText('2 parts are withheld.')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Words that may be names' })).getByText('Pemberton')).toBeTruthy();

    // a change to the summary takes the preview away: the new text is shown again before it is saved
    await userEvent.type(screen.getByLabelText('Summary for oversight (optional)'), ' Ok.');
    expect(screen.queryByTestId('summary-preview')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Assign response' }));
    expect(post).toHaveBeenCalledTimes(2);
    expect(put).not.toHaveBeenCalled();
    await screen.findByTestId('summary-preview');
    await userEvent.click(screen.getByRole('button', { name: 'Assign response' }));
    expect(put).toHaveBeenCalledWith('/api/v1/oversight-groups/{groupId}/responses/{responseId}', {
      params: { path: { groupId: GROUP_ID, responseId: OTHER_RESPONSE } },
      body: { version: 3, summary: `${summary} Ok.` },
    });
  });

  it('a preview without a summary names the field to fill in and asks nothing of the server', async () => {
    const post = vi.fn();
    showGroup(PSS, GROUP, { POST: post });
    await screen.findByRole('option', { name: 'LR-2026-000050 - Swarm huddle' });
    await userEvent.selectOptions(screen.getByLabelText('Learning response'), OTHER_RESPONSE);
    await userEvent.click(screen.getByRole('button', { name: 'Preview what partners will see' }));
    expect((await screen.findByRole('link', { name: 'Enter a summary to preview' })).getAttribute('href')).toBe('#assign-summary');
    expect(post).not.toHaveBeenCalled();
  });

  it('the chief nurse reads the members but changes nothing', async () => {
    showGroup(CHIEF);
    expect(await screen.findByText('Cath Chair, chair')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add member' })).toBeNull();
  });
});

describe('de-identified detail pages', () => {
  it('a response shows the patient by case label, the lead by role and the redacted summary', async () => {
    const get = getByPath({ '/api/v1/oversight-groups/{groupId}/responses/{responseId}': RESPONSE });
    renderAt('/x', [{ path: '/x', element: <OversightResponsePage groupId={GROUP_ID} responseId={RESPONSE_ID} /> }], authState({ roles: PSP, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'LR-2026-000042' })).toBeTruthy();
    expect(screen.getAllByText('Patient A').length).toBeGreaterThan(0);
    expect(screen.getByText('Matron')).toBeTruthy();
    expect(screen.getByText('[withheld] [withheld] developed a pressure ulcer at home.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to the group' }).getAttribute('href')).toBe(`/oversight-groups/${GROUP_ID}`);
  });

  it('a refused response shows that the partner has no access', async () => {
    const get = vi.fn(async () => problem(403));
    renderAt('/x', [{ path: '/x', element: <OversightResponsePage groupId={GROUP_ID} responseId={RESPONSE_ID} /> }], authState({ roles: PSP, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1 })).toBeTruthy();
    expect(screen.queryByText('Patient A')).toBeNull();
  });

  it('a plan shows its actions, the overdue one and the one found not effective standing out', async () => {
    const get = getByPath({ '/api/v1/oversight-groups/{groupId}/improvement-plans/{planId}': PLAN });
    renderAt('/x', [{ path: '/x', element: <OversightPlanPage groupId={GROUP_ID} planId={PLAN_ID} /> }], authState({ roles: PSP, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'SIP-2026-0007: Falls prevention' })).toBeTruthy();
    const row = screen.getByText('SA-2026-0001').closest('tr') as HTMLElement;
    expect(within(row).getByText('Overdue')).toBeTruthy();
    expect(within(row).getByText('Not effective')).toBeTruthy();
    expect(screen.getByText('Theme - Falls')).toBeTruthy();
  });
});
