import { formatDate } from '../../shared/components/format';
import type { CoachKind, CoachSummary } from './types';

/** The two kinds of QI coach (000_*): members of staff, and coaches with lived experience appointed to the bank. */
export const KIND_TEXT: Record<CoachKind, string> = {
  staff: 'Staff coach',
  'lived-experience': 'Coach with lived experience',
};

export const KINDS: { value: CoachKind; text: string }[] = [
  { value: 'staff', text: KIND_TEXT.staff },
  { value: 'lived-experience', text: KIND_TEXT['lived-experience'] },
];

type SupervisionFacts = Pick<CoachSummary, 'current' | 'supervisionOverdue' | 'endedOn'>;

/** Supervision in words first, the colour only repeats it. */
export function SupervisionTag({ coach }: { coach: SupervisionFacts }) {
  if (!coach.current) return <strong className="nhsuk-tag nhsuk-tag--grey">{coach.endedOn ? 'No longer coaching' : 'Not started yet'}</strong>;
  if (coach.supervisionOverdue) return <strong className="nhsuk-tag nhsuk-tag--red">Supervision overdue</strong>;
  return <strong className="nhsuk-tag nhsuk-tag--green">Supervision up to date</strong>;
}

/** "Due by 6 April 2026" or the like, for a current coach. */
export function dueText(c: Pick<CoachSummary, 'supervisionDueBy' | 'supervisionOverdue'>): string {
  if (!c.supervisionDueBy) return 'Not applicable';
  return `${c.supervisionOverdue ? 'Was due by' : 'Due by'} ${formatDate(c.supervisionDueBy)}`;
}

/** Minutes as hours and minutes: "4 hours 30 minutes", "45 minutes", "None yet". */
export function hoursText(minutes: number): string {
  if (minutes <= 0) return 'None yet';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  const m = rest === 0 ? '' : `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  return [h, m].filter(Boolean).join(' ');
}

export const WORK_KIND_TEXT: Record<string, string> = {
  'coaching-contract': 'Coaching',
  'qi-project': 'QI project',
};
