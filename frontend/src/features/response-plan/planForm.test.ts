import { describe, expect, it } from 'vitest';
import { EQUALITY_GROUPS, emptyForm, fieldId, fromVersion, toRequest, validate } from './planForm';
import { PLAN } from './testPlan';

describe('response plan form', () => {
  it('has the eleven RAPID groups in the order of the tool', () => {
    expect(EQUALITY_GROUPS.map((g) => g.code)).toEqual([
      'age', 'disability', 'race', 'sex', 'gender-reassignment', 'sexual-orientation', 'religion-or-belief',
      'pregnancy-and-maternity', 'marriage-and-civil-partnership', 'environment', 'other-groups',
    ]);
  });

  it('names controls after the API field paths, so server errors link to them', () => {
    expect(fieldId('localPriorities[0].responseType')).toBe('plan-localPriorities-0-responseType');
    expect(fieldId('equalityImpact.groups[10].impact')).toBe('plan-equalityImpact-groups-10-impact');
    expect(fieldId('equalityImpact.fullAssessment')).toBe('plan-equalityImpact-fullAssessment-title');
  });

  it('an empty form asks for the dates and the first priority', () => {
    expect(validate(emptyForm()).map((e) => e.id)).toEqual([
      'plan-periodFrom', 'plan-periodTo', 'plan-reviewDate', 'plan-localPriorities-0-issue', 'plan-localPriorities-0-responseType',
    ]);
  });

  it('the end may not be before the start, and the review date falls within the period', () => {
    const form = fromVersion(PLAN);
    expect(validate({ ...form, periodTo: '2026-08-31' })).toEqual([
      { id: 'plan-periodTo', message: 'The end date must be the same as or after the start date' },
    ]);
    expect(validate({ ...form, reviewDate: '2028-03-01' })).toEqual([
      { id: 'plan-reviewDate', message: 'The review date must fall within the plan period' },
    ]);
    expect(validate(form)).toEqual([]);
  });

  it('a version read back becomes the same request (a new draft from the plan in force)', () => {
    const body = toRequest(fromVersion(PLAN));
    expect(body.version).toBeUndefined();
    expect(body.localPriorities).toEqual([
      {
        issue: 'Category 3 and 4 pressure ulcers',
        categoryCode: 'pressure-ulcer',
        responseType: 'multi-incident-review',
        rationale: 'Most reported harm',
        improvementLink: 'Pressure ulcer QI collaborative',
      },
    ]);
    expect(body.equalityImpact?.groups).toHaveLength(11);
    expect(body.equalityImpact?.fullAssessment).toBeUndefined();
    expect(toRequest(fromVersion(PLAN), 4).version).toBe(4);
  });

  it('unanswered groups are sent without an impact, and a full assessment only when given', () => {
    const form = emptyForm();
    form.groups[2] = { group: 'race', impact: 'negative', comments: ' Leaflets in English only ' };
    form.fullTitle = 'Full EIA';
    const eia = toRequest(form).equalityImpact!;
    expect(eia.groups![0]).toEqual({ group: 'age' });
    expect(eia.groups![2]).toEqual({ group: 'race', impact: 'negative', comments: 'Leaflets in English only' });
    expect(eia.fullAssessment).toEqual({ title: 'Full EIA' });
  });
});
