import { describe, expect, it } from 'vitest';
import { emptyDraft, type ReportDraft } from './model';
import { buildReport } from './toRequest';

const base: ReportDraft = {
  ...emptyDraft(),
  eventType: 'incident',
  date: '2026-11-20',
  time: '14:30',
  locationCode: 'LOC-DN-NORTH',
  categoryCode: 'pressure-ulcer',
  physicalHarm: '4',
  psychologicalHarm: '4',
  whatHappened: '  Ulcer found.  ',
  patientInvolved: 'no',
};

describe('building the report to send', () => {
  it('sends codes as numbers, trims text and leaves out what was not given', () => {
    const { body } = buildReport(base);
    expect(body).toEqual({
      eventType: 'incident',
      occurredAt: new Date('2026-11-20T14:30:00').toISOString(),
      locationCode: 'LOC-DN-NORTH',
      categoryCode: 'pressure-ulcer',
      physicalHarm: 4,
      psychologicalHarm: 4,
      whatHappened: 'Ulcer found.',
      anonymous: false,
    });
  });

  it('sends patient details only when a patient was involved, NHS number without spaces', () => {
    const d: ReportDraft = {
      ...base,
      patientInvolved: 'yes',
      patient: { ...emptyDraft().patient, name: 'Jane Example', nhsNumber: '943 476 5919', ageBracket: '11' },
    };
    expect(buildReport(d).body.patient).toEqual({ name: 'Jane Example', nhsNumber: '9434765919', ageBracket: 11 });
    expect(buildReport({ ...d, patientInvolved: 'no' }).body.patient).toBeUndefined();
  });

  it('skips blank staff rows and remembers which row each sent entry came from', () => {
    const d: ReportDraft = {
      ...base,
      staff: [
        { role: '', name: '', staffType: '' },
        { role: 'District nurse', name: '', staffType: '5' },
      ],
    };
    const built = buildReport(d);
    expect(built.body.staffInvolved).toEqual([{ role: 'District nurse', staffType: 5 }]);
    expect(built.staffRows).toEqual([1]);
  });
});
