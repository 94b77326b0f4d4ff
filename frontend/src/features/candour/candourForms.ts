import type { FieldError } from '../../shared/api/types';
import { fromDateParts, isEmptyDate, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { Candour, CandourDecisionInput, CandourStepsInput } from './types';

export const REASON_MAX = 2000;
export const NAME_MAX = 200;

/** Ids of the controls; a date's error goes to its day box, where the error summary sends the user. */
export const IDS = {
  notifiable: 'candour-notifiable',
  prolonged: 'candour-prolonged',
  reason: 'candour-reason',
  verbalOn: 'candour-verbal-on',
  verbalBy: 'candour-verbal-by',
  verbalTo: 'candour-verbal-to',
  verbalReason: 'candour-verbal-reason',
  writtenOn: 'candour-written-on',
  writtenReason: 'candour-written-reason',
  findingsOn: 'candour-findings-on',
  findingsReason: 'candour-findings-reason',
};
const day = (id: string) => `${id}-day`;

export interface DecisionForm {
  notifiable: '' | 'yes' | 'no';
  prolonged: boolean;
  reason: string;
}

export function decisionFormOf(c: Candour): DecisionForm {
  if (!c.decision) return { notifiable: c.proposedNotifiable ? 'yes' : '', prolonged: false, reason: '' };
  return { notifiable: c.decision.notifiable ? 'yes' : 'no', prolonged: c.decision.prolongedPsychologicalHarm, reason: c.decision.reason };
}

export function validateDecision(f: DecisionForm): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!f.notifiable) errors.push({ id: IDS.notifiable, message: 'Select whether the event is notifiable' });
  else if (f.notifiable === 'no' && f.prolonged) {
    errors.push({ id: IDS.notifiable, message: 'Prolonged psychological harm makes the event notifiable' });
  }
  if (!f.reason.trim()) errors.push({ id: IDS.reason, message: 'Enter why the event is or is not notifiable' });
  else if (f.reason.trim().length > REASON_MAX) errors.push({ id: IDS.reason, message: `The reason must be ${REASON_MAX} characters or fewer` });
  return errors;
}

export function toDecisionInput(f: DecisionForm, version: number): CandourDecisionInput {
  return { version, notifiable: f.notifiable === 'yes', prolongedPsychologicalHarm: f.prolonged, reason: f.reason.trim() };
}

export interface StepsForm {
  verbalOn: DateParts;
  verbalBy: string;
  verbalTo: string;
  verbalReason: string;
  writtenOn: DateParts;
  writtenReason: string;
  findingsOn: DateParts;
  findingsReason: string;
}

export function stepsFormOf(c: Candour): StepsForm {
  const s = c.steps;
  return {
    verbalOn: toDateParts(s.verbalNotifiedOn),
    verbalBy: s.verbalNotifiedBy ?? '',
    verbalTo: s.verbalNotifiedTo ?? '',
    verbalReason: s.verbalNotDoneReason ?? '',
    writtenOn: toDateParts(s.writtenSentOn),
    writtenReason: s.writtenNotDoneReason ?? '',
    findingsOn: toDateParts(s.findingsSharedOn),
    findingsReason: s.findingsNotDoneReason ?? '',
  };
}

const STEP_DATES: { date: keyof StepsForm; reason: keyof StepsForm; id: string; label: string }[] = [
  { date: 'verbalOn', reason: 'verbalReason', id: IDS.verbalOn, label: 'The date of the verbal notification' },
  { date: 'writtenOn', reason: 'writtenReason', id: IDS.writtenOn, label: 'The date the written notification was sent' },
  { date: 'findingsOn', reason: 'findingsReason', id: IDS.findingsOn, label: 'The date the findings were shared' },
];

/** The checks the API makes, so that most problems show before sending. */
export function validateSteps(f: StepsForm, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  for (const { date, reason, id, label } of STEP_DATES) {
    const parts = f[date] as DateParts;
    if (isEmptyDate(parts)) continue;
    const iso = fromDateParts(parts);
    if (!iso) errors.push({ id: day(id), message: `${label} must be a real date` });
    else if (iso > today) errors.push({ id: day(id), message: `${label} must be today or in the past` });
    else if ((f[reason] as string).trim()) errors.push({ id: day(id), message: `${label}: enter the date or why it could not be done, not both` });
  }
  if (!isEmptyDate(f.verbalOn)) {
    if (!f.verbalBy.trim()) errors.push({ id: IDS.verbalBy, message: 'Enter who gave the verbal notification and apology' });
    if (!f.verbalTo.trim()) errors.push({ id: IDS.verbalTo, message: 'Enter who was told, for example the patient or their daughter' });
  }
  const verbal = fromDateParts(f.verbalOn);
  const written = fromDateParts(f.writtenOn);
  if (verbal && written && written < verbal) {
    errors.push({ id: day(IDS.writtenOn), message: 'The written notification cannot be sent before the verbal notification' });
  }
  for (const [key, id] of [['verbalBy', IDS.verbalBy], ['verbalTo', IDS.verbalTo]] as const) {
    if (f[key].trim().length > NAME_MAX) errors.push({ id, message: `This must be ${NAME_MAX} characters or fewer` });
  }
  for (const [key, id] of [['verbalReason', IDS.verbalReason], ['writtenReason', IDS.writtenReason], ['findingsReason', IDS.findingsReason]] as const) {
    if (f[key].trim().length > REASON_MAX) errors.push({ id, message: `The reason must be ${REASON_MAX} characters or fewer` });
  }
  return errors;
}

export function toStepsInput(f: StepsForm, version: number): CandourStepsInput {
  const text = (s: string) => (s.trim() ? s.trim() : undefined);
  const date = (p: DateParts) => (isEmptyDate(p) ? undefined : (fromDateParts(p) ?? undefined));
  const input: CandourStepsInput = {
    version,
    verbalNotifiedOn: date(f.verbalOn),
    verbalNotifiedBy: text(f.verbalBy),
    verbalNotifiedTo: text(f.verbalTo),
    verbalNotDoneReason: text(f.verbalReason),
    writtenSentOn: date(f.writtenOn),
    writtenNotDoneReason: text(f.writtenReason),
    findingsSharedOn: date(f.findingsOn),
    findingsNotDoneReason: text(f.findingsReason),
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as CandourStepsInput;
}

const API_FIELDS: Record<string, string> = {
  notifiable: IDS.notifiable,
  prolongedPsychologicalHarm: IDS.prolonged,
  reason: IDS.reason,
  verbalNotifiedOn: day(IDS.verbalOn),
  verbalNotifiedBy: IDS.verbalBy,
  verbalNotifiedTo: IDS.verbalTo,
  verbalNotDoneReason: IDS.verbalReason,
  writtenSentOn: day(IDS.writtenOn),
  writtenNotDoneReason: IDS.writtenReason,
  findingsSharedOn: day(IDS.findingsOn),
  findingsNotDoneReason: IDS.findingsReason,
};

/** The control for an API field path; null when none (the message is then shown without a link). */
export function controlFor(e: FieldError): string | null {
  return API_FIELDS[e.field] ?? null;
}
