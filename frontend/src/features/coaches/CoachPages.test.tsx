import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { ChangeCoachPage } from './ChangeCoachPage';
import { CoachPage } from './CoachPage';
import { CoachesHomePanel } from './CoachesHomePanel';
import { CoachesListPage } from './CoachesListPage';
import { MyCoachingPage } from './MyCoachingPage';
import { NewCoachPage } from './NewCoachPage';
import { NewSupervisionPage } from './NewSupervisionPage';
import { CARA_ID, COACH, DIRECTORATES, IVY_ID, PEOPLE_PAGE, TOM_ID } from './testCoaches';

// These forms are typed key by key; on a loaded machine that outlasts the default 5 seconds.
vi.setConfig({ testTimeout: 20_000 });

const ADVISOR: Role[] = ['improvement-advisor', 'staff'];
const COACH_ONLY: Role[] = ['coach'];
const OPTIONS = { '/api/v1/people': PEOPLE_PAGE, '/api/v1/reference/directorates': DIRECTORATES };

async function typeDate(group: string, day: string, month: string, year: string) {
  const g = await screen.findByRole('group', { name: group });
  await userEvent.type(within(g).getByLabelText('Day'), day);
  await userEvent.type(within(g).getByLabelText('Month'), month);
  await userEvent.type(within(g).getByLabelText('Year'), year);
}

