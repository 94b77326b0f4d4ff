import { describe, expect, it } from 'vitest';
import { NO_DATE } from '../../shared/components/dateParts';
import { controlFor, stepsFormOf, toStepsInput, validateDecision, validateSteps, type StepsForm } from './candourForms';
import { DECIDED } from './testCandour';

const TODAY = '2027-01-10';
const empty: StepsForm = stepsFormOf(DECIDED);

describe('candour forms', () => {
  it('a decision needs an answer and a reason, and prolonged psychological harm is notifiable', () => {
    expect(validateDecision({ notifiable: '', prolonged: false, reason: '' }).map((e) => e.message)).toEqual([
      'Select whether the event is notifiable',
      'Enter why the event is or is not notifiable',
    ]);
    expect(validateDecision({ notifiable: 'no', prolonged: true, reason: 'x' })[0].message).toBe('Prolonged psychological harm makes the event notifiable');
  });

  it('a verbal notification says who gave it and to whom, and is not in the future', () => {
    const errors = validateSteps({ ...empty, verbalOn: { day: '11', month: '1', year: '2027' } }, TODAY);
    expect(errors.map((e) => e.id)).toEqual(['candour-verbal-on-day', 'candour-verbal-by', 'candour-verbal-to']);
  });

  it('a step has its date or the reason it could not be done, not both, and written follows verbal', () => {
    const form = { ...empty, verbalOn: { day: '18', month: '12', year: '2026' }, verbalBy: 'Ward manager', verbalTo: 'The patient', writtenOn: { day: '17', month: '12', year: '2026' }, findingsOn: { day: '5', month: '1', year: '2027' }, findingsReason: 'Family declined' };
    expect(validateSteps(form, TODAY).map((e) => e.message)).toEqual([
      'The date the findings were shared: enter the date or why it could not be done, not both',
      'The written notification cannot be sent before the verbal notification',
    ]);
  });

  it('sends only what is filled in, with the version read', () => {
    const form = { ...empty, verbalOn: { day: '18', month: '12', year: '2026' }, verbalBy: ' Ward manager ', verbalTo: 'The patient', writtenOn: NO_DATE, writtenReason: 'No address' };
    expect(toStepsInput(form, 1)).toEqual({ version: 1, verbalNotifiedOn: '2026-12-18', verbalNotifiedBy: 'Ward manager', verbalNotifiedTo: 'The patient', writtenNotDoneReason: 'No address' });
  });

  it('places the API errors on their controls', () => {
    expect(controlFor({ field: 'writtenSentOn', code: 'before-verbal', message: 'x' })).toBe('candour-written-on-day');
    expect(controlFor({ field: 'responseId', code: 'invalid-value', message: 'x' })).toBeNull();
  });
});
