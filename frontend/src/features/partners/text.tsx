import { formatDate } from '../../shared/components/format';
import type { AreaCode, PartnerSummary } from './types';

/** The areas of involvement of policy §3.7, in the policy's order. */
export const AREAS: { code: AreaCode; text: string }[] = [
  { code: 'safety-quality-committees', text: 'Membership of safety and quality committees' },
  { code: 'improvement-projects', text: 'Patient safety improvement projects' },
  { code: 'teams-and-services', text: 'Working with teams and services to improve safety' },
  { code: 'staff-training', text: 'Staff patient safety training' },
  { code: 'investigation-oversight-groups', text: 'Investigation oversight groups' },
];

/** Supervision in words first, the colour only repeats it. */
export function SupervisionTag({ partner }: { partner: Pick<PartnerSummary, 'current' | 'supervisionOverdue' | 'endedOn' | 'startedOn'> }) {
  if (!partner.current)
    return <strong className="nhsuk-tag nhsuk-tag--grey">{partner.endedOn ? 'Partnership ended' : 'Not started yet'}</strong>;
  if (partner.supervisionOverdue) return <strong className="nhsuk-tag nhsuk-tag--red">Supervision overdue</strong>;
  return <strong className="nhsuk-tag nhsuk-tag--green">Supervision up to date</strong>;
}

/** "Due by 6 April 2026" or the like, for a current partnership. */
export function dueText(p: Pick<PartnerSummary, 'supervisionDueBy' | 'supervisionOverdue'>): string {
  if (!p.supervisionDueBy) return 'Not applicable';
  return `${p.supervisionOverdue ? 'Was due by' : 'Due by'} ${formatDate(p.supervisionDueBy)}`;
}
