import { formatDate } from '../../shared/components/format';
import type { AttendanceStatus } from './types';

export const ATTENDANCE_TEXT: Record<AttendanceStatus, string> = {
  booked: 'Booked',
  attended: 'Attended',
  'did-not-attend': 'Did not attend',
};

const TAG_CLASS: Record<AttendanceStatus, string> = {
  booked: 'nhsuk-tag--blue',
  attended: 'nhsuk-tag--green',
  'did-not-attend': 'nhsuk-tag--grey',
};

export function AttendanceTag({ status }: { status: AttendanceStatus }) {
  return <strong className={`nhsuk-tag ${TAG_CLASS[status]}`}>{ATTENDANCE_TEXT[status]}</strong>;
}

/** "Thursday 14 January 2027, 09:30 to 12:30". */
export function sessionWhen(s: { heldOn: string; startsAt: string; endsAt: string }): string {
  return `${formatDate(s.heldOn)}, ${s.startsAt} to ${s.endsAt}`;
}

/** "Education Centre, Room 2", "Online", or both. */
export function sessionWhere(s: { venue?: string; online: boolean }): string {
  if (s.venue && s.online) return `${s.venue} and online`;
  return s.venue ?? 'Online';
}

export function hoursText(hours: number): string {
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

export const MEETING_KIND_TEXT = {
  meeting: 'Meeting',
  'reflective-practice': 'Reflective practice session',
} as const;
