import { describe, expect, it } from 'vitest';
import { byPage, normaliseFieldPath, pageOfControl, targetOf } from './fieldErrors';

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

  it('groups the placed errors by the page that collected them, one message per control', () => {
    const placed = ['patient.nhsNumber', 'categoryCode', 'whatHappened', 'staffInvolved[1].name', 'categoryCode'].map((field, i) => ({
      id: targetOf(field)!.id,
      message: `Message ${i}`,
    }));
    expect(byPage(placed)).toEqual({
      patient: [{ id: 'nhsNumber', message: 'Message 0' }],
      details: [
        { id: 'categoryCode', message: 'Message 1' },
        { id: 'whatHappened', message: 'Message 2' },
      ],
      staff: [{ id: 'staff-1-name', message: 'Message 3' }],
    });
    expect(targetOf('somethingNew')).toBeNull();
    expect(byPage([])).toEqual({});
  });

  it('knows the page of every control a field error can land on', () => {
    expect(pageOfControl('date')).toBe('event');
    expect(pageOfControl('patientInvolved')).toBe('patient');
    expect(pageOfControl('staff-3-staffType')).toBe('staff');
    expect(pageOfControl('nowhere')).toBeUndefined();
  });
});
