import type { CandourStatus } from './types';

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
