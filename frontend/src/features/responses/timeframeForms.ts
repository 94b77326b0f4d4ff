import { fromDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';

export const TIMEFRAME_FIELD = {
  target: 'target-date',
  newTarget: 'extension-date',
  extensionReason: 'extension-reason',
  agreedBy: 'extension-agreed-0-name',
  agreedName: (i: number) => `extension-agreed-${i}-name`,
  agreedRelationship: (i: number) => `extension-agreed-${i}-relationship`,
  pauseStart: 'pause-start',
  pauseReason: 'pause-reason',
  resumed: 'resume-date',
};

export const REASON_MAX_LENGTH = 2000;

/** The error summary links to the day box of a date. */
const day = (id: string) => `${id}-day`;

/** Each API field of the timeframe operations → the control that shows its error. */
export function timeframeControlFor(field: string): string | undefined {
  const m = /^agreedBy\[(\d+)\]\.(name|relationship)$/.exec(field);
  if (m) return m[2] === 'name' ? TIMEFRAME_FIELD.agreedName(Number(m[1])) : TIMEFRAME_FIELD.agreedRelationship(Number(m[1]));
  return {
    targetCompletionOn: day(TIMEFRAME_FIELD.target),
    newTargetOn: day(TIMEFRAME_FIELD.newTarget),
    reason: TIMEFRAME_FIELD.extensionReason,
    agreedBy: TIMEFRAME_FIELD.agreedBy,
    startedOn: day(TIMEFRAME_FIELD.pauseStart),
    resumedOn: day(TIMEFRAME_FIELD.resumed),
  }[field];
}

export interface Agreed {
  name: string;
  relationship: string;
}

export interface ExtensionForm {
  newTarget: DateParts;
  reason: string;
  agreedBy: Agreed[];
}

/** A date that must be a real one; pushes the error on its day box. */
export function requireDate(parts: DateParts, id: string, label: string, errors: FieldMessage[]): string | null {
  const iso = fromDateParts(parts);
  if (!iso) errors.push({ id: day(id), message: `${label} must be a real date` });
  return iso;
}

/** The extension's own checks: a later date within the limit, a reason, and who among those affected agreed. */
export function checkExtension(form: ExtensionForm, currentTarget: string, latestAllowed: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const iso = requireDate(form.newTarget, TIMEFRAME_FIELD.newTarget, 'The new target date', errors);
  if (iso && iso <= currentTarget) errors.push({ id: day(TIMEFRAME_FIELD.newTarget), message: 'The new target date must be after the current target' });
  else if (iso && iso > latestAllowed) errors.push({ id: day(TIMEFRAME_FIELD.newTarget), message: 'A response cannot run beyond six months' });
  if (!form.reason.trim()) errors.push({ id: TIMEFRAME_FIELD.extensionReason, message: 'Enter the reason for the extension' });
  else if (form.reason.length > REASON_MAX_LENGTH) errors.push({ id: TIMEFRAME_FIELD.extensionReason, message: 'The reason must be 2000 characters or fewer' });
  const named = form.agreedBy.filter((a) => a.name.trim() || a.relationship.trim());
  if (named.length === 0) errors.push({ id: TIMEFRAME_FIELD.agreedBy, message: 'Record who among those affected agreed to the extension' });
  form.agreedBy.forEach((a, i) => {
    if (!a.name.trim() && !a.relationship.trim()) return;
    if (!a.name.trim()) errors.push({ id: TIMEFRAME_FIELD.agreedName(i), message: `Enter the name of person ${i + 1} who agreed` });
    if (!a.relationship.trim()) errors.push({ id: TIMEFRAME_FIELD.agreedRelationship(i), message: `Enter the relationship of person ${i + 1} to the incident` });
  });
  return errors;
}

/** Dates in the right order: a pause within the response, not in the future; a resumption not before the pause. */
export function checkPause(start: DateParts, reason: string, startedOn: string, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const iso = requireDate(start, TIMEFRAME_FIELD.pauseStart, 'The date the pause started', errors);
  if (iso && iso < startedOn) errors.push({ id: day(TIMEFRAME_FIELD.pauseStart), message: 'The pause cannot start before the response started' });
  if (iso && iso > today) errors.push({ id: day(TIMEFRAME_FIELD.pauseStart), message: 'The date the pause started must be today or in the past' });
  if (!reason.trim()) errors.push({ id: TIMEFRAME_FIELD.pauseReason, message: 'Enter the reason for the pause' });
  return errors;
}

export function checkResumption(resumed: DateParts, pauseStartedOn: string, today: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const iso = requireDate(resumed, TIMEFRAME_FIELD.resumed, 'The date the response resumed', errors);
  if (iso && iso < pauseStartedOn) errors.push({ id: day(TIMEFRAME_FIELD.resumed), message: 'The response cannot resume before the pause started' });
  if (iso && iso > today) errors.push({ id: day(TIMEFRAME_FIELD.resumed), message: 'The date the response resumed must be today or in the past' });
  return errors;
}
