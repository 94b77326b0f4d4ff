import type { LearningResponse } from './types';

export const RESPONSE_ID = 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90';

export const PSII: LearningResponse = {
  id: RESPONSE_ID,
  reference: 'LR-2026-0003',
  version: 1,
  type: 'psii',
  typeDisplay: 'Patient safety incident investigation (PSII)',
  status: 'awaiting-verification',
  decisionId: 'd0000000-4444-4a2e-9a51-2f0e1c7d8b90',
  events: [{ id: '0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90', reference: 'PSE-2026-000123' }],
  createdAt: '2026-11-24T09:00:00Z',
  externalNotifications: {
    lfpseReference: 'LFPSE-7F3K-2291',
    icbNotifiedOn: '2026-11-23',
    otherOrganisations: [{ name: 'East of England Ambulance Service', notifiedOn: '2026-11-23' }],
    initialReportDueOn: '2026-11-25',
    initialReportStatus: 'overdue',
  },
};
