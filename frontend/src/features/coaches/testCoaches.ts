import type { Coach } from './types';

export const CARA_ID = '4c0c8a4e-3333-4a5b-9c2d-000000000001';
export const IVY_ID = '4c0c8a4e-3333-4a5b-9c2d-000000000002';
export const TOM_ID = '4c0c8a4e-3333-4a5b-9c2d-000000000003';

export const COACH: Coach = {
  id: '8b1b2c3d-0000-4a5b-9c2d-000000000010',
  version: 2,
  coach: { personId: CARA_ID, name: 'Cara Coach' },
  kind: 'lived-experience',
  directorate: { id: 3, name: 'Mental Health' },
  startedOn: '2026-06-01',
  current: true,
  minutesCoached: 270,
  work: [{ kind: 'coaching-contract', id: 'w1', title: 'Willow Ward team', minutesCoached: 270, active: true }],
  lastSessionOn: '2026-07-14',
  nextSessionOn: '2026-09-09',
  supervisionDueBy: '2026-10-14',
  supervisionOverdue: true,
  sessions: [
    {
      id: 's1',
      heldOn: '2026-07-14',
      advisor: { personId: IVY_ID, name: 'Ivy Advisor' },
      notes: 'Reflected on the first team session.',
      notesWithheld: false,
      nextSessionOn: '2026-09-09',
      recordedBy: 'Ivy Advisor',
      recordedAt: '2026-07-14T15:00:00Z',
    },
  ],
};

const training = { learningFromIncidentsDays: 0, engagementTrainingHours: 0, oversightTrainingDays: 0, cpdHours: 0 };
export const PEOPLE_PAGE = {
  items: [
    { id: CARA_ID, version: 0, name: 'Cara Coach', email: 'cara.coach@example.nhs.uk', active: true, training, qualifications: [] },
    { id: IVY_ID, version: 0, name: 'Ivy Advisor', email: 'ivy.advisor@example.nhs.uk', jobRole: 'Improvement advisor', active: true, training, qualifications: [] },
    { id: TOM_ID, version: 0, name: 'Tom Okafor', email: 'tom@example.nhs.uk', active: true, training, qualifications: [] },
  ],
  page: 0,
  size: 100,
  totalItems: 3,
  totalPages: 1,
};

export const DIRECTORATES = [
  { id: 1, name: 'Adult Community Services' },
  { id: 3, name: 'Mental Health' },
];
