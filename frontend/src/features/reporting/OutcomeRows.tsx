import type { ReactNode } from 'react';
import type { EventDetail, EventSummary } from '../../shared/api/types';
import { formatDateTime } from '../../shared/components/format';
import { MultilineText } from '../../shared/components/misc';
import { reportStatusText } from './reportStatus';

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{name}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** Status in plain words, the response chosen and what was learnt, as summary list rows (inside a <dl>). */
export function OutcomeRows({ report, detail = false }: { report: EventSummary | EventDetail; detail?: boolean }) {
  const outcome = report.outcome;
  return (
    <>
      <Row name="Status">{reportStatusText(report)}</Row>
      {outcome?.responseTypeDisplay && (
        <Row name="Response chosen">
          {outcome.responseTypeDisplay}
          {detail && outcome.decidedAt ? ` (decided ${formatDateTime(outcome.decidedAt)})` : ''}
        </Row>
      )}
      {outcome?.learning && (
        <Row name="What was learnt">
          <MultilineText text={outcome.learning} />
          {detail && outcome.learningSharedAt && (
            <>
              <br />
              <span className="nhsuk-u-font-size-16">Shared {formatDateTime(outcome.learningSharedAt)}</span>
            </>
          )}
        </Row>
      )}
    </>
  );
}
