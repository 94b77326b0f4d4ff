import { formatDate } from '../../shared/components/format';
import type { QiProjectSummary } from './types';

export const MEASURE_KIND_TEXT: Record<string, string> = { outcome: 'Outcome', process: 'Process', balancing: 'Balancing' };
export const DIRECTION_TEXT: Record<string, string> = { increase: 'Higher is better', decrease: 'Lower is better' };
export const LINK_KIND_TEXT: Record<string, string> = { 'safety-action': 'Safety action', 'improvement-plan': 'Safety improvement plan' };

/** The monthly update in words first; the colour only repeats it. */
export function UpdateTag({ project }: { project: Pick<QiProjectSummary, 'status' | 'updateOverdue' | 'updateDueOn'> }) {
  if (project.status === 'closed') return <strong className="nhsuk-tag nhsuk-tag--grey">Closed</strong>;
  if (project.updateOverdue) return <strong className="nhsuk-tag nhsuk-tag--red">Update overdue</strong>;
  return <strong className="nhsuk-tag nhsuk-tag--blue">Update due {formatDate(project.updateDueOn)}</strong>;
}

/** "Was due 1 November 2026" while overdue. */
export function updateDueText(p: Pick<QiProjectSummary, 'status' | 'updateOverdue' | 'updateDueOn'>): string {
  if (p.status === 'closed' || !p.updateDueOn) return 'No update due: the project is closed';
  return `${p.updateOverdue ? 'Was due' : 'Due'} ${formatDate(p.updateDueOn)}`;
}

/** Which runs-chart rules a point is part of, in words. */
export const RULE_TEXT: Record<string, string> = { shift: 'Shift', trend: 'Trend', astronomical: 'Astronomical point' };
