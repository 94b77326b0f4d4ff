import { fromDateParts, isEmptyDate, toDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';
import type { Person, TrainingRecord, TrainingRecordInput } from './types';

export const LIMITS = { name: 200, email: 254, jobRole: 200, title: 200 };
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export interface PersonDraft {
  name: string;
  email: string;
  jobRole: string;
  active: boolean;
}

export const PERSON_FIELD = { name: 'person-name', email: 'person-email', jobRole: 'person-jobRole', active: 'person-active' };

export function personDraftOf(p?: Person): PersonDraft {
  return { name: p?.name ?? '', email: p?.email ?? '', jobRole: p?.jobRole ?? '', active: p?.active ?? true };
}

/** The checks the API makes on a person's details. */
export function validatePerson(d: PersonDraft): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (!d.name.trim()) errors.push({ id: PERSON_FIELD.name, message: "Enter the person's full name" });
  else if (d.name.trim().length > LIMITS.name) errors.push({ id: PERSON_FIELD.name, message: `The name must be ${LIMITS.name} characters or fewer` });
  if (!d.email.trim()) errors.push({ id: PERSON_FIELD.email, message: "Enter the person's NHS e-mail address" });
  else if (!EMAIL.test(d.email.trim()) || d.email.trim().length > LIMITS.email)
    errors.push({ id: PERSON_FIELD.email, message: 'Enter an e-mail address like name@example.nhs.uk' });
  if (d.jobRole.trim().length > LIMITS.jobRole) errors.push({ id: PERSON_FIELD.jobRole, message: `The job role must be ${LIMITS.jobRole} characters or fewer` });
  return errors;
}

export function personFieldId(field: string): string {
  return (PERSON_FIELD as Record<string, string>)[field] ?? PERSON_FIELD.name;
}

export interface TrainingDraft {
  level1CompletedOn: DateParts;
  level2CompletedOn: DateParts;
  learningFromIncidentsDays: string;
  engagementTrainingHours: string;
  oversightTrainingDays: string;
}

type AmountField = 'learningFromIncidentsDays' | 'engagementTrainingHours' | 'oversightTrainingDays';

/** The amounts with their label, unit and maximum (as in the API). */
export const AMOUNTS: { field: AmountField; label: string; hint: string; unit: string; max: number }[] = [
  {
    field: 'learningFromIncidentsDays',
    label: 'Days of formal training in learning from incidents',
    hint: 'A lead and an overseer need at least 2 days. Use a decimal point for half days, like 1.5.',
    unit: 'days',
    max: 100,
  },
  {
    field: 'engagementTrainingHours',
    label: 'Hours of engagement training',
    hint: 'Training in involving those affected by incidents. An engagement lead needs at least 6 hours.',
    unit: 'hours',
    max: 500,
  },
  {
    field: 'oversightTrainingDays',
    label: 'Days of oversight training',
    hint: 'An overseer needs at least 1 day.',
    unit: 'days',
    max: 100,
  },
];

export const TRAINING_FIELD = {
  date: (f: 'level1CompletedOn' | 'level2CompletedOn') => `training-${f}`,
  amount: (f: AmountField) => `training-${f}`,
};
export const dayBox = (id: string) => `${id}-day`;

export function trainingDraftOf(t: TrainingRecord): TrainingDraft {
  return {
    level1CompletedOn: toDateParts(t.level1CompletedOn),
    level2CompletedOn: toDateParts(t.level2CompletedOn),
    learningFromIncidentsDays: String(t.learningFromIncidentsDays),
    engagementTrainingHours: String(t.engagementTrainingHours),
    oversightTrainingDays: String(t.oversightTrainingDays),
  };
}

const AMOUNT = /^\d{1,3}(\.\d)?$/;

