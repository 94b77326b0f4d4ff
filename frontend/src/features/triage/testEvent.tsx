import { vi } from 'vitest';
import type { ApiClient } from '../../shared/api/client';
import type { EventDetail, EventDocument, Role } from '../../shared/api/types';
import { ok } from '../../test/fakeApi';
import { authState, renderAt, TAXONOMY } from '../../test/helpers';
import { TriageEventPage } from './TriageEventPage';

export const EVENT: EventDetail = {
  id: '0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90',
  reference: 'PSE-2026-000123',
  version: 3,
  status: 'submitted',
  reportedAt: '2026-11-20T15:00:00Z',
  occurredAt: '2026-11-20T14:30:00Z',
  eventType: 'incident',
  category: { code: 'pressure-ulcer', display: 'Pressure ulcer' },
  physicalHarm: { code: '4', display: 'Low physical harm' },
  psychologicalHarm: { code: '4', display: 'No psychological harm' },
  location: { code: 'LOC-DN-NORTH', name: 'District nursing north', service: 'District nursing', directorate: 'Community' },
  anonymous: false,
  identifiable: true,
  reporterName: 'Sam Staff',
  whatHappened: 'Ulcer found at a home visit.',
  patientInvolved: true,
  patient: { name: 'Jane Example', nhsNumber: '9434765919', ageBracket: 11 },
  history: [{ at: '2026-11-20T15:00:00Z', status: 'submitted', by: 'Sam Staff' }],
};

export const CHRONOLOGY: EventDocument = {
  id: '5d1e2f3a-2222-4b3c-8d4e-5f6a7b8c9d0e',
  kind: 'chronology',
  kindDisplay: 'Chronology',
  title: 'Chronology of visits',
  format: 'text',
  contentType: 'text/plain',
  sizeBytes: 2048,
  addedBy: 'Pat Specialist',
  addedAt: '2026-11-21T09:00:00Z',
};

/** Renders the event page with GET answered by path; PUT and POST are the test's mocks. */
export function setupEventPage(
  { put = vi.fn(), post = vi.fn(), roles = ['patient-safety-specialist', 'staff'], shown = EVENT, documents = [] as unknown[] }:
  { put?: ReturnType<typeof vi.fn>; post?: ReturnType<typeof vi.fn>; roles?: Role[]; shown?: EventDetail; documents?: unknown[] } = {},
) {
  const get = vi.fn(async (path: string) => {
    if (path === '/api/v1/reference/taxonomy') return ok(TAXONOMY);
    if (path === '/api/v1/events/{eventId}/documents') return ok(documents);
    if (path === '/api/v1/events/{eventId}/documents/{documentId}/content') return ok(new Blob(['09:00 visit']));
    return ok(shown);
  });
  const api = { GET: get, PUT: put, POST: post } as unknown as ApiClient;
  renderAt(`/triage/${shown.id}`, [{ path: '/triage/:id', element: <TriageEventPage id={shown.id} /> }], authState({ roles, api }));
  return { get };
}

