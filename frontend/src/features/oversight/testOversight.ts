import type { DeidentifiedPlan, DeidentifiedResponse, OversightGroup } from './types';

export const GROUP_ID = '0c1d2e3f-0000-4000-8000-000000000001';
export const RESPONSE_ID = '0c1d2e3f-0000-4000-8000-000000000002';
export const PLAN_ID = '0c1d2e3f-0000-4000-8000-000000000003';
export const PERSON_ID = '0c1d2e3f-0000-4000-8000-000000000004';

const zero = (codes: [string, string][]) => codes.map(([code, display]) => ({ code, display, count: 0 }));

export const GROUP: OversightGroup = {
  id: GROUP_ID,
  version: 3,
  name: 'Quality Improvement & Safety Committee',
  purpose: 'Oversees learning responses for the board',
  memberCount: 1,
  members: [{ personId: PERSON_ID, name: 'Cath Chair', jobRole: 'Non-executive director', groupRole: 'chair' }],
  figures: {
    responsesByStatus: [{ code: 'in-progress', display: 'In progress', count: 1 }, ...zero([['closed', 'Closed']])],
    responsesByType: [{ code: 'after-action-review', display: 'After Action Review', count: 1 }],
    overdueResponses: 0,
    actionsByStatus: [{ code: 'in-progress', display: 'In progress', count: 2 }],
    overdueActions: 1,
    notEffectiveActions: 1,
    plansOpen: 1,
    plansClosed: 0,
  },
  responses: [
    {
      id: RESPONSE_ID,
      reference: 'LR-2026-000042',
      type: 'after-action-review',
      typeDisplay: 'After Action Review',
      status: 'in-progress',
      categories: ['Pressure ulcer'],
      services: ['District nursing'],
      eventMonth: '2026-11',
      targetCompletionOn: '2027-02-01',
      dueStatus: 'on-track',
    },
  ],
  plans: [
    {
      id: PLAN_ID,
      reference: 'SIP-2026-0007',
      title: 'Falls prevention',
      scope: 'theme',
      scopeDetail: 'Falls',
      status: 'open',
      reviewOn: '2027-01-31',
      progress: { actions: 4, completed: 1, overdue: 1, notEffective: 1, responses: 2 },
    },
  ],
};

/** What a partner gets: no members. */
export const PARTNER_GROUP: OversightGroup = { ...GROUP, members: undefined };

export const RESPONSE: DeidentifiedResponse = {
  id: RESPONSE_ID,
  groupId: GROUP_ID,
  reference: 'LR-2026-000042',
  type: 'after-action-review',
  typeDisplay: 'After Action Review',
  status: 'in-progress',
  patients: ['Patient A'],
  events: [
    {
      caseLabel: 'Patient A',
      month: '2026-11',
      eventType: 'Incident',
      category: 'Pressure ulcer',
      service: 'District nursing',
      physicalHarm: 'Low physical harm',
      psychologicalHarm: 'No psychological harm',
    },
  ],
  createdOn: '2026-11-20',
  startedOn: '2026-11-20',
  targetCompletionOn: '2027-02-01',
  dueStatus: 'on-track',
  leadRole: 'Matron',
  team: [{ jobRole: 'Physiotherapist', teamRole: 'Reviewer' }],
  counts: {
    events: 1,
    findings: 2,
    contributoryFactors: [{ code: 'tasks', display: 'Tasks', count: 1 }],
    contacts: 3,
    safetyActionsByStatus: [{ code: 'agreed', display: 'Agreed', count: 1 }],
  },
  summaryForOversight: '[withheld] [withheld] developed a pressure ulcer at home.',
};

export const PLAN: DeidentifiedPlan = {
  id: PLAN_ID,
  groupId: GROUP_ID,
  reference: 'SIP-2026-0007',
  title: 'Falls prevention',
  scope: 'theme',
  scopeDetail: 'Falls',
  status: 'open',
  reviewOn: '2027-01-31',
  reviewOverdue: false,
  ownerRole: 'Matron',
  progress: { actions: 1, completed: 0, overdue: 1, notEffective: 1, responses: 1 },
  actions: [{ reference: 'SA-2026-0001', title: 'Night-time falls checks', status: 'in-progress', dueOn: '2026-11-01', overdue: true, effectiveness: 'not-effective' }],
};
