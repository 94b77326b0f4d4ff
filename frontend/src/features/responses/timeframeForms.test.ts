import { describe, expect, it } from 'vitest';
import { toDateParts } from '../../shared/components/dateParts';
import { checkExtension, checkPause, checkResumption, timeframeControlFor } from './timeframeForms';

const messages = (errors: { message: string }[]) => errors.map((e) => e.message);

describe('timeframe forms', () => {
  it('an extension must be later than the target and within six months', () => {
    const agreed = ['person-affected-1'];
    expect(messages(checkExtension({ newTarget: toDateParts('2026-11-01'), reason: 'x', agreedBy: agreed }, '2026-11-01', '2027-02-01'))).toEqual(['The new target date must be after the current target']);
    expect(messages(checkExtension({ newTarget: toDateParts('2027-02-02'), reason: 'x', agreedBy: agreed }, '2026-11-01', '2027-02-01'))).toEqual(['A response cannot run beyond six months']);
    expect(checkExtension({ newTarget: toDateParts('2027-02-01'), reason: 'x', agreedBy: agreed }, '2026-11-01', '2027-02-01')).toEqual([]);
  });

  it('an extension names at least one of the people affected who agreed', () => {
    expect(messages(checkExtension({ newTarget: toDateParts('2026-12-01'), reason: 'x', agreedBy: [] }, '2026-11-01', '2027-02-01'))).toEqual([
      'Select who among the people affected agreed to the extension',
    ]);
  });

  it('dates in the wrong order are refused', () => {
    expect(messages(checkPause(toDateParts('2026-12-02'), 'Police', '2026-08-01', '2026-12-01'))).toEqual(['The date the pause started must be today or in the past']);
    expect(messages(checkResumption(toDateParts('2026-09-30'), '2026-10-01', '2026-12-01'))).toEqual(['The response cannot resume before the pause started']);
  });

  it('places the API errors on their controls', () => {
    expect(timeframeControlFor('newTargetOn')).toBe('extension-date-day');
    expect(timeframeControlFor('agreedBy[1].personAffectedId')).toBe('extension-agreed-0');
    expect(timeframeControlFor('responseId')).toBeUndefined();
  });
});