describe('coach register', () => {
  it('lists each coach with their kind, directorate and hours, and says in words when supervision is overdue', async () => {
    const get = vi.fn(async () => ok([COACH]));
    renderAt('/coaches', [{ path: '/coaches', element: <CoachesListPage /> }], authState({ roles: ADVISOR, api: { GET: get } as unknown as ApiClient }));
    const link = await screen.findByRole('link', { name: 'Cara Coach' });
    expect(link.getAttribute('href')).toBe(`/coaches/${COACH.id}`);
    const row = link.closest('tr') as HTMLElement;
    expect(within(row).getByText('Coach with lived experience')).toBeTruthy();
    expect(within(row).getByText('Mental Health')).toBeTruthy();
    expect(within(row).getByText('4 hours 30 minutes')).toBeTruthy();
    expect(within(row).getByText('Supervision overdue')).toBeTruthy();
    expect(within(row).getByText('Was due by 14 October 2026')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('1 coach; 1 overdue supervision.');
    expect(screen.getByRole('link', { name: 'Register a coach' }).getAttribute('href')).toBe('/coaches/new');
  });
});

describe('register a coach', () => {
  function setup(post: ReturnType<typeof vi.fn>) {
    renderAt(
      '/coaches/new',
      [
        { path: '/coaches/new', element: <NewCoachPage /> },
        { path: '/coaches/:id', element: <ShowLocation /> },
      ],
      authState({ roles: ADVISOR, api: { GET: getByPath(OPTIONS), POST: post } as unknown as ApiClient }),
    );
  }

  async function fillIn() {
    await userEvent.selectOptions(await screen.findByLabelText('Coach'), CARA_ID);
    await userEvent.click(screen.getByLabelText('Coach with lived experience'));
    await userEvent.selectOptions(screen.getByLabelText('Directorate'), '3');
    await typeDate('Start date', '1', '6', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
  }

  it('checks the answers before registering the coach, then opens their entry', async () => {
    const post = vi.fn(async () => ok(COACH, 201));
    setup(post);
    await fillIn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Check the coach before registering them' })).toBeTruthy();
    expect(screen.getByText('Mental Health')).toBeTruthy();
    expect(screen.getByText('1 June 2026')).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Register the coach' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coaches', {
      body: { personId: CARA_ID, kind: 'lived-experience', directorateId: 3, startedOn: '2026-06-01' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coaches/${COACH.id}`);
  });

  it('an empty form is refused before sending, with an error summary linking to each answer', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('link', { name: 'Select the coach' })).getAttribute('href')).toBe('#coach-person');
    expect(screen.getByRole('link', { name: 'Select the kind of coach' }).getAttribute('href')).toBe('#coach-kind');
    expect(screen.getByRole('link', { name: 'Enter the date the coach started' }).getAttribute('href')).toBe('#coach-startedOn-day');
    expect(post).not.toHaveBeenCalled();
  });

  it('a person already on the register goes back to the form with the error summary', async () => {
    const post = vi.fn(async () => problem(400, [{ field: 'personId', code: 'already-registered', message: 'This person is already on the coach register' }]));
    setup(post);
    await fillIn();
    await userEvent.click(await screen.findByRole('button', { name: 'Register the coach' }));
    expect((await screen.findByRole('link', { name: 'This person is already on the coach register' })).getAttribute('href')).toBe('#coach-person');
    expect(screen.getByRole('heading', { level: 1, name: 'Register a coach' })).toBeTruthy();
  });
});

describe('a coach’s entry', () => {
  it('an advisor who did not hold the session reads it without its notes, and is offered the forms', async () => {
    const withheld = { ...COACH, sessions: [{ ...COACH.sessions[0], notes: undefined, notesWithheld: true }] };
    renderAt(`/coaches/${COACH.id}`, [{ path: '/coaches/:id', element: <CoachPage id={COACH.id} /> }], authState({ roles: ADVISOR, api: { GET: getByPath({ '/api/v1/coaches/{coachId}': withheld }) } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cara Coach' })).toBeTruthy();
    expect(screen.getByText('Only the coach and the advisor who held the session can read the notes.')).toBeTruthy();
    expect(screen.queryByText('Reflected on the first team session.')).toBeNull();
    expect(screen.getByText('Willow Ward team')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Change or end this entry' }).getAttribute('href')).toBe(`/coaches/${COACH.id}/change`);
    expect(screen.getByRole('link', { name: 'Record a supervision session' }).getAttribute('href')).toBe(`/coaches/${COACH.id}/supervision/new`);
  });

  it('ends the entry with the version last read', async () => {
    const put = vi.fn(async () => ok({ ...COACH, version: 3, endedOn: '2026-11-30', current: false }));
    renderAt(
      `/coaches/${COACH.id}/change`,
      [
        { path: '/coaches/:id/change', element: <ChangeCoachPage id={COACH.id} /> },
        { path: '/coaches/:id', element: <ShowLocation /> },
      ],
      authState({ roles: ADVISOR, api: { GET: getByPath({ ...OPTIONS, '/api/v1/coaches/{coachId}': COACH }), PUT: put } as unknown as ApiClient }),
    );
    await typeDate('End date (optional)', '30', '11', '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Save the entry' }));
    expect(put).toHaveBeenCalledWith('/api/v1/coaches/{coachId}', {
      params: { path: { coachId: COACH.id } },
      body: { version: 2, personId: CARA_ID, kind: 'lived-experience', directorateId: 3, startedOn: '2026-06-01', endedOn: '2026-11-30' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coaches/${COACH.id}`);
  });

  it('a stale entry says it changed while working', async () => {
    const put = vi.fn(async () => problem(409));
    renderAt(`/coaches/${COACH.id}/change`, [{ path: '/coaches/:id/change', element: <ChangeCoachPage id={COACH.id} /> }], authState({ roles: ADVISOR, api: { GET: getByPath({ ...OPTIONS, '/api/v1/coaches/{coachId}': COACH }), PUT: put } as unknown as ApiClient }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save the entry' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(put).toHaveBeenCalledTimes(1);
  });
});

describe('record a supervision session', () => {
  it('records the session with the advisor who held it, then returns to the entry', async () => {
    const post = vi.fn(async () => ok(COACH, 201));
    renderAt(
      `/coaches/${COACH.id}/supervision/new`,
      [
        { path: '/coaches/:id/supervision/new', element: <NewSupervisionPage id={COACH.id} /> },
        { path: '/coaches/:id', element: <ShowLocation /> },
      ],
      authState({ roles: ADVISOR, api: { GET: getByPath({ ...OPTIONS, '/api/v1/coaches/{coachId}': COACH }), POST: post } as unknown as ApiClient }),
    );
    await typeDate('Date of the session', '20', '11', '2026');
    const advisor = screen.getByLabelText('Improvement advisor who held the session');
    expect(within(advisor).queryByRole('option', { name: 'Cara Coach' })).toBeNull();
    await userEvent.selectOptions(advisor, IVY_ID);
    await userEvent.type(screen.getByLabelText('Notes (optional)'), 'Agreed to try a driver diagram.');
    await userEvent.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(post).toHaveBeenCalledWith('/api/v1/coaches/{coachId}/supervision-sessions', {
      params: { path: { coachId: COACH.id } },
      body: { heldOn: '2026-11-20', advisorPersonId: IVY_ID, notes: 'Agreed to try a driver diagram.' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/coaches/${COACH.id}`);
  });

  it('a session in the future or without an advisor is refused before sending', async () => {
    const post = vi.fn();
    renderAt(`/coaches/${COACH.id}/supervision/new`, [{ path: '/coaches/:id/supervision/new', element: <NewSupervisionPage id={COACH.id} /> }], authState({ roles: ADVISOR, api: { GET: getByPath({ ...OPTIONS, '/api/v1/coaches/{coachId}': COACH }), POST: post } as unknown as ApiClient }));
    await typeDate('Date of the session', '1', '1', '2999');
    await userEvent.click(screen.getByRole('button', { name: 'Record the session' }));
    expect(await screen.findByRole('link', { name: 'The date of the session must be today or in the past' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Select the improvement advisor who held the session' }).getAttribute('href')).toBe('#supervision-advisor');
    expect(post).not.toHaveBeenCalled();
  });
});

describe('your coaching', () => {
  it('a coach reads their own entry, work and supervision notes', async () => {
    renderAt('/my-coaching', [{ path: '/my-coaching', element: <MyCoachingPage /> }], authState({ roles: COACH_ONLY, api: { GET: getByPath({ '/api/v1/me/coach': COACH }) } as unknown as ApiClient }));
    expect(await screen.findByText('Reflected on the first team session.')).toBeTruthy();
    expect(screen.getByText('Willow Ward team')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Your coaching' })).toBeTruthy();
  });

  it('a coach not yet on the register is told whom to ask', async () => {
    renderAt('/my-coaching', [{ path: '/my-coaching', element: <MyCoachingPage /> }], authState({ roles: COACH_ONLY, api: { GET: getByPath({}) } as unknown as ApiClient }));
    expect(await screen.findByText('You are not on the coach register yet. Ask your improvement advisor to add you.')).toBeTruthy();
  });
});

describe('coaching on the home page', () => {
  it('an advisor sees the coaches needing supervision, each a link', async () => {
    const upToDate = { ...COACH, id: 'other', coach: { personId: TOM_ID, name: 'Tom Okafor' }, supervisionOverdue: false };
    const get = getByPath({ '/api/v1/coaches': [COACH, upToDate] });
    renderAt('/', [{ path: '/', element: <CoachesHomePanel /> }], authState({ roles: ADVISOR, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { name: 'Coaches needing supervision (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Cara Coach' }).getAttribute('href')).toBe(`/coaches/${COACH.id}`);
    expect(screen.queryByRole('link', { name: 'Tom Okafor' })).toBeNull();
    expect(get).not.toHaveBeenCalledWith('/api/v1/me/coach');
  });

  it('a coach sees their next supervision', async () => {
    const get = getByPath({ '/api/v1/me/coach': { ...COACH, supervisionOverdue: false } });
    renderAt('/', [{ path: '/', element: <CoachesHomePanel /> }], authState({ roles: COACH_ONLY, api: { GET: get } as unknown as ApiClient }));
    expect(await screen.findByRole('heading', { name: 'Your next supervision' })).toBeTruthy();
    expect(screen.getByText(/Agreed for 9 September 2026\./)).toBeTruthy();
    expect(get).not.toHaveBeenCalledWith('/api/v1/coaches');
  });
});
