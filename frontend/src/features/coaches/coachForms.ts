import { fromDateParts, isEmptyDate, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { Coach, CoachInput, CoachKind, CoachSupervisionInput } from './types';

export const NOTES_MAX = 2000;
export const dayBox = (id: string) => `${id}-day`;

export interface CoachDraft {
  personId: string;
  kind: CoachKind | '';
  directorateId: string;
  startedOn: DateParts;
  endedOn: DateParts;
}

export const COACH_FIELD = {
  personId: 'coach-person',
  kind: 'coach-kind',
  directorateId: 'coach-directorate',
  startedOn: 'coach-startedOn',
  endedOn: 'coach-endedOn',
};

export function coachDraftOf(c?: Coach): CoachDraft {
  return {
    personId: c?.coach.personId ?? '',
    kind: c?.kind ?? '',
    directorateId: c?.directorate ? String(c.directorate.id) : '',
    startedOn: toDateParts(c?.startedOn),
    endedOn: toDateParts(c?.endedOn),
  };
}

/** The checks the API makes on a register entry, so that nothing is sent while one fails. */
export function validateCoach(d: CoachDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.personId) errors.push({ id: COACH_FIELD.personId, message: 'Select the coach' });
  if (!d.kind) errors.push({ id: COACH_FIELD.kind, message: 'Select the kind of coach' });
  if (!d.directorateId) errors.push({ id: COACH_FIELD.directorateId, message: 'Select the directorate the coach works in' });
  const start = fromDateParts(d.startedOn);
  if (isEmptyDate(d.startedOn)) errors.push({ id: dayBox(COACH_FIELD.startedOn), message: 'Enter the date the coach started' });
  else if (!start) errors.push({ id: dayBox(COACH_FIELD.startedOn), message: 'The start date must be a real date' });
  if (!isEmptyDate(d.endedOn)) {
    const end = fromDateParts(d.endedOn);
    if (!end) errors.push({ id: dayBox(COACH_FIELD.endedOn), message: 'The end date must be a real date' });
    else if (start && end < start) errors.push({ id: dayBox(COACH_FIELD.endedOn), message: 'The end date must be the same as or after the start date' });
  }
  return errors;
}

export function coachInput(d: CoachDraft, version?: number): CoachInput {
  const input: CoachInput = {
    personId: d.personId,
    kind: d.kind as CoachKind,
    directorateId: Number(d.directorateId),
    startedOn: fromDateParts(d.startedOn) ?? '',
  };
  if (version !== undefined) input.version = version;
  if (!isEmptyDate(d.endedOn)) input.endedOn = fromDateParts(d.endedOn) ?? '';
  return input;
}

/** Maps a field of a problem+json answer to the control the error summary links to. */
export function coachFieldId(field: string): string {
  if (field === 'startedOn' || field === 'endedOn') return dayBox(COACH_FIELD[field]);
  return (COACH_FIELD as Record<string, string>)[field] ?? COACH_FIELD.personId;
}

export interface SessionDraft {
  heldOn: DateParts;
  advisorPersonId: string;
  notes: string;
  nextSessionOn: DateParts;
}

export const SESSION_FIELD = {
  heldOn: 'supervision-heldOn',
  advisorPersonId: 'supervision-advisor',
  notes: 'supervision-notes',
  nextSessionOn: 'supervision-nextSessionOn',
};

export function validateSession(d: SessionDraft, today: string, coachPersonId: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const held = fromDateParts(d.heldOn);
  if (isEmptyDate(d.heldOn)) errors.push({ id: dayBox(SESSION_FIELD.heldOn), message: 'Enter the date of the session' });
  else if (!held) errors.push({ id: dayBox(SESSION_FIELD.heldOn), message: 'The date of the session must be a real date' });
  else if (held > today) errors.push({ id: dayBox(SESSION_FIELD.heldOn), message: 'The date of the session must be today or in the past' });
  if (!d.advisorPersonId) errors.push({ id: SESSION_FIELD.advisorPersonId, message: 'Select the improvement advisor who held the session' });
  else if (d.advisorPersonId === coachPersonId)
    errors.push({ id: SESSION_FIELD.advisorPersonId, message: 'The improvement advisor must be someone other than the coach' });
  if (d.notes.trim().length > NOTES_MAX) errors.push({ id: SESSION_FIELD.notes, message: `The notes must be ${NOTES_MAX} characters or fewer` });
  if (!isEmptyDate(d.nextSessionOn)) {
    const next = fromDateParts(d.nextSessionOn);
    if (!next) errors.push({ id: dayBox(SESSION_FIELD.nextSessionOn), message: 'The date of the next session must be a real date' });
    else if (held && next <= held) errors.push({ id: dayBox(SESSION_FIELD.nextSessionOn), message: 'The next session must be after the date of this session' });
  }
  return errors;
}

export function sessionInput(d: SessionDraft): CoachSupervisionInput {
  const input: CoachSupervisionInput = { heldOn: fromDateParts(d.heldOn) ?? '', advisorPersonId: d.advisorPersonId };
  if (d.notes.trim()) input.notes = d.notes.trim();
  if (!isEmptyDate(d.nextSessionOn)) input.nextSessionOn = fromDateParts(d.nextSessionOn) ?? '';
  return input;
}

export function sessionFieldId(field: string): string {
  if (field === 'heldOn' || field === 'nextSessionOn') return dayBox(SESSION_FIELD[field]);
  return (SESSION_FIELD as Record<string, string>)[field] ?? dayBox(SESSION_FIELD.heldOn);
}
