import { fromDateParts, isEmptyDate, NO_DATE, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import { audienceOf } from './text';
import type { AffectedKind, Checklist, ContactInput, ContactStage, InvolvementLevel, PersonAffected, PersonAffectedInput } from './types';

export interface PersonForm {
  kind: AffectedKind | '';
  name: string;
  namedContactName: string;
  namedContactPersonId?: string;
  preferredContactMethod: string;
  accessAndSupportNeeds: string;
  involvement: InvolvementLevel[];
}

export const EMPTY_PERSON: PersonForm = {
  kind: '',
  name: '',
  namedContactName: '',
  preferredContactMethod: '',
  accessAndSupportNeeds: '',
  involvement: [],
};

export function fromPerson(p: PersonAffected): PersonForm {
  return {
    kind: p.kind,
    name: p.name,
    namedContactName: p.namedContact.name ?? '',
    namedContactPersonId: p.namedContact.personId,
    preferredContactMethod: p.preferredContactMethod ?? '',
    accessAndSupportNeeds: p.accessAndSupportNeeds ?? '',
    involvement: [...p.involvement],
  };
}

/** Choosing "declined" clears the levels of involvement, and choosing a level clears "declined" (the API's rule). */
export function toggleInvolvement(chosen: InvolvementLevel[], level: InvolvementLevel, on: boolean): InvolvementLevel[] {
  if (!on) return chosen.filter((c) => c !== level);
  if (level === 'declined') return ['declined'];
  return [...chosen.filter((c) => c !== 'declined' && c !== level), level];
}

export function validatePerson(f: PersonForm): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!f.kind) errors.push({ id: 'person-kind', message: 'Select who this person is' });
  if (!f.name.trim()) errors.push({ id: 'person-name', message: "Enter the person's name" });
  if (!f.namedContactName.trim() && !f.namedContactPersonId) errors.push({ id: 'person-contact', message: 'Enter the member of staff who is their named contact' });
  return errors;
}

export function toPersonInput(f: PersonForm, version?: number): PersonAffectedInput {
  const input: PersonAffectedInput = { kind: f.kind as AffectedKind, name: f.name.trim(), involvement: f.involvement };
  if (version !== undefined) input.version = version;
  // A named contact from the directory stays linked unless the name is changed by hand.
  if (f.namedContactPersonId) input.namedContactPersonId = f.namedContactPersonId;
  else input.namedContactName = f.namedContactName.trim();
  if (f.preferredContactMethod.trim()) input.preferredContactMethod = f.preferredContactMethod.trim();
  if (f.accessAndSupportNeeds.trim()) input.accessAndSupportNeeds = f.accessAndSupportNeeds.trim();
  return input;
}

export const PERSON_FIELD_IDS: Record<string, string> = {
  kind: 'person-kind',
  name: 'person-name',
  namedContactName: 'person-contact',
  namedContactPersonId: 'person-contact',
  preferredContactMethod: 'person-method',
  accessAndSupportNeeds: 'person-needs',
  involvement: 'person-involvement',
};

export interface ItemAnswer {
  done: boolean;
  note: string;
}

export interface ContactForm {
  contactedOn: DateParts;
  method: string;
  stage: ContactStage | '';
  notes: string;
  answers: Record<string, ItemAnswer>;
  nextContactOn: DateParts;
}

export const EMPTY_CONTACT: ContactForm = { contactedOn: { ...NO_DATE }, method: '', stage: '', notes: '', answers: {}, nextContactOn: { ...NO_DATE } };

/** The checklist for this person at this stage: Appendix 4 (patients, families, carers) or 5 (staff). */
export function checklistFor(checklists: Checklist[], kind: AffectedKind, stage: ContactStage | ''): Checklist | undefined {
  return checklists.find((c) => c.audience === audienceOf(kind) && c.stage === stage);
}

export function validateContact(f: ContactForm, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const on = fromDateParts(f.contactedOn);
  if (isEmptyDate(f.contactedOn)) errors.push({ id: 'contact-date-day', message: 'Enter the date of the contact' });
  else if (!on) errors.push({ id: 'contact-date-day', message: 'The date of the contact must be a real date' });
  else if (on > today) errors.push({ id: 'contact-date-day', message: 'The date of the contact cannot be in the future' });
  if (!f.method.trim()) errors.push({ id: 'contact-method', message: 'Enter how the contact was made' });
  if (!f.stage) errors.push({ id: 'contact-stage', message: 'Select the stage of the contact' });
  if (!isEmptyDate(f.nextContactOn)) {
    const next = fromDateParts(f.nextContactOn);
    if (!next) errors.push({ id: 'contact-next-day', message: 'The next contact date must be a real date' });
    else if (on && next <= on) errors.push({ id: 'contact-next-day', message: 'The next contact date must be after the date of this contact' });
  }
  return errors;
}

export function toContactInput(f: ContactForm, checklist: Checklist | undefined): ContactInput {
  const input: ContactInput = {
    contactedOn: fromDateParts(f.contactedOn) ?? '',
    method: f.method.trim(),
    stage: f.stage as ContactStage,
    checklist: (checklist?.items ?? [])
      .map((item) => ({ code: item.code, answer: f.answers[item.code] }))
      .filter(({ answer }) => answer && (answer.done || answer.note.trim()))
      .map(({ code, answer }) => (answer.note.trim() ? { code, done: answer.done, note: answer.note.trim() } : { code, done: answer.done })),
  };
  if (f.notes.trim()) input.notes = f.notes.trim();
  const next = fromDateParts(f.nextContactOn);
  if (next) input.nextContactOn = next;
  return input;
}

export const CONTACT_FIELD_IDS: Record<string, string> = {
  contactedOn: 'contact-date-day',
  method: 'contact-method',
  stage: 'contact-stage',
  notes: 'contact-notes',
  nextContactOn: 'contact-next-day',
};

export { toDateParts };
