import { fromDateParts, isEmptyDate, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { ContractInput, RecordInput, Side } from './types';

export const dayBox = (id: string) => `${id}-day`;

export interface ContractDraft {
  coacheeKind: '' | 'individual' | 'team';
  coacheePersonId: string;
  teamName: string;
  aims: string[];
  frequency: string;
  sessionMinutes: string;
  venue: string;
  onQiCourse: boolean;
}

export const CONTRACT_FIELD = {
  coacheeKind: 'contract-coacheeKind',
  coacheePersonId: 'contract-coachee',
  teamName: 'contract-teamName',
  aims: 'contract-aims',
  frequency: 'contract-frequency',
  sessionMinutes: 'contract-sessionMinutes',
  venue: 'contract-venue',
  coachIds: 'contract-coachee',
};

export const NEW_CONTRACT: ContractDraft = {
  coacheeKind: '',
  coacheePersonId: '',
  teamName: '',
  aims: [],
  frequency: 'About monthly',
  sessionMinutes: '60',
  venue: '',
  onQiCourse: false,
};

/** The checks the API makes on a new contract, so that nothing is sent while one fails. */
export function validateContract(d: ContractDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.coacheeKind) errors.push({ id: CONTRACT_FIELD.coacheeKind, message: 'Select who is coached: a person or a team' });
  if (d.coacheeKind === 'team' && !d.teamName.trim()) errors.push({ id: CONTRACT_FIELD.teamName, message: 'Enter the name of the team' });
  if (!d.coacheePersonId)
    errors.push({ id: CONTRACT_FIELD.coacheePersonId, message: d.coacheeKind === 'team' ? "Select the team's contact" : 'Select the person coached' });
  if (d.aims.length === 0) errors.push({ id: CONTRACT_FIELD.aims, message: 'Tick at least one aim of the coaching' });
  const minutes = Number(d.sessionMinutes);
  if (!/^\d+$/.test(d.sessionMinutes.trim()) || minutes < 15 || minutes > 480)
    errors.push({ id: CONTRACT_FIELD.sessionMinutes, message: 'Enter the length of a session in minutes, from 15 to 480' });
  return errors;
}

export function contractInput(d: ContractDraft): ContractInput {
  const input: ContractInput = {
    coacheeKind: d.coacheeKind === 'team' ? 'team' : 'individual',
    coacheePersonId: d.coacheePersonId,
    aims: d.aims,
    frequency: d.frequency.trim() || undefined,
    sessionMinutes: Number(d.sessionMinutes),
    onQiCourse: d.onQiCourse,
  };
  if (d.coacheeKind === 'team') input.teamName = d.teamName.trim();
  if (d.venue.trim()) input.venue = d.venue.trim();
  return input;
}

export function contractFieldId(field: string): string {
  if (field.startsWith('aims')) return CONTRACT_FIELD.aims;
  if (field.startsWith('coachIds')) return CONTRACT_FIELD.coachIds;
  return (CONTRACT_FIELD as Record<string, string>)[field] ?? CONTRACT_FIELD.coacheeKind;
}

export interface ActionDraft {
  action: string;
  owner: string;
}

export interface RecordDraft {
  happened: '' | 'yes' | 'no';
  mode: 'in-person' | 'email';
  heldOn: DateParts;
  startsAt: string;
  finishesAt: string;
  minutesSpent: string;
  topic: string;
  issuesArising: string;
  actions: ActionDraft[];
  nextMeetingOn: DateParts;
  cancelledBy: '' | Side;
  rescheduledTo: DateParts;
  rescheduledBy: '' | Side;
}

