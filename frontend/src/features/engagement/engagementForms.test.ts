import { describe, expect, it } from 'vitest';
import { checklistFor, EMPTY_CONTACT, EMPTY_PERSON, toContactInput, toggleInvolvement, toPersonInput, validateContact, validatePerson } from './engagementForms';
import { ENGAGEMENT } from './testEngagement';

describe('the person affected form', () => {
  it('declining clears the levels of involvement and a level clears declining', () => {
    expect(toggleInvolvement(['findings', 'draft-report'], 'declined', true)).toEqual(['declined']);
    expect(toggleInvolvement(['declined'], 'findings', true)).toEqual(['findings']);
    expect(toggleInvolvement(['findings', 'draft-report'], 'findings', false)).toEqual(['draft-report']);
  });

  it('needs who the person is, their name and a named contact', () => {
    expect(validatePerson(EMPTY_PERSON).map((e) => e.id)).toEqual(['person-kind', 'person-name', 'person-contact']);
    expect(toPersonInput({ ...EMPTY_PERSON, kind: 'carer', name: ' Jo ', namedContactName: 'Lee Lead' }, 2)).toEqual({
      version: 2,
      kind: 'carer',
      name: 'Jo',
      namedContactName: 'Lee Lead',
      involvement: [],
    });
  });
});

describe('the contact form', () => {
  it('uses Appendix 4 for family and Appendix 5 for staff', () => {
    expect(checklistFor(ENGAGEMENT.checklists, 'family', 'initial')?.audience).toBe('service-users');
    expect(checklistFor(ENGAGEMENT.checklists, 'staff', 'initial')?.audience).toBe('staff');
    expect(checklistFor(ENGAGEMENT.checklists, 'staff', '')).toBeUndefined();
  });

  it('refuses a contact in the future and a next contact not after it', () => {
    const form = { ...EMPTY_CONTACT, contactedOn: { day: '25', month: '11', year: '2026' }, method: 'Phone', stage: 'initial' as const, nextContactOn: { day: '25', month: '11', year: '2026' } };
    expect(validateContact(form, '2026-11-24').map((e) => e.message)).toEqual([
      'The date of the contact cannot be in the future',
      'The next contact date must be after the date of this contact',
    ]);
  });

  it('sends only the items ticked or noted, in the checklist order', () => {
    const checklist = checklistFor(ENGAGEMENT.checklists, 'family', 'initial');
    const form = {
      ...EMPTY_CONTACT,
      contactedOn: { day: '20', month: '11', year: '2026' },
      method: 'Phone',
      stage: 'initial' as const,
      answers: { 'su-initial-access-needs': { done: false, note: 'Needs an interpreter' }, 'su-initial-introduce-self': { done: true, note: '' } },
      nextContactOn: { day: '27', month: '11', year: '2026' },
    };
    expect(toContactInput(form, checklist)).toEqual({
      contactedOn: '2026-11-20',
      method: 'Phone',
      stage: 'initial',
      checklist: [
        { code: 'su-initial-introduce-self', done: true },
        { code: 'su-initial-access-needs', done: false, note: 'Needs an interpreter' },
      ],
      nextContactOn: '2026-11-27',
    });
  });
});
