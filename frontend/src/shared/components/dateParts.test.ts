import { describe, expect, it } from 'vitest';
import { fromDateParts, isEmptyDate, toDateParts, todayInUk } from './dateParts';

describe('date parts of the NHS date input', () => {
  it('a real date becomes YYYY-MM-DD with leading zeros', () => {
    expect(fromDateParts({ day: '3', month: '7', year: '2026' })).toBe('2026-07-03');
  });

  it('a date that does not exist, or a missing box, is refused', () => {
    expect(fromDateParts({ day: '31', month: '2', year: '2026' })).toBeNull();
    expect(fromDateParts({ day: '3', month: '', year: '2026' })).toBeNull();
    expect(fromDateParts({ day: '3', month: '7', year: '26' })).toBeNull();
  });

  it('splits a stored date into the three boxes and tells empty boxes apart', () => {
    expect(toDateParts('2026-11-03')).toEqual({ day: '3', month: '11', year: '2026' });
    expect(isEmptyDate(toDateParts(undefined))).toBe(true);
    expect(isEmptyDate({ day: '', month: '1', year: '' })).toBe(false);
  });

  it('today is counted in UK time (just after midnight in summer is the next day)', () => {
    expect(todayInUk(new Date('2026-07-01T23:30:00Z'))).toBe('2026-07-02');
    expect(todayInUk(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-01');
  });
});
