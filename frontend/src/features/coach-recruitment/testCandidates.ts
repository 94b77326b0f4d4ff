import type { Candidate } from './types';

export const LOLA_ID = '3f0c8a4e-3333-4a5b-9c2d-000000000001';

const TERMS = { band: '4', contract: 'Bank on a sessional basis', hoursPerWeek: 7.5 };

/** Rosa, waiting on the clinical director of Mental Health. */
export const ROSA: Candidate = {
  id: '5b0e8c9e-41f4-4a55-9a8e-2f4b8a0d6c11',
  version: 1,
  name: 'Rosa Mendes',
  email: 'rosa.mendes@example.com',
  directorate: { id: 2, name: 'Mental Health' },
  heardFrom: 'A poster on the ward',
  livedExperience: 'I have used community mental health services for ten years.',
  expressedOn: '2026-11-02',
  status: 'in-progress',
  nextStep: 'clinical-director-sign-off',
  nextStepTitle: 'Sign-off by the clinical director',
  waitingOn: 'the clinical director of Mental Health',
  steps: [
    { step: 'expression-of-interest', title: 'Expression of interest', party: 'the QI department', status: 'done', doneOn: '2026-11-02', recordedBy: 'Ivy Advisor', recordedAt: '2026-11-02T10:00:00Z' },
    { step: 'job-description-given', title: 'Job description given', party: 'the QI department', status: 'done', doneOn: '2026-11-09', recordedBy: 'Ivy Advisor', recordedAt: '2026-11-09T10:00:00Z' },
    { step: 'clinical-director-sign-off', title: 'Sign-off by the clinical director', party: 'the clinical director of Mental Health', status: 'waiting' },
    { step: 'people-participation-sign-off', title: 'Sign-off by the people participation team', party: 'the people participation team', status: 'not-yet' },
    { step: 'programme-place', title: 'Place on the Improvement Coaches Programme', party: 'the QI department', status: 'not-yet' },
    { step: 'bank-appointment', title: 'Appointment to the bank', party: 'the staff bank', status: 'not-yet' },
    { step: 'induction', title: 'Directorate induction', party: 'the Mental Health directorate', status: 'not-yet' },
  ],
  terms: TERMS,
};

/** Rosa at the induction: every step before it done. */
export const ROSA_AT_INDUCTION: Candidate = {
  ...ROSA,
  nextStep: 'induction',
  nextStepTitle: 'Directorate induction',
  waitingOn: 'the Mental Health directorate',
  steps: ROSA.steps.map((s) => (s.step === 'induction' ? { ...s, status: 'waiting' } : s.status === 'done' ? s : { ...s, status: 'done', doneOn: '2026-11-20', recordedBy: 'Ivy Advisor', recordedAt: '2026-11-20T10:00:00Z' })),
};

export const PEOPLE_PAGE = {
  items: [
    { id: LOLA_ID, version: 0, name: 'Lola Linemanager', email: 'lola@example.nhs.uk', jobRole: 'Ward manager', active: true, training: { learningFromIncidentsDays: 0, engagementTrainingHours: 0, oversightTrainingDays: 0, cpdHours: 0 }, qualifications: [] },
  ],
  page: 0,
  size: 100,
  totalItems: 1,
  totalPages: 1,
};
