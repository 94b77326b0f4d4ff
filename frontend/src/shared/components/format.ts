import type { EventStatus, EventType } from '../api/types';

const UK = 'Europe/London';

const dateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: UK,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "20 Nov 2026, 14:30" in UK time. */
export function formatDateTime(iso?: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

/** "2 March 1941" for a YYYY-MM-DD date (no time zone shift). */
export function formatDate(isoDate?: string | null): string {
  if (!isoDate) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

export const STATUS_TEXT: Record<EventStatus, string> = {
  submitted: 'Submitted',
  'in-triage': 'In triage',
  decided: 'Decided',
  closed: 'Closed',
};

export const EVENT_TYPE_TEXT: Record<EventType, string> = {
  incident: 'Incident',
  'near-miss': 'Near miss',
  'no-harm-incident': 'No harm incident',
  'good-care': 'Good care',
};

export function formatNhsNumber(n?: string | null): string {
  if (!n) return '';
  const digits = n.replace(/\s/g, '');
  return digits.length === 10 ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : n;
}
