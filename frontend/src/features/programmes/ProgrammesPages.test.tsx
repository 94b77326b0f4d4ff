import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { Role } from '../../shared/api/types';
import { getByPath, ok, problem } from '../../test/fakeApi';
import { ShowLocation, authState, renderAt } from '../../test/helpers';
import { TrainingDetails } from '../people/TrainingDetails';
import { CommunityPage } from './CommunityPage';
import { NewSessionPage } from './NewSessionPage';
import { NextSessionsPanel } from './NextSessionsPanel';
import { ProgrammePage } from './ProgrammePage';
import { ProgrammesListPage } from './ProgrammesListPage';
import { registerToSave, SessionPage } from './SessionPage';
import { CARA_ID, COMMUNITY, HELD_SESSION, MY_SESSIONS, PROGRAMME, PROGRAMME_ID, SAM_ID, SESSION_ID, SUMMARIES } from './testProgrammes';

const STAFF: Role[] = ['staff'];
const COACH: Role[] = ['coach'];
const ADVISOR: Role[] = ['improvement-advisor', 'staff'];

const api = (over: Record<string, unknown>) => over as unknown as ApiClient;

// Timeouts are generous: typing into pages with many controls is slow on a loaded machine.
describe('training programmes', { timeout: 20000 }, () => {
  it('lists the programmes with when each next meets, for a coach with no staff role', async () => {
    renderAt('/programmes', [{ path: '/programmes', element: <ProgrammesListPage /> }], authState({ roles: COACH, api: api({ GET: vi.fn(async () => ok(SUMMARIES)) }) }));
    const link = await screen.findByRole('link', { name: 'Challenging poor practice' });
    expect(link.getAttribute('href')).toBe(`/programmes/${PROGRAMME_ID}`);
    expect(screen.getByText('Next session 14 January 2027 (2 to come)')).toBeTruthy();
    expect(screen.getByText('No sessions planned')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Add a programme' })).toBeNull();
  });

  it('shows a programme’s sessions with the reader’s booking, its materials and its scenario cards', async () => {
    const get = getByPath({ '/api/v1/programmes/{programmeId}': PROGRAMME });
    renderAt(`/programmes/${PROGRAMME_ID}`, [{ path: '/programmes/:id', element: <ProgrammePage id={PROGRAMME_ID} /> }], authState({ roles: STAFF, api: api({ GET: get }) }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Challenging poor practice' })).toBeTruthy();
    const session = screen.getByRole('link', { name: '14 January 2027, 09:30 to 12:30' });
    expect(session.getAttribute('href')).toBe(`/programme-sessions/${SESSION_ID}`);
    expect(within(session.closest('tr') as HTMLElement).getByText('Booked')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download The pack (2 KB)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'NHS England patient safety (opens in a new tab)' }).getAttribute('href')).toBe('https://www.england.nhs.uk/patient-safety/');
    expect(screen.getByRole('heading', { name: 'Card 1: Talking over someone' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Add a session' })).toBeNull();
  });

  it('offers the keepers to add sessions and materials', async () => {
    const get = getByPath({ '/api/v1/programmes/{programmeId}': { ...PROGRAMME, mayKeep: true } });
    renderAt(`/programmes/${PROGRAMME_ID}`, [{ path: '/programmes/:id', element: <ProgrammePage id={PROGRAMME_ID} /> }], authState({ roles: ADVISOR, api: api({ GET: get }) }));
    expect((await screen.findByRole('link', { name: 'Add a session' })).getAttribute('href')).toBe(`/programmes/${PROGRAMME_ID}/sessions/new`);
    expect(screen.getByRole('link', { name: 'Add a material' }).getAttribute('href')).toBe(`/programmes/${PROGRAMME_ID}/materials/new`);
  });
});

describe('session register', { timeout: 20000 }, () => {
  it('marks who attended with a checkbox each and saves the whole register on the version read', async () => {
    const put = vi.fn(async () => ok({ ...HELD_SESSION, version: 3, attendees: [HELD_SESSION.attendees![0], { ...HELD_SESSION.attendees![1], status: 'did-not-attend' }] }));
    const get = getByPath({ '/api/v1/programme-sessions/{sessionId}': HELD_SESSION });
    renderAt(`/programme-sessions/${SESSION_ID}`, [{ path: '/programme-sessions/:id', element: <SessionPage id={SESSION_ID} /> }], authState({ roles: ['patient-safety-specialist', 'staff'], api: api({ GET: get, PUT: put }) }));
    const sam = await screen.findByLabelText('Sam Staff attended');
    expect((sam as HTMLInputElement).checked).toBe(true);
    await userEvent.click(sam);
    await userEvent.click(screen.getByRole('button', { name: 'Save the register' }));
    expect(put).toHaveBeenCalledWith('/api/v1/programme-sessions/{sessionId}/attendance', {
      params: { path: { sessionId: SESSION_ID } },
      body: { version: 2, attendees: [{ personId: CARA_ID, status: 'attended' }, { personId: SAM_ID, status: 'did-not-attend' }] },
    });
    expect(await screen.findByText('Register saved.')).toBeTruthy();
  });

  it('says the register changed meanwhile when another keeper saved it first', async () => {
    const put = vi.fn(async () => problem(409));
    const get = getByPath({ '/api/v1/programme-sessions/{sessionId}': HELD_SESSION });
    renderAt(`/programme-sessions/${SESSION_ID}`, [{ path: '/programme-sessions/:id', element: <SessionPage id={SESSION_ID} /> }], authState({ roles: ADVISOR, api: api({ GET: get, PUT: put }) }));
    await userEvent.click(await screen.findByRole('button', { name: 'Save the register' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
  });

  it('shows an attendee their own place but no register', async () => {
    const { attendees: _hidden, ...own } = HELD_SESSION;
    const get = getByPath({ '/api/v1/programme-sessions/{sessionId}': { ...own, mayKeep: false, yourAttendance: 'attended' } });
    renderAt(`/programme-sessions/${SESSION_ID}`, [{ path: '/programme-sessions/:id', element: <SessionPage id={SESSION_ID} /> }], authState({ roles: STAFF, api: api({ GET: get }) }));
    expect(await screen.findByText('Attended')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Register' })).toBeNull();
  });

  it('before the session, an unticked booking leaves the register instead of being marked as not attended', () => {
    const rows = [
      { personId: SAM_ID, name: 'Sam Staff', status: 'booked' as const },
      { personId: CARA_ID, name: 'Cara Coach', status: 'did-not-attend' as const },
    ];
    expect(registerToSave(rows, false)).toEqual([{ personId: SAM_ID, status: 'booked' }]);
    expect(registerToSave(rows, true)).toHaveLength(2);
  });
});

describe('add a session', { timeout: 20000 }, () => {
  function setup(post: ReturnType<typeof vi.fn>) {
    renderAt(
      `/programmes/${PROGRAMME_ID}/sessions/new`,
      [
        { path: '/programmes/:id/sessions/new', element: <NewSessionPage programmeId={PROGRAMME_ID} /> },
        { path: '/programme-sessions/:id', element: <ShowLocation /> },
      ],
      authState({ roles: ADVISOR, api: api({ POST: post }) }),
    );
  }

  it('names each missing answer and sends nothing', async () => {
    const post = vi.fn();
    setup(post);
    await userEvent.click(screen.getByRole('button', { name: 'Add session' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the date of the session' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Enter the venue, or say the session is online' })).toBeTruthy();
    expect(post).not.toHaveBeenCalled();
  });

  it('adds an online session and opens it', async () => {
    const post = vi.fn(async () => ok(HELD_SESSION, 201));
    setup(post);
    await userEvent.type(screen.getByLabelText('Date'), '2027-01-14');
    await userEvent.type(screen.getByLabelText('Start time'), '09:30');
    await userEvent.type(screen.getByLabelText('Finish time'), '12:30');
    await userEvent.click(screen.getByLabelText('The session is online'));
    await userEvent.type(screen.getByLabelText('Facilitator'), 'Ivy Advisor');
    await userEvent.click(screen.getByRole('button', { name: 'Add session' }));
    expect(post).toHaveBeenCalledWith('/api/v1/programmes/{programmeId}/sessions', {
      params: { path: { programmeId: PROGRAMME_ID } },
      body: { heldOn: '2027-01-14', startsAt: '09:30', endsAt: '12:30', online: true, facilitator: 'Ivy Advisor' },
    });
    expect((await screen.findByTestId('location')).textContent).toBe(`/programme-sessions/${SESSION_ID}`);
  });
});

describe('communities of practice and training record', { timeout: 20000 }, () => {
  it('a member adds a note to a reflective practice session', async () => {
    const post = vi.fn(async () => ok({ ...COMMUNITY, meetings: [{ ...COMMUNITY.meetings[0], addedNotes: [{ id: 'n1', text: 'Name good practice at handover.', addedBy: 'Cara Coach', addedAt: '2026-11-19T08:30:00Z' }] }] }, 201));
    const get = getByPath({ '/api/v1/communities-of-practice/{communityId}': COMMUNITY });
    renderAt(`/communities-of-practice/${COMMUNITY.id}`, [{ path: '/communities-of-practice/:id', element: <CommunityPage id={COMMUNITY.id} /> }], authState({ roles: COACH, api: api({ GET: get, POST: post }) }));
    const meeting = await screen.findByRole('region', { name: 'Reflective practice session, 18 November 2026' });
    expect(within(meeting).getByText('Theme: Noticing good practice')).toBeTruthy();
    await userEvent.type(within(meeting).getByLabelText('Add a note'), 'Name good practice at handover.');
    await userEvent.click(within(meeting).getByRole('button', { name: 'Add note' }));
    expect(post).toHaveBeenCalledWith('/api/v1/communities-of-practice/{communityId}/meetings/{meetingId}/notes', {
      params: { path: { communityId: COMMUNITY.id, meetingId: COMMUNITY.meetings[0].id } },
      body: { text: 'Name good practice at handover.' },
    });
    expect(await screen.findByText('Name good practice at handover.')).toBeTruthy();
  });

  it('the home panel lists the sessions the person is booked on', async () => {
    renderAt('/', [{ path: '/', element: <NextSessionsPanel /> }], authState({ roles: STAFF, api: api({ GET: vi.fn(async () => ok(MY_SESSIONS)) }) }));
    expect(await screen.findByRole('heading', { name: 'Your next sessions (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Challenging poor practice' }).getAttribute('href')).toBe(`/programme-sessions/${SESSION_ID}`);
  });

  it('the training record lists the programme sessions attended with their hours', () => {
    renderAt(
      '/',
      [
        {
          path: '/',
          element: (
            <TrainingDetails
              record={{
                personId: SAM_ID,
                personName: 'Sam Staff',
                version: 0,
                learningFromIncidentsDays: 0,
                engagementTrainingHours: 0,
                oversightTrainingDays: 0,
                cpdEntries: [],
                qualifications: [],
                responsesByYear: [],
                programmesAttended: [{ programmeId: PROGRAMME_ID, programmeTitle: 'Challenging poor practice', sessionId: SESSION_ID, heldOn: '2026-11-26', hours: 3 }],
              }}
            />
          ),
        },
      ],
      authState({ roles: STAFF }),
    );
    const row = screen.getByText('Challenging poor practice').closest('tr') as HTMLElement;
    expect(within(row).getByText('26 November 2026')).toBeTruthy();
    expect(within(row).getByText('3')).toBeTruthy();
  });
});
