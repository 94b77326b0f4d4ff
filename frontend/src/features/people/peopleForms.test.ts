import { describe, expect, it } from 'vitest';
import { amountError, trainingFieldId, validateCpd, validateTraining } from './peopleForms';

const EMPTY = { day: '', month: '', year: '' };

describe('training form checks', () => {
  it('a completion date in the future is refused', () => {
    const errors = validateTraining(
      { level1CompletedOn: { day: '1', month: '1', year: '2027' }, level2CompletedOn: EMPTY, learningFromIncidentsDays: '2', engagementTrainingHours: '', oversightTrainingDays: '0' },
      '2026-11-23',
    );
    expect(errors).toEqual([{ id: 'training-level1CompletedOn-day', message: 'The date level 1 was completed must be today or in the past' }]);
  });

  it('amounts are numbers to one decimal place within the maximum', () => {
    expect(amountError('1.5', 'Days', 'days', 100)).toBeNull();
    expect(amountError('', 'Days', 'days', 100)).toBeNull();
    expect(amountError('1.25', 'Days', 'days', 100)).toBe('Days must be a number to one decimal place, like 2 or 1.5');
    expect(amountError('-1', 'Days', 'days', 100)).toBe('Days must be a number to one decimal place, like 2 or 1.5');
    expect(amountError('101', 'Days', 'days', 100)).toBe('Days must be 100 days or fewer');
  });

  it('an API error on a date goes to its day box', () => {
    expect(trainingFieldId('level2CompletedOn')).toBe('training-level2CompletedOn-day');
    expect(trainingFieldId('oversightTrainingDays')).toBe('training-oversightTrainingDays');
  });

  it('CPD needs a past date, a title and more than 0 hours', () => {
    expect(validateCpd({ completedOn: EMPTY, title: ' ', hours: '0' }, '2026-11-23').map((e) => e.message)).toEqual([
      'Enter the date of the CPD',
      'Enter what the CPD was',
      'Enter more than 0 hours',
    ]);
  });
});
