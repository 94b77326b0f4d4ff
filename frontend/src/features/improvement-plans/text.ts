import type { ImprovementPlanScope, ImprovementPlanStatus } from './types';

export const PLAN_STATUS_TEXT: Record<ImprovementPlanStatus, string> = { open: 'Open', closed: 'Closed' };

export const SCOPE_TEXT: Record<ImprovementPlanScope, string> = {
  organisation: 'The whole organisation',
  service: 'A service',
  pathway: 'A pathway',
  location: 'A location',
  theme: 'A theme',
};

/** The label of the detail a scope asks for (organisation-wide plans ask for none). */
export const SCOPE_DETAIL_LABEL: Record<Exclude<ImprovementPlanScope, 'organisation' | 'location'>, string> = {
  service: 'Which service?',
  pathway: 'Which pathway?',
  theme: 'Which theme?',
};

export const ACTION_STATUS_TEXT: Record<string, string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const EFFECTIVENESS_TEXT: Record<string, string> = {
  effective: 'Effective',
  'partly-effective': 'Partly effective',
  'not-effective': 'Not effective',
};

export const RESPONSE_STATUS_TEXT: Record<string, string> = {
  'awaiting-verification': 'Awaiting verification',
  'in-progress': 'In progress',
  paused: 'Paused',
  closed: 'Closed',
};
