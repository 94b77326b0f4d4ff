import { describe, expect, it } from 'vitest';
import { CASE_IDS, caseFieldId, caseText, validateCase } from './caseForm';

describe('case title and theme', () => {
  it('a case needs a title', () => {
    expect(validateCase({ title: '  ', theme: '' })).toEqual([{ id: CASE_IDS.title, message: 'Enter a title for the case' }]);
    expect(validateCase({ title: 'Heel ulcers', theme: '' })).toEqual([]);
  });

  it('the title and theme have the lengths of the contract', () => {
    expect(validateCase({ title: 'x'.repeat(201), theme: 'y'.repeat(1001) }).map((e) => e.id)).toEqual([CASE_IDS.title, CASE_IDS.theme]);
  });

  it('a refused event points at that event in the list', () => {
    expect(caseFieldId('eventIds[1]')).toBe('case-event-1');
    expect(caseFieldId('theme')).toBe(CASE_IDS.theme);
  });

  it('an empty theme is left out', () => {
    expect(caseText({ title: ' Heel ulcers ', theme: ' ' })).toEqual({ title: 'Heel ulcers' });
  });
});
