import type { Community, MyProgrammeSessions, Programme, ProgrammeSession, ProgrammeSummary } from './types';

export const SAM_ID = '5a0c8a4e-3333-4a5b-9c2d-000000000001';
export const CARA_ID = '5a0c8a4e-3333-4a5b-9c2d-000000000002';
export const PROGRAMME_ID = '7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0002';
export const SESSION_ID = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';

export const SUMMARIES: ProgrammeSummary[] = [
  { id: PROGRAMME_ID, title: 'Challenging poor practice', summary: 'Prepares staff to take action.', nextSessionOn: '2027-01-14', upcomingSessions: 2 },
  { id: '7b7c1c5e-40a1-4c7e-9a11-0e7a2a0b0003', title: 'Quality improvement course', summary: 'Practitioner level in QI.', upcomingSessions: 0 },
];

export const PROGRAMME: Programme = {
  id: PROGRAMME_ID,
  version: 0,
  code: 'challenging-poor-practice',
  title: 'Challenging poor practice',
  summary: 'Prepares staff to take action.',
  sessions: [
    { id: SESSION_ID, heldOn: '2027-01-14', startsAt: '09:30', endsAt: '12:30', venue: 'Education Centre, Room 2', online: false, facilitator: 'Ivy Advisor', hours: 3, yourAttendance: 'booked' },
  ],
  materials: [
    { id: 'm1', title: 'The pack', fileName: 'pack.pdf', contentType: 'application/pdf', sizeBytes: 2048, addedBy: 'Ivy Advisor', addedAt: '2026-11-20T10:02:11Z' },
    { id: 'm2', title: 'NHS England patient safety', link: 'https://www.england.nhs.uk/patient-safety/', addedAt: '2026-11-21T10:02:11Z' },
  ],
  scenarioCards: [{ number: 1, title: 'Talking over someone', situation: 'A colleague chats across the room.', questions: ['Is this poor practice?'] }],
  mayKeep: false,
};

export const HELD_SESSION: ProgrammeSession = {
  id: SESSION_ID,
  version: 2,
  programmeId: PROGRAMME_ID,
  programmeTitle: 'Challenging poor practice',
  heldOn: '2026-11-26',
  startsAt: '09:30',
  endsAt: '12:30',
  online: true,
  facilitator: 'Ivy Advisor',
  hours: 3,
  held: true,
  attendees: [
    { personId: CARA_ID, name: 'Cara Coach', status: 'attended' },
    { personId: SAM_ID, name: 'Sam Staff', status: 'attended' },
  ],
  mayKeep: true,
};

export const MY_SESSIONS: MyProgrammeSessions = {
  upcoming: [
    { sessionId: SESSION_ID, programmeId: PROGRAMME_ID, programmeTitle: 'Challenging poor practice', heldOn: '2027-01-14', startsAt: '09:30', endsAt: '12:30', venue: 'Room 2', online: false, status: 'booked' },
  ],
  past: [],
};

export const COMMUNITY: Community = {
  id: '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  version: 0,
  name: 'Compassionate care',
  purpose: 'Learning together about compassionate care.',
  members: [{ personId: CARA_ID, name: 'Cara Coach' }],
  meetings: [
    {
      id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
      kind: 'reflective-practice',
      heldOn: '2026-11-18',
      theme: 'Noticing good practice',
      facilitator: 'Ivy Advisor',
      notes: 'We worked through scenario card 5.',
      recordedBy: 'Ivy Advisor',
      recordedAt: '2026-11-18T14:05:00Z',
      addedNotes: [],
    },
  ],
  mayKeep: false,
};
