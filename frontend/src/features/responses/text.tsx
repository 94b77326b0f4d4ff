import type { DueStatus, InitialReportStatus, LearningResponseStatus } from './types';

export const RESPONSE_STATUS_TEXT: Record<LearningResponseStatus, string> = {
  'awaiting-verification': 'Awaiting verification',
  'in-progress': 'In progress',
  paused: 'Paused',
  closed: 'Closed',
};

const RESPONSE_STATUS_COLOUR: Record<LearningResponseStatus, string> = {
  'awaiting-verification': 'nhsuk-tag--yellow',
  'in-progress': 'nhsuk-tag--blue',
  paused: 'nhsuk-tag--orange',
  closed: 'nhsuk-tag--grey',
};

export function ResponseStatusTag({ status }: { status: LearningResponseStatus }) {
  return <strong className={`nhsuk-tag ${RESPONSE_STATUS_COLOUR[status] ?? ''}`}>{RESPONSE_STATUS_TEXT[status] ?? status}</strong>;
}

export const INITIAL_REPORT_TEXT: Record<InitialReportStatus, string> = {
  due: 'Due',
  overdue: 'Overdue',
  sent: 'Sent',
  'not-required': 'Not required',
  closed: 'Closed',
};

const INITIAL_REPORT_COLOUR: Record<InitialReportStatus, string> = {
  due: 'nhsuk-tag--yellow',
  overdue: 'nhsuk-tag--red',
  sent: 'nhsuk-tag--green',
  'not-required': 'nhsuk-tag--grey',
  closed: 'nhsuk-tag--grey',
};

/** The initial report's state as a tag whose text says it (colour is only a second cue). */
export function InitialReportTag({ status }: { status: InitialReportStatus }) {
  return <strong className={`nhsuk-tag ${INITIAL_REPORT_COLOUR[status] ?? ''}`}>{INITIAL_REPORT_TEXT[status] ?? status}</strong>;
}

export const DUE_STATUS_TEXT: Record<DueStatus, string> = {
  'on-track': 'On track',
  'near-due': 'Due soon',
  overdue: 'Overdue',
  closed: 'Closed',
};

const DUE_STATUS_COLOUR: Record<DueStatus, string> = {
  'on-track': 'nhsuk-tag--green',
  'near-due': 'nhsuk-tag--orange',
  overdue: 'nhsuk-tag--red',
  closed: 'nhsuk-tag--grey',
};

/** Whether the response is on track, due within 14 days, overdue or closed, as a tag whose text says it. */
export function DueStatusTag({ status }: { status: DueStatus }) {
  return <strong className={`nhsuk-tag ${DUE_STATUS_COLOUR[status] ?? ''}`}>{DUE_STATUS_TEXT[status] ?? status}</strong>;
}
