import { describe, expect, it } from 'vitest';
import { emptyDraft, emptyStaffRow, type ReportDraft } from './model';
import { firstInvalidPage, isRealDate, validateDetails, validateEvent, validatePatient, validateStaff } from './validation';

const NOW = new Date(2026, 10, 23, 12, 30); // 23 Nov 2026 12:30 local

function draft(change: Partial<ReportDraft> = {}): ReportDraft {
  return { ...emptyDraft(), ...change };
}

function complete(): ReportDraft {
  return draft({
    eventType: 'incident',
    date: '2026-11-20',
    time: '14:30',
    locationCode: 'LOC-DN-NORTH',
    categoryCode: 'pressure-ulcer',
    physicalHarm: '4',
    psychologicalHarm: '4',
    whatHappened: 'Pressure ulcer found on the left heel.',
    patientInvolved: 'no',
  });
}

const ids = (errors: { id: string }[]) => errors.map((e) => e.id);

describe('event page validation', () => {
  it('requires the kind of event, date, time and location', () => {
    const errors = validateEvent(draft(), NOW);
    expect(ids(errors)).toEqual(['eventType', 'date', 'time', 'locationCode']);
    expect(errors[0].message).toBe('Select what kind of event you are reporting');
  });

  it('accepts a complete event in the past', () => {
    expect(validateEvent(complete(), NOW)).toEqual([]);
  });

  it('refuses a date in the future', () => {
    const errors = validateEvent({ ...complete(), date: '2026-11-24' }, NOW);
    expect(errors).toEqual([{ id: 'date', message: 'Date must be today or in the past' }]);
  });

  it('refuses a time later today', () => {
    const errors = validateEvent({ ...complete(), date: '2026-11-23', time: '13:00' }, NOW);
    expect(errors).toEqual([{ id: 'time', message: 'Time must be in the past' }]);
  });

  it('accepts earlier today', () => {
    expect(validateEvent({ ...complete(), date: '2026-11-23', time: '12:00' }, NOW)).toEqual([]);
  });

  it('refuses dates that do not exist', () => {
    expect(isRealDate('2026-02-30')).toBe(false);
    expect(isRealDate('2024-02-29')).toBe(true);
    expect(ids(validateEvent({ ...complete(), date: '2026-02-30' }, NOW))).toEqual(['date']);
  });
});

describe('details page validation', () => {
  it('requires category, both harms and what happened', () => {
    expect(ids(validateDetails(draft()))).toEqual(['categoryCode', 'physicalHarm', 'psychologicalHarm', 'whatHappened']);
  });

  it('does not accept only spaces as what happened', () => {
    expect(ids(validateDetails({ ...complete(), whatHappened: '   ' }))).toEqual(['whatHappened']);
  });

  it('limits what happened to 4,000 characters', () => {
    expect(validateDetails({ ...complete(), whatHappened: 'a'.repeat(4000) })).toEqual([]);
    expect(validateDetails({ ...complete(), whatHappened: 'a'.repeat(4001) })).toEqual([
      { id: 'whatHappened', message: 'What happened must be 4,000 characters or fewer' },
    ]);
  });

  it('limits immediate actions to 2,000 characters', () => {
    expect(ids(validateDetails({ ...complete(), immediateActions: 'a'.repeat(2001) }))).toEqual(['immediateActions']);
  });
});

describe('patient page validation', () => {
  it('asks whether a patient was involved', () => {
    expect(validatePatient(draft(), NOW)).toEqual([{ id: 'patientInvolved', message: 'Select yes if a patient was involved' }]);
  });

  it('needs nothing more when no patient was involved', () => {
    expect(validatePatient({ ...complete(), patientInvolved: 'no' }, NOW)).toEqual([]);
  });

  it('allows a patient with no details at all', () => {
    expect(validatePatient({ ...complete(), patientInvolved: 'yes' }, NOW)).toEqual([]);
  });

  it('checks the NHS number with Modulus 11', () => {
    const withNhs = (nhsNumber: string) =>
      validatePatient({ ...complete(), patientInvolved: 'yes', patient: { ...emptyDraft().patient, nhsNumber } }, NOW);
    expect(withNhs('943 476 5919')).toEqual([]);
    expect(withNhs('9434765918')).toEqual([{ id: 'nhsNumber', message: 'Enter a valid NHS number' }]);
    expect(withNhs('12345')).toEqual([{ id: 'nhsNumber', message: 'NHS number must be 10 digits' }]);
  });

  it('refuses a date of birth in the future and limits name and address', () => {
    const errors = validatePatient(
      {
        ...complete(),
        patientInvolved: 'yes',
        patient: { ...emptyDraft().patient, dateOfBirth: '2027-01-01', name: 'n'.repeat(201), address: 'a'.repeat(501) },
      },
      NOW,
    );
    expect(ids(errors)).toEqual(['patientName', 'dateOfBirth', 'address']);
  });
});

describe('staff page validation', () => {
  it('allows no staff at all', () => {
    expect(validateStaff(complete())).toEqual([]);
  });

  it('needs a role when a name is given', () => {
    const d = { ...complete(), staff: [emptyStaffRow(), { role: '', name: 'Alex', staffType: '' }] };
    expect(validateStaff(d)).toEqual([{ id: 'staff-1-role', message: 'Enter the role of staff member 2' }]);
  });

  it('limits role to 100 and name to 200 characters', () => {
    const d = { ...complete(), staff: [{ role: 'r'.repeat(101), name: 'n'.repeat(201), staffType: '' }] };
    expect(ids(validateStaff(d))).toEqual(['staff-0-role', 'staff-0-name']);
  });
});

describe('whole report', () => {
  it('points at the first page with a problem', () => {
    expect(firstInvalidPage(draft(), NOW)).toBe('event');
    expect(firstInvalidPage({ ...complete(), patientInvolved: '' }, NOW)).toBe('patient');
    expect(firstInvalidPage(complete(), NOW)).toBeNull();
  });
});
