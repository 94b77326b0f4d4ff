import { describe, expect, it } from 'vitest';
import { dayBox, PARTNER_FIELD, partnerDraftOf, partnerFieldId, partnerInput, SESSION_FIELD, sessionInput, validatePartner, validateSession } from './partnerForms';
import { PARTNER } from './testPartners';

const date = (day: string, month: string, year: string) => ({ day, month, year });

describe('register entry form', () => {
  it('an entry read back sends the same values with the version read', () => {
    expect(partnerInput(partnerDraftOf(PARTNER), 3)).toEqual({
      version: 3,
      personId: PARTNER.partner.personId,
      supporterPersonId: PARTNER.supporter.personId,
      startedOn: '2026-01-05',
      areas: ['investigation-oversight-groups'],
    });
  });

  it('the partner cannot support themselves and cannot end before starting', () => {
    const draft = { ...partnerDraftOf(PARTNER), supporterPersonId: PARTNER.partner.personId, endedOn: date('4', '1', '2026') };
    expect(validatePartner(draft).map((e) => e.id)).toEqual([PARTNER_FIELD.supporterPersonId, dayBox(PARTNER_FIELD.endedOn)]);
  });

  it('an empty form names every required answer', () => {
    expect(validatePartner(partnerDraftOf()).map((e) => e.message)).toEqual([
      'Select the patient safety partner',
      'Select the named supporting individual',
      'Enter the date the partnership started',
    ]);
  });

  it('the API fields lead to the controls', () => {
    expect(partnerFieldId('areas[1]')).toBe(PARTNER_FIELD.areas);
    expect(partnerFieldId('endedOn')).toBe('partner-endedOn-day');
    expect(partnerFieldId('personId')).toBe(PARTNER_FIELD.personId);
  });
});

describe('supervision session form', () => {
  const today = '2026-11-23';
  it('a session in the future, a next session before it and no person are refused before sending', () => {
    const errors = validateSession({ heldOn: date('24', '11', '2026'), withPersonId: '', notes: '', nextSessionOn: date('1', '11', '2026') }, today);
    expect(errors.map((e) => e.id)).toEqual([dayBox(SESSION_FIELD.heldOn), SESSION_FIELD.withPersonId, dayBox(SESSION_FIELD.nextSessionOn)]);
    const before = validateSession({ heldOn: date('20', '11', '2026'), withPersonId: 'p', notes: '', nextSessionOn: date('20', '11', '2026') }, today);
    expect(before.map((e) => e.message)).toEqual(['The next session must be after the date of this session']);
  });

  it('optional answers left empty are not sent', () => {
    expect(sessionInput({ heldOn: date('20', '11', '2026'), withPersonId: 'p', notes: '  ', nextSessionOn: date('', '', '') })).toEqual({
      heldOn: '2026-11-20',
      withPersonId: 'p',
    });
  });
});
