import type { Role } from '../../shared/api/types';
import type { InitialReportStatus, LearningResponseStatus } from './types';

/** Read learning responses (x-psirf-roles of listLearningResponses, getLearningResponse). */
export const RESPONSE_READER_ROLES: Role[] = ['patient-safety-specialist', 'chief-nurse'];
/** Verify a PSII (verifyPsii). */
export const PSII_VERIFIER_ROLES: Role[] = ['chief-nurse'];
/** Record external notifications and the initial report (updateExternalNotifications). */
export const NOTIFICATION_EDIT_ROLES: Role[] = ['patient-safety-specialist'];

export const RESPONSE_STATUS_TEXT: Record<LearningResponseStatus, string> = {
  'awaiting-verification': 'Awaiting verification',
  'in-progress': 'In progress',
  closed: 'Closed',
};

const RESPONSE_STATUS_COLOUR: Record<LearningResponseStatus, string> = {
  'awaiting-verification': 'nhsuk-tag--yellow',
  'in-progress': 'nhsuk-tag--blue',
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
};

const INITIAL_REPORT_COLOUR: Record<InitialReportStatus, string> = {
  due: 'nhsuk-tag--yellow',
  overdue: 'nhsuk-tag--red',
  sent: 'nhsuk-tag--green',
  'not-required': 'nhsuk-tag--grey',
};

/** The initial report's state as a tag whose text says it (colour is only a second cue). */
export function InitialReportTag({ status }: { status: InitialReportStatus }) {
  return <strong className={`nhsuk-tag ${INITIAL_REPORT_COLOUR[status] ?? ''}`}>{INITIAL_REPORT_TEXT[status] ?? status}</strong>;
}
