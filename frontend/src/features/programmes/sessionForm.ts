import type { FieldMessage } from '../../shared/components/fields';
import type { ProgrammeSessionInput } from './types';

export interface SessionDraft {
  heldOn: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  online: boolean;
  facilitator: string;
}

export const EMPTY_SESSION: SessionDraft = { heldOn: '', startsAt: '', endsAt: '', venue: '', online: false, facilitator: '' };

/** The control of each field of the session form; the API names the same fields. */
export const SESSION_FIELD: Record<string, string> = {
  heldOn: 'session-date',
  startsAt: 'session-starts',
  endsAt: 'session-ends',
  venue: 'session-venue',
  facilitator: 'session-facilitator',
};

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** The form's own checks, in the words the service uses, before anything is sent. */
export function validateSession(d: SessionDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.heldOn) errors.push({ id: SESSION_FIELD.heldOn, message: 'Enter the date of the session' });
  if (!TIME.test(d.startsAt)) errors.push({ id: SESSION_FIELD.startsAt, message: 'Enter the start time as hh:mm, for example 09:30' });
  if (!TIME.test(d.endsAt)) errors.push({ id: SESSION_FIELD.endsAt, message: 'Enter the finish time as hh:mm, for example 12:30' });
  else if (TIME.test(d.startsAt) && d.endsAt <= d.startsAt) errors.push({ id: SESSION_FIELD.endsAt, message: 'The finish time must be after the start time' });
  if (!d.online && !d.venue.trim()) errors.push({ id: SESSION_FIELD.venue, message: 'Enter the venue, or say the session is online' });
  if (!d.facilitator.trim()) errors.push({ id: SESSION_FIELD.facilitator, message: 'Enter who facilitates the session' });
  return errors;
}

export function sessionInput(d: SessionDraft, version?: number): ProgrammeSessionInput {
  return {
    ...(version === undefined ? {} : { version }),
    heldOn: d.heldOn,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    ...(d.venue.trim() ? { venue: d.venue.trim() } : {}),
    online: d.online,
    facilitator: d.facilitator.trim(),
  };
}