/** Checks an amount: empty means 0; otherwise a number to one decimal place within the maximum. */
export function amountError(text: string, label: string, unit: string, max: number): string | null {
  const t = text.trim();
  if (!t) return null;
  if (!AMOUNT.test(t)) return `${label} must be a number to one decimal place, like 2 or 1.5`;
  if (Number(t) > max) return `${label} must be ${max} ${unit} or fewer`;
  return null;
}

export function validateTraining(d: TrainingDraft, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const dates = [
    { field: 'level1CompletedOn' as const, label: 'The date level 1 was completed' },
    { field: 'level2CompletedOn' as const, label: 'The date level 2 was completed' },
  ];
  for (const { field, label } of dates) {
    if (isEmptyDate(d[field])) continue;
    const iso = fromDateParts(d[field]);
    if (!iso) errors.push({ id: dayBox(TRAINING_FIELD.date(field)), message: `${label} must be a real date` });
    else if (iso > today) errors.push({ id: dayBox(TRAINING_FIELD.date(field)), message: `${label} must be today or in the past` });
  }
  for (const a of AMOUNTS) {
    const message = amountError(d[a.field], a.label, a.unit, a.max);
    if (message) errors.push({ id: TRAINING_FIELD.amount(a.field), message });
  }
  return errors;
}

export function trainingInput(d: TrainingDraft, version: number): TrainingRecordInput {
  const date = (p: DateParts) => (isEmptyDate(p) ? undefined : (fromDateParts(p) ?? undefined));
  const amount = (s: string) => (s.trim() ? Number(s.trim()) : 0);
  const input: TrainingRecordInput = {
    version,
    level1CompletedOn: date(d.level1CompletedOn),
    level2CompletedOn: date(d.level2CompletedOn),
    learningFromIncidentsDays: amount(d.learningFromIncidentsDays),
    engagementTrainingHours: amount(d.engagementTrainingHours),
    oversightTrainingDays: amount(d.oversightTrainingDays),
  };
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as TrainingRecordInput;
}

export function trainingFieldId(field: string): string {
  if (field === 'level1CompletedOn' || field === 'level2CompletedOn') return dayBox(TRAINING_FIELD.date(field));
  if (AMOUNTS.some((a) => a.field === field)) return TRAINING_FIELD.amount(field as AmountField);
  return dayBox(TRAINING_FIELD.date('level1CompletedOn'));
}

export interface CpdDraft {
  completedOn: DateParts;
  title: string;
  hours: string;
}

export const CPD_FIELD = { completedOn: 'cpd-completedOn', title: 'cpd-title', hours: 'cpd-hours' };

export function validateCpd(d: CpdDraft, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const iso = fromDateParts(d.completedOn);
  if (isEmptyDate(d.completedOn)) errors.push({ id: dayBox(CPD_FIELD.completedOn), message: 'Enter the date of the CPD' });
  else if (!iso) errors.push({ id: dayBox(CPD_FIELD.completedOn), message: 'The date of the CPD must be a real date' });
  else if (iso > today) errors.push({ id: dayBox(CPD_FIELD.completedOn), message: 'The date of the CPD must be today or in the past' });
  if (!d.title.trim()) errors.push({ id: CPD_FIELD.title, message: 'Enter what the CPD was' });
  else if (d.title.trim().length > LIMITS.title) errors.push({ id: CPD_FIELD.title, message: `The title must be ${LIMITS.title} characters or fewer` });
  const hours = d.hours.trim();
  if (!hours) errors.push({ id: CPD_FIELD.hours, message: 'Enter the hours of CPD' });
  else {
    const message = amountError(hours, 'The hours of CPD', 'hours', 200);
    if (message) errors.push({ id: CPD_FIELD.hours, message });
    else if (Number(hours) <= 0) errors.push({ id: CPD_FIELD.hours, message: 'Enter more than 0 hours' });
  }
  return errors;
}

export function cpdFieldId(field: string): string {
  if (field === 'completedOn') return dayBox(CPD_FIELD.completedOn);
  return (CPD_FIELD as Record<string, string>)[field] ?? CPD_FIELD.title;
}
