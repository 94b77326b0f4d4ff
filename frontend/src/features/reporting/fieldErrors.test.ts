import { describe, expect, it } from 'vitest';
import { mapServerErrors, normaliseFieldPath, targetOf } from './fieldErrors';

describe('mapping problem+json field errors to question pages', () => {
  it('puts patient.nhsNumber on the patient page NHS number field', () => {
    expect(targetOf('patient.nhsNumber')).toEqual({ page: 'patient', id: 'nhsNumber' });
  });

  it('maps occurredAt to the date on the event page', () => {
    expect(targetOf('occurredAt')).toEqual({ page: 'event', id: 'date' });
  });

  it('understands array and pointer forms of paths', () => {
    expect(normaliseFieldPath('staffInvolved[2].role')).toBe('staffInvolved.2.role');
    expect(normaliseFieldPath('/patient/nhsNumber')).toBe('patient.nhsNumber');
    expect(normaliseFieldPath('$.whatHappened')).toBe('whatHappened');
  });

  it('maps a staff entry back to its row on the page (blank rows are not sent)', () => {
    expect(targetOf('staffInvolved[1].name', (sent) => [0, 3][sent])).toEqual({ page: 'staff', id: 'staff-3-name' });
  });

  it('groups errors by page and keeps unknown fields for the check page', () => {
    const mapped = mapServerErrors([
      { field: 'patient.nhsNumber', code: 'invalid-nhs-number', message: 'Enter a valid 10 digit NHS number' },
      { field: 'categoryCode', code: 'unknown-code', message: 'Select a category from the list' },
      { field: 'whatHappened', code: 'too-long', message: 'What happened must be 4,000 characters or fewer' },
      { field: 'somethingNew', code: 'invalid-value', message: 'Something else is wrong' },
    ]);
    expect(mapped.byPage).toEqual({
      patient: [{ id: 'nhsNumber', message: 'Enter a valid 10 digit NHS number' }],
      details: [
        { id: 'categoryCode', message: 'Select a category from the list' },
        { id: 'whatHappened', message: 'What happened must be 4,000 characters or fewer' },
      ],
    });
    expect(mapped.unplaced).toEqual(['Something else is wrong']);
  });

  it('copes with no errors', () => {
    expect(mapServerErrors(undefined)).toEqual({ byPage: {}, unplaced: [] });
  });
});