export const RECORD_FIELD = {
  happened: 'record-happened',
  mode: 'record-mode',
  heldOn: 'record-heldOn',
  startsAt: 'record-startsAt',
  finishesAt: 'record-finishesAt',
  minutesSpent: 'record-minutesSpent',
  topic: 'record-topic',
  issuesArising: 'record-issues',
  actions: 'record-action-0',
  nextMeetingOn: 'record-nextMeetingOn',
  cancelledBy: 'record-cancelledBy',
  rescheduledTo: 'record-rescheduledTo',
  rescheduledBy: 'record-rescheduledBy',
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The checks the API makes on a coaching record: times in order, no time on a cancelled session, dates real. */
export function validateRecord(d: RecordDraft, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.happened) errors.push({ id: RECORD_FIELD.happened, message: 'Say whether the session took place' });
  const held = fromDateParts(d.heldOn);
  if (isEmptyDate(d.heldOn)) errors.push({ id: dayBox(RECORD_FIELD.heldOn), message: 'Enter the date of the session' });
  else if (!held) errors.push({ id: dayBox(RECORD_FIELD.heldOn), message: 'The date of the session must be a real date' });
  else if (d.happened === 'yes' && held > today)
    errors.push({ id: dayBox(RECORD_FIELD.heldOn), message: 'A session is recorded once it has been held: the date must be today or in the past' });
  if (d.happened === 'yes') {
    if (d.mode === 'email') {
      if (!/^\d+$/.test(d.minutesSpent.trim()) || Number(d.minutesSpent) <= 0 || Number(d.minutesSpent) > 480)
        errors.push({ id: RECORD_FIELD.minutesSpent, message: 'Enter the time spent on e-mail coaching, in minutes' });
    } else {
      if (!TIME.test(d.startsAt)) errors.push({ id: RECORD_FIELD.startsAt, message: 'Enter the start time, for example 14:00' });
      if (!TIME.test(d.finishesAt)) errors.push({ id: RECORD_FIELD.finishesAt, message: 'Enter the finish time, for example 15:00' });
      else if (TIME.test(d.startsAt) && d.finishesAt <= d.startsAt)
        errors.push({ id: RECORD_FIELD.finishesAt, message: 'The finish time must be after the start time' });
    }
    d.actions.forEach((a, i) => {
      if (a.action.trim() && !a.owner.trim()) errors.push({ id: `record-owner-${i}`, message: `Enter who owns action ${i + 1}` });
      if (!a.action.trim() && a.owner.trim()) errors.push({ id: `record-action-${i}`, message: `Enter action ${i + 1}` });
    });
    if (!isEmptyDate(d.nextMeetingOn)) {
      const next = fromDateParts(d.nextMeetingOn);
      if (!next) errors.push({ id: dayBox(RECORD_FIELD.nextMeetingOn), message: 'The date of the next meeting must be a real date' });
      else if (held && next <= held) errors.push({ id: dayBox(RECORD_FIELD.nextMeetingOn), message: 'The next meeting must be after the date of this session' });
    }
  }
  if (d.happened === 'no') {
    if (!d.cancelledBy) errors.push({ id: RECORD_FIELD.cancelledBy, message: 'Select who cancelled' });
    if (!isEmptyDate(d.rescheduledTo)) {
      const next = fromDateParts(d.rescheduledTo);
      if (!next) errors.push({ id: dayBox(RECORD_FIELD.rescheduledTo), message: 'The new date must be a real date' });
      else if (held && next <= held) errors.push({ id: dayBox(RECORD_FIELD.rescheduledTo), message: 'The new date must be after the date of the cancelled session' });
      if (!d.rescheduledBy) errors.push({ id: RECORD_FIELD.rescheduledBy, message: 'Select who rearranged the session' });
    }
  }
  return errors;
}

export function recordInput(d: RecordDraft): RecordInput {
  const heldOn = fromDateParts(d.heldOn) ?? '';
  if (d.happened === 'no') {
    const input: RecordInput = { heldOn, mode: d.mode, cancelled: true, cancelledBy: d.cancelledBy || undefined };
    if (!isEmptyDate(d.rescheduledTo)) {
      input.rescheduledTo = fromDateParts(d.rescheduledTo) ?? '';
      input.rescheduledBy = d.rescheduledBy || undefined;
    }
    return input;
  }
  const input: RecordInput = { heldOn, mode: d.mode, cancelled: false };
  if (d.mode === 'email') input.minutesSpent = Number(d.minutesSpent);
  else {
    input.startsAt = d.startsAt;
    input.finishesAt = d.finishesAt;
  }
  if (d.topic.trim()) input.topic = d.topic.trim();
  if (d.issuesArising.trim()) input.issuesArising = d.issuesArising.trim();
  const actions = d.actions.filter((a) => a.action.trim()).map((a) => ({ action: a.action.trim(), owner: a.owner.trim() }));
  if (actions.length) input.actions = actions;
  if (!isEmptyDate(d.nextMeetingOn)) input.nextMeetingOn = fromDateParts(d.nextMeetingOn) ?? '';
  return input;
}

export function recordFieldId(field: string): string {
  if (['heldOn', 'nextMeetingOn', 'rescheduledTo'].includes(field)) return dayBox((RECORD_FIELD as Record<string, string>)[field]);
  const action = /^actions\[(\d+)\]\.(action|owner)$/.exec(field);
  if (action) return `record-${action[2]}-${action[1]}`;
  if (field === 'status') return '';
  return (RECORD_FIELD as Record<string, string>)[field] ?? dayBox(RECORD_FIELD.heldOn);
}
