import { SummaryList } from '../../shared/components/misc';
import type { OversightCount, OversightFigures } from './types';

function counts(items: OversightCount[]): string {
  const shown = items.filter((c) => c.count > 0);
  return shown.length === 0 ? 'None' : shown.map((c) => `${c.display}: ${c.count}`).join(', ');
}

/** The group's work in numbers: no one can be identified from them. */
export function Figures({ figures }: { figures: OversightFigures }) {
  return (
    <SummaryList
      rows={[
        { key: 'Learning responses by status', value: counts(figures.responsesByStatus) },
        { key: 'Learning responses by type', value: counts(figures.responsesByType) },
        { key: 'Overdue learning responses', value: String(figures.overdueResponses) },
        { key: 'Safety actions by status', value: counts(figures.actionsByStatus) },
        { key: 'Overdue safety actions', value: String(figures.overdueActions) },
        { key: 'Safety actions found not effective', value: String(figures.notEffectiveActions) },
        { key: 'Improvement plans', value: `${figures.plansOpen} open, ${figures.plansClosed} closed` },
      ]}
    />
  );
}
