import type { ContractSummary } from './types';

export const STATUS_TEXT: Record<ContractSummary['status'], string> = {
  draft: 'Awaiting ground rules',
  agreed: 'Agreed',
  active: 'Active',
  review: 'Review due',
  ended: 'Ended',
};

/** Minutes as a person reads them: "4 hours 30 minutes". */
export function hoursText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h === 1 ? '1 hour' : `${h} hours`;
  if (m === 0) return hours;
  const mins = m === 1 ? '1 minute' : `${m} minutes`;
  return h === 0 ? mins : `${hours} ${mins}`;
}

/** The status of a contract as a tag; a review past its due date is red "Review overdue". */
export function ContractTag({ contract }: { contract: Pick<ContractSummary, 'status' | 'reviewDue' | 'reviewOverdue'> }) {
  if (contract.reviewOverdue) return <strong className="nhsuk-tag nhsuk-tag--red">Review overdue</strong>;
  if (contract.reviewDue) return <strong className="nhsuk-tag nhsuk-tag--orange">Review due</strong>;
  const colour = contract.status === 'ended' ? 'nhsuk-tag--grey' : contract.status === 'draft' ? 'nhsuk-tag--yellow' : 'nhsuk-tag--green';
  return <strong className={`nhsuk-tag ${colour}`}>{STATUS_TEXT[contract.status]}</strong>;
}

/** Monday to Sunday of the week holding `today` (ISO dates), for "sessions this week". */
export function weekOf(today: string): { from: string; to: string } {
  const d = new Date(`${today}T12:00:00Z`);
  const sinceMonday = (d.getUTCDay() + 6) % 7;
  const monday = new Date(d.getTime() - sinceMonday * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { from: monday.toISOString().slice(0, 10), to: sunday.toISOString().slice(0, 10) };
}
