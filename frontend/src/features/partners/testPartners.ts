import type { Partner } from './types';

export const PRIYA_ID = '3f0c8a4e-2222-4a5b-9c2d-000000000001';
export const SUE_ID = '3f0c8a4e-2222-4a5b-9c2d-000000000002';
export const LEE_ID = '3f0c8a4e-2222-4a5b-9c2d-000000000003';

export const PARTNER: Partner = {
  id: '7a1b2c3d-0000-4a5b-9c2d-000000000010',
  version: 3,
  partner: { personId: PRIYA_ID, name: 'Priya Partner' },
  supporter: { personId: SUE_ID, name: 'Sue Supporter', jobRole: 'Head of patient safety' },
  startedOn: '2026-01-05',
  current: true,
  areas: [{ code: 'investigation-oversight-groups', display: 'Investigation oversight groups' }],
  lastSessionOn: '2026-05-01',
  nextSessionOn: '2026-07-01',
  supervisionDueBy: '2026-08-01',
  supervisionOverdue: true,
  sessions: [
    {
      id: 's1',
      heldOn: '2026-05-01',
      with: { personId: SUE_ID, name: 'Sue Supporter' },
      notes: 'Talked through the committee papers.',
      nextSessionOn: '2026-07-01',
      recordedBy: 'Pat Specialist',
      recordedAt: '2026-05-01T10:00:00Z',
    },
  ],
};

export const PEOPLE_PAGE = {
  items: [
    { id: LEE_ID, version: 0, name: 'Lee Lead', email: 'lee@example.nhs.uk', active: true, training: { learningFromIncidentsDays: 0, engagementTrainingHours: 0, oversightTrainingDays: 0, cpdHours: 0 }, qualifications: [] },
    { id: PRIYA_ID, version: 0, name: 'Priya Partner', email: 'priya@example.nhs.uk', active: true, training: { learningFromIncidentsDays: 0, engagementTrainingHours: 0, oversightTrainingDays: 0, cpdHours: 0 }, qualifications: [] },
    { id: SUE_ID, version: 0, name: 'Sue Supporter', email: 'sue@example.nhs.uk', jobRole: 'Head of patient safety', active: true, training: { learningFromIncidentsDays: 0, engagementTrainingHours: 0, oversightTrainingDays: 0, cpdHours: 0 }, qualifications: [] },
  ],
  page: 0,
  size: 100,
  totalItems: 3,
  totalPages: 1,
};
