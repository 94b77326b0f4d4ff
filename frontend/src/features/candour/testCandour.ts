import type { Candour } from './types';

export const EVENT_ID = '0b6f7d3e-1111-4a2e-9a51-2f0e1c7d8b90';

export const UNDECIDED: Candour = {
  eventId: EVENT_ID,
  eventReference: 'PSE-2026-000123',
  version: 0,
  physicalHarm: { code: '3', display: 'Moderate physical harm' },
  psychologicalHarm: { code: '3', display: 'Low psychological harm' },
  proposedNotifiable: true,
  proposalExplanation: 'Moderate physical harm is moderate harm or worse, so the event is notifiable',
  steps: { writtenOverdue: false, writtenDueBeyondKnownBankHolidays: false },
  status: 'not-decided',
  statusDisplay: 'Not yet decided',
  responses: [{ id: 'a1000000-5555-4a2e-9a51-2f0e1c7d8b90', reference: 'LR-2026-0003' }],
  mayDecide: true,
  mayRecordSteps: true,
};

export const DECIDED: Candour = {
  ...UNDECIDED,
  version: 1,
  decision: { notifiable: true, prolongedPsychologicalHarm: false, reason: 'Moderate harm confirmed.', decidedBy: 'Pat Specialist', decidedAt: '2026-12-17T10:00:00Z' },
  status: 'due',
  statusDisplay: 'Steps due',
};

export const OVERDUE: Candour = {
  ...DECIDED,
  version: 2,
  steps: { verbalNotifiedOn: '2026-12-18', verbalNotifiedBy: 'Ward manager', verbalNotifiedTo: 'The patient’s daughter', writtenDueOn: '2027-01-06', writtenOverdue: true, writtenDueBeyondKnownBankHolidays: false },
  status: 'overdue',
  statusDisplay: 'Overdue',
};
