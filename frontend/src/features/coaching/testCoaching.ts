import type { Contract, ContractSummary, Terms } from './types';

export const SAM_ID = '3f0c8a4e-3333-4a5b-9c2d-000000000001';
export const CARA_COACH_ID = '3f0c8a4e-3333-4a5b-9c2d-000000000002';

export const TERMS: Terms = {
  aims: [
    { code: 'share-knowledge', display: 'Share knowledge of improvement tools and techniques' },
    { code: 'explore-challenges', display: 'Explore testing, implementation and spread challenges' },
    { code: 'reflect-on-learning', display: 'Help you reflect on your learning' },
  ],
  groundRules: [
    { code: 'confidentiality', title: 'Confidentiality', text: 'Although the coach will not normally take what is discussed outside the sessions…' },
    { code: 'punctuality', title: 'Punctuality', text: 'We agree to be punctual.' },
  ],
  courseRequirements: { trainingDays: 4, months: 4, minimumCoachingMinutes: 300, text: 'Attendance at 4 full training days across a period of 4 months.' },
};

export const SUMMARY: ContractSummary = {
  id: '7d3c1f0e-5a4b-4c2d-9e8f-000000000001',
  status: 'review',
  title: 'Ward 7 falls team',
  coacheeKind: 'team',
  coachee: { id: SAM_ID, name: 'Sam Staff' },
  teamName: 'Ward 7 falls team',
  coaches: [{ id: CARA_COACH_ID, name: 'Cara Coach' }],
  sessionsHeld: 4,
  minutesCoached: 225,
  nextMeetingOn: '2026-12-09',
  reviewDue: true,
  reviewDueBy: '2026-12-09',
  reviewOverdue: false,
  awaitingYourAcceptance: false,
  onQiCourse: true,
};

export const DRAFT: Contract = {
  id: '7d3c1f0e-5a4b-4c2d-9e8f-000000000002',
  version: 1,
  status: 'draft',
  title: 'Ward 7 falls team',
  coacheeKind: 'team',
  coachee: { id: SAM_ID, name: 'Sam Staff' },
  teamName: 'Ward 7 falls team',
  coaches: [{ id: CARA_COACH_ID, name: 'Cara Coach' }],
  aims: [{ code: 'share-knowledge', display: 'Share knowledge of improvement tools and techniques' }],
  frequency: 'About monthly',
  sessionMinutes: 60,
  coachAcceptance: { accepted: true, acceptedBy: 'Cara Coach', acceptedAt: '2026-11-20T09:12:00Z' },
  coacheeAcceptance: { accepted: false },
  yourSides: ['coachee'],
  youCoach: false,
  sessionsHeld: 0,
  minutesCoached: 0,
  reviewDue: false,
  reviewOverdue: false,
  onQiCourse: true,
  course: { trainingDaysAttended: 1, posterSubmitted: false, presentationGiven: false, minutesCoached: 0, minimumCoachingMinutes: 300 },
  records: [],
};

export const IN_REVIEW: Contract = {
  ...DRAFT,
  id: SUMMARY.id,
  version: 7,
  status: 'review',
  coacheeAcceptance: { accepted: true, acceptedBy: 'Sam Staff', acceptedAt: '2026-11-21T10:00:00Z' },
  yourSides: ['coach'],
  youCoach: true,
  sessionsHeld: 4,
  minutesCoached: 225,
  nextMeetingOn: '2026-12-09',
  reviewDue: true,
  reviewDueBy: '2026-12-09',
  reviewOverdue: true,
  course: { trainingDaysAttended: 4, posterSubmitted: true, presentationGiven: true, minutesCoached: 225, minimumCoachingMinutes: 300 },
  records: [
    {
      id: 'r1',
      version: 0,
      heldOn: '2026-09-10',
      mode: 'in-person',
      cancelled: false,
      startsAt: '14:00',
      finishesAt: '15:00',
      minutes: 60,
      topic: 'Choosing a measure for falls',
      actions: [{ action: 'Draft a weekly tally sheet', owner: 'Sam Staff' }],
      nextMeetingOn: '2026-10-08',
      sharedWithSafetyTeam: false,
      recordedBy: 'Cara Coach',
    },
    {
      id: 'r2',
      version: 0,
      heldOn: '2026-10-08',
      mode: 'in-person',
      cancelled: true,
      minutes: 0,
      actions: [],
      cancelledBy: 'coachee',
      rescheduledTo: '2026-10-15',
      rescheduledBy: 'coachee',
      sharedWithSafetyTeam: false,
      recordedBy: 'Cara Coach',
    },
  ],
};
