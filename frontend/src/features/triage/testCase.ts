import type { Case, EventSummary } from '../../shared/api/types';
import { EVENT } from './testEvent';

export const eventSummary = (id: string, reference: string): EventSummary => ({
  id,
  reference,
  status: 'in-triage',
  reportedAt: EVENT.reportedAt,
  occurredAt: EVENT.occurredAt,
  eventType: 'incident',
  category: EVENT.category,
  physicalHarm: EVENT.physicalHarm,
  psychologicalHarm: EVENT.psychologicalHarm,
  location: EVENT.location,
  patientInvolved: true,
});

export const A = eventSummary('0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90', 'PSE-2026-000123');
export const B = eventSummary('7d0e4c1b-1f0a-4a53-8f1e-52b1f5a7c9d2', 'PSE-2026-000124');

export const CASE: Case = {
  id: 'c0a8e1f2-3333-4d4e-8f5a-6b7c8d9e0f10',
  reference: 'CASE-2026-0007',
  version: 2,
  title: 'Heel pressure ulcers',
  theme: 'Offloading of heels',
  events: [A, B],
  decided: false,
  createdBy: 'Pat Specialist',
  createdAt: '2026-11-22T10:00:00Z',
};
