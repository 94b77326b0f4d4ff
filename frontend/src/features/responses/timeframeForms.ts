import { fromDateParts, type DateParts } from '../../shared/components/dateParts';
import type { FieldMessage } from '../../shared/components/fields';

export const TIMEFRAME_FIELD = {
  target: 'target-date',
  newTarget: 'extension-date',
  extensionReason: 'extension-reason',
  agreedBy: 'extension-agreed-0',
  agreed: (i: number) => `extension-agreed-${i}`,
  pauseStart: 'pause-start',
  pauseReason: 'pause-reason',
  resumed: 'resume-date',
};

export const REASON_MAX_LENGTH = 2000;

/** The error summary links to the day box of a date. */
const day = (id: string) => `${id}-day`;

/** Each API field of the timeframe operations → the control that shows its error. */
export function timeframeControlFor(field: string): string | undefined {
  // agreedBy[i] is the i-th person sent, not the i-th box: the message names the problem, the link goes to the group.
  if (/^agreedBy\[\d+\]/.test(field)) return TIMEFRAME_FIELD.agreedBy;
  return {
    targetCompletionOn: day(TIMEFRAME_FIELD.target),
    newTargetOn: day(TIMEFRAME_FIELD.newTarget),
    reason: TIMEFRAME_FIELD.extensionReason,
    agreedBy: TIMEFRAME_FIELD.agreedBy,
    startedOn: day(TIMEFRAME_FIELD.pauseStart),
    resumedOn: day(TIMEFRAME_FIELD.resumed),
  }[field];
}

export interface ExtensionForm {
  newTarget: DateParts;
  reason: string;
  /** Ids of the people affected recorded on the response who agreed. */
  agreedBy: string[];
}

/** A date that must be a real one; pushes the error on its day box. */
export function requireDate(parts: DateParts, id: string, label: string, errors: FieldMessage[]): string | null {
  const iso = fromDateParts(parts);
  if (!iso) errors.push({ id: day(id), message: `${label} must be a real date` });
  return iso;
}

/** The extension's own checks: a later date within the limit, a reason, and who among the people affected agreed. */
export function checkExtension(form: ExtensionForm, currentTarget: string, latestAllowed: string): FieldMessage[] {
  const errors: FieldMessage[] = [];
  const iso = requireDate(form.newTarget, TIMEFRAME_FIELD.newTarget, 'The new target date', errors);
  if (iso && iso <= currentTarget) errors.push({ id: day(TIMEFRAME_FIELD.newTarget), message: 'The new target date must be after the current target' });
  else if (iso && iso > latestAllowed) errors.push({ id: day(TIMEFRAME_FIELD.newTarget), message: 'A response cannot run beyond six months' });
  if (!form.reason.trim()) errors.push({ id: TIMEFRAME_FIELD.extensionReason, message: 'Enter the reason for the extension' });
  else if (form.reason.length > REASON_MAX_LENGTH) errors.push({ id: TIMEFRAME_FIELD.extensionReason, message: 'The reason must be 2000 characters or fewer' });
  if (form.agreedBy.length === 0) errors.push({ id: TIMEFRAME_FIELD.agreedBy, message: 'Select who among the people affected agreed to the extension' });
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
