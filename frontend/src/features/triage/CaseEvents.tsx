import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { call } from '../../shared/api/client';
import type { EventSummary } from '../../shared/api/types';
import { useAuth } from '../../shared/auth/AuthContext';
import { formatDateTime } from '../../shared/components/format';
import { Cell, StatusTag, TableHead } from '../../shared/components/misc';
import { changedWhileWorking, ErrorSummary } from '../../shared/components/error-summary';
import { hasProblem, wordsFor } from '../../shared/forms/formProblem';
import { NO_CHECKS, useSubmit } from '../../shared/forms/useSubmit';
import type { CaseSectionProps } from './CaseEditForm';
import { caseEventId, caseFieldId } from './caseForm';

/** The events of a case, each linking to its triage page; a specialist may take one out (never the last). */
export function CaseEvents({ kase, canRemove, onSaved, onReload, onProblem }: CaseSectionProps & { canRemove: boolean }) {
  const { api } = useAuth();
  const [removing, setRemoving] = useState<EventSummary | null>(null);
  const s = useSubmit(wordsFor(caseFieldId, 'You do not have access to change cases.'));
  const problem = hasProblem(s.problem);
  useEffect(() => onProblem(problem), [problem, onProblem]);
  const removable = canRemove && kase.events.length > 1;

  const remove = async (event: EventSummary) => {
    const saved = await s.run(NO_CHECKS, () =>
      call(
        api.PUT('/api/v1/cases/{caseId}', {
          params: { path: { caseId: kase.id } },
          body: {
            version: kase.version,
            title: kase.title,
            ...(kase.theme ? { theme: kase.theme } : {}),
            eventIds: kase.events.filter((ev) => ev.id !== event.id).map((ev) => ev.id),
          },
        }),
      ),
    );
    if (!saved) return;
    setRemoving(null);
    onSaved(saved.result, `${event.reference} removed from the case.`);
  };

  return (
    <section aria-labelledby="case-events-heading">
      <h2 id="case-events-heading">Events in this case</h2>
      <ErrorSummary problem={s.problem} focusKey={s.submits} titleId="case-events-problem" conflict={changedWhileWorking('case', onReload)} />
      {removing && (
        <div className="nhsuk-card nhsuk-card--warning">
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Remove {removing.reference} from this case?
            </h3>
            <p className="nhsuk-card__description">
              It goes back to the triage queue on its own. It can only be grouped again in a new case.
            </p>
            <div className="nhsuk-button-group">
              <button type="button" className="nhsuk-button nhsuk-button--warning" disabled={s.saving} onClick={() => void remove(removing)}>
                Yes, remove it
              </button>
              <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setRemoving(null)}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
      <table className="nhsuk-table-responsive">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">The events reviewed together in this case</caption>
        <TableHead headings={['Reference', 'Occurred', 'Category', 'Physical harm', 'Status', ...(removable ? ['Action'] : [])]} />
        <tbody className="nhsuk-table__body">
          {kase.events.map((ev, i) => (
            <tr key={ev.id} className="nhsuk-table__row">
              <Cell heading="Reference">
                <Link id={caseEventId(i)} to={`/triage/${ev.id}`}>
                  {ev.reference}
                </Link>
              </Cell>
              <Cell heading="Occurred">
                {formatDateTime(ev.occurredAt)}
              </Cell>
              <Cell heading="Category">
                {ev.category.display}
              </Cell>
              <Cell heading="Physical harm">
                {ev.physicalHarm.display}
              </Cell>
              <Cell heading="Status">
                <StatusTag status={ev.status} />
              </Cell>
              {removable && (
                <Cell heading="Action">
                  <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small nhsuk-u-margin-bottom-0" onClick={() => setRemoving(ev)}>
                    Remove <span className="nhsuk-u-visually-hidden">{ev.reference}</span>
                  </button>
                </Cell>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canRemove && kase.events.length === 1 && <p>A case keeps at least one event, so its only event cannot be removed.</p>}
    </section>
  );
}
