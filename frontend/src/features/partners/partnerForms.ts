import { fromDateParts, isEmptyDate, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { AreaCode, Partner, PartnerInput, SessionInput } from './types';

export const NOTES_MAX = 1000;

export interface PartnerDraft {
  personId: string;
  supporterPersonId: string;
  startedOn: DateParts;
  endedOn: DateParts;
  areas: AreaCode[];
}

export const PARTNER_FIELD = {
  personId: 'partner-person',
  supporterPersonId: 'partner-supporter',
  startedOn: 'partner-startedOn',
  endedOn: 'partner-endedOn',
  areas: 'partner-areas',
};
export const dayBox = (id: string) => `${id}-day`;

export function partnerDraftOf(p?: Partner): PartnerDraft {
  return {
    personId: p?.partner.personId ?? '',
    supporterPersonId: p?.supporter.personId ?? '',
    startedOn: toDateParts(p?.startedOn),
    endedOn: toDateParts(p?.endedOn),
    areas: p ? p.areas.map((a) => a.code) : [],
  };
}

/** The checks the API makes on a register entry, so that nothing is sent while one fails. */
export function validatePartner(d: PartnerDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.personId) errors.push({ id: PARTNER_FIELD.personId, message: 'Select the patient safety partner' });
  if (!d.supporterPersonId) errors.push({ id: PARTNER_FIELD.supporterPersonId, message: 'Select the named supporting individual' });
  else if (d.supporterPersonId === d.personId)
    errors.push({ id: PARTNER_FIELD.supporterPersonId, message: 'The named supporting individual must be someone other than the partner' });
  const start = fromDateParts(d.startedOn);
  if (isEmptyDate(d.startedOn)) errors.push({ id: dayBox(PARTNER_FIELD.startedOn), message: 'Enter the date the partnership started' });
  else if (!start) errors.push({ id: dayBox(PARTNER_FIELD.startedOn), message: 'The start date must be a real date' });
  if (!isEmptyDate(d.endedOn)) {
    const end = fromDateParts(d.endedOn);
    if (!end) errors.push({ id: dayBox(PARTNER_FIELD.endedOn), message: 'The end date must be a real date' });
    else if (start && end < start) errors.push({ id: dayBox(PARTNER_FIELD.endedOn), message: 'The end date must be the same as or after the start date' });
  }
  return errors;
}

export function partnerInput(d: PartnerDraft, version?: number): PartnerInput {
  const input: PartnerInput = {
    personId: d.personId,
    supporterPersonId: d.supporterPersonId,
    startedOn: fromDateParts(d.startedOn) ?? '',
    areas: d.areas,
  };
  if (version !== undefined) input.version = version;
  if (!isEmptyDate(d.endedOn)) input.endedOn = fromDateParts(d.endedOn) ?? '';
  return input;
}

/** Maps a field of a problem+json answer to the control the error summary links to. */
export function partnerFieldId(field: string): string {
  if (field === 'startedOn' || field === 'endedOn') return dayBox(PARTNER_FIELD[field]);
  if (field.startsWith('areas')) return PARTNER_FIELD.areas;
  return (PARTNER_FIELD as Record<string, string>)[field] ?? PARTNER_FIELD.personId;
}

export interface SessionDraft {
  heldOn: DateParts;
  withPersonId: string;
  notes: string;
  nextSessionOn: DateParts;
}

export const SESSION_FIELD = { heldOn: 'session-heldOn', withPersonId: 'session-with', notes: 'session-notes', nextSessionOn: 'session-nextSessionOn' };

export function validateSession(d: SessionDraft, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const held = fromDateParts(d.heldOn);
  if (isEmptyDate(d.heldOn)) errors.push({ id: dayBox(SESSION_FIELD.heldOn), message: 'Enter the date of the session' });
  else if (!held) errors.push({ id: dayBox(SESSION_FIELD.heldOn), message: 'The date of the session must be a real date' });
  else if (held > today) errors.push({ id: dayBox(SESSION_FIELD.heldOn), message: 'The date of the session must be today or in the past' });
  if (!d.withPersonId) errors.push({ id: SESSION_FIELD.withPersonId, message: 'Select who the session was with' });
  if (d.notes.trim().length > NOTES_MAX) errors.push({ id: SESSION_FIELD.notes, message: `The notes must be ${NOTES_MAX} characters or fewer` });
  if (!isEmptyDate(d.nextSessionOn)) {
    const next = fromDateParts(d.nextSessionOn);
    if (!next) errors.push({ id: dayBox(SESSION_FIELD.nextSessionOn), message: 'The date of the next session must be a real date' });
    else if (held && next <= held) errors.push({ id: dayBox(SESSION_FIELD.nextSessionOn), message: 'The next session must be after the date of this session' });
  }
  return errors;
}

export function sessionInput(d: SessionDraft): SessionInput {
  const input: SessionInput = { heldOn: fromDateParts(d.heldOn) ?? '', withPersonId: d.withPersonId };
  if (d.notes.trim()) input.notes = d.notes.trim();
  if (!isEmptyDate(d.nextSessionOn)) input.nextSessionOn = fromDateParts(d.nextSessionOn) ?? '';
  return input;
}

export function sessionFieldId(field: string): string {
  if (field === 'heldOn' || field === 'nextSessionOn') return dayBox(SESSION_FIELD[field]);
  return (SESSION_FIELD as Record<string, string>)[field] ?? dayBox(SESSION_FIELD.heldOn);
}
