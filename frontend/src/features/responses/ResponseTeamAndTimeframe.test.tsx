import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { authState, renderAt } from '../../test/helpers';
import { homeLinks } from '../home/homeLinks';
import { EVENT } from '../triage/testEvent';
import { ResponseEventPage } from './ResponseEventPage';
import { ResponsePage } from './ResponsePage';
import { ResponsesListPage } from './ResponsesListPage';
import { PSII, RESPONSE_ID } from './testResponses';
import type { LearningResponse } from './types';

const ok = (data: unknown) => ({ data, response: new Response(null, { status: 200 }) });
const problem = (status: number, body: unknown) => ({ error: body, response: new Response(null, { status }) });

const LEAD_ID = '11111111-1111-4111-8111-111111111111';
const UNTRAINED_ID = '22222222-2222-4222-8222-222222222222';

const STARTED: LearningResponse = {
  ...PSII,
  version: 3,
  status: 'in-progress',
  startedAt: '2026-08-01T10:00:00Z',
  team: { lead: { personId: LEAD_ID, name: 'Lee Lead', jobRole: 'Matron' }, members: [] },
  timeframe: {
    startedOn: '2026-08-01',
    defaultTargetOn: '2026-11-01',
    targetCompletionOn: '2026-11-01',
    latestAllowedOn: '2027-02-01',
    pausedDays: 0,
    dueStatus: 'overdue',
    pauses: [],
    extensions: [],
  },
};

const CANDIDATES = {
  items: [
    { personId: LEAD_ID, name: 'Lee Lead', jobRole: 'Matron', qualified: true, gaps: [] },
    { personId: UNTRAINED_ID, name: 'Una Trained', qualified: false, gaps: ['Level 2 of the patient safety syllabus is not recorded'] },
  ],
};

const JO_ID = 'e0000000-8888-4a2e-9a51-2f0e1c7d8b90';

/** The people affected recorded on the response (engagement), from whom those who agreed are chosen. */
const ENGAGEMENT = {
  responseId: RESPONSE_ID,
  reference: 'LR-2026-0001',
  status: 'in-progress',
  acceptsChanges: true,
  guidingPrinciples: [],
  checklists: [],
  people: [
    { id: JO_ID, version: 0, kind: 'family', name: 'Jo Bloggs', namedContact: {}, involvement: [], contactOverdue: false, contacts: [] },
    { id: 'e0000000-9999-4a2e-9a51-2f0e1c7d8b90', version: 0, kind: 'staff', name: 'Dana Nurse', namedContact: {}, involvement: [], contactOverdue: false, contacts: [] },
  ],
};

function setup(roles: Role[], write = vi.fn(), response: LearningResponse = STARTED, engagement: unknown = ENGAGEMENT) {
  const get = vi.fn(async (path: string) => ok(path.endsWith('/candidates') ? CANDIDATES : path.endsWith('/engagement') ? engagement : response));
  const api = { GET: get, POST: write, PUT: write } as unknown as ApiClient;
  renderAt(`/responses/${RESPONSE_ID}`, [{ path: '/responses/:id', element: <ResponsePage id={RESPONSE_ID} /> }], authState({ roles, api }));
  return get;
}

async function typeDate(group: HTMLElement, day: string, month: string, year: string) {
  await userEvent.type(within(group).getByLabelText('Day'), day);
  await userEvent.type(within(group).getByLabelText('Month'), month);
  await userEvent.type(within(group).getByLabelText('Year'), year);
}

