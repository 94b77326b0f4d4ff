import type { QiProject, QiProjectSummary, QiRunChart } from './types';

export const IVY_ID = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
export const SAM_ID = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
export const CARA_COACH_ID = '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e';
export const MEASURE_ID = '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d';

export const SUMMARY: QiProjectSummary = {
  id: '3f0c7a52-52f4-4a51-9a3e-1f1f0a8c2b10',
  title: 'Fewer missed doses on Ward 7',
  status: 'open',
  startedOn: '2026-07-01',
  sponsor: { personId: IVY_ID, name: 'Ivy Advisor' },
  coaches: [{ coachId: CARA_COACH_ID, name: 'Cara Coach' }],
  teamSize: 1,
  myPart: ['coach'],
  lastUpdateOn: '2026-10-01',
  updateDueOn: '2026-11-01',
  updateOverdue: true,
};

export const PROJECT: QiProject = {
  id: SUMMARY.id,
  version: 0,
  title: SUMMARY.title,
  aim: 'Reduce missed doses from 12 to 4 a week by March 2027',
  status: 'open',
  startedOn: '2026-07-01',
  sponsor: SUMMARY.sponsor,
  team: [{ personId: SAM_ID, name: 'Sam Staff' }],
  coaches: SUMMARY.coaches,
  drivers: [{ text: 'Reliable supply', secondaryDrivers: [{ text: 'Stock checked daily', changeIdeas: ['Pharmacy round at 2pm'] }] }],
  links: [{ kind: 'safety-action', id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', reference: 'SA-2026-0004', status: 'in-progress' }],
  measures: [
    {
      id: MEASURE_ID,
      kind: 'outcome',
      name: 'Missed doses',
      definition: 'Time-critical doses missed a week',
      unit: 'doses a week',
      direction: 'decrease',
      baselinePoints: 10,
      pointCount: 16,
      latestValue: 4,
      latestOn: '2026-11-30',
      signal: true,
    },
  ],
  pdsaCycles: [],
  updates: [],
  lastUpdateOn: null,
  updateDueOn: '2026-08-01',
  updateOverdue: true,
  myPart: ['coach'],
  canChange: true,
  canRecordWork: true,
  canPostUpdate: true,
};

const VALUES = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 6, 5, 6, 4, 5, 4];

export const CHART: QiRunChart = {
  id: MEASURE_ID,
  projectId: PROJECT.id,
  projectTitle: PROJECT.title,
  kind: 'outcome',
  name: 'Missed doses',
  definition: 'Time-critical doses missed a week',
  unit: 'doses a week',
  direction: 'decrease',
  baselinePoints: 10,
  median: 11,
  baselineCount: 10,
  signalsShown: true,
  usefulObservations: 16,
  runs: 11,
  expectedRuns: { lower: 5, upper: 13 },
  tooFewRuns: false,
  tooManyRuns: false,
  points: VALUES.map((value, i) => ({
    id: `p${i}`,
    date: `2026-${String(8 + Math.floor(i / 4)).padStart(2, '0')}-${String(1 + (i % 4) * 7).padStart(2, '0')}`,
    value,
    note: i === 10 ? 'Pharmacy round started' : null,
    astronomical: false,
    rules: i >= 10 ? ['shift'] : [],
  })),
  pdsaCycles: [{ id: 'c1', title: 'Pharmacy round at 2pm', pinnedOn: '2026-10-15' }],
  canRecordWork: true,
};
