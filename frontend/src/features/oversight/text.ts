/** "2026-11" → "November 2026". */
export function formatMonth(month?: string | null): string {
  if (!month) return '';
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 15)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const RESPONSE_STATUS_TEXT: Record<string, string> = {
  'awaiting-verification': 'Awaiting verification',
  'in-progress': 'In progress',
  paused: 'Paused',
  closed: 'Closed',
};

export const DUE_STATUS_TEXT: Record<string, string> = {
  'on-track': 'On track',
  'near-due': 'Due soon',
  overdue: 'Overdue',
  closed: 'Closed',
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

export const SCOPE_TEXT: Record<string, string> = {
  organisation: 'Organisation-wide',
  service: 'Service',
  pathway: 'Pathway',
  location: 'Location',
  theme: 'Theme',
};

export function scopeText(scope: string, detail?: string | null): string {
  const text = SCOPE_TEXT[scope] ?? scope;
  return detail ? `${text} - ${detail}` : text;
}