describe('lead and team', () => {
  it('shows the lead by name and offers only qualified people as lead', async () => {
    setup(['patient-safety-specialist']);
    expect(await screen.findByRole('heading', { name: 'Lead and team' })).toBeTruthy();
    expect(screen.getByText('Lee Lead, Matron')).toBeTruthy();
    const lead = await screen.findByRole('combobox', { name: 'Lead' });
    await within(lead).findByRole('option', { name: 'Lee Lead (Matron)' });
    expect(within(lead).queryByRole('option', { name: 'Una Trained' })).toBeNull();
  });

  it('saves the team with the version read, and shows a training refusal on the lead', async () => {
    const put = vi.fn(async () =>
      problem(400, { status: 400, code: 'validation-failed', title: 'Invalid', errors: [{ field: 'leadPersonId', code: 'training-missing', message: 'Lee Lead cannot lead a learning response: Level 2 of the patient safety syllabus is not recorded' }] }),
    );
    setup(['patient-safety-specialist'], put);
    await userEvent.click(await screen.findByRole('button', { name: 'Add a team member' }));
    const member = screen.getByRole('group', { name: 'Team member 1' });
    await screen.findAllByRole('option', { name: 'Una Trained' });
    await userEvent.selectOptions(within(member).getByLabelText('Person'), UNTRAINED_ID);
    await userEvent.type(within(member).getByLabelText('Role in the team (optional)'), 'Clinical reviewer');
    await userEvent.click(screen.getByRole('button', { name: 'Save the team' }));
    expect(put).toHaveBeenCalledWith('/api/v1/responses/{responseId}/team', {
      params: { path: { responseId: RESPONSE_ID } },
      body: { version: 3, leadPersonId: LEAD_ID, engagementLeadPersonId: undefined, members: [{ personId: UNTRAINED_ID, teamRole: 'Clinical reviewer' }] },
    });
    const link = await screen.findByRole('link', { name: /Level 2 of the patient safety syllabus is not recorded/ });
    expect(link.getAttribute('href')).toBe('#lead-person');
  });

  it('a learning response lead reads the team but cannot assign it', async () => {
    const get = setup(['learning-response-lead']);
    expect(await screen.findByText('Lee Lead, Matron')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the team' })).toBeNull();
    expect(get).not.toHaveBeenCalledWith('/api/v1/responses/{responseId}/candidates', expect.anything());
  });
});

describe("the lead's events", () => {
  it('a lead opens the events of their response under the response, not in triage', async () => {
    setup(['learning-response-lead']);
    const link = await screen.findByRole('link', { name: 'PSE-2026-000123' });
    expect(link.getAttribute('href')).toBe(`/responses/${RESPONSE_ID}/events/${PSII.events[0].id}`);
  });

  it('shows the event read-only with its patient details', async () => {
    const event = { ...EVENT, id: PSII.events[0].id };
    const get = vi.fn(async (path: string) => (path.includes('taxonomy') ? problem(403, {}) : ok(event)));
    const eventId = PSII.events[0].id;
    renderAt(`/responses/${RESPONSE_ID}/events/${eventId}`, [{ path: '/responses/:id/events/:eventId', element: <ResponseEventPage responseId={RESPONSE_ID} eventId={eventId} /> }], authState({ roles: ['learning-response-lead'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: /PSE-2026-000123/ })).toBeTruthy();
    expect(screen.getByText('Jane Example')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/v1/events/{eventId}', { params: { path: { eventId } } });
  });
});

describe('timeframe', () => {
  it('shows the target with an overdue tag in words', async () => {
    setup(['chief-nurse']);
    expect(await screen.findByRole('heading', { name: 'Timeframe' })).toBeTruthy();
    expect(screen.getByText('1 November 2026')).toBeTruthy();
    expect(screen.getAllByText('Overdue', { selector: 'strong' }).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Pause the response' })).toBeNull();
  });

  it('an extension without the agreement of those affected is refused before sending', async () => {
    const post = vi.fn();
    setup(['learning-response-lead'], post);
    await typeDate(await screen.findByRole('group', { name: 'New target date' }), '1', '12', '2026');
    await userEvent.type(screen.getByLabelText('Reason for the extension'), 'Expert review');
    await userEvent.click(screen.getByRole('button', { name: 'Record the extension' }));
    expect(screen.getByRole('link', { name: 'Select who among the people affected agreed to the extension' }).getAttribute('href')).toBe('#extension-agreed-0');
    expect(post).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Save the target' })).toBeNull();
  });

  it('with nobody recorded as affected yet, says to record them before an extension', async () => {
    setup(['learning-response-lead'], vi.fn(), STARTED, { ...ENGAGEMENT, people: [] });
    expect((await screen.findByRole('link', { name: 'Engagement and involvement' })).getAttribute('href')).toBe(`/responses/${RESPONSE_ID}/engagement`);
    expect(screen.queryByRole('button', { name: 'Record the extension' })).toBeNull();
  });

  it('the lead records an extension with who agreed, chosen from the people affected', async () => {
    const extended: LearningResponse = {
      ...STARTED,
      version: 4,
      timeframe: {
        ...STARTED.timeframe!,
        targetCompletionOn: '2026-12-01',
        dueStatus: 'on-track',
        extensions: [{ previousTargetOn: '2026-11-01', newTargetOn: '2026-12-01', reason: 'Expert review', agreedBy: [{ personAffectedId: JO_ID, name: 'Jo Bloggs', relationship: 'Family member' }], recordedBy: 'Lee Lead', recordedAt: '2026-11-02T10:00:00Z' }],
      },
    };
    const post = vi.fn(async () => ok(extended));
    setup(['learning-response-lead'], post);
    await typeDate(await screen.findByRole('group', { name: 'New target date' }), '1', '12', '2026');
    await userEvent.type(screen.getByLabelText('Reason for the extension'), 'Expert review');
    const agreed = screen.getByRole('group', { name: 'Who among the people affected agreed?' });
    expect(within(agreed).getByLabelText('Dana Nurse')).toBeTruthy();
    await userEvent.click(within(agreed).getByLabelText('Jo Bloggs'));
    await userEvent.click(screen.getByRole('button', { name: 'Record the extension' }));
    expect(post).toHaveBeenCalledWith('/api/v1/responses/{responseId}/extensions', {
      params: { path: { responseId: RESPONSE_ID } },
      body: { version: 3, newTargetOn: '2026-12-01', reason: 'Expert review', agreedBy: [{ personAffectedId: JO_ID }] },
    });
    expect(await screen.findByText('From 1 November 2026 to 1 December 2026')).toBeTruthy();
    expect(screen.getByText('Jo Bloggs (Family member)')).toBeTruthy();
  });

  it('a pause cannot start before the response started', async () => {
    const post = vi.fn();
    setup(['patient-safety-specialist'], post);
    await typeDate(await screen.findByRole('group', { name: 'Date the pause started' }), '1', '7', '2026');
    await userEvent.type(screen.getByLabelText('Reason for the pause'), 'Requested by the police');
    await userEvent.click(screen.getByRole('button', { name: 'Pause the response' }));
    expect(screen.getByRole('link', { name: 'The pause cannot start before the response started' }).getAttribute('href')).toBe('#pause-start-day');
    expect(post).not.toHaveBeenCalled();
  });

  it('a paused response offers to resume and lists the pause', async () => {
    const paused: LearningResponse = {
      ...STARTED,
      status: 'paused',
      timeframe: { ...STARTED.timeframe!, pausedDays: 3, pauses: [{ startedOn: '2026-10-01', reason: 'Requested by the police', days: 3 }] },
    };
    setup(['patient-safety-specialist'], vi.fn(), paused);
    expect(await screen.findByRole('button', { name: 'Resume the response' })).toBeTruthy();
    expect(screen.getByText('Still paused')).toBeTruthy();
    expect(screen.getByText('Paused', { selector: 'strong' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause the response' })).toBeNull();
  });
});

describe('the list and the home page', () => {
  it('shows the due status in words and filters by it', async () => {
    const summary = { id: RESPONSE_ID, reference: 'LR-2026-0003', type: 'psii', typeDisplay: PSII.typeDisplay, status: 'in-progress', events: PSII.events, createdAt: PSII.createdAt, initialReportStatus: 'sent', leadName: 'Lee Lead', targetCompletionOn: '2026-11-01', dueStatus: 'overdue' };
    const get = vi.fn(async () => ok({ items: [summary], page: 0, size: 20, totalItems: 1, totalPages: 1 }));
    renderAt('/responses?dueStatus=overdue', [{ path: '/responses', element: <ResponsesListPage /> }], authState({ roles: ['learning-response-lead'], api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My learning responses' })).toBeTruthy();
    expect(await screen.findByText('Overdue', { selector: 'strong' })).toBeTruthy();
    expect(screen.getByText('Due 1 November 2026')).toBeTruthy();
    expect(screen.getByText('Lee Lead')).toBeTruthy();
    expect(get).toHaveBeenCalledWith('/api/v1/responses', { params: { query: { status: undefined, dueStatus: 'overdue', page: 0, size: 20 } } });
  });

  it('a learning response lead gets "My learning responses" on the home page', () => {
    expect(homeLinks(['learning-response-lead', 'staff']).map((l) => l.text)).toContain('My learning responses');
    expect(homeLinks(['learning-response-lead']).map((l) => l.text)).toEqual(['My learning responses', 'Safety improvement plans', 'Response plan', 'My actions', 'Staff support I give', 'Training programmes', 'Communities of practice']);
    expect(homeLinks(['learning-response-lead']).find((l) => l.text === 'My learning responses')?.href).toBe('/responses');
    expect(homeLinks(['staff']).map((l) => l.text)).not.toContain('My learning responses');
  });
});
