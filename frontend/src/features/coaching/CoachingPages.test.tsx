import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { CoachingHomePanel } from './CoachingHomePanel';
import { CoachingListPage } from './CoachingListPage';
import { ContractPage } from './ContractPage';
import { NewContractPage } from './NewContractPage';
import { RecordSessionPage } from './RecordSessionPage';
import { DRAFT, IN_REVIEW, SAM_ID, SUMMARY, TERMS } from './testCoaching';

/** Typing a whole form takes a while on a slow, shared machine. */
const FORM_TIMEOUT = 60_000;
vi.setConfig({ testTimeout: FORM_TIMEOUT });

const COACH: Role[] = ['coach'];
const STAFF: Role[] = ['staff'];
const COACHEES = [{ personId: SAM_ID, name: 'Sam Staff', jobRole: null }];

function api(get: ReturnType<typeof vi.fn>, more: Record<string, ReturnType<typeof vi.fn>> = {}) {
  return { GET: get, ...more } as unknown as ApiClient;
}

describe('coaching contracts list', () => {
  it("a coach sees their contracts with hours, next meeting and a review due tag, and may start one", async () => {
    renderAt('/coaching', [{ path: '/coaching', element: <CoachingListPage /> }], authState({ roles: COACH, api: api(vi.fn(async () => ok([SUMMARY]))) }));
    const link = await screen.findByRole('link', { name: 'Ward 7 falls team' });
    expect(link.getAttribute('href')).toBe(`/coaching/${SUMMARY.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('3 hours 45 minutes (4 sessions)')).toBeTruthy();
    expect(within(row).getByText('Review due')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Coaching contracts' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a coaching contract' })).toBeTruthy();
  });

  it('a coachee sees "My coaching" and is not offered to start a contract', async () => {
    renderAt('/coaching', [{ path: '/coaching', element: <CoachingListPage /> }], authState({ roles: STAFF, api: api(vi.fn(async () => ok([]))) }));
    expect(await screen.findByText('You are not being coached at the moment.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'My coaching' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Start a coaching contract' })).toBeNull();
  });
});

describe('start a coaching contract', () => {
  it('ticks the aims, checks the answers, then starts the contract and opens it', async () => {
    const post = vi.fn(async () => ok(DRAFT, 201));
    const get = getByPath({ '/api/v1/coaching/coachees': COACHEES, '/api/v1/coaching/terms': TERMS });
    renderAt(
      '/coaching/new',
      [
        { path: '/coaching/new', element: <NewContractPage /> },
        { path: '/coaching/:id', element: <ShowLocation /> },
      ],
      authState({ roles: COACH, api: api(get, { POST: post }) }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    // No one is offered until a search of at least three letters: the directory is never listed to a coach.
    expect(get).not.toHaveBeenCalledWith('/api/v1/coaching/coachees', expect.anything());
    await userEvent.type(screen.getByLabelText("Find the person coached, or the team's contact"), 'Sam');
    await userEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(get).toHaveBeenCalledWith('/api/v1/coaching/coachees', { params: { query: { search: 'Sam' } } });
    expect(await screen.findByRole('link', { name: 'Tick at least one aim of the coaching' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText('A team'));
    await userEvent.type(screen.getByLabelText('Name of the team'), 'Ward 7 falls team');
    await userEvent.selectOptions(screen.getByLabelText('Contact who accepts for the team'), SAM_ID);
    await userEvent.click(screen.getByLabelText('Help you reflect on your learning'));
    await userEvent.click(screen.getByLabelText('Share knowledge of improvement tools and techniques'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check the contract before you start it' })).toBeTruthy();
    expect(screen.getByText('Ward 7 falls team (contact: Sam Staff)')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start the contract' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coaching/contracts', {
      body: { coacheeKind: 'team', coacheePersonId: SAM_ID, teamName: 'Ward 7 falls team', aims: ['share-knowledge', 'reflect-on-learning'], frequency: 'About monthly', sessionMinutes: 60, onQiCourse: false },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coaching/${DRAFT.id}`);
  }, FORM_TIMEOUT);
});

