import type { EventDetail } from '../../shared/api/types';
import type { Decision, EventDocument, ResponseProposal } from './types';

export const EVENT_ID = '0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90';
export const OTHER_EVENT_ID = '0b6f7d3e-2222-4a2e-9a51-2f0e1c7d8b90';
export const CASE_ID = 'c45e0000-3333-4a2e-9a51-2f0e1c7d8b90';
export const DECISION_ID = 'd0000000-4444-4a2e-9a51-2f0e1c7d8b90';

export const ok = (data: unknown, status = 200) => ({ data, response: new Response(null, { status }) });
export const problem = (status: number, code: string, errors?: { field: string; code: string; message: string }[]) => ({
  error: { type: 'x', title: 'There is a problem with the request', status, code, ...(errors ? { errors } : {}) },
  response: new Response(null, { status }),
});

export const PROPOSAL: ResponseProposal = {
  responseType: 'multi-incident-review',
  responseTypeDisplay: 'Multi-incident review (MDT)',
  reason: 'plan',
  explanation: 'The plan in force (version 2) plans a multi-incident review for pressure ulcers.',
  planVersionNumber: 2,
};

export const NO_PROPOSAL: ResponseProposal = {
  reason: 'no-plan-in-force',
  explanation: 'No response plan has been approved yet.',
};

export function document(id: string, title: string): EventDocument {
  return {
    id,
    kind: 'chronology',
    kindDisplay: 'Chronology',
    title,
    format: 'text',
    contentType: 'text/plain',
    sizeBytes: 120,
    addedBy: 'Pat Specialist',
    addedAt: '2026-11-21T10:00:00Z',
  };
}

export const DOCUMENTS = [document('doc-1', 'Chronology of care'), document('doc-2', 'Account of the district nurse')];

export const EVENT = {
  id: EVENT_ID,
  reference: 'PSE-2026-000123',
  version: 3,
  status: 'in-triage',
  reportedAt: '2026-11-20T15:00:00Z',
  occurredAt: '2026-11-20T14:30:00Z',
  eventType: 'incident',
  category: { code: 'pressure-ulcer', display: 'Pressure ulcer' },
  physicalHarm: { code: '3', display: 'Moderate physical harm' },
  psychologicalHarm: { code: '4', display: 'No psychological harm' },
  location: { code: 'LOC-DN-NORTH', name: 'District nursing north', service: 'District nursing', directorate: 'Community' },
  anonymous: false,
  identifiable: true,
  patientInvolved: false,
  history: [],
} satisfies EventDetail;

export const CHAIR_ID = 'a0000000-5555-4a2e-9a51-2f0e1c7d8b90';
export const MEMBER_ID = 'b0000000-6666-4a2e-9a51-2f0e1c7d8b90';

/** The people directory as the decision form lists it (GET /api/v1/people). */
export const PEOPLE_PAGE = {
  items: [
    { id: CHAIR_ID, name: 'Dr A Senior', email: 'a.senior@example.nhs.uk', jobRole: 'Deputy Chief Nurse', active: true },
    { id: MEMBER_ID, name: 'B Viability', email: 'b.viability@example.nhs.uk', jobRole: 'Tissue viability lead', active: true },
    { id: 'c0000000-7777-4a2e-9a51-2f0e1c7d8b90', name: 'Gus Gone', email: 'gus@example.nhs.uk', active: false },
  ],
  page: 0,
  size: 100,
  totalItems: 3,
  totalPages: 1,
};

export const DECISION: Decision = {
  id: DECISION_ID,
  version: 2,
  status: 'awaiting-chair-approval',
  events: [{ id: EVENT_ID, reference: 'PSE-2026-000123' }],
  panelMembers: [
    { personId: CHAIR_ID, name: 'Dr A Senior', role: 'Deputy Chief Nurse', chair: true },
    { personId: MEMBER_ID, name: 'B Viability', role: 'Tissue viability lead', chair: false },
  ],
  reportReviewed: true,
  documentsReviewed: [{ id: 'doc-1', kind: 'chronology', title: 'Chronology of care' }],
  responseType: 'after-action-review',
  responseTypeDisplay: 'After action review (AAR)',
  rationale: 'A single event with clear learning for the team.',
  departureRationale: 'The team asked to learn together soon after the event.',
  minutes: 'Panel met on 23 November.',
  proposal: PROPOSAL,
  departsFromProposal: true,
  recordedBy: 'Pat Specialist',
  recordedAt: '2026-11-23T10:00:00Z',
  canApprove: true,
};
