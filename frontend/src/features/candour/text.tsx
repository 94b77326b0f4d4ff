import type { Role } from '../../shared/api/types';
import type { CandourStatus } from './types';

/** Read the candour list and the bank holidays (listCandour, listBankHolidays). */
export const CANDOUR_READER_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse'];
/** Read one event's candour (getEventCandour); a lead only for the events of the responses they lead. */
export const EVENT_CANDOUR_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse', 'learning-response-lead'];
/** Upload bank holidays (uploadBankHolidays). */
export const BANK_HOLIDAY_UPLOAD_ROLES: Role[] = ['patient-safety-specialist'];

export const CANDOUR_STATUS_TEXT: Record<CandourStatus, string> = {
  overdue: 'Overdue',
  due: 'Steps due',
  'not-decided': 'Not yet decided',
  complete: 'Complete',
  'not-notifiable': 'Not notifiable',
};

const CANDOUR_STATUS_COLOUR: Record<CandourStatus, string> = {
  overdue: 'nhsuk-tag--red',
  due: 'nhsuk-tag--yellow',
  'not-decided': 'nhsuk-tag--orange',
  complete: 'nhsuk-tag--green',
  'not-notifiable': 'nhsuk-tag--grey',
};

/** The candour status as a tag whose text says it (colour is only a second cue). */
export function CandourStatusTag({ status }: { status: CandourStatus }) {
  return <strong className={`nhsuk-tag ${CANDOUR_STATUS_COLOUR[status] ?? ''}`}>{CANDOUR_STATUS_TEXT[status] ?? status}</strong>;
}
