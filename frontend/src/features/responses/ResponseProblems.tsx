import { ErrorSummary } from '../../shared/components/ErrorSummary';
import type { ResponseAction } from './useResponseAction';

/** The error summary of one form of the response page: field errors, refusals, or a stale version. */
export function ResponseProblems({ id, title, action: a }: { id: string; title: string; action: ResponseAction }) {
  if (a.conflict) {
    return (
      <ErrorSummary errors={[]} focusKey={a.submits} titleId={`${id}-error-summary`} title="This learning response changed after you opened it">
        <p>Your change was not saved. Reload the page to see the latest version, then try again.</p>
      </ErrorSummary>
    );
  }
  return (
    <ErrorSummary errors={a.errors} focusKey={a.submits} titleId={`${id}-error-summary`} title={a.refusals.length && !a.errors.length ? title : undefined}>
      {a.refusals.length > 0 && (
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {a.refusals.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </ErrorSummary>
  );
}