describe('a coaching contract', () => {
  it('the coachee sees who accepted the ground rules and accepts for their side', async () => {
    const agreed = { ...DRAFT, version: 2, status: 'agreed' as const, coacheeAcceptance: { accepted: true, acceptedBy: 'Sam Staff', acceptedAt: '2026-11-21T10:00:00Z' } };
    const post = vi.fn(async () => ok(agreed));
    renderAt(
      `/coaching/${DRAFT.id}`,
      [{ path: '/coaching/:id', element: <ContractPage id={DRAFT.id} /> }],
      authState({ roles: STAFF, api: api(getByPath({ '/api/v1/coaching/contracts/{contractId}': DRAFT, '/api/v1/coaching/terms': TERMS }), { POST: post }) }),
    );
    expect(await screen.findByText('The coaching cannot start until both sides have accepted the ground rules.')).toBeTruthy();
    expect(screen.getByText('Not accepted yet')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Record a session' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'I accept the ground rules' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coaching/contracts/{contractId}/acceptances', { params: { path: { contractId: DRAFT.id } }, body: { version: 1 } });
    expect(await screen.findByText('Ground rules accepted. Both sides have accepted: the coaching can start.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'I accept the ground rules' })).toBeNull();
  }, FORM_TIMEOUT);

  it('the coach sees the review overdue, the sessions with the hours towards the course, and the refusal to complete it', async () => {
    const put = vi.fn(async () => ({
      error: { type: 'x', title: 'Conflict', status: 409, code: 'conflict', detail: 'too few', errors: [{ field: 'completed', code: 'too-few-hours', message: 'The course needs at least 5 hours of individual coaching; 3 hours 45 minutes recorded' }] },
      response: new Response(null, { status: 409 }),
    }));
    renderAt(
      `/coaching/${IN_REVIEW.id}`,
      [{ path: '/coaching/:id', element: <ContractPage id={IN_REVIEW.id} /> }],
      authState({ roles: COACH, api: api(getByPath({ '/api/v1/coaching/contracts/{contractId}': IN_REVIEW, '/api/v1/coaching/terms': TERMS }), { PUT: put }) }),
    );
    expect(await screen.findByText('Review overdue', { selector: 'span' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Record a session' }).getAttribute('href')).toBe(`/coaching/${IN_REVIEW.id}/sessions/new`);
    expect(screen.getByText('Cancelled by the coachee; rearranged by the coachee for 15 October 2026')).toBeTruthy();
    expect(screen.getByText('3 hours 45 minutes of 5 hours')).toBeTruthy();
    await userEvent.click(screen.getByLabelText('The course is complete'));
    await userEvent.click(screen.getByRole('button', { name: 'Save course progress' }));
    expect(await screen.findByRole('link', { name: 'The course needs at least 5 hours of individual coaching; 3 hours 45 minutes recorded' })).toBeTruthy();
  }, FORM_TIMEOUT);
});

describe('record a coaching session', () => {
  function setup(post: ReturnType<typeof vi.fn>) {
    renderAt(
      `/coaching/${IN_REVIEW.id}/sessions/new`,
      [
        { path: '/coaching/:id/sessions/new', element: <RecordSessionPage id={IN_REVIEW.id} /> },
        { path: '/coaching/:id', element: <ShowLocation /> },
      ],
      authState({ roles: COACH, api: api(vi.fn(), { POST: post }) }),
    );
  }

  async function typeDate(group: string, day: string, month: string, year: string) {
    const g = await screen.findByRole('group', { name: group });
    await userEvent.type(within(g).getByLabelText('Day'), day);
    await userEvent.type(within(g).getByLabelText('Month'), month);
    await userEvent.type(within(g).getByLabelText('Year'), year);
  }

  it('refuses a finish before the start without sending, then records a cancellation and who rearranged it', async () => {
    const post = vi.fn(async () => ok(IN_REVIEW, 201));
    setup(post);
    await userEvent.click(await screen.findByLabelText('Yes'));
    await typeDate('Date of the session', '1', '12', '2026');
    await userEvent.type(screen.getByLabelText('Start time'), '15:00');
    await userEvent.type(screen.getByLabelText('Finish time'), '14:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save the record' }));
    expect(await screen.findByRole('link', { name: 'The finish time must be after the start time' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();

    await userEvent.click(screen.getByLabelText('No, it was cancelled'));
    await userEvent.click(within(screen.getByRole('group', { name: 'Who cancelled?' })).getByLabelText('The coachee'));
    await typeDate('New date, if it was rearranged (optional)', '8', '12', '2026');
    await userEvent.click(within(screen.getByRole('group', { name: 'Who rearranged it?' })).getByLabelText('The coach'));
    await userEvent.click(screen.getByRole('button', { name: 'Save the record' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coaching/contracts/{contractId}/records', {
      params: { path: { contractId: IN_REVIEW.id } },
      body: { heldOn: '2026-12-01', mode: 'in-person', cancelled: true, cancelledBy: 'coachee', rescheduledTo: '2026-12-08', rescheduledBy: 'coach' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coaching/${IN_REVIEW.id}`);
  }, FORM_TIMEOUT);

  it('shows why a session cannot be held on a contract not yet agreed', async () => {
    const post = vi.fn(async () => ({
      error: { type: 'x', title: 'Conflict', status: 409, code: 'conflict', detail: 'The coaching cannot start until both sides have accepted the ground rules', errors: [{ field: 'status', code: 'not-agreed', message: 'The coaching cannot start until both sides have accepted the ground rules' }] },
      response: new Response(null, { status: 409 }),
    }));
    setup(post);
    await userEvent.click(await screen.findByLabelText('Yes'));
    await typeDate('Date of the session', '1', '12', '2020');
    await userEvent.type(screen.getByLabelText('Start time'), '14:00');
    await userEvent.type(screen.getByLabelText('Finish time'), '15:00');
    await userEvent.click(screen.getByRole('button', { name: 'Save the record' }));
    expect(await screen.findByText('The coaching cannot start until both sides have accepted the ground rules')).toBeTruthy();
  }, FORM_TIMEOUT);
});

describe('coaching on the home page', () => {
  it('shows the reviews due and the ground rules waiting for the signed-in person', async () => {
    const waiting = { ...SUMMARY, id: 'c2', status: 'draft' as const, title: 'Anna Patel', reviewDue: false, nextMeetingOn: undefined, awaitingYourAcceptance: true };
    renderAt('/', [{ path: '/', element: <CoachingHomePanel /> }], authState({ roles: COACH, api: api(vi.fn(async () => ok([SUMMARY, waiting]))) }));
    expect(await screen.findByText('Reviews due (1)')).toBeTruthy();
    expect(screen.getByText('Ground rules to accept (1)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Anna Patel' }).getAttribute('href')).toBe('/coaching/c2');
  });

  it('shows nothing when nothing waits', async () => {
    const get = vi.fn(async () => ok([{ ...SUMMARY, reviewDue: false, nextMeetingOn: '2020-01-01' }]));
    const { container } = renderAt('/', [{ path: '/', element: <CoachingHomePanel /> }], authState({ roles: COACH, api: api(get) }));
    await vi.waitFor(() => expect(get).toHaveBeenCalled());
    expect(container.querySelector('[data-testid="coaching-panel"]')).toBeNull();
  });
});

