import type { Person, TrainingCompliance, TrainingRecord } from './types';

const NOT_LEAD = {
  role: 'lead' as const,
  roleDisplay: 'Lead a learning response',
  qualified: false,
  missing: [{ code: 'level-2' as const, message: 'Level 2 of the patient safety syllabus is not recorded' }],
};
const ENGAGEMENT = { role: 'engagement-lead' as const, roleDisplay: 'Lead engagement with those affected', qualified: true, missing: [] };
const NOT_OVERSEER = {
  role: 'overseer' as const,
  roleDisplay: 'Sign off a learning response',
  qualified: false,
  missing: [{ code: 'one-day-oversight' as const, message: 'At least 1 day of oversight training is needed' }],
};

export const PERSON: Person = {
  id: '3f0c8a4e-1111-4a5b-9c2d-000000000001',
  version: 2,
  name: 'Lee Lead',
  email: 'lee.lead@example.nhs.uk',
  jobRole: 'Ward manager',
  active: true,
  training: { level1CompletedOn: '2026-01-15', learningFromIncidentsDays: 2, engagementTrainingHours: 6, oversightTrainingDays: 0, cpdHours: 3.5 },
  qualifications: [NOT_LEAD, ENGAGEMENT, NOT_OVERSEER],
};

export const RECORD: TrainingRecord = {
  personId: PERSON.id,
  personName: PERSON.name,
  version: 4,
  level1CompletedOn: '2026-01-15',
  learningFromIncidentsDays: 2,
  engagementTrainingHours: 6,
  oversightTrainingDays: 0,
  cpdEntries: [{ id: 'c1', completedOn: '2026-05-01', title: 'Human factors workshop', hours: 3.5 }],
  qualifications: [NOT_LEAD, ENGAGEMENT, NOT_OVERSEER],
  responsesByYear: [{ year: 2026, count: 1 }],
};

export const COMPLIANCE: TrainingCompliance = {
  year: 2026,
  minimumResponsesPerYear: 2,
  people: [
    { personId: PERSON.id, name: 'Lee Lead', jobRole: 'Ward manager', qualifications: [NOT_LEAD, ENGAGEMENT, NOT_OVERSEER], responsesInYear: 1, lead: true, belowMinimumResponses: true },
    {
      personId: '3f0c8a4e-1111-4a5b-9c2d-000000000002',
      name: 'Pat Specialist',
      qualifications: [{ ...NOT_LEAD, qualified: true, missing: [] }, ENGAGEMENT, { ...NOT_OVERSEER, qualified: true, missing: [] }],
      responsesInYear: 3,
      lead: true,
      belowMinimumResponses: false,
    },
  ],
};
