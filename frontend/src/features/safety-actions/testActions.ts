import type { SafetyAction, SafetyActionSummary } from './types';

export const ACTION_ID = '5b1d3c2a-0f4e-4a8b-9c7d-1e2f3a4b5c6d';
export const RESPONSE_ID = '0b8f8a4e-6d1c-4a47-9f3e-2a6f0a1d9c11';
export const OWNER_ID = '6a1f0c1e-2b7d-4d5e-8f60-1c2d3e4f5a6b';
export const PLAN_ID = '7c2e1d0f-3a4b-4c5d-8e9f-0a1b2c3d4e5f';

export const SUMMARY: SafetyActionSummary = {
  id: ACTION_ID,
  reference: 'SA-2026-0007',
  title: 'Falls huddle at each shift change',
  status: 'proposed',
  source: 'response',
  responseId: RESPONSE_ID,
  responseReference: 'LR-2026-0003',
  overdue: false,
  reviewDue: false,
};

export const ACTION: SafetyAction = {
  summary: SUMMARY,
  version: 0,
  description: 'Nurses review patients at high risk of falls at handover.',
  measures: [],
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  mayManage: true,
  progress: [],
  reviews: [],
};

export const AGREED: SafetyAction = {
  ...ACTION,
  version: 2,
  summary: { ...SUMMARY, status: 'agreed', ownerPersonId: OWNER_ID, ownerName: 'Sam Staff', dueOn: '2027-02-28' },
  measures: ['Falls per 1000 bed days on Ward 4'],
  agreedAt: '2026-11-21T09:00:00Z',
  agreedByName: 'Pat Specialist',
};

export const OVERDUE_ITEM: SafetyActionSummary = {
  ...SUMMARY,
  id: '11111111-1111-4111-8111-111111111111',
  reference: 'SA-2026-0001',
  title: 'Bed rails audit',
  status: 'in-progress',
  ownerName: 'Sam Staff',
  dueOn: '2026-10-01',
  overdue: true,
};

export const NOT_EFFECTIVE_ITEM: SafetyActionSummary = {
  ...SUMMARY,
  id: '22222222-2222-4222-8222-222222222222',
  reference: 'SA-2026-0002',
  title: 'Falls champions',
  status: 'completed',
  source: 'theme',
  responseId: undefined,
  responseReference: undefined,
  theme: 'Falls',
  ownerName: 'Ola Owner',
  dueOn: '2026-09-01',
  effectiveness: 'not-effective',
};

export const page = (items: SafetyActionSummary[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });
